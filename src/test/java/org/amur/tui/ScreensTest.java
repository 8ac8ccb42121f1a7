package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen rendered into a virtual terminal at the smallest supported size and a larger one,
 * asserting on the text a player would read.
 */
@Timeout(60)
class ScreensTest {
    private static final Pattern MISSING_TEXT = Pattern.compile("\\[[a-z_]+(\\.[a-z_0-9]+)+\\]");

    @TempDir
    Path saves;

    /** Checks common to every frame: the whole screen is used, no text key is missing, nothing is cut badly. */
    private static void wellFormed(String screen, int cols, int rows) {
        String[] lines = screen.split("\n", -1);
        assertThat(lines.length - 1).isEqualTo(rows);
        for (String l : lines) {
            assertThat(Canvas.columns(l)).isLessThanOrEqualTo(cols);
        }
        assertThat(MISSING_TEXT.matcher(screen).find()).as("a ui.properties key is missing:\n" + screen).isFalse();
        assertThat(screen).doesNotContain("\u001b").doesNotContain("@ud").doesNotContain("@lr");
    }

    /** The screen's words with every run of spaces and line breaks made one space (wrapped text). */
    private static String flat(String screen) {
        return screen.replaceAll("\\s+", " ");
    }

    private static String row(String screen, int r) {
        return screen.split("\n", -1)[r];
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void menu_listsEveryItemWithKeysAndSaysNothingToContinue(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).menu();
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("n  New game", "c  Continue", "o  Load a saved game", "s  Scenarios and briefings",
                "h  Help and keys", "q  Quit", "(nothing to continue yet)", "(no saved games yet)");
        assertThat(s).contains("\u25B6 n  New game"); // the pointer marks the selection, not colour alone
        assertThat(row(s, rows - 1)).contains("Enter open").contains("q quit");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void newGame_showsScenarioSeatsSeedAndWhatTheModeMeans(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).menu().keys(ch('n'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Partnership without alliance (2018 baseline)", "human at this keyboard",
                "bot: historian", "Seed         4242", "Start the game", "Solo: you play one side against a bot");
        assertThat(s).contains("Facilitator  < none >", "Rulings      (only with a facilitator)");
        // Beijing's seat (up from Start: the seed, the facilitator, then Beijing, the rulings skipped while there
        // is no facilitator): two steps left from the Historian (the default opponent), past the random bot, is a
        // human (right goes on to the other bots).
        h.keys(k(KeyType.ArrowUp), k(KeyType.ArrowUp), k(KeyType.ArrowUp), k(KeyType.ArrowLeft));
        assertThat(h.text()).contains("Beijing      < bot: random >");
        h.keys(k(KeyType.ArrowLeft));
        assertThat(h.text()).contains("Hot seat: both sides at this keyboard");
        h.keys(k(KeyType.ArrowRight), k(KeyType.ArrowUp), k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Bot against bot").contains("Moscow       < bot: random >");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void newGame_facilitatorAndRulings_areOfferedAndExplained(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).menu().keys(ch('n'));
        h.keys(k(KeyType.ArrowUp), k(KeyType.ArrowUp), k(KeyType.ArrowRight));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Facilitator  < facilitator, closed play >", "Rulings      < semi-rigid >");
        assertThat(flat(s)).contains("never shows a side's choice before the reveal", "may overturn any roll");
        h.keys(k(KeyType.ArrowRight));
        assertThat(h.text()).contains("< facilitator, open play >");
        assertThat(flat(h.text())).contains("as soon as it is made");
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Rulings      < free >");
        assertThat(flat(h.text())).contains("may overturn rolls and also set values directly");
        h.keys(k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Rulings      < rigid >");
        assertThat(flat(h.text())).contains("the dice and the rules settle every turn");
        NewGameView ng = (NewGameView) h.app.top();
        assertThat(ng.facilitatorChoice()).isEqualTo(new org.amur.save.SaveMeta.Facilitator(true,
                org.amur.save.SaveMeta.Adjudication.RIGID));
        h.keys(k(KeyType.ArrowUp), k(KeyType.ArrowRight));
        assertThat(ng.facilitatorChoice()).as("back round to no facilitator").isNull();
        assertThat(h.text()).contains("Rulings      (only with a facilitator)");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void scenarios_listsTheFolderAndShowsBothBriefings(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).menu().keys(ch('s'));
        String s = h.text();
        wellFormed(s, cols, rows);
        java.util.List<ScenarioList.Entry> entries = ScenarioList.read(h.config.scenarios());
        assertThat(entries).hasSizeGreaterThanOrEqualTo(1);
        for (ScenarioList.Entry e : entries) {
            assertThat(s).contains(e.title().substring(0, Math.min(12, e.title().length())));
        }
        for (int i = 0; i < entries.size() && !entries.get(i).id().equals("baseline"); i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        assertThat(h.text()).contains("8 turns of a year each, from 2018.").contains("id baseline");
        h.keys(k(KeyType.End));
        assertThat(h.text()).contains("Notes for the facilitator");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void help_showsEveryKeyOnTheFirstScreen(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).menu().keys(ch('?'));
        String s = h.text();
        wellFormed(s, cols, rows);
        for (String[] r : HelpView.keyRows()) {
            String key = r[0].replace("@ud", Glyphs.UNICODE.upDown()).replace("@lr", Glyphs.UNICODE.leftRight());
            assertThat(s).as(key).contains(key);
        }
        assertThat(s).contains("Ctrl-C", "Save and quit at once", "F1");
        h.keys(k(KeyType.End));
        assertThat(h.text()).contains("Arms transfers").contains("nothing depends on colour");
        StringBuilder all = new StringBuilder(s);
        h.keys(k(KeyType.Home));
        for (int i = 0; i < 12; i++) {
            h.keys(k(KeyType.PageDown));
            all.append(h.text());
        }
        assertThat(all.toString()).contains("Keys for the facilitator");
        for (String[] r : HelpView.facilitatorRows()) {
            assertThat(all.toString()).as(r[0]).contains(r[0]);
        }
        h.keys(k(KeyType.Escape));
        assertThat(h.text()).contains("New game");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void intro_showsSeedReplayCommandAndOnlyTheSoloPlayersBriefing(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "random");
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Seed 99.", "Moscow (you)", "Beijing (bot: random)", "Briefing for Moscow");
        h.keys(k(KeyType.End));
        assertThat(h.text()).doesNotContain("Briefing for Beijing");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void turn_showsDashboardLinesVariantsAndAPreviewWithOddsAndCitations(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "human").enter();
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(row(s, 0)).contains("Turn 1 of 8", "2018", "Partnership without alliance");
        assertThat(row(s, 1)).contains("Moscow (human) to choose");
        assertThat(s).contains("SHARED", "MOSCOW", "BEIJING", "Trust", "now", "chg");
        assertThat(s).contains("[1 Formal alliance]", "2 Joint exercises", "3 Arms transfers");
        assertThat(s).contains("Strategic consultations", "Treaty invocation (not now)");
        assertThat(s).contains("secret"); // Moscow may not see Beijing's copy progress
        h.keys(ch('3'), k(KeyType.ArrowDown), k(KeyType.ArrowDown)); // S-400 regiments
        s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("\u25B6 S-400 regiments", "you offer", "A6", "A13 +")
                .containsPattern("tranche: Delivery \\d+%").contains("base 90, A6");
        assertThat(s).contains("Russian systems for the PLA:");
        if (rows >= 40) {
            // rules 3: the S-400 is a contract, delivered in tranches
            assertThat(s).contains("A tranche delivered:").contains("(A5)")
                    .contains("Sources: Kashin 2018, Trends in military technical cooperation, p.21")
                    .contains("Russian delivery capacity (Kashin 2018 p.21");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void details_showEveryModifierWithConditionAndPages(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "human").enter()
                .keys(ch('3'), k(KeyType.ArrowDown), k(KeyType.ArrowDown), ch('d'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Details for Moscow", "S-400 regiments", "arms.s400",
                "Trends in military technical cooperation, p.21");
        String all = s;
        for (int i = 0; i < 4; i++) {
            h.keys(k(KeyType.PageDown));
            all += h.text();
        }
        assertThat(all).contains("A6 Russian delivery capacity").contains("Kashin 2018 p.21")
                .contains("On each delivery roll").contains("Final odds");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void briefing_showsEventsObjectivesWithWhy(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "human").enter().keys(ch('b'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Briefing: Partnership without alliance", "Events of 2018");
        StringBuilder all = new StringBuilder(s);
        for (int i = 0; i < 6; i++) {
            h.keys(k(KeyType.PageDown));
            all.append(h.text());
        }
        assertThat(all.toString()).contains("Briefing for Moscow", "Scored on", "Defense industry x1.")
                .contains("Plants that lose export orders wither");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void passScreen_isBlankButForTheHandOver(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "human").enter();
        h.keys(ch('2')).enter().type("TOPSECRET").enter();
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Pass the keyboard to Beijing", "Beijing: press Enter",
                "Moscow: press u to take your choice back");
        assertThat(s).doesNotContain("Peace Mission").doesNotContain("TOPSECRET").doesNotContain("SHARED");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void reveal_showsBothChoicesRollsWithOddsModifiersDrawAndResult(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "human").enter();
        h.keys(ch('3')).enter().type("sell engines").enter(); // Moscow offers engines and helicopters
        h.enter().keys(ch('3')).enter().type("we need engines").enter(); // Beijing requests the same
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(row(s, 0)).contains("Turn 1 (2018): the choices revealed");
        assertThat(s).contains("offers Engines and helicopters", "requests Engines and helicopters",
                "Why: sell engines", "Why: we need engines");
        StringBuilder all = new StringBuilder(s);
        for (int i = 0; i < 12; i++) {
            h.keys(k(KeyType.PageDown));
            all.append(h.text());
        }
        String text = all.toString();
        assertThat(text).containsPattern("Roll for Delivery \\(Engines and helicopters\\): base 90%")
                .contains("A6 Russian delivery capacity").containsPattern("odds \\d+%, drew \\d+: (yes|no)")
                .contains("Net change in turn 1 (2018)").contains("2019 begins");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void log_showsTurnsAndCommitmentsButNotWhatWasChosenBeforeTheReveal(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(99, "human", "human").enter();
        h.keys(ch('2')).enter().type("ZZREASON").enter().enter().keys(ch('l'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Log:", "as both sides may see it", "Moscow has chosen.");
        assertThat(s).doesNotContain("Peace Mission").doesNotContain("ZZREASON");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void botsAndEnd_watchToTheEndThenOutcomeScoresDriversChartsAndSave(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(7, "random", "random").enter();
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Turn 1 (2018): the choices revealed", "Moscow (bot: random)",
                "Why: Moscow (Random)", "a play on");
        for (int i = 0; i < 10 && !(h.app.top() instanceof EndView); i++) {
            h.enter();
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        s = h.text();
        wellFormed(s, cols, rows);
        assertThat(row(s, 0)).contains("Game over");
        assertThat(s).contains("Outcome:", "Moscow (bot: random): ", "Beijing (bot: random): ",
                "What made Moscow's score");
        StringBuilder all = new StringBuilder(s);
        for (int i = 0; i < 12; i++) {
            h.keys(k(KeyType.PageDown));
            all.append(h.text());
        }
        String text = all.toString();
        // the heading's arrow is the one its rows draw ("55 \u2192 56")
        assertThat(text).contains("What made Beijing's score (start \u2192 end, weight, points)", "Total", "Trust", "2018",
                "end",
                "autosave-baseline-7.json", "--seed 7");
        assertThat(text).containsPattern("[\u2581-\u2588]{3}");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80,24", "120,40"})
    void loadAndSaveAs_listSavesAndSaveUnderAName(int cols, int rows) {
        Harness h = Harness.sync(cols, rows, saves).game(5, "human", "random").enter().keys(ch('s'));
        String s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Save the game under a name", "Name:");
        h.type("class one").enter();
        assertThat(h.text()).contains("Saved to").contains("class-one.json");
        h.enter().keys(ch('q')); // back to the menu (autosaves)
        h.keys(ch('o'));
        s = h.text();
        wellFormed(s, cols, rows);
        assertThat(s).contains("Load a saved game", "class-one", "autosave-baseline-5", "turn 1");
    }
}
