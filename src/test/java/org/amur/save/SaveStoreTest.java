package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SaveStoreTest {
    @TempDir
    Path tmp;
    Path saves;
    Path scenarioDir;
    SaveStore store;
    LoadedScenario baseline;

    @BeforeEach
    void setUp() throws Exception {
        saves = tmp.resolve("saves");
        scenarioDir = tmp.resolve("scenarios");
        Files.createDirectories(scenarioDir);
        for (Path p : new ScenarioLoader(Path.of("scenarios")).files()) {
            Files.copy(p, scenarioDir.resolve(p.getFileName()));
        }
        store = new SaveStore(saves, new ScenarioLoader(scenarioDir), Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"),
                ZoneOffset.UTC));
        baseline = new ScenarioLoader(scenarioDir).resolve("baseline");
    }

    static List<Path> scenarioFiles() {
        return new ScenarioLoader(Path.of("scenarios")).files();
    }

    /** Plays {@code turns} turns (or to the end) with random choices, withdrawals and rationales. */
    static Session play(Session s, SplittableRandom r, int turns) {
        int target = s.state().turn() + turns;
        while (!s.state().isOver() && s.state().turn() < target) {
            for (Side side : Side.values()) {
                if (s.state().isOver() || s.state().hasCommitted(side)) {
                    continue;
                }
                List<Variant> legal = s.engine().legalChoices(s.state(), side);
                if (r.nextInt(5) == 0 && side == Side.MOSCOW) {
                    s.apply(new Action.Commit(side, legal.get(r.nextInt(legal.size())).id(), "first idea"));
                    s.apply(new Action.Withdraw(side));
                }
                Variant v = legal.get(r.nextInt(legal.size()));
                s.apply(new Action.Commit(side, v.id(), r.nextBoolean() ? "" : "because <b>" + r.nextInt(100) + "</b>"));
            }
        }
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void saveThenLoad_givesTheSameStateAndTheSameContinuation(Path file) throws Exception {
        LoadedScenario sc = new ScenarioLoader(scenarioDir).resolve(
                file.getFileName().toString().replace(".json", ""));
        for (long seed = 0; seed < 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            Session s = play(Session.start(sc, seed), r, 1 + r.nextInt(sc.scenario().turns()));
            if (!s.state().isOver() && r.nextBoolean()) {
                s.apply(new Action.Commit(Side.BEIJING, s.engine().legalChoices(s.state(), Side.BEIJING).get(0)));
            }
            Path saved = store.save(s, "round trip " + seed, new SaveMeta("human", "random"));
            LoadedGame loaded = store.load(saved);
            assertThat(loaded.session().state()).isEqualTo(s.state());
            assertThat(loaded.session().actions()).isEqualTo(s.actions());
            assertThat(loaded.meta()).isEqualTo(new SaveMeta("human", "random"));
            assertThat(loaded.warnings()).isEmpty();
            // the same continuation from both
            long contSeed = seed * 31 + 1;
            Session a = play(s, new SplittableRandom(contSeed), 100);
            Session b = play(loaded.session(), new SplittableRandom(contSeed), 100);
            assertThat(b.state()).isEqualTo(a.state());
            assertThat(b.events()).isEqualTo(a.events());
        }
    }

    @Test
    void saveElsewhere_aRelativePath_isTakenFromTheStartingFolder_andToldInFull() throws Exception {
        Session s = play(Session.start(baseline, 5), new SplittableRandom(5), 1);
        Path wanted = tmp.resolve("usb").resolve("copy.json");
        Files.createDirectories(wanted.getParent());
        // typed as a relative path with a detour, the way "../usb/copy" is typed
        Path here = Path.of("").toAbsolutePath();
        String typed = here.relativize(tmp.resolve("usb").resolve("x").resolve("..").resolve("copy")).toString();
        Path saved = store.saveElsewhere(s, typed, new SaveMeta("human", "random"));
        assertThat(saved).isEqualTo(wanted).isAbsolute();
        assertThat(saved.toString()).doesNotContain("..");
        assertThat(store.load(saved).session().state()).isEqualTo(s.state());
    }

    @Test
    void autosave_keepsThePreviousVersionAsBackup_andContinueFindsTheNewest() throws Exception {
        Session s = Session.start(baseline, 4);
        Path first = store.autosave(play(s, new SplittableRandom(1), 1), new SaveMeta("human", "random"));
        assertThat(store.backupOf(first)).isEmpty();
        Path again = store.autosave(play(s, new SplittableRandom(2), 1), new SaveMeta("human", "random"));
        assertThat(again).isEqualTo(first);
        assertThat(store.backupOf(first)).isPresent();
        assertThat(store.load(store.backupOf(first).get()).session().state().turn()).isEqualTo(2);
        assertThat(store.load(first).session().state().turn()).isEqualTo(3);
        assertThat(store.latestAutosave()).map(SaveInfo::file).contains(first);
        assertThat(first.getFileName().toString()).isEqualTo("autosave-baseline-4.json");
    }

    @Test
    void newAutosaveFile_takenNameOrBackupOrMovedAside_picksTheNextFreeNumber() throws Exception {
        Session s = Session.start(baseline, 42);
        SaveMeta meta = new SaveMeta("human", "random");
        Path first = store.newAutosaveFile(s, meta);
        assertThat(first.getFileName().toString()).isEqualTo("autosave-baseline-42.json");
        store.autosave(first, s, meta);
        assertThat(store.newAutosaveFile(s, meta).getFileName().toString()).isEqualTo("autosave-baseline-42-2.json");
        java.nio.file.Files.move(first, first.resolveSibling("autosave-baseline-42.json.bak"));
        assertThat(store.newAutosaveFile(s, meta).getFileName().toString())
                .as("a backup alone still holds the name").isEqualTo("autosave-baseline-42-2.json");
        Path second = store.autosave(store.newAutosaveFile(s, meta), s, meta);
        java.nio.file.Files.move(second, second.resolveSibling("autosave-baseline-42-2.json.unreadable-1"));
        assertThat(store.newAutosaveFile(s, meta).getFileName().toString()).isEqualTo("autosave-baseline-42-3.json");
    }

    @Test
    void autosaveToAFile_outsideTheFolderOrNotAnAutosave_isRefused() {
        Session s = Session.start(baseline, 42);
        SaveMeta meta = new SaveMeta("human", "random");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.autosave(saves.resolve("../autosave-x.json"), s,
                meta)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.autosave(saves.resolve("mine.json"), s, meta))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(saves.resolve("mine.json")).doesNotExist();
    }

    @Test
    void saveNames_cannotLeaveTheFolderOrHideOrPoseAsAutosaves() throws Exception {
        assertThat(store.fileFor("../../etc/passwd").getParent()).isEqualTo(saves.toAbsolutePath().normalize());
        assertThat(store.fileFor("../../etc/passwd").getFileName().toString()).isEqualTo("etcpasswd.json");
        assertThat(store.fileFor("/abs/path").getFileName().toString()).isEqualTo("abspath.json");
        assertThat(store.fileFor("Class A: turn 4").getFileName().toString()).isEqualTo("Class-A-turn-4.json");
        assertThat(store.fileFor("..hidden").getFileName().toString()).isEqualTo("hidden.json");
        assertThat(store.fileFor("autosave-x").getFileName().toString()).isEqualTo("saved-autosave-x.json");
        assertThatThrownBy(() -> store.fileFor("../..")).isInstanceOf(SaveException.class)
                .hasMessage("A save name needs at least one letter or digit.");
        assertThat(store.fileFor("\u001b[2J").getFileName().toString()).isEqualTo("2J.json");
        assertThatThrownBy(() -> store.fileFor("\u001b\u202e\u200b")).isInstanceOf(SaveException.class);
    }

    @Test
    void saveNames_keepLettersOfEveryLanguage() throws Exception {
        // a Russian or Chinese facilitator's table names are letters too, not "no letter or digit"
        assertThat(store.fileFor("Стол 1").getFileName().toString()).isEqualTo("Стол-1.json");
        assertThat(store.fileFor("Группа Б").getFileName().toString()).isEqualTo("Группа-Б.json");
        assertThat(store.fileFor("第一桌").getFileName().toString()).isEqualTo("第一桌.json");
        assertThat(store.fileFor("Gruppe Müller").getFileName().toString()).isEqualTo("Gruppe-Müller.json");
        // the same name typed decomposed (u + combining diaeresis, as macOS may) is the same file
        assertThat(store.fileFor("Gruppe Mu\u0308ller")).isEqualTo(store.fileFor("Gruppe Müller"));
        // still nothing invisible, no control, no bidirectional override, never outside the folder
        assertThat(store.fileFor("Стол\u202e\u200b\u001b 2").getFileName().toString()).isEqualTo("Стол-2.json");
        assertThat(store.fileFor("../Стол").getParent()).isEqualTo(saves.toAbsolutePath().normalize());
        // at most 60 letters, and a name in a 3-byte script stays well inside a file name's 255 bytes
        assertThat(store.fileFor("桌".repeat(100)).getFileName().toString()).isEqualTo("桌".repeat(60) + ".json");
        Session s = play(Session.start(baseline, 5), new SplittableRandom(5), 1);
        Path file = store.save(s, "Стол 1", new SaveMeta("human", "human"));
        assertThat(store.load(file).session().state()).isEqualTo(s.state());
    }

    @Test
    void namedSave_ofAnotherGame_isNeverWrittenOver_butTheSameGameUpdatesItsOwn() throws Exception {
        SaveMeta meta = new SaveMeta("human", "human");
        // table 1 is saved as "final"; later the same game, further on, replaces it as a save should
        Session table1 = play(Session.start(baseline, 101), new SplittableRandom(1), 2);
        Path file = store.save(table1, "final", meta);
        store.save(play(table1, new SplittableRandom(2), 1), "final", meta);
        assertThat(store.load(file).session().state().turn()).isEqualTo(4);
        byte[] table1Bytes = Files.readAllBytes(file);
        // table 2 (another seed) typed the same name: refused in one sentence, table 1's save untouched
        Session table2 = play(Session.start(baseline, 202), new SplittableRandom(3), 2);
        assertThatThrownBy(() -> store.save(table2, "final", meta)).isInstanceOf(SaveException.class)
                .hasMessageContaining("final").hasMessageContaining("another game").hasMessageEndingWith(".")
                .hasMessageNotContaining("\n");
        // a branch of table 1 from turn 2 is another game too (its moves part from the saved ones)
        Session branch = table1.branchAt(2);
        play(branch, new SplittableRandom(99), 1);
        assertThatThrownBy(() -> store.save(branch, "final", meta)).isInstanceOf(SaveException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(table1Bytes);
        assertThat(store.load(file).session().seed()).isEqualTo(101);
    }

    @Test
    void writingOverAnUnreadableSave_movesItAsideInsteadOfDestroyingIt() throws Exception {
        Path file = store.fileFor("class-a");
        Files.createDirectories(saves);
        Files.writeString(file, "{ this is not a save");
        store.save(play(Session.start(baseline, 1), new SplittableRandom(3), 2), "class-a", new SaveMeta("human", "human"));
        assertThat(Files.readString(file.resolveSibling("class-a.json.unreadable-1"))).isEqualTo("{ this is not a save");
        assertThat(store.load(file).session().state().turn()).isEqualTo(3);
    }

    @Test
    void branch_startsANewGameFromAnEarlierTurn_andNamesItsParent() throws Exception {
        Session s = play(Session.start(baseline, 8), new SplittableRandom(8), 5);
        Session branch = s.branchAt(3);
        assertThat(branch.state()).isEqualTo(s.stateAtTurnStart(3));
        branch.apply(new Action.Commit(Side.MOSCOW, Variant.ALLIANCE_SIGN));
        branch.apply(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_SIGN));
        Path file = store.save(branch, "what-if-treaty", new SaveMeta("human", "human").branchedFrom("class-a", 3));
        LoadedGame loaded = store.load(file);
        assertThat(loaded.meta().parent()).isEqualTo("class-a");
        assertThat(loaded.meta().parentTurn()).isEqualTo(3);
        assertThat(loaded.session().state().allianceLevel()).isEqualTo(3);
        assertThat(Files.readString(file)).contains("\"parent\"");
    }

    @Test
    void autosave_ofABranchedGame_goesToItsOwnFileAndNeverToItsParents() throws Exception {
        Session s = play(Session.start(baseline, 8), new SplittableRandom(8), 4);
        Path parent = store.autosave(s, new SaveMeta("human", "random"));
        byte[] before = Files.readAllBytes(parent);
        Session branch = s.branchAt(2);
        SaveMeta meta = new SaveMeta("human", "random").branchedFrom("autosave-baseline-8", 2);
        Path file = store.autosave(branch, meta);
        assertThat(file.getFileName().toString()).isEqualTo("autosave-baseline-8-from-t2.json");
        assertThat(Files.readAllBytes(parent)).isEqualTo(before);
        assertThat(store.load(file).meta().parent()).isEqualTo("autosave-baseline-8");
        assertThat(store.list()).filteredOn(i -> i.file().equals(file)).singleElement()
                .satisfies(i -> assertThat(i.parent()).isEqualTo("autosave-baseline-8"))
                .satisfies(i -> assertThat(i.parentTurn()).isEqualTo(2));
        // a parent name that cleans to nothing still gets a file of its own in the folder
        Path odd = store.autosave(branch, new SaveMeta("human", "random").branchedFrom("\u202e/..", 2));
        assertThat(odd.getParent()).isEqualTo(saves.toAbsolutePath().normalize());
        assertThat(odd).isNotEqualTo(parent);
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void unusedName_sixtyCharacterNameTaken_findsAFreeNameThatKeepsItsNumber() throws Exception {
        String base = SaveStore.branchName("spring-term-class-a-section-two-russia-china-exercise-one", 3);
        assertThat(base).hasSize(60);
        java.nio.file.Files.createDirectories(saves);
        for (int i = 0; i < 3; i++) {
            String next = store.unusedName(base);
            assertThat(store.fileFor(next)).doesNotExist();
            assertThat(next.length()).isLessThanOrEqualTo(60);
            java.nio.file.Files.writeString(store.fileFor(next), "{}");
        }
        assertThat(store.unusedName(base)).endsWith("-4");
    }

    @Test
    void unusedName_addsANumberWhenTheNameIsTaken() throws Exception {
        Session s = play(Session.start(baseline, 8), new SplittableRandom(8), 1);
        assertThat(store.unusedName("what if")).isEqualTo("what-if");
        store.save(s, "what-if", new SaveMeta("human", "human"));
        assertThat(store.unusedName("what if")).isEqualTo("what-if-2");
        store.save(s, "what-if-2", new SaveMeta("human", "human"));
        assertThat(store.unusedName("what-if")).isEqualTo("what-if-3");
    }

    // ---------------------------------------------------------------- the corpus of bad saves

    private Path goodSave() throws Exception {
        return store.save(play(Session.start(baseline, 12), new SplittableRandom(12), 3), "good",
                new SaveMeta("human", "random"));
    }

    private SaveException loadFails(String name, String content) throws Exception {
        Path f = saves.resolve(name);
        Files.createDirectories(saves);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(f);
        SaveException e = org.junit.jupiter.api.Assertions.assertThrows(SaveException.class, () -> store.load(f));
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n").endsWith(".");
        assertThat(Files.readAllBytes(f)).as("a bad save is left as it was").isEqualTo(before);
        return e;
    }

    @Test
    void badSaves_eachGetOnePlainSentence() throws Exception {
        String good = Files.readString(goodSave());
        assertThat(loadFails("empty.json", "").getMessage()).isEqualTo("empty.json is empty, so there is no game in it.");
        assertThat(loadFails("notjson.json", "hello").getMessage())
                .isEqualTo("notjson.json cannot be read: it is not complete JSON (at line 1, column 1; it may have been cut short "
                        + "or edited).");
        assertThat(loadFails("cut.json", good.substring(0, good.length() / 2)).kind())
                .isEqualTo(SaveException.Kind.UNREADABLE);
        assertThat(loadFails("other.json", "{\"format\": \"something-else\"}").getMessage())
                .isEqualTo("other.json is not an Amur save file.");
        SaveException newer = loadFails("newer.json", good.replace("\"version\" : 1", "\"version\" : 7"));
        assertThat(newer.kind()).isEqualTo(SaveException.Kind.NEWER_VERSION);
        assertThat(newer.getMessage()).contains("newer Amur").contains("update Amur");
        SaveException illegal = loadFails("illegal.json", good.replaceFirst("\"variant\" : \"[a-z0-9_.]+\"",
                "\"variant\" : \"arms.aircraft_carrier\""));
        assertThat(illegal.kind()).isEqualTo(SaveException.Kind.DOES_NOT_REPLAY);
        assertThat(illegal.getMessage()).contains("move 1").contains("no variant with id 'arms.aircraft_carrier'");
        SaveException digest = loadFails("digest.json", good.replaceFirst("\"digest\" : \"[0-9a-f]{16}\"",
                "\"digest\" : \"0000000000000000\""));
        assertThat(digest.getMessage()).contains("does not replay to the game that was saved (turn 2 differs)");
        SaveException seed = loadFails("seed.json", good.replace("\"seed\" : 12", "\"seed\" : 13"));
        assertThat(seed.kind()).isEqualTo(SaveException.Kind.DOES_NOT_REPLAY);
        SaveException unknown = loadFails("unknown.json", OldSaves.withoutScenarioCopy(good)
                .replace("\"id\" : \"baseline\"", "\"id\" : \"atlantis\""));
        assertThat(unknown.getMessage()).contains("needs the scenario 'atlantis'").contains("put that scenario file back");
        assertThat(loadFails("side.json", good.replaceFirst("\"side\" : \"moscow\"", "\"side\" : \"paris\""))
                .getMessage()).isEqualTo("side.json is damaged: move 1 names no side (moscow or beijing).");
        assertThat(loadFails("rng.json", good.replace("SplitMix64", "Mersenne")).getMessage())
                .contains("uses the random generator 'Mersenne'");
        assertThat(loadFails("array.json", "[1, 2, 3]").kind()).isEqualTo(SaveException.Kind.NOT_A_SAVE);
        assertThat(loadFails("deep.json", "[".repeat(5000) + "]".repeat(5000)).kind())
                .isEqualTo(SaveException.Kind.UNREADABLE);
    }

    @Test
    void missingFile_andNonUtf8_andFolder_areOneSentenceToo() throws Exception {
        assertThatThrownBy(() -> store.load(saves.resolve("nope.json"))).isInstanceOf(SaveException.class)
                .hasMessageStartingWith("There is no save file");
        Files.createDirectories(saves);
        Path bin = saves.resolve("bin.json");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> store.load(bin)).hasMessage("bin.json is not an Amur save: at line 1, column 1 it is not UTF-8 text (a save is always UTF-8).");
        Files.write(bin, "{\n  \"a\": \"x\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> store.load(bin)).hasMessage("bin.json is not an Amur save: at line 2, column 10 it is"
                + " not UTF-8 text (a save is always UTF-8).");
        Files.createDirectories(saves.resolve("dir.json"));
        assertThatThrownBy(() -> store.load(saves.resolve("dir.json"))).hasMessageContaining("is a folder");
    }

    @Test
    void changedScenario_isRefusedWithAReason_andReplaysOnRequestWithAWarning() throws Exception {
        Path file = goodSave();
        // a save from before saves carried their scenario: it is looked up in the scenarios folder
        Files.writeString(file, OldSaves.withoutScenarioCopy(Files.readString(file)));
        Path sc = scenarioDir.resolve("baseline.json");
        Files.writeString(sc, Files.readString(sc).replace("\"chance\": 60", "\"chance\": 59"));
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(SaveException.class,
                e -> assertThat(e.kind()).isEqualTo(SaveException.Kind.SCENARIO_CHANGED));
        LoadedGame anyway = store.load(file, true);
        assertThat(anyway.warnings()).singleElement().asString().contains("has changed since this game was saved");
    }

    @Test
    void aSaveCarriesItsScenario_soAChangedOrMissingScenarioFileDoesNotMatter() throws Exception {
        Path file = goodSave();
        LoadedGame before = store.load(file);
        Path sc = scenarioDir.resolve("baseline.json");
        Files.writeString(sc, Files.readString(sc).replace("\"chance\": 60", "\"chance\": 59"));
        LoadedGame changed = store.load(file);
        assertThat(changed.warnings()).isEmpty();
        assertThat(changed.session().state()).isEqualTo(before.session().state());
        Files.delete(sc);
        assertThat(store.load(file).session().state()).isEqualTo(before.session().state());
        // an edited copy is noticed
        String text = Files.readString(file);
        SaveException edited = loadFails("edited.json", text.replace("\\\"chance\\\": 60", "\\\"chance\\\": 61"));
        assertThat(edited.getMessage()).isEqualTo("edited.json is damaged: the copy of the scenario it carries is not "
                + "the one it was played with (the file may have been edited).");
    }

    @Test
    void list_showsReadableSavesNewestFirst_andSkipsBrokenOnes() throws Exception {
        goodSave();
        Files.writeString(saves.resolve("junk.json"), "nope");
        assertThat(store.list()).extracting(SaveInfo::name).containsExactly("good");
        assertThat(store.list().get(0).turn()).isEqualTo(4);
    }

    @Test
    void facilitatorInjectsNotesAndRulings_areSavedAndReplayExactly() throws Exception {
        Session s = Session.start(baseline, 21);
        s.apply(new Action.Inject("new-sanctions", null, null, "as briefed"));
        s.apply(new Action.Inject(null, "Blockade drill", List.of(new org.amur.engine.Scenario.CardEffect(
                org.amur.engine.Indicator.US_CHINA_WAR_RISK, 12)), "white cell"));
        s.apply(new Action.Note("Discuss: who pays for the sanctions?"));
        s.apply(new Action.Commit(Side.MOSCOW, Variant.ARMS_S400));
        org.amur.engine.Step step = s.apply(new Action.Adjudicated(new Action.Commit(Side.BEIJING, "arms.s400", "need it"),
                List.of(new Action.RollOverride(org.amur.engine.RollKind.DELIVERY, Variant.ARMS_S400, false)),
                List.of(new org.amur.engine.Scenario.CardEffect(org.amur.engine.Indicator.TRUST, -3)),
                "semi-rigid: the plant is behind"));
        assertThat(step).isInstanceOf(org.amur.engine.Step.Accepted.class);
        Path f = store.save(s, "facilitated", new SaveMeta("human", "human"));
        assertThat(Files.readString(f)).contains("\"side\" : \"facilitator\"").contains("\"ruling\"");
        LoadedGame g = store.load(f);
        assertThat(g.session().state()).isEqualTo(s.state());
        assertThat(g.session().events()).isEqualTo(s.events());
    }

    @Test
    void facilitatorSettings_roundTripInEveryCombination_andBranchesKeepThem() throws Exception {
        Session s = play(Session.start(baseline, 5), new SplittableRandom(5), 2);
        for (boolean open : new boolean[] {false, true}) {
            for (SaveMeta.Adjudication a : SaveMeta.Adjudication.values()) {
                SaveMeta meta = new SaveMeta("human", "human").withFacilitator(new SaveMeta.Facilitator(open, a));
                Path f = store.save(s, "facil " + open + " " + a.id(), meta);
                assertThat(Files.readString(f)).contains("\"facilitation\" : {")
                        .contains("\"play\" : \"" + (open ? "open" : "closed") + "\"")
                        .contains("\"adjudication\" : \"" + a.id() + "\"");
                LoadedGame g = store.load(f);
                assertThat(g.meta()).isEqualTo(meta);
                assertThat(g.session().state()).isEqualTo(s.state());
                assertThat(g.meta().branchedFrom("parent", 2).facilitator()).isEqualTo(meta.facilitator());
            }
        }
        Path plain = store.save(s, "no facilitator", new SaveMeta("human", "random"));
        assertThat(Files.readString(plain)).doesNotContain("facilitation");
        assertThat(store.load(plain).meta().facilitated()).isFalse();
    }

    @Test
    void facilitatorSettings_thatAreNotUnderstood_makeTheSaveDamagedInOneSentence() throws Exception {
        Session s = play(Session.start(baseline, 6), new SplittableRandom(6), 1);
        Path f = store.save(s, "facil bad", new SaveMeta("human", "human").withFacilitator(
                new SaveMeta.Facilitator(false, SaveMeta.Adjudication.FREE)));
        Files.writeString(f, Files.readString(f).replace("\"adjudication\" : \"free\"", "\"adjudication\" : \"loose\""));
        assertThatThrownBy(() -> store.load(f)).isInstanceOf(SaveException.class)
                .hasMessage("facil-bad.json is damaged: its facilitator adjudication 'loose' is not rigid, semi-rigid "
                        + "or free.");
        Files.writeString(f, Files.readString(f).replace("\"play\" : \"closed\"", "\"play\" : 3"));
        assertThatThrownBy(() -> store.load(f)).isInstanceOf(SaveException.class)
                .hasMessageContaining("facilitation.play is missing or not text");
    }

    @Test
    void adjudication_byId_readsTheIdsAndNothingElse() {
        assertThat(SaveMeta.Adjudication.byId("semi-rigid")).contains(SaveMeta.Adjudication.SEMI_RIGID);
        assertThat(SaveMeta.Adjudication.byId("Free")).contains(SaveMeta.Adjudication.FREE);
        assertThat(SaveMeta.Adjudication.byId("rigid")).contains(SaveMeta.Adjudication.RIGID);
        assertThat(SaveMeta.Adjudication.byId("strict")).isEmpty();
        assertThat(SaveMeta.Adjudication.byId(null)).isEmpty();
    }

    @Test
    void autosave_firstSaveFails_saysThereIsNoSaveYet_neverThatAnEarlierOneIsUnchanged() throws Exception {
        Files.createDirectories(tmp);
        Files.writeString(saves, "a file where the saves folder should be");
        Session s = Session.start(baseline, 3);
        assertThatThrownBy(() -> store.autosave(s, new SaveMeta("random", "random")))
                .isInstanceOfSatisfying(SaveException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SaveException.Kind.WRITE_FAILED);
                    assertThat(e.getMessage()).contains("could not be saved").contains("no save of it there yet")
                            .contains("saves is in the way").doesNotContain("before").doesNotContain("Exception")
                            .doesNotContain("\n");
                });
    }

    @Test
    void autosave_laterSaveFails_saysTheEarlierSaveIsStillThere_andLeavesItAsItWas() throws Exception {
        Session s = Session.start(baseline, 3);
        SaveMeta meta = new SaveMeta("random", "random");
        Path file = store.autosave(s, meta);
        byte[] before = Files.readAllBytes(file);
        // a folder where the backup goes: the write cannot complete
        Files.createDirectories(file.resolveSibling(file.getFileName() + ".bak").resolve("x"));
        play(s, new SplittableRandom(1), 1);
        assertThatThrownBy(() -> store.autosave(s, meta)).isInstanceOfSatisfying(SaveException.class, e -> {
            assertThat(e.kind()).isEqualTo(SaveException.Kind.WRITE_FAILED);
            assertThat(e.getMessage()).contains("still the one from before").doesNotContain("Exception");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
