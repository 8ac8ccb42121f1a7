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
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facilitator's screens one by one, at the smallest supported size and a larger one: the console,
 * the pause, the card list, the made-up event, the hand-over and ruling screens, the report from the
 * end screen; and how a facilitated game flows with bots, when resumed, and in rigid rulings.
 */
@Timeout(60)
class FacilitatorScreensTest {
    private static final Pattern MISSING_TEXT = Pattern.compile("\\[[a-z_]+(\\.[a-z_0-9-]+)+\\]");

    @TempDir
    Path saves;

    private static void wellFormed(String screen, int cols, int rows) {
        String[] lines = screen.split("\n", -1);
        assertThat(lines.length - 1).isEqualTo(rows);
        for (String l : lines) {
            assertThat(Canvas.columns(l)).isLessThanOrEqualTo(cols);
        }
        assertThat(MISSING_TEXT.matcher(screen).find()).as("a ui.properties key is missing:\n" + screen).isFalse();
        assertThat(screen).doesNotContain("\u001b").doesNotContain("@ud").doesNotContain("@lr");
    }

    private static String flat(String screen) {
        return screen.replaceAll("\\s+", " ");
    }

    private Harness facilitated(int cols, int rows, long seed, String moscow, String beijing, boolean open,
                                SaveMeta.Adjudication a) {
        return new Harness(cols, rows, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", seed, moscow, beijing).facilitated(new SaveMeta.Facilitator(open, a)))
                .enter(); // past the introduction
    }

    /** Commits {@code side}'s first variant of the arms line (a deal when both do: there are rolls). */
    private static void chooseArms(Harness h) {
        h.keys(ch('3'), k(KeyType.Home)).enter().enter();
    }

    @Test
    void teamsTurnScreen_at80Columns_keyBarKeepsTheConsoleKeyAndHelpAndMenu() {
        Harness h = facilitated(80, 24, 5, "human", "human", false, SaveMeta.Adjudication.RIGID).enter();
        String bar = h.text().split("\n")[23];
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        assertThat(bar).contains("Enter choose", "f facilitator", "? help", "q menu");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void console_showsBothSidesWholeStateTheRulingsAndTheKeys(int cols, int rows) {
        Harness h = facilitated(cols, rows, 5, "human", "human", false, SaveMeta.Adjudication.SEMI_RIGID);
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Facilitator console", "Turn 1 of 8").containsPattern("Copy prog(\\.|ress) +36\\.4 ");
        assertThat(flat(s)).contains("Rulings this turn: semi-rigid", "Moscow (human): has not chosen yet",
                "Beijing (human): has not chosen yet")
                // turn 1: par +0, and the score already counts the year's opening cards (rules 3)
                .containsPattern("Moscow now: score [+-][0-9.]+, par \\+0, result [+-][0-9.]+: ")
                .containsPattern("Beijing now: score [+-][0-9.]+, par \\+0, result [+-][0-9.]+: ");
        assertThat(s.split("\n")[rows - 1]).contains("i card", "e event", "n note", "p pause", "m rulings",
                "Enter to the teams");
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isFalse();
        h.keys(ch('m'));
        assertThat(flat(h.text())).contains("Rulings this turn: free");
        h.keys(ch('m'));
        assertThat(flat(h.text())).contains("Rulings this turn: rigid");
        h.keys(ch('l'));
        assertThat(h.text()).contains("Log:", "everything");
    }

    @ParameterizedTest(name = "open play {0}")
    @CsvSource({"false", "true"})
    void console_midTurn_showsAPendingChoiceOnlyInOpenPlay(boolean open) {
        Harness h = facilitated(80, 24, 5, "human", "human", open, SaveMeta.Adjudication.SEMI_RIGID).enter();
        h.keys(ch('2'), k(KeyType.Home)).enter().type("drills").enter();
        Variant chosen = h.app.game().state().commitment(Side.MOSCOW).variant();
        h.keys(ch('f'));
        assertThat(h.text()).contains("Open the facilitator console?");
        h.keys(ch('n'));
        assertThat(h.app.top()).isInstanceOf(PassView.class);
        h.keys(ch('f'), ch('y'));
        String s = h.text();
        wellFormed(s, 80, 24);
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        String offer = Ui.t("roleof." + chosen.role(Side.MOSCOW), Text.title(chosen));
        if (open) {
            assertThat(flat(s)).contains("Moscow (human): has chosen: " + offer);
        } else {
            assertThat(flat(s)).contains("Moscow (human): has chosen (hidden until the reveal)");
            assertThat(s).doesNotContain(Text.title(chosen)).doesNotContain("drills");
            h.keys(ch('l'), k(KeyType.End));
            assertThat(h.text()).doesNotContain(Text.title(chosen)).contains("Moscow has chosen.");
            h.keys(k(KeyType.Escape));
        }
        h.enter();
        assertThat(h.app.top()).isInstanceOf(PassView.class);
        assertThat(h.text()).contains("Pass the keyboard to Beijing");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void pause_fitsAProjector_andShowsNothingSecret(int cols, int rows) {
        Harness h = facilitated(cols, rows, 5, "human", "human", true, SaveMeta.Adjudication.SEMI_RIGID);
        h.keys(ch('n')).type("What does Moscow fear most here?").enter();
        h.enter();
        h.keys(ch('2'), k(KeyType.Home)).enter().type("secret reason").enter();
        h.keys(ch('f'), ch('y'), ch('p'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("PAUSED FOR DISCUSSION", "What does Moscow fear most here?")
                .containsPattern("Copy prog(\\.|ress) +secret");
        assertThat(s).doesNotContainPattern("Copy prog(\\.|ress) +36\\.4").doesNotContain("has chosen").doesNotContain("secret reason")
                .doesNotContain("Peace Mission");
        assertThat(s.split("\n")[rows - 1]).contains("Enter resume the game");
        h.keys(k(KeyType.Escape), ch('q'), ch('l'));
        assertThat(h.app.top()).as("only Enter or p resumes").isInstanceOf(PauseView.class);
        h.keys(ch('p'));
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void injectList_showsEveryCardWithItsEffects_andInjectsTheChosenOne(int cols, int rows) {
        Harness h = facilitated(cols, rows, 5, "human", "human", false, SaveMeta.Adjudication.SEMI_RIGID);
        h.keys(ch('i'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Inject an event card, turn 1", "12 cards in the deck",
                "Military-technical commission meets", "Trust +2");
        assertThat(s.split("\n")[rows - 1]).contains("Enter inject it");
        // the highlighted card's effects, with the arrow every other screen draws from one value to the next
        assertThat(s).containsPattern("Trust: [0-9.]+ \u2192 [0-9.]+ \\(\\+2\\)").doesNotContain(" -> ");
        h.keys(k(KeyType.End), k(KeyType.ArrowDown), k(KeyType.ArrowDown));
        h.enter();
        assertThat(h.app.top()).isInstanceOf(PromptView.class);
        wellFormed(h.text(), cols, rows);
        h.enter(); // the reason is optional
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        List<Event> now = h.app.game().whiteCell().eventsNow(org.amur.engine.Audience.FACILITATOR);
        assertThat(now).singleElement().isInstanceOfSatisfying(Event.Injected.class,
                i -> assertThat(i.cardId()).isEqualTo(h.app.game().engine().scenario().deck().get(2).id()));
        assertThat(flat(h.text())).contains("Injected: " + h.app.game().engine().scenario().deck().get(2).title());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void madeUpEvent_refusesWhatIsNotAnAmount_andTheEnginesObjections_inOneSentence(int cols, int rows) {
        Harness h = facilitated(cols, rows, 5, "human", "human", false, SaveMeta.Adjudication.SEMI_RIGID);
        h.keys(ch('e'));
        wellFormed(h.text(), cols, rows);
        assertThat(h.text()).contains("A made-up event, turn 1", "Title", "Change 1", "Why", "Inject the event");
        // no title: the engine's sentence
        h.keys(k(KeyType.ArrowUp)).enter();
        assertThat(flat(h.text())).contains("Not possible: a free-text event needs a title of at most 120 characters.");
        // an amount that is not a number
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowDown)).type("5-");
        h.keys(k(KeyType.ArrowUp)).type("Drill").keys(k(KeyType.ArrowUp)).enter();
        assertThat(flat(h.text())).contains("Change 1 (\"5-\") is not an amount");
        assertThat(h.app.game().session().actions()).isEmpty();
        h.keys(k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void ruling_showsTheProposal_andWhatIsConfirmedIsExactlyWhatWasShown(int cols, int rows) {
        Harness h = facilitated(cols, rows, 9, "human", "human", false, SaveMeta.Adjudication.SEMI_RIGID).enter();
        chooseArms(h);
        h.enter();
        chooseArms(h);
        String pass = h.text();
        wellFormed(pass, cols, rows);
        assertThat(pass).contains("Hand the terminal to the facilitator", "u take back");
        assertThat(pass).doesNotContain("Engines").doesNotContain("Why:");
        Game g = h.app.game();
        assertThat(g.state().hasCommitted(Side.BEIJING)).as("the second choice is held, not applied").isFalse();
        h.enter();
        wellFormed(h.text(), cols, rows);
        assertThat(flat(h.text())).contains("Ruling on turn 1", "semi-rigid", "The dice, as the engine rolled them",
                "What follows", "Enter accept");
        RulingView rv = (RulingView) h.app.top();
        Ruling r = rv.ruling();
        GameState before = g.state();
        List<Ruling.RollRow> rolls = r.rolls();
        assertThat(rolls).isNotEmpty();
        // overturn the last roll, then give it back: nothing is left changed
        for (int i = 1; i < rolls.size(); i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        h.keys(ch(' '));
        assertThat(r.changed()).isTrue();
        h.keys(ch(' '));
        assertThat(r.changed()).isFalse();
        assertThat(r.action("x")).isEqualTo(r.commit());
        // overturn it for good: the preview is the engine's apply of the ruling, and so is the result
        h.keys(ch(' '));
        Step shown = r.preview();
        h.enter().type("the inspectors found a fault").enter();
        assertThat(h.app.baseView()).isInstanceOf(RevealView.class);
        GameState after = g.state();
        assertThat(after).isEqualTo(((Step.Accepted) shown).state());
        Action applied = g.session().actions().get(g.session().actions().size() - 1);
        assertThat(applied).isInstanceOf(Action.Adjudicated.class);
        assertThat(g.engine().apply(before, applied).stateOrThrow()).isEqualTo(after);
        assertThat(((Action.Adjudicated) applied).rationale()).isEqualTo("the inspectors found a fault");
    }

    @Test
    void ruling_accepted_isThePlainChoice_andTheSecondSideMayTakeItBackBefore() {
        Harness h = facilitated(80, 24, 9, "human", "human", false, SaveMeta.Adjudication.FREE).enter();
        chooseArms(h);
        h.enter();
        chooseArms(h);
        h.keys(ch('u'));
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        assertThat(h.text()).contains("Beijing (human) to choose");
        Game g = h.app.game();
        assertThat(g.whiteCell().held()).isNull();
        h.keys(ch('2'), k(KeyType.Home)).enter().enter();
        h.enter();
        assertThat(h.text()).contains("Ruling on turn 1", "free", "a set a value");
        GameState before = g.state();
        Action.Commit held = g.whiteCell().held();
        h.enter();
        assertThat(h.text()).contains("Accept the outcome of turn 1?");
        h.keys(ch('n'));
        assertThat(h.app.top()).isInstanceOf(RulingView.class);
        h.enter().keys(ch('y'));
        assertThat(g.session().actions().get(g.session().actions().size() - 1)).isEqualTo(held);
        assertThat(g.state()).isEqualTo(g.engine().apply(before, held).stateOrThrow());
        assertThat(g.session().events()).noneMatch(e -> e instanceof Event.Adjudicated);
    }

    @Test
    void rigidRulings_resolveOnTheSecondChoiceWithoutAStop() {
        Harness h = facilitated(80, 24, 9, "human", "human", false, SaveMeta.Adjudication.RIGID).enter();
        chooseArms(h);
        h.enter();
        chooseArms(h);
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(h.app.game().session().events()).noneMatch(e -> e instanceof Event.Adjudicated);
        h.enter();
        assertThat(h.app.top()).as("turn 2 opens on the console").isInstanceOf(ConsoleView.class);
    }

    @Test
    void adjudication_changedForATurn_goesBackToTheGamesDefaultNextTurn() {
        Harness h = facilitated(80, 24, 9, "human", "human", false, SaveMeta.Adjudication.SEMI_RIGID);
        Game g = h.app.game();
        h.keys(ch('m'), ch('m')); // free, then rigid
        assertThat(g.whiteCell().adjudication()).isEqualTo(SaveMeta.Adjudication.RIGID);
        h.enter();
        chooseArms(h);
        h.enter();
        chooseArms(h);
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        h.enter();
        assertThat(g.whiteCell().adjudication()).isEqualTo(SaveMeta.Adjudication.SEMI_RIGID);
        assertThat(flat(h.text())).contains("Rulings this turn: semi-rigid");
    }

    @Test
    void bots_waitForTheConsole_thenDecide_andTheFacilitatorRulesAfterTheSecondBot() {
        List<Runnable> parked = new ArrayList<>();
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), parked::add)
                .start(App.Start.game("baseline", 3L, "random", "random").facilitated(
                        new SaveMeta.Facilitator(false, SaveMeta.Adjudication.SEMI_RIGID))).enter();
        Game g = h.app.game();
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        assertThat(g.match().thinking(Side.MOSCOW) || g.match().thinking(Side.BEIJING)).as("no bot thinks while the console is up")
                .isFalse();
        h.enter();
        assertThat(h.app.top()).isInstanceOf(WatchView.class);
        assertThat(h.text()).contains("f facilitator");
        assertThat(g.match().thinking(Side.MOSCOW) && g.match().thinking(Side.BEIJING)).isTrue();
        // the facilitator takes the terminal while the bots think: what they decided is dropped
        h.keys(ch('f'), ch('y'));
        List<Runnable> stale = new ArrayList<>(parked);
        parked.clear();
        stale.forEach(Runnable::run);
        h.app.drain();
        assertThat(g.state().hasCommitted(Side.MOSCOW) || g.state().hasCommitted(Side.BEIJING)).isFalse();
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        h.keys(ch('i')).enter().enter(); // an inject is still possible: nobody has chosen
        assertThat(g.session().actions()).singleElement().isInstanceOf(Action.Inject.class);
        h.enter(); // back to the teams: the bots think again, on the new state
        assertThat(g.match().thinking(Side.MOSCOW) && g.match().thinking(Side.BEIJING)).isTrue();
        new ArrayList<>(parked).forEach(Runnable::run);
        parked.clear();
        h.app.drain();
        assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
        assertThat(h.text()).contains("Hand the terminal to the facilitator").doesNotContain("u take back");
        h.enter().enter().keys(ch('y'));
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(g.session().resolvedTurns()).isEqualTo(1);
    }

    @Test
    void leavingWhileAChoiceIsHeldForTheRuling_asksFirst_andQuittingSaysWhatWasNotSaved() {
        Harness h = facilitated(80, 24, 5, "human", "human", false, SaveMeta.Adjudication.SEMI_RIGID);
        h.enter(); // the console hands the turn to the teams
        chooseArms(h);
        h.enter(); // Beijing has the keyboard
        chooseArms(h);
        assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
        h.keys(ch('q'));
        assertThat(h.app.top()).isInstanceOf(ConfirmView.class);
        assertThat(flat(h.text())).contains("Beijing's choice is held for your ruling and is not in the save yet");
        h.keys(ch('n'));
        assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
        h.enter();
        assertThat(h.app.top()).isInstanceOf(RulingView.class);
        h.keys(ch('q'), ch('n'));
        assertThat(h.app.top()).isInstanceOf(RulingView.class);
        assertThat(h.app.game().whiteCell().held()).isNotNull();
        h.keys(k(KeyType.Escape)); // Ctrl-C now: saved, and the sentence says what was not
        h.app.interrupt();
        assertThat(h.app.farewell()).contains("Game saved to").contains("Beijing's choice, held for the ruling, was not saved");
    }

    @Test
    void dashboardAfterAnInject_showsTheChangeAndTrendUpToTheValueNow() {
        Harness h = facilitated(120, 40, 5, "human", "human", false, SaveMeta.Adjudication.RIGID);
        double before = h.app.game().state().get(org.amur.engine.Indicator.US_CHINA_WAR_RISK);
        h.keys(ch('i'));
        // the naval incident in the South China Sea: US-China war risk +6
        for (int i = 0; i < 12 && !h.text().contains("\u25b6 Naval incident"); i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        h.enter().enter();
        double now = h.app.game().state().get(org.amur.engine.Indicator.US_CHINA_WAR_RISK);
        assertThat(now - before).isEqualTo(6.0);
        assertThat(h.text()).containsPattern("US-China war risk +" + org.amur.engine.Narration.number(now, 1)
                + " +\\S \\+6 ");
    }

    @Test
    void intro_playAgainCommandKeepsTheFacilitationAndSaysWhatItDoesNotReproduce() {
        Harness h = new Harness(120, 40, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", 5L, "human", "human").facilitated(
                        new SaveMeta.Facilitator(true, SaveMeta.Adjudication.FREE)));
        assertThat(h.app.top()).isInstanceOf(IntroView.class);
        assertThat(flat(h.text().replace("\u2502", " ").replace("\u2588", " "))).contains(
                "./amur play --scenario baseline --seed 5 --moscow human --beijing human "
                + "--facilitator=open --adjudication free").contains("rulings are made again by hand");
    }

    @Test
    void continue_resumesAFacilitatedGameAsOne() {
        Harness h = facilitated(80, 24, 5, "human", "human", true, SaveMeta.Adjudication.FREE);
        h.keys(ch('n')).type("before the break").enter();
        h.keys(ch('q')); // leave: saved
        assertThat(h.app.top()).isInstanceOf(MenuView.class);
        h.keys(ch('c'));
        Game g = h.app.game();
        assertThat(g.whiteCell().facilitated()).isTrue();
        assertThat(g.whiteCell().openPlay()).isTrue();
        assertThat(g.whiteCell().adjudication()).isEqualTo(SaveMeta.Adjudication.FREE);
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        assertThat(flat(((ConsoleView) h.app.top()).build(78).plain())).contains("FACILITATOR NOTE (turn 1): before the break");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void report_fromTheEndScreen_isWrittenBesideTheSaveInEachFormat(int cols, int rows) throws Exception {
        Harness h = new Harness(cols, rows, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", 7L, "random", "random")).enter();
        for (int i = 0; i < 12 && !(h.app.top() instanceof EndView); i++) {
            h.enter();
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        assertThat(h.text().split("\n")[rows - 1]).contains("r report");
        h.keys(ch('r'));
        wellFormed(h.text(), cols, rows);
        assertThat(flat(h.text())).contains("After-action report", "h HTML", "m Markdown", "c CSV");
        assertThat(h.text()).as("the HTML line fits, with its Enter").contains("or to print (Enter)");
        Path save = h.app.game().saving().lastSave();
        for (char key : new char[] {'h', 'm', 'c'}) {
            h.keys(ch(key));
            String ext = key == 'h' ? ".html" : key == 'm' ? ".md" : ".csv";
            Path file = save.resolveSibling(save.getFileName().toString().replace(".json", ".report" + ext));
            assertThat(file).isRegularFile();
            assertThat(flat(h.text())).contains("Wrote the");
            assertThat(Files.readString(file)).contains(key == 'c' ? "turn" : "baseline");
        }
        assertThat(Files.readString(save.resolveSibling("autosave-baseline-7.report.html"))).startsWith("<!DOCTYPE html>");
        h.keys(k(KeyType.Escape));
        assertThat(h.app.top()).isInstanceOf(EndView.class);
    }

    @Test
    void report_thatCannotBeWritten_isOneSentence_andTheSaveIsUntouched() throws Exception {
        Harness h = Harness.sync(80, 24, saves).game(7, "random", "random").enter();
        for (int i = 0; i < 12 && !(h.app.top() instanceof EndView); i++) {
            h.enter();
        }
        Path save = h.app.game().saving().lastSave();
        byte[] saved = Files.readAllBytes(save);
        Path blocker = save.resolveSibling("autosave-baseline-7.report.html");
        Files.createDirectories(blocker.resolve("in-the-way"));
        h.keys(ch('r'), ch('h'));
        String s = flat(h.text());
        assertThat(s).contains(blocker + " is a folder; give a file name.")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.readAllBytes(save)).isEqualTo(saved);
        // the screen writes through the command line's OutputTarget: a link that leads nowhere is refused too
        Path md = save.resolveSibling("autosave-baseline-7.report.md");
        Files.createSymbolicLink(md, saves.resolve("missing-folder").resolve("x.md"));
        h.keys(ch('m'));
        assertThat(flat(h.text())).contains("Refusing to write to " + md + ": it is a symbolic link that leads"
                + " nowhere");
        assertThat(saves.resolve("missing-folder")).doesNotExist();
        assertThat(Files.readAllBytes(save)).isEqualTo(saved);
    }
}
