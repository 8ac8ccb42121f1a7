package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.engine.Asymmetry;
import org.amur.engine.Mod;
import org.amur.engine.RollKind;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @org.junit.jupiter.api.io.TempDir
    Path saveDir;

    @org.junit.jupiter.api.BeforeEach
    void privateSaves() {
        PlayCommand.saveStore = () -> new org.amur.save.SaveStore(saveDir);
    }

    @AfterEach
    void resetInput() {
        PlayCommand.input = null;
        PlayCommand.saveStore = org.amur.save.SaveStore::forInstallation;
    }

    @Test
    void lang_beforeOrAfterTheCommand_choosesTheLanguageOfTheTexts() {
        try {
            assertThat(run("--lang", "en-XA", "variants")).isZero();
            assertThat(out.toString()).contains("⟦").contains("⟧");
            out.getBuffer().setLength(0);
            assertThat(run("variants", "--lang=en")).isZero();
            assertThat(out.toString()).doesNotContain("⟦");
            assertThat(Main.language(new String[] {"play", "--lang", "ru", "--", "--lang"}))
                    .containsExactly("play", "--", "--lang");
            assertThat(org.amur.engine.TextBundle.locale().getLanguage()).isEqualTo("ru");
        } finally {
            org.amur.engine.TextBundle.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void help_listsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("play", "rules", "scenarios", "validate");
    }

    @Test
    void unknownOption_isAUsageErrorWithOneHint() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("--help");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void rules_printsEveryModifierAsymmetryRollAndVariantWithCitations() {
        assertThat(run("rules")).isZero();
        String text = out.toString();
        for (Mod m : Mod.values()) {
            assertThat(text).as(m.name()).contains(m.name());
        }
        for (Asymmetry a : Asymmetry.values()) {
            assertThat(text).contains(a.id() + "  " + a.title()).contains(a.citationText());
        }
        for (RollKind r : RollKind.values()) {
            assertThat(text).contains(Text.name(r));
        }
        for (Variant v : Variant.values()) {
            assertThat(text).contains(v.id());
        }
        assertThat(text).doesNotContain("[mod.").doesNotContain("[rules.").doesNotContain("[variant.");
    }

    @Test
    void rules_showsScenarioWeightNextToModelDefault(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"max_cards_per_turn\": 2,", "\"max_cards_per_turn\": 2, \"weights\": {\"A9\": 2},");
        Path f = dir.resolve("weighted.json");
        Files.writeString(f, json);
        assertThat(run("rules", "--scenario", f.toString())).isZero();
        assertThat(out.toString()).contains("A9  Russia's ageing navy   weight here: 2")
                .contains("(model default -10 pp)");
    }

    @Test
    void rules_unknownScenario_saysWhatIsAvailable() {
        assertThat(run("rules", "--scenario", "basline")).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario with that id").contains("did you mean \"baseline\"")
                .containsPattern("available: [a-z0-9, _-]*\\bbaseline\\b");
    }

    @Test
    void validate_shippedScenarios_areClean() {
        assertThat(run("validate", "scenarios/baseline.json")).isZero();
        assertThat(out.toString()).contains("0 errors");
    }

    @Test
    void validate_brokenFile_exitsOneWithLocatedProblems(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"title\":", "\"titel\":"));
        assertThat(run("validate", f.toString())).isEqualTo(1);
        assertThat(out.toString()).containsPattern("bad\\.json:\\d+:\\d+: error: titel: unknown field")
                .contains("did you mean \"title\"");
    }

    @Test
    void scenarios_listsTheBaseline() {
        assertThat(run("scenarios")).isZero();
        assertThat(out.toString()).contains("baseline").contains("Partnership without alliance")
                .contains("Length: 1 to 8 turns (--turns N). Presets: One class period: 4 turns; Two class periods: 6 "
                        + "turns.");
    }

    @Test
    void play_twoBots_playsAWholeGameAndExplainsIt() {
        assertThat(run("play", "--plain", "--moscow", "random", "--beijing", "random", "--seed", "7")).isZero();
        String text = out.toString();
        assertThat(text).contains("Seed 7").contains("== Turn 1 (2018) ==").contains("Revealed: Moscow chose")
                .contains("Game over after turn").contains("Final scores");
        // the game ends with each side's result against par, the same lines replay gives for its save
        String ending = text.substring(text.indexOf("Final scores"), text.indexOf("\nSaved as"));
        assertThat(ending).contains("Moscow: score ").contains("Beijing: score ").contains(", par ");
        assertThat(run("replay", saveDir.resolve("autosave-baseline-7.json").toString())).as(err.toString()).isZero();
        assertThat(out.toString().replace("\r", "")).contains(ending.strip());
    }

    @Test
    void play_sameSeedAndChoices_printsTheSameGame() {
        run("play", "--plain", "--moscow", "random", "--beijing", "random", "--seed", "11");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("play", "--plain", "--moscow", "random", "--beijing", "random", "--seed", "11");
        // the same game, saved next to the first one rather than over it
        assertThat(first).contains("Saved as autosave-baseline-11;");
        assertThat(out.toString()).isEqualTo(first.replace("autosave-baseline-11", "autosave-baseline-11-2"));
    }

    @Test
    void play_humanSeat_readsChoicesAndRationaleFromInput() {
        PlayCommand.input = new BufferedReader(new StringReader("?1\n99\nabc\n1\nkeep talking\nq\n"));
        assertThat(run("play", "--plain", "--seed", "3")).isZero();
        String text = out.toString();
        assertThat(text).contains("Type a number from 1 to").contains("[alliance.consult]")
                .contains("Moscow's reason: keep talking").contains("Game left at turn 2")
                .contains("Saved as autosave-baseline-3; continue it with ./amur");
    }

    @Test
    void play_aReasonLongerThanTheLimit_isCutAndTheGameSaysSo() throws Exception {
        String pasted = "word ".repeat(100).strip(); // 499 characters
        PlayCommand.input = new BufferedReader(new StringReader("1\n" + pasted + "\nq\n"));
        assertThat(run("play", "--plain", "--seed", "3")).isZero();
        assertThat(out.toString()).contains("The reason is longer than " + org.amur.engine.Engine.MAX_RATIONALE
                + " characters: its first " + org.amur.engine.Engine.MAX_RATIONALE + " are kept.");
        org.amur.save.LoadedGame g = new org.amur.save.SaveStore(saveDir).load(saveDir.resolve("autosave-baseline-3.json"));
        String kept = g.session().actions().stream().map(a -> (org.amur.engine.Action.Commit) a)
                .filter(a -> a.side() == org.amur.engine.Side.MOSCOW).findFirst().orElseThrow().rationale();
        assertThat(kept).hasSizeLessThanOrEqualTo(org.amur.engine.Engine.MAX_RATIONALE);
        assertThat(pasted).startsWith(kept);
        // a reason within the limit gets no note
        out.getBuffer().setLength(0);
        PlayCommand.input = new BufferedReader(new StringReader("1\nshort\nq\n"));
        assertThat(run("play", "--plain", "--seed", "4")).isZero();
        assertThat(out.toString()).doesNotContain("The reason is longer");
    }

    @Test
    void play_plainGame_autosavesEveryTurnAndTheSaveReplaysTheSameGame() throws Exception {
        PlayCommand.input = new BufferedReader(new StringReader("1\nfirst\n1\n\nq\n"));
        assertThat(run("play", "--plain", "--seed", "3", "--beijing", "historian")).isZero();
        Path file = saveDir.resolve("autosave-baseline-3.json");
        org.amur.save.LoadedGame g = new org.amur.save.SaveStore(saveDir).load(file);
        assertThat(g.session().state().turn()).isEqualTo(3);
        assertThat(g.meta().beijing()).isEqualTo("historian");
        // two turns of two choices, and the bot's choice at the start of turn 3, where Moscow quit
        assertThat(g.session().actions()).hasSize(5);
        // the bot commits as the turn starts, so Moscow's choice need not be the log's first action
        assertThat(g.session().actions().stream().map(a -> (org.amur.engine.Action.Commit) a)
                .filter(a -> a.side() == org.amur.engine.Side.MOSCOW).findFirst().orElseThrow().rationale())
                .isEqualTo("first");
        out.getBuffer().setLength(0);
        assertThat(run("replay", file.toString())).isZero();
        assertThat(out.toString()).contains("first");
    }

    @Test
    void play_unknownSeatType_isAUsageError() {
        assertThat(run("play", "--moscow", "genius")).isEqualTo(2);
        assertThat(err.toString()).contains("'human', 'random'").contains("'historian'").contains("'mcts:hard'")
                .contains("not 'genius'");
    }

    @Test
    void play_personalityAgainstSearchBot_playsAWholeGameAndExplainsEveryMove() {
        assertThat(run("play", "--plain", "--moscow", "historian", "--beijing", "mcts:easy", "--seed", "5")).isZero();
        String text = out.toString();
        assertThat(text).contains("Game over after turn").contains("Final scores");
        assertThat(text).containsPattern("Moscow's reason: Moscow \\(Historian\\) (offered|requested|proposed) ");
        assertThat(text).containsPattern("Beijing's reason: Beijing \\(Search, easy\\) (offered|requested|proposed) ");
    }

    @Test
    void tournament_tinyField_printsOwnScoresPerSeatWithIntervals() {
        assertThat(run("tournament", "--bots", "random,historian,mcts:easy", "--games", "2", "--scenario", "baseline",
                "--threads", "1")).isZero();
        String text = out.toString();
        assertThat(text).contains("Round robin, seed 1: 3 bots, both seats, 2 games per pairing")
                .contains("as Moscow").contains("as Beijing").containsPattern("Historian +-?\\d+\\.\\d \\[")
                .contains("Search, easy");
        assertThat(err.toString()).contains("Playing 18 games");
    }

    @Test
    void tournament_json_isParseableWithOneRowPerBot() throws Exception {
        assertThat(run("tournament", "--bots", "random,hedger", "--games", "2", "--scenario", "baseline", "--json"))
                .isZero();
        var root = org.amur.scenario.StrictJson.mapper().readTree(out.toString());
        assertThat(root.get("own_score").size()).isEqualTo(2);
        assertThat(root.get("own_score").get(1).get("bot").toString()).isEqualTo("\"hedger\"");
        assertThat(root.get("own_score").get(1).get("moscow").get("n").toString()).isEqualTo("4");
    }

    @Test
    void tournament_unknownBot_isAUsageError() {
        assertThat(run("tournament", "--bots", "random,genius")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown bot 'genius'").contains("mcts:hard");
    }

    @Test
    void play_mistypedSeat_suggestsTheClosestBot() {
        assertThat(run("play", "--plain", "--moscow", "histoiran")).isEqualTo(2);
        assertThat(err.toString()).contains("not 'histoiran'; did you mean 'historian'?");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void play_seedThatIsNotANumber_saysSoInPlainWords() {
        assertThat(run("play", "--plain", "--seed", "abc")).isEqualTo(2);
        assertThat(err.toString()).contains("'abc' is not a whole number").doesNotContain("long");
    }

    @Test
    void play_unknownScenarioId_isOneLineWithTheIdsAndNoAdviceToValidateAFile() {
        assertThat(run("play", "--plain", "--scenario", "basline")).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean \"baseline\"").doesNotContain("validate");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void play_brokenScenarioFile_pointsAtValidateWithThatFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("mine.json");
        java.nio.file.Files.writeString(f, "{\"id\": \"mine\"");
        assertThat(run("play", "--plain", "--scenario", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("./amur validate " + f);
    }

    @Test
    void anEmptyName_isRefusedInOneSentence_neverReadAsTheCurrentFolder() {
        for (String[] args : new String[][] {{"replay", ""}, {"report", ""}, {"replay", "--json", ""}}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo("amur: An empty name (\"\") names no file; give a file name.");
        }
        err.getBuffer().setLength(0);
        assertThat(run("play", "--plain", "--scenario", "")).isEqualTo(2);
        assertThat(err.toString()).startsWith("\"\": error: an empty name names no file").doesNotContain("folder");
    }

    @Test
    void play_patientBots_playsTheWholeBudget_andTheGameIsTheTournamentsWithTheSameSeed() throws Exception {
        assertThat(run("play", "--plain", "--moscow", "historian", "--beijing", "mcts:easy", "--seed", "5",
                "--patient-bots")).isZero();
        String text = out.toString();
        assertThat(text).contains("Game over after turn").doesNotContain("asked to answer");
        org.amur.engine.Engine engine = new org.amur.engine.Engine(
                org.amur.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline.json")).scenario());
        for (org.amur.engine.Action a : org.amur.sim.Tournament.game(engine, 5, "historian", "mcts:easy").actions()) {
            assertThat(text).contains(((org.amur.engine.Action.Commit) a).rationale());
        }
    }

    @Test
    void play_botSpecsAreCaseInsensitive_andMctsAloneMeansNormal() {
        assertThat(run("play", "--plain", "--moscow", "Hedger", "--beijing", "mcts", "--seed", "2")).isZero();
        assertThat(out.toString()).contains("Moscow (Hedger)").contains("Beijing (Search, normal)");
    }

    @Test
    void plainGame_failedSaves_areSaidEveryTurn_andLeavingOffersAnotherPlace() throws Exception {
        Path folder = saveDir.resolve("saves");
        java.nio.file.Files.writeString(folder, "a file where the saves folder should be");
        PlayCommand.saveStore = () -> new org.amur.save.SaveStore(folder);
        Path usb = java.nio.file.Files.createDirectories(saveDir.resolve("usb"));
        Path copy = usb.resolve("copy.json");
        java.nio.file.Files.writeString(copy, "{}");
        // two turns, quit, a path that is taken (refused), then a new one
        PlayCommand.input = new BufferedReader(new StringReader("1\n\n1\n\nq\n" + copy + "\n" + usb + "/game\n"));
        assertThat(run("play", "--plain", "--seed", "4")).isZero();
        String text = out.toString();
        assertThat(text.split("Not saved: ", -1)).as("said at each turn's save").hasSizeGreaterThanOrEqualTo(3);
        assertThat(text).contains("there is no save of it there yet").doesNotContain("still the one from before")
                .contains("The game is not saved. Type a path").contains("is already there")
                .contains("Saved as " + usb.resolve("game.json"));
        assertThat(java.nio.file.Files.readString(copy)).isEqualTo("{}");
        assertThat(new org.amur.save.SaveStore(usb).load(usb.resolve("game.json")).session().state().turn())
                .isEqualTo(3);
    }

    @Test
    void dumbTerminal_playsThePlainGame_sayingWhyInOneSentence() {
        var terminal = Main.terminal;
        var env = Main.env;
        try {
            Main.terminal = () -> true;
            for (String term : new String[] {"dumb", null}) {
                Main.env = k -> k.equals("TERM") ? term : null;
                for (String[] args : new String[][] {{}, {"play", "--seed", "3"}}) {
                    out.getBuffer().setLength(0);
                    err.getBuffer().setLength(0);
                    PlayCommand.input = new BufferedReader(new StringReader("1\n\nq\n"));
                    assertThat(run(args)).as(err.toString()).isZero();
                    String e = err.toString();
                    assertThat(e.strip().lines().count()).as(e).isEqualTo(1);
                    assertThat(e).contains("TERM=" + (term == null ? "unset" : term)).contains("plain text game");
                    assertThat(out.toString()).contains("choose 1-").contains("Game left at turn")
                            .doesNotContain("\u001b");
                }
                // the facilitator's console cannot be plain: refused in one sentence
                err.getBuffer().setLength(0);
                assertThat(run("play", "--facilitator")).isEqualTo(2);
                assertThat(err.toString().strip()).contains("facilitator's console needs the game screen")
                        .doesNotContain("\n");
            }
        } finally {
            Main.terminal = terminal;
            Main.env = env;
        }
    }

    @Test
    void noCommand_withoutTerminal_exitsTwoWithOneSentencePointingAtHeadlessCommands() {
        assertThat(run()).isEqualTo(2);
        String e = err.toString();
        assertThat(e.strip().lines().count()).isEqualTo(1);
        assertThat(e).contains("amur play --plain").contains("amur rules").contains("interactive terminal");
        assertThat(e).doesNotContain("Exception").doesNotContain("AWT").doesNotContain("stty").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void play_withoutTerminal_exitsTwoAndNamesThePlainMode() {
        assertThat(run("play", "--seed", "3", "--beijing", "human")).isEqualTo(2);
        assertThat(err.toString().strip().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains("amur play --plain");
    }

    @Test
    void play_badScenarioWithoutTerminal_reportsTheScenarioFirst() {
        assertThat(run("play", "--scenario", "basline")).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario with that id");
    }

    @Test
    void replay_goldenSave_printsEveryTurnWithRollsAndCitations() {
        assertThat(run("replay", "src/test/resources/saves/v1/baseline-seed-2018.json")).isIn(0, 2);
        // the golden saves use their own copy of the scenario; the shipped one may have moved on
        if (!err.toString().isEmpty()) {
            assertThat(err.toString()).contains("earlier version of the scenario");
            out.getBuffer().setLength(0);
            assertThat(run("replay", "--anyway", "src/test/resources/saves/v1/baseline-seed-2018.json")).isZero();
        }
        assertThat(out.toString()).contains("seed 2018, rules 1,").contains("== Turn 1 (2018) ==")
                .contains("Revealed: Moscow chose")
                .contains("Roll: ").contains("Kashin 2018").contains("Game over after turn 8");
    }

    @Test
    void replay_json_isParseableAndHasOneEntryPerTurn() throws Exception {
        assertThat(run("replay", "--anyway", "--json", "src/test/resources/saves/v1/baseline-seed-7.json")).isZero();
        var root = org.amur.scenario.StrictJson.mapper().readTree(out.toString());
        assertThat(root.get("turns").size()).isEqualTo(8);
        assertThat(root.get("rules").asInt()).isEqualTo(1);
        assertThat(root.get("turns").get(0).get("events").toString()).contains("\"type\":\"roll\"")
                .contains("\"base_odds\"").contains("\"asymmetry\"");
    }

    @Test
    void replay_badSave_isOneSentenceAndExitTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"format\": \"amur-save\", \"version\": 99}");
        assertThat(run("replay", f.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: broken.json was written by a newer Amur (save format 99; "
                + "this one reads up to 1); update Amur to open it.");
    }
}
