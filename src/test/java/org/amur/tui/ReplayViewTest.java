package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.LoadedGame;
import org.amur.save.SaveMeta;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The debrief viewer and "what if" branching, driven through the game screen in a virtual terminal. */
@Timeout(60)
class ReplayViewTest {
    private static final Pattern MISSING_TEXT = Pattern.compile("\\[[a-z_]+(\\.[a-z_0-9]+)+\\]");

    @TempDir
    Path saves;

    private static LoadedScenario baseline() throws Exception {
        return new ScenarioLoader(Path.of("scenarios")).resolve("baseline");
    }

    /** Both sides commit in each of {@code turns} turns, with reasons naming side and turn. */
    private static Session play(Session s, int turns) {
        for (int t = 1; t <= turns && !s.state().isOver(); t++) {
            for (Side side : Side.values()) {
                List<Variant> legal = s.engine().legalChoices(s.state(), side);
                Variant v = legal.get((t * 3 + side.ordinal()) % legal.size());
                s.apply(new Action.Commit(side, v.id(), side.displayName() + " reason in turn " + t));
            }
        }
        return s;
    }

    /** A five-turn game of the baseline, saved as {@code debrief} (Moscow human, Beijing random). */
    private Session savedGame(Harness h) throws Exception {
        Session s = play(Session.start(baseline(), 7), 5);
        assertThat(s.resolvedTurns()).isEqualTo(5);
        h.saves.save(s, "debrief", new SaveMeta("human", "random"));
        return s;
    }

    /** Opens the only (or first) save of the load screen in the viewer. */
    private static Harness openViewer(Harness h) {
        return h.menu().keys(ch('o'), ch('v'));
    }

    /** Every row of the turn on screen, scrolling down a page at a time from the top. */
    private static String wholeTurn(Harness h) {
        StringBuilder all = new StringBuilder(h.text());
        for (int i = 0; i < 30; i++) {
            String before = h.text();
            h.keys(k(KeyType.PageDown));
            if (h.text().equals(before)) {
                break;
            }
            all.append(h.text());
        }
        return all.toString();
    }

    private static Event.ChoicesRevealed revealed(Session s, int turn) {
        for (Event e : s.eventsOfTurn(turn)) {
            if (e instanceof Event.ChoicesRevealed r) {
                return r;
            }
        }
        throw new AssertionError("turn " + turn + " has no reveal");
    }

    private static void wellFormed(String screen, int cols, int rows) {
        String[] lines = screen.split("\n", -1);
        assertThat(lines.length - 1).isEqualTo(rows);
        for (String l : lines) {
            assertThat(Canvas.columns(l)).as(l).isLessThanOrEqualTo(cols);
        }
        assertThat(MISSING_TEXT.matcher(screen).find()).as("a ui.properties key is missing:\n" + screen).isFalse();
        assertThat(screen).doesNotContain("\u001b").doesNotContain("@ud").doesNotContain("@lr");
    }

    private static byte[] bytes(Path p) throws Exception {
        return Files.readAllBytes(p);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> ls = Files.list(dir)) {
            return ls.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ------------------------------------------------------------------ stepping through a game

    @Test
    void viewer_stepsForwardAndBack_showingEachTurnsChoicesReasonsRollsAndCitations() throws Exception {
        Harness h = Harness.sync(200, 60, saves);
        Session s = savedGame(h);
        openViewer(h);
        assertThat(h.app.top()).isInstanceOf(ReplayView.class);
        assertThat(h.text()).contains("turn 1 of 6, 2018").contains("Moscow reason in turn 1");

        h.keys(k(KeyType.ArrowRight), k(KeyType.ArrowRight));
        String t3 = wholeTurn(h);
        Event.ChoicesRevealed r3 = revealed(s, 3);
        assertThat(t3).contains("turn 3 of 6, 2020", "The choices of 2020",
                "Moscow (human) " + Ui.t("roleof." + r3.moscow().role(Side.MOSCOW), Text.title(r3.moscow())),
                "Beijing (bot: random) " + Ui.t("roleof." + r3.beijing().role(Side.BEIJING), Text.title(r3.beijing())),
                "Why: Moscow reason in turn 3", "Why: Beijing reason in turn 3")
                .doesNotContain("reason in turn 2").doesNotContain("reason in turn 4");
        // a roll with its odds and draw, and a change with its citation, as the engine logged them
        Event.Roll roll = null;
        Event.Delta cited = null;
        for (Event e : s.eventsOfTurn(3)) {
            if (e instanceof Event.Roll r && roll == null) {
                roll = r;
            }
            if (e instanceof Event.Effect fx) {
                for (Event.Delta d : fx.deltas()) {
                    if (d.cause() != null && cited == null) {
                        cited = d;
                    }
                }
            }
        }
        assertThat(roll).isNotNull();
        assertThat(cited).isNotNull();
        assertThat(t3).contains("Roll for " + Text.name(roll.kind()))
                .contains("odds " + roll.odds() + "%, drew " + roll.draw() + ": " + (roll.success() ? "yes" : "no"))
                .contains("[" + cited.cause().asymmetry().id() + " " + cited.cause().asymmetry().title() + ", "
                        + org.amur.engine.ModCitations.pages(cited.cause()) + "]")
                .contains("Net change in turn 3 (2020)");
        // the state at the start of the turn, with its change over the turn
        double trust = s.stateAtTurnStart(3).get(Indicator.TRUST);
        assertThat(t3).containsPattern("Trust +" + Pattern.quote(Narration.number(trust, 1)) + " ");
        double score = s.stateAtTurnStart(3).get(Indicator.RU_SCORE);
        double change = s.stateAtTurnStart(4).get(Indicator.RU_SCORE) - score;
        assertThat(t3).containsPattern("Score \\(Moscow\\) +" + Pattern.quote(Narration.number(score, 1)) + " +[\u25B2\u25BC] "
                + Pattern.quote(Narration.signed(change, 1)) + " ");

        h.keys(k(KeyType.ArrowLeft));
        assertThat(h.text()).contains("turn 2 of 6, 2019").contains("Why: Moscow reason in turn 2");
        h.keys(ch(']'), ch(']'));
        assertThat(h.text()).contains("turn 4 of 6, 2021");
        h.keys(ch('['));
        assertThat(h.text()).contains("turn 3 of 6, 2020");
        h.keys(ch('l'));
        assertThat(h.text()).contains("turn 4 of 6, 2021");
        h.keys(ch('h'));
        assertThat(h.text()).contains("turn 3 of 6, 2020");
        h.keys(k(KeyType.End));
        // the sixth turn had begun, nobody had chosen yet
        assertThat(h.text()).contains("turn 6 of 6, 2023 (unfinished)").contains("Start of 2023 (after its world events")
                .contains("Moscow (human) has not chosen yet");
        h.keys(k(KeyType.ArrowLeft));
        assertThat(h.text()).contains("turn 5 of 6, 2022").contains("Why: Beijing reason in turn 5");
        h.keys(k(KeyType.ArrowRight), k(KeyType.ArrowRight)); // nothing after the last turn
        assertThat(((ReplayView) h.app.top()).turn()).isEqualTo(6);
        h.keys(k(KeyType.Home), k(KeyType.ArrowLeft));
        assertThat(((ReplayView) h.app.top()).turn()).isEqualTo(1);
        h.keys(k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(LoadView.class);
    }

    @Test
    void viewer_theChangeByNextYear_addsUpToTheValueShownThen() throws Exception {
        // "Score -6.3 change -1.8" followed by "-8.2" the next year does not add up: the change is taken between
        // the values as shown, as the reveal's "43.6 -> 43.3 (-0.3)" is
        Pattern cell = Pattern.compile("(\\S+(?: \\S+)*(?: \\([A-Za-z]+\\))?) +(-?\\d+(?:\\.\\d)?) +(?:[\u25b2\u25bc] ([+-]\\d+(?:\\.\\d)?)|\u00b7)");
        List<String> problems = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            Harness h = Harness.sync(120, 40, saves.resolve("s" + seed));
            Session s = play(Session.start(baseline(), seed), 8);
            h.saves.save(s, "sums", new SaveMeta("human", "random"));
            Saves.view(h.app, saves.resolve("s" + seed).resolve("sums.json"), false);
            h.app.drain();
            h.keys(k(KeyType.Home));
            java.util.Map<String, Double> expected = new java.util.HashMap<>();
            for (int t = 1; t <= s.resolvedTurns(); t++) {
                String screen = h.text();
                String table = screen.substring(screen.indexOf("Start of"), screen.indexOf("World event"));
                java.util.regex.Matcher m = cell.matcher(table);
                java.util.Map<String, Double> next = new java.util.HashMap<>();
                while (m.find()) {
                    String label = m.group(1).strip();
                    double value = Double.parseDouble(m.group(2));
                    if (expected.containsKey(label) && Math.abs(expected.get(label) - value) > 1e-9) {
                        problems.add("seed " + seed + ", " + scenarioYear(t) + ": " + label + " shows " + value
                                + " after a change to " + expected.get(label));
                    }
                    double change = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
                    next.put(label, Math.round((value + change) * 10) / 10.0);
                }
                assertThat(next).as(table).hasSizeGreaterThan(5);
                expected = next;
                h.keys(k(KeyType.ArrowRight));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static int scenarioYear(int turn) {
        return 2017 + turn;
    }

    @Test
    void viewer_gameStillInPlay_showsThePublicView_untilTheFacilitatorAsksForEverything() throws Exception {
        Harness h = Harness.sync(200, 60, saves);
        // licensed production every year: under rules 3 copy progress is kept per class, so a copy roll needs
        // one class to build up (the mixed game of savedGame need not reach one)
        Session s = Session.start(baseline(), 7);
        for (int t = 1; t <= 5 && !s.state().isOver(); t++) {
            for (Side side : Side.values()) {
                s.apply(new Action.Commit(side, "arms.licensed_antiship", ""));
            }
        }
        h.saves.save(s, "debrief", new SaveMeta("human", "random"));
        assertThat(s.state().isOver()).as("five turns of eight: the game goes on").isFalse();
        openViewer(h);
        int copyTurn = 0;
        for (int t = s.resolvedTurns(); t >= 1; t--) {
            for (Event e : s.eventsOfTurn(t)) {
                if (e instanceof Event.Roll r && r.kind() == org.amur.engine.RollKind.UNLICENSED_COPY) {
                    copyTurn = t;
                }
            }
        }
        assertThat(copyTurn).as("a copy roll in this game").isPositive();
        // a Moscow team (or a solo Moscow player) must not read Beijing's secrets in a game still in play:
        // no secret indicator, no copy roll, on any turn, and the viewer says which view it shows
        String rollName = Text.name(org.amur.engine.RollKind.UNLICENSED_COPY);
        assertThat(h.text()).contains("public view: game not over", "a all secrets");
        for (int t = 1; t <= s.resolvedTurns(); t++) {
            String turn = wholeTurn(h);
            assertThat(turn).as("turn " + t).doesNotContain("Copy progress").doesNotContain("secret during play")
                    .doesNotContain("Roll for " + rollName);
            h.keys(k(KeyType.ArrowRight));
        }
        h.keys(k(KeyType.Home));
        // a, then n: nothing changes
        h.keys(ch('a'), ch('n'));
        assertThat(((ReplayView) h.app.top()).audience()).isEqualTo(org.amur.engine.Audience.PUBLIC);
        assertThat(h.text()).doesNotContain("Copy progress");
        // a, then y: everything, labelled
        h.keys(ch('a'));
        assertThat(h.text()).contains("Show both sides' secrets?");
        h.keys(ch('y'));
        assertThat(h.text()).contains("all secrets shown").doesNotContain("a all secrets");
        double copy = s.stateAtTurnStart(1).get(Indicator.CN_COPY_PROGRESS);
        assertThat(h.text()).containsPattern("Copy progress +" + Pattern.quote(Narration.number(copy, 1))
                + " .*\\(secret during play: only Beijing saw it\\)");
        // the copy roll, which the players never saw, is shown and labelled
        for (int t = 1; t < copyTurn; t++) {
            h.keys(k(KeyType.ArrowRight));
        }
        assertThat(wholeTurn(h)).containsPattern("Roll for " + Pattern.quote(rollName)
                + ".*\\(secret during play: only Beijing saw it\\)");
    }

    @Test
    void viewer_finishedGame_showsEverythingWithoutAsking() throws Exception {
        Harness h = Harness.sync(200, 60, saves);
        Session s = play(Session.start(baseline(), 7), 20);
        assertThat(s.state().isOver()).isTrue();
        h.saves.save(s, "done", new SaveMeta("human", "random"));
        openViewer(h);
        assertThat(((ReplayView) h.app.top()).audience()).isEqualTo(org.amur.engine.Audience.FACILITATOR);
        assertThat(h.text()).contains("all secrets shown").contains("Copy progress").doesNotContain("a all secrets");
    }

    @Test
    void viewer_midTurnSave_showsWhoHadChosenButNeverThePendingChoice() throws Exception {
        Harness h = Harness.sync(100, 30, saves);
        Session s = play(Session.start(baseline(), 7), 2);
        java.util.Set<String> chosenBefore = new java.util.HashSet<>();
        for (int t = 1; t <= 2; t++) {
            chosenBefore.add(revealed(s, t).moscow().id());
            chosenBefore.add(revealed(s, t).beijing().id());
        }
        Variant sealed = s.engine().legalChoices(s.state(), Side.MOSCOW).stream()
                .filter(v -> !chosenBefore.contains(v.id())).findFirst().orElseThrow();
        s.apply(new Action.Commit(Side.MOSCOW, sealed.id(), "SEALED-PLAN of Moscow"));
        assertThat(s.state().hasCommitted(Side.MOSCOW)).isTrue();
        h.saves.save(s, "midturn", new SaveMeta("human", "human"));

        openViewer(h);
        for (int i = 0; i < 2; i++) {
            wholeTurn(h);
            h.keys(k(KeyType.ArrowRight));
        }
        synchronized (h.frames) {
            h.frames.clear();
        }
        h.keys(k(KeyType.ArrowRight));
        ReplayView v = (ReplayView) h.app.top();
        assertThat(v.turn()).isEqualTo(3);
        assertThat(v.lastTurn()).isEqualTo(3);
        String pending = wholeTurn(h);
        assertThat(pending).contains("turn 3 of 3, 2020 (unfinished)", "This turn was not finished",
                "Moscow (human) has chosen; sealed until both have chosen", "Beijing (human) has not chosen yet");
        synchronized (h.frames) {
            assertThat(h.frames).isNotEmpty();
            for (String f : h.frames) {
                assertThat(f).doesNotContain("SEALED-PLAN").doesNotContain(Text.title(sealed));
            }
        }
        // earlier, finished turns are still shown whole
        h.keys(k(KeyType.Home));
        assertThat(h.text()).contains("Why: Moscow reason in turn 1");
    }

    @Test
    void viewer_neverWritesTheSaveItShows() throws Exception {
        Harness h = Harness.sync(80, 24, saves);
        savedGame(h);
        Path file = saves.resolve("debrief.json");
        byte[] before = bytes(file);
        List<String> filesBefore = files(saves);
        openViewer(h);
        for (int i = 0; i < 6; i++) {
            wholeTurn(h);
            h.keys(k(KeyType.ArrowRight));
        }
        h.keys(ch('b'), k(KeyType.Escape), k(KeyType.Escape), k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(MenuView.class);
        assertThat(bytes(file)).isEqualTo(before);
        assertThat(files(saves)).isEqualTo(filesBefore);
    }

    @Test
    void viewer_showsFacilitatorInterventionsMarkedAsSuch() throws Exception {
        Harness h = Harness.sync(200, 60, saves);
        Session s = play(Session.start(baseline(), 7), 1);
        s.apply(new Action.Inject(null, "Border incident on the Amur",
                List.of(new Scenario.CardEffect(Indicator.TRUST, -3)), "to test the partnership"));
        s.apply(new Action.Note("watch how Moscow answers"));
        List<Variant> legal = s.engine().legalChoices(s.state(), Side.MOSCOW);
        s.apply(new Action.Commit(Side.MOSCOW, legal.get(0).id(), ""));
        Variant b = s.engine().legalChoices(s.state(), Side.BEIJING).get(0);
        assertThat(s.apply(new Action.Adjudicated(new Action.Commit(Side.BEIJING, b.id(), "ours"), List.of(),
                List.of(new Scenario.CardEffect(Indicator.RU_ECONOMY, 2)), "the white cell rules a softer year")))
                .isInstanceOf(org.amur.engine.Step.Accepted.class);
        h.saves.save(s, "facil", new SaveMeta("human", "human"));
        openViewer(h).keys(k(KeyType.ArrowRight));
        String t2 = wholeTurn(h);
        assertThat(t2).contains("FACILITATOR INJECT: Border incident on the Amur", "to test the partnership",
                "FACILITATOR NOTE (turn 2): watch how Moscow answers",
                "FACILITATOR RULING on this turn", "the white cell rules a softer year",
                "By the facilitator's ruling", "Moscow (human)", "(no reason given)", "Why: ours");
    }

    // ------------------------------------------------------------------ bad saves

    @Test
    void viewer_saveThatDoesNotReplay_saysSoInOneSentenceAndChangesNothing() throws Exception {
        Harness h = Harness.sync(80, 24, saves);
        Session game = savedGame(h);
        Path file = saves.resolve("debrief.json");
        // hand-edited into an illegal move: still listed, fails when replayed
        String json = Files.readString(file);
        String edited = json.replaceFirst("\"variant\" : \"" + Pattern.quote(revealed(game, 1).moscow().id()) + "\"",
                "\"variant\" : \"alliance.invoke\"");
        assertThat(edited).isNotEqualTo(json);
        Files.writeString(file, edited);
        byte[] before = bytes(file);
        openViewer(h);
        assertThat(h.app.top()).isInstanceOf(MessageView.class);
        String s = h.text();
        wellFormed(s, 80, 24);
        assertThat(s).contains("This save cannot be opened", "debrief.json does not replay: move 1 (Moscow)")
                .doesNotContain("Exception");
        assertThat(bytes(file)).isEqualTo(before);
        h.keys(k(KeyType.Enter));
        assertThat(h.app.top()).isInstanceOf(LoadView.class);
    }

    @Test
    void viewer_saveCutShortAfterItWasListed_saysSoInOneSentence() throws Exception {
        Harness h = Harness.sync(80, 24, saves);
        savedGame(h);
        Path file = saves.resolve("debrief.json");
        h.menu().keys(ch('o'));
        String json = Files.readString(file);
        Files.writeString(file, json.substring(0, json.length() / 3));
        h.keys(ch('v'));
        assertThat(h.app.top()).isInstanceOf(MessageView.class);
        assertThat(h.text()).contains("debrief.json cannot be read: it is not complete JSON").doesNotContain("Exception");
    }

    @Test
    void viewer_afterTheScenarioChanged_asksFirstThenShowsTheGameWithAWarning() throws Exception {
        Path dir = saves.resolve("scenarios");
        Files.createDirectories(dir);
        Path copy = dir.resolve("baseline.json");
        Files.copy(Path.of("scenarios/baseline.json"), copy);
        Path saveDir = saves.resolve("s");
        Harness h = new Harness(80, 24, saveDir, dir, new Palette(Palette.Mode.COLOR_256), Runnable::run,
                Seats.FACTORY);
        Session s = play(Session.start(new ScenarioLoader(dir).resolve("baseline"), 7), 2);
        h.saves.save(s, "debrief", new SaveMeta("human", "random"));
        java.nio.file.Files.writeString(saveDir.resolve("debrief.json"),
                org.amur.save.OldSaves.withoutScenarioCopy(java.nio.file.Files.readString(saveDir.resolve("debrief.json")))); // a save from before saves carried their scenario
        Files.writeString(copy, Files.readString(copy).replace("\"turns\": 8", "\"turns\": 9"));
        h.menu().keys(ch('o'), ch('v'));
        assertThat(h.text()).contains("The scenario has changed");
        h.keys(ch('y'));
        assertThat(h.text()).contains("Note about this save").contains("has changed since this game was saved");
        h.enter();
        assertThat(h.app.top()).isInstanceOf(ReplayView.class);
        assertThat(h.text()).contains("turn 1 of 3, 2018");
    }

    // ------------------------------------------------------------------ branching

    @Test
    void branch_atTurn3_savesANewGameNamingItsParent_andPlaysOnFromThereWithTheChosenSeats() throws Exception {
        Harness h = Harness.sync(80, 24, saves);
        Session original = savedGame(h);
        Path parentFile = saves.resolve("debrief.json");
        byte[] parentBytes = bytes(parentFile);
        openViewer(h).keys(k(KeyType.ArrowRight), k(KeyType.ArrowRight), ch('b'));
        assertThat(h.app.top()).isInstanceOf(BranchView.class);
        String s = h.text();
        wellFormed(s, 80, 24);
        assertThat(s).contains("Branch: a new game from turn 3 (2020)", "debrief itself is not changed",
                "debrief-from-t3.json", "Moscow      < human at this keyboard >", "Beijing     < bot: random >");
        // Moscow becomes a bot, Beijing a human
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowRight));
        String moscowBot = ((BranchView) h.app.top()).seat(Side.MOSCOW);
        assertThat(moscowBot).isNotEqualTo("human");
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowLeft));
        assertThat(((BranchView) h.app.top()).seat(Side.BEIJING)).isEqualTo("human");
        h.keys(k(KeyType.ArrowDown)).enter();

        Path branchFile = saves.resolve("debrief-from-t3.json");
        assertThat(branchFile).exists();
        LoadedGame branch = h.saves.load(branchFile);
        assertThat(branch.meta().parent()).isEqualTo("debrief");
        assertThat(branch.meta().parentTurn()).isEqualTo(3);
        assertThat(branch.meta().moscow()).isEqualTo(moscowBot);
        assertThat(branch.meta().beijing()).isEqualTo("human");
        assertThat(branch.session().actions()).isEqualTo(original.actionsBefore(3));
        assertThat(branch.session().state()).isEqualTo(original.stateAtTurnStart(3));

        assertThat(h.text()).contains("A new game, branched from debrief", "starts at turn 3 (2020)");
        h.enter();
        Game g = h.app.game();
        assertThat(g.state().turn()).isEqualTo(3);
        assertThat(g.seating().spec(Side.MOSCOW)).isEqualTo(moscowBot);
        assertThat(g.seating().spec(Side.BEIJING)).isEqualTo("human");
        assertThat(g.meta().parent()).isEqualTo("debrief");
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        assertThat(h.text()).contains("Turn 3 of 8").contains("Beijing (you) to choose");

        // play the branch's first turn: it autosaves on its own file, still naming its parent
        h.keys(ch('1')).enter().enter();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        Path auto = saves.resolve("autosave-debrief-from-t3.json");
        assertThat(g.saving().lastSave()).isEqualTo(auto);
        LoadedGame continued = h.saves.load(auto);
        assertThat(continued.meta().parent()).isEqualTo("debrief");
        assertThat(continued.meta().parentTurn()).isEqualTo(3);
        assertThat(continued.session().state().turn()).isEqualTo(4);
        assertThat(continued.session().actions().subList(0, original.actionsBefore(3).size()))
                .isEqualTo(original.actionsBefore(3));
        h.keys(ch('q'));
        assertThat(bytes(parentFile)).isEqualTo(parentBytes);
        assertThat(h.saves.load(branchFile).session().state().turn()).isEqualTo(3); // the branch point stays

        // the branch in the viewer: its own seats from turn 3, the parent's game before that
        Saves.view(h.app, auto, false);
        h.app.drain();
        assertThat(h.app.top()).isInstanceOf(ReplayView.class);
        h.keys(k(KeyType.Home));
        assertThat(h.text()).contains("Played in debrief, before this branch").doesNotContain("Beijing: human");
        h.keys(k(KeyType.ArrowRight), k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Beijing: human").doesNotContain("Played in debrief");
    }

    @Test
    void branchInTheViewer_turnsBeforeTheBranch_doNotCreditTheBranchsSeatsWithTheParentsChoices() throws Exception {
        // the parent was played by two people; the branch at turn 3 gave Beijing to a bot. Turns 1 and 2
        // were chosen (and reasoned) by the parent's people, whom the branch's save does not record
        Harness h = Harness.sync(80, 24, saves);
        Session s = play(Session.start(baseline(), 7), 4);
        h.saves.save(s, "branched", new SaveMeta("human", "historian", "debrief", 3));
        Saves.view(h.app, saves.resolve("branched.json"), false);
        h.app.drain();
        h.keys(k(KeyType.Home));
        String before = wholeTurn(h);
        assertThat(before).contains("Played in debrief, before this branch", "Beijing reason in turn 1")
                .doesNotContain("(bot: historian)").doesNotContain("(human)");
        h.keys(k(KeyType.Home), k(KeyType.ArrowRight), k(KeyType.ArrowRight));
        assertThat(wholeTurn(h)).contains("Moscow (human) ", "Beijing (bot: historian) ",
                "Beijing reason in turn 3");
    }

    @Test
    void branchOfABranchInTheViewer_namesTheGameWhereEachTurnWasPlayed() throws Exception {
        // debrief was branched at turn 3 (debrief-from-t3), and that branch again at turn 5: turns 1-2 were
        // played in debrief, turns 3-4 in debrief-from-t3, turn 5 on in the branch of the branch itself
        Harness h = Harness.sync(80, 24, saves);
        Session s = play(Session.start(baseline(), 7), 6);
        h.saves.save(s, "debrief", new SaveMeta("human", "human"));
        h.saves.save(s, "debrief-from-t3", new SaveMeta("human", "random", "debrief", 3));
        h.saves.save(s, "debrief-from-t3-from-t5", new SaveMeta("random", "historian", "debrief-from-t3", 5));
        Saves.view(h.app, saves.resolve("debrief-from-t3-from-t5.json"), false);
        h.app.drain();
        h.keys(k(KeyType.Home));
        assertThat(h.text()).contains("Played in debrief, before this branch").doesNotContain("Played in debrief-");
        h.keys(k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Played in debrief, before this branch");
        h.keys(k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Played in debrief-from-t3, before this branch");
        h.keys(k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Played in debrief-from-t3, before this branch");
        h.keys(k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Moscow: bot: random").doesNotContain("Played in");
        // a parent that is gone: the turns before the branch are named after it, as before
        Files.delete(saves.resolve("debrief-from-t3.json"));
        Saves.view(h.app, saves.resolve("debrief-from-t3-from-t5.json"), false);
        h.app.drain();
        h.keys(k(KeyType.Home));
        assertThat(h.text()).contains("Played in debrief-from-t3, before this branch");
    }

    @Test
    void branch_ofAnAutosave_neverOverwritesTheParentsAutosave() throws Exception {
        Harness h = Harness.sync(80, 24, saves).game(7, "random", "random").enter();
        for (int i = 0; i < 3; i++) {
            h.enter(); // reveal -> next turn (bots decide at once)
        }
        h.keys(ch('q'));
        Path parent = saves.resolve("autosave-baseline-7.json");
        byte[] before = bytes(parent);
        int parentTurn = h.saves.load(parent).session().state().turn();
        assertThat(parentTurn).isGreaterThanOrEqualTo(3);
        h.keys(ch('o'), ch('v'), k(KeyType.ArrowRight), ch('b')).enter();
        assertThat(h.app.game().meta().parent()).isEqualTo("autosave-baseline-7");
        assertThat(saves.resolve("baseline-7-from-t2.json")).exists();
        h.enter(); // the note about the branch
        for (int i = 0; i < 3; i++) {
            h.enter();
        }
        h.keys(ch('q')); // leaves the branch, autosaving it
        assertThat(bytes(parent)).isEqualTo(before);
        assertThat(saves.resolve("autosave-baseline-7-from-t2.json")).exists();
        assertThat(h.saves.load(saves.resolve("autosave-baseline-7-from-t2.json")).meta().parent())
                .isEqualTo("autosave-baseline-7");
        // Continue picks up the branch, the newest autosave
        assertThat(h.saves.latestAutosave().orElseThrow().name()).isEqualTo("autosave-baseline-7-from-t2");
    }

    @Test
    void branch_twiceAtTheSameTurn_getsANewNameEachTime_andTheLoadScreenShowsTheParent() throws Exception {
        Harness h = Harness.sync(80, 24, saves);
        savedGame(h);
        openViewer(h).keys(k(KeyType.ArrowRight), ch('b')).enter().keys(ch('q'));
        h.keys(ch('q')); // the note, then the turn screen: back to the menu
        assertThat(h.app.top()).isInstanceOf(MenuView.class);
        assertThat(saves.resolve("debrief-from-t2.json")).exists();
        h.keys(ch('o'));
        // pick the original again and branch at the same turn
        for (int i = 0; i < 10 && !h.text().contains("\u25B6 debrief "); i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        h.keys(ch('v'), k(KeyType.ArrowRight), ch('b'));
        assertThat(h.text()).contains("debrief-from-t2-2.json");
        h.enter().keys(ch('q'), ch('q'));
        assertThat(saves.resolve("debrief-from-t2-2.json")).exists();
        assertThat(h.saves.load(saves.resolve("debrief-from-t2.json")).meta().parentTurn()).isEqualTo(2);
        h.keys(ch('o'));
        for (int i = 0; i < 10 && !h.text().contains("\u25B6 \u21B3 debrief-from-t2-2 "); i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        String s = h.text();
        wellFormed(s, 80, 24);
        assertThat(s).contains("\u21B3 debrief-from-t2-2", "\u21B3 branched from debrief at turn 2");
    }

    @Test
    void endScreen_opensTheViewerOnTheGameJustFinished_andBranchesFromItsAutosave() throws Exception {
        Harness h = Harness.sync(80, 24, saves).game(7, "random", "random").enter();
        for (int i = 0; i < 12 && !(h.app.top() instanceof EndView); i++) {
            h.enter();
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        assertThat(h.text()).contains("v replay");
        int played = h.app.game().session().resolvedTurns();
        h.keys(ch('v'));
        assertThat(h.app.top()).isInstanceOf(ReplayView.class);
        assertThat(h.text()).contains("turn 1 of " + played + ", 2018");
        h.keys(k(KeyType.End));
        assertThat(((ReplayView) h.app.top()).turn()).isEqualTo(played);
        assertThat(h.text()).contains("Start of 2025 (after its world events, before injects); change by the end");
        h.keys(k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        byte[] before = bytes(saves.resolve("autosave-baseline-7.json"));
        h.keys(ch('v'), k(KeyType.ArrowRight), ch('b')).enter();
        assertThat(h.app.game().meta().parent()).isEqualTo("autosave-baseline-7");
        assertThat(h.saves.load(saves.resolve("baseline-7-from-t2.json")).session().state().turn()).isEqualTo(2);
        assertThat(h.app.game().session().turnOfAction(h.app.game().session().actions().size() - 1))
                .isGreaterThanOrEqualTo(2); // the bots played on from turn 2
        assertThat(bytes(saves.resolve("autosave-baseline-7.json"))).isEqualTo(before);
    }

    // ------------------------------------------------------------------ sizes

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void viewer_everyTurnAndTheBranchScreen_fitTheTerminal(int cols, int rows) throws Exception {
        Harness h = Harness.sync(cols, rows, saves);
        Session s = savedGame(h);
        s.apply(new Action.Commit(Side.BEIJING, s.engine().legalChoices(s.state(), Side.BEIJING).get(0).id(), "x"));
        h.saves.save(s, "debrief", new SaveMeta("human", "random")); // now mid-turn 6, Beijing has chosen
        openViewer(h);
        for (int t = 1; t <= 6; t++) {
            assertThat(h.text()).contains("turn " + t + " of 6");
            wellFormed(h.text(), cols, rows);
            assertThat(h.text().split("\n")[rows - 1]).contains("turn").contains("branch");
            for (int p = 0; p < 12; p++) {
                h.keys(k(KeyType.PageDown));
                wellFormed(h.text(), cols, rows);
            }
            h.keys(k(KeyType.ArrowRight));
        }
        h.keys(ch('b'));
        wellFormed(h.text(), cols, rows);
        assertThat(h.text()).contains("Start the branch").contains("Enter start");
        h.keys(k(KeyType.Escape), k(KeyType.Escape), k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(MenuView.class);
    }

    @Test
    void help_listsTheViewerAndBranchKeysOnItsFirstScreenAt80x24() {
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('?'));
        assertThat(h.text()).contains("replay a game turn by turn", "Replay: previous or next turn",
                "Replay: branch, a new game from the turn shown");
        assertThat(new HelpView(h.app).build(100).plain()).contains("v on the load screen or the end screen opens the replay viewer");
    }

    @Test
    void helpers_nameBranchesAfterTheirParent() {
        List<String> names = new ArrayList<>();
        names.add(org.amur.save.SaveStore.branchName("autosave-baseline-7", 3));
        names.add(org.amur.save.SaveStore.branchName("class one", 2));
        names.add(org.amur.save.SaveStore.branchName("../../etc/passwd", 4));
        names.add(org.amur.save.SaveStore.branchName("\u001b[2J", 1));
        assertThat(names).containsExactly("baseline-7-from-t3", "class-one-from-t2", "etcpasswd-from-t4",
                "2J-from-t1");
    }

}
