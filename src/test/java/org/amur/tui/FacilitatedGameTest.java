package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.ctrl;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.LoadedGame;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole facilitated two-team game, hot seat, driven by keystrokes through the game screen in a
 * virtual terminal at 80x24: the facilitator and semi-rigid rulings chosen at new game, a crisis card
 * injected on turn 1 with a discussion note and a pause, a roll overturned with a (required) reason, a
 * turn switched to free rulings with a value set directly, a made-up event, an inject refused after a
 * commit, played to the end, and the report written from the end screen. Then the save, the log and
 * the HTML report are checked.
 */
@Timeout(120)
class FacilitatedGameTest {
    private static final String CRISIS = "freedom-of-navigation";
    private static final String INJECT_WHY = "crisis drill for the class";
    private static final String NOTE = "Discuss whether the incident changes Beijing's calculus";
    private static final String OVERRIDE_WHY = "the plant was on strike all spring";
    private static final String FREE_WHY = "the talks soured after the leak";
    private static final String EVENT_TITLE = "Sanctions on shipping firms";

    @TempDir
    Path dir;

    /** Picks for one turn: line and items down from the first, for each side. */
    private record Picks(Line moscow, int moscowDowns, Line beijing, int beijingDowns) {
    }

    private static final List<Picks> SCRIPT = List.of(
            new Picks(Line.ARMS, 0, Line.ARMS, 0),
            new Picks(Line.EXERCISES, 0, Line.EXERCISES, 0),
            new Picks(Line.ALLIANCE, 0, Line.ALLIANCE, 0),
            new Picks(Line.ARMS, 1, Line.ARMS, 1),
            new Picks(Line.EXERCISES, 6, Line.EXERCISES, 6),
            new Picks(Line.ALLIANCE, 0, Line.ALLIANCE, 0),
            new Picks(Line.EXERCISES, 0, Line.EXERCISES, 0),
            new Picks(Line.ARMS, 0, Line.ARMS, 0));

    private static void pick(Harness h, Line line, int downs, String why) {
        h.keys(ch((char) ('1' + line.ordinal())), k(KeyType.Home));
        for (int i = 0; i < downs; i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        h.enter().type(why).enter();
    }

    /** The screen's words as one line: wrapped text joined, the scroll bar at the right edge left out. */
    private static String flat(String screen) {
        return screen.replaceAll("[\u2502\u2588\u25B2\u25BC] *\n", "\n").replaceAll("\\s+", " ");
    }

    private static Variant variantOf(Game g, Line line, int downs) {
        List<Variant> vs = new ArrayList<>();
        Scenario sc = g.engine().scenario();
        for (Variant v : sc.variants()) {
            if (v.line() == line && !v.isReverseArms()) {
                vs.add(v);
            }
        }
        for (Variant v : sc.variants()) {
            if (v.line() == line && v.isReverseArms()) {
                vs.add(v);
            }
        }
        return vs.get(downs);
    }

    @Test
    void facilitatedHotSeat_wholeGameByKeystrokes_isLoggedSavedAndReported() throws Exception {
        Path saves = dir.resolve("saves");
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('n'));
        // New game: Beijing human (up from Start: seed, facilitator, Beijing), a facilitator in closed play,
        // semi-rigid rulings by default
        h.keys(k(KeyType.ArrowUp), k(KeyType.ArrowUp), k(KeyType.ArrowUp));
        for (int i = 0; i < 12 && !h.text().contains("Beijing      < human at this keyboard >"); i++) {
            h.keys(k(KeyType.ArrowLeft)); // from the default opponent back to a person
        }
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowRight));
        assertThat(h.text()).contains("Beijing      < human at this keyboard >", "< facilitator, closed play >",
                "Rulings      < semi-rigid >");
        h.enter();
        assertThat(flat(h.text())).contains("Facilitated game (facilitator, closed play, rulings semi-rigid");
        h.enter();
        Game g = h.app.game();
        assertThat(g.whiteCell().facilitated()).isTrue();

        // ---- turn 1: the console, with Beijing's secret copy progress
        String console = h.text();
        assertThat(console).contains("Facilitator console", "Turn 1 of 8", "Copy prog.  36.4");
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        // inject the naval-incident card
        h.keys(ch('i'));
        int crisisIndex = indexOfCard(g, CRISIS);
        for (int i = 0; i < crisisIndex; i++) {
            h.keys(k(KeyType.ArrowDown));
        }
        assertThat(h.text()).contains("Naval incident in the South China Sea", "US-China war risk: 15 \u2192 21 (+6)");
        h.enter().type(INJECT_WHY).enter();
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        assertThat(h.text()).contains("Injected: Naval incident in the South China Sea.");
        assertThat(g.state().get(Indicator.US_CHINA_WAR_RISK)).isEqualTo(21.0);
        // a discussion note (an empty one is refused) and a pause with nothing secret on it
        h.keys(ch('n')).enter();
        assertThat(flat(h.text())).contains("A note needs some text");
        h.type(NOTE).enter();
        assertThat(h.text()).contains("Note added to the log.");
        h.keys(ch('p'));
        String pause = h.text();
        assertThat(pause).contains("PAUSED FOR DISCUSSION", "Turn 1 (2018)",
                "Event: Naval incident in the South China Sea", "Copy prog.  secret");
        assertThat(flat(pause)).contains(NOTE);
        assertThat(pause).doesNotContain("Facilitator console").doesNotContain("Copy prog.  36.4");
        h.keys(ch('q'), ch('x')); // only Enter or p resumes
        assertThat(h.text()).contains("PAUSED FOR DISCUSSION");
        h.enter();
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        h.enter(); // to the teams
        assertThat(h.text()).contains("Moscow (human) to choose", "This year: Naval incident in the South China Sea (facilitator)\u2026  (b: read them)");

        for (int turn = 1; !g.state().isOver(); turn++) {
            Picks p = SCRIPT.get((turn - 1) % SCRIPT.size());
            if (turn > 1) {
                assertThat(h.app.top()).as("turn %d opens on the console", turn).isInstanceOf(ConsoleView.class);
                if (turn == 2) {
                    h.keys(ch('m')); // this turn: free rulings
                    assertThat(h.text()).contains("Rulings for this turn are now free.");
                }
                if (turn == 3) {
                    madeUpEvent(h, g);
                }
                h.enter();
            }
            pick(h, p.moscow(), p.moscowDowns(), "M" + turn);
            assertThat(h.app.top()).isInstanceOf(PassView.class);
            if (turn == 1 || turn == 3) {
                // the facilitator takes the terminal mid-turn: closed play shows that Moscow chose, never what
                h.keys(ch('f'), ch('y'));
                String mid = h.text();
                assertThat(mid).contains("Facilitator console", "Moscow (human): has chosen (hidden until the reveal)");
                Variant mv = variantOf(g, p.moscow(), p.moscowDowns());
                assertThat(mid).doesNotContain(Text.title(mv)).doesNotContain("has chosen: ");
                if (turn == 3) {
                    // an inject after a commit is refused at once, before any form is filled in
                    h.keys(ch('i'));
                    assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
                    assertThat(flat(h.text())).contains("Too late for an event this turn: a side has already chosen");
                    h.keys(ch('e'));
                    assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
                }
                h.enter(); // back to the teams: the hand-over screen again
                assertThat(h.app.top()).isInstanceOf(PassView.class);
            }
            h.enter();
            pick(h, p.beijing(), p.beijingDowns(), "B" + turn);
            // both have chosen: hand the terminal to the facilitator, nothing shown yet
            assertThat(h.text()).contains("Hand the terminal to the facilitator").doesNotContain("Why: M" + turn);
            h.enter();
            assertThat(h.app.top()).isInstanceOf(RulingView.class);
            RulingView rv = (RulingView) h.app.top();
            if (turn == 1) {
                overturnFirstRoll(h, rv, g);
            } else if (turn == 2) {
                setTrustDirectly(h, rv, g);
            } else {
                h.enter().keys(ch('y')); // accept the engine's outcome
            }
            assertThat(h.app.baseView()).isInstanceOf(RevealView.class);
            // the reveal opens with its read-aloud summary: read its first pages, then go back to the top
            StringBuilder pages = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                pages.append(flat(h.text())).append(' ');
                h.keys(k(KeyType.PageDown));
            }
            h.keys(k(KeyType.Home));
            String reveal = pages.toString();
            if (turn == 1) {
                assertThat(reveal).contains("The facilitator this turn",
                        "FACILITATOR INJECT: Naval incident in the South China Sea", "Reason: " + INJECT_WHY,
                        "FACILITATOR NOTE (turn 1): " + NOTE,
                        "FACILITATOR RULING on this turn (1 roll overridden): " + OVERRIDE_WHY);
                h.keys(k(KeyType.End));
                assertThat(flat(h.app.text()) + reveal).contains("FACILITATOR OVERRIDE:");
            }
            if (turn == 2) {
                assertThat(reveal).contains("FACILITATOR RULING on this turn (1 value set directly): "
                        + FREE_WHY);
                h.keys(ch('l'));
                assertThat(flat(h.text())).contains("Log:");
                h.keys(k(KeyType.Home));
                StringBuilder log = new StringBuilder();
                for (int i = 0; i < 30; i++) {
                    log.append(flat(h.text()));
                    h.keys(k(KeyType.PageDown));
                }
                assertThat(log.toString()).contains("FACILITATOR NOTE (turn 1): " + NOTE,
                        "By the facilitator's ruling, these values were set directly:", "FACILITATOR OVERRIDE:");
                h.keys(k(KeyType.Escape));
            }
            h.enter();
        }

        // ---- the end: the report from the end screen
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        assertThat(h.text()).contains("Game over").contains("r report");
        h.keys(ch('r'));
        assertThat(h.text()).contains("After-action report");
        h.keys(ch('h'));
        Path report = saves.resolve("autosave-baseline-4242.report.html").toAbsolutePath().normalize();
        assertThat(flat(h.text())).contains("Wrote the HTML report to " + report.toString().substring(0, 10));
        assertThat(Files.isRegularFile(report)).isTrue();

        // ---- the save replays to the same game
        LoadedGame loaded = new SaveStore(saves, ScenarioLoader.forInstallation(), java.time.Clock.systemUTC())
                .load(g.saving().lastSave());
        assertThat(loaded.session().state()).isEqualTo(g.state());
        assertThat(loaded.session().events()).isEqualTo(g.session().events());
        assertThat(loaded.meta().facilitator()).isEqualTo(new SaveMeta.Facilitator(false,
                SaveMeta.Adjudication.SEMI_RIGID));
        assertThat(Session.replay(g.session().scenario(), 4242, loaded.session().actions()).state())
                .isEqualTo(g.state());

        // ---- the log holds every facilitator action
        List<Action> log = g.session().actions();
        assertThat(log).contains(new Action.Inject(CRISIS, null, null, INJECT_WHY), new Action.Note(NOTE));
        List<Action.Adjudicated> rulings = log.stream().filter(a -> a instanceof Action.Adjudicated)
                .map(a -> (Action.Adjudicated) a).toList();
        assertThat(rulings).hasSize(2);
        assertThat(rulings.get(0).rationale()).isEqualTo(OVERRIDE_WHY);
        assertThat(rulings.get(0).overrides()).hasSize(1);
        assertThat(rulings.get(0).adjustments()).isEmpty();
        assertThat(rulings.get(1).rationale()).isEqualTo(FREE_WHY);
        assertThat(rulings.get(1).adjustments()).containsExactly(new Scenario.CardEffect(Indicator.TRUST, -5));
        assertThat(log).anySatisfy(a -> assertThat(a).isInstanceOfSatisfying(Action.Inject.class, i -> {
            assertThat(i.cardId()).isNull();
            assertThat(i.title()).isEqualTo(EVENT_TITLE);
            assertThat(i.effects()).containsExactly(new Scenario.CardEffect(Indicator.WESTERN_PRESSURE, 3));
        }));
        assertThat(g.session().events()).anyMatch(e -> e instanceof Event.Overridden);

        // ---- the HTML report marks the inject and the ruling as the facilitator's, with the reasons
        String html = Files.readString(report);
        List<String> blocks = facilitatorBlocks(html);
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("Facilitator inject")
                .contains("Naval incident in the South China Sea").contains(INJECT_WHY));
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("Facilitator ruling").contains(OVERRIDE_WHY));
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("Facilitator override"));
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("Facilitator ruling").contains(FREE_WHY));
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("Facilitator note").contains("Discuss whether"));
        assertThat(blocks).anySatisfy(b -> assertThat(b).contains("Facilitator inject").contains(EVENT_TITLE));
    }

    private static int indexOfCard(Game g, String id) {
        List<Scenario.Card> deck = g.engine().scenario().deck();
        for (int i = 0; i < deck.size(); i++) {
            if (deck.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no card " + id);
    }

    /** Turn 1, semi-rigid: the first roll overturned; the reason is required; the outcome re-previewed. */
    private static void overturnFirstRoll(Harness h, RulingView rv, Game g) {
        Ruling r = rv.ruling();
        assertThat(r.rolls()).as("the arms deal is rolled for").isNotEmpty();
        String before = flat(h.text());
        assertThat(before).contains("The dice, as the engine rolled them", "Enter accept");
        boolean dice = r.rolls().get(0).roll().success();
        h.keys(ch(' '));
        assertThat(r.changed()).isTrue();
        assertThat(r.rolls().get(0).result()).isEqualTo(!dice);
        assertThat(flat(h.text())).contains("-> overturned, counts as " + (dice ? "no" : "yes"), "Enter rule");
        int resolvedBefore = g.session().resolvedTurns();
        h.enter(); // asks for the reason
        assertThat(h.app.top()).isInstanceOf(PromptView.class);
        assertThat(flat(h.text())).contains("the dice said " + (dice ? "yes" : "no") + ", your ruling says "
                + (dice ? "no" : "yes"));
        h.enter(); // empty: refused with a sentence, nothing resolved
        assertThat(flat(h.text())).contains("A ruling needs a reason: say in a line why the outcome differs from the "
                + "dice");
        assertThat(g.session().resolvedTurns()).isEqualTo(resolvedBefore);
        h.type(OVERRIDE_WHY).enter();
        assertThat(g.session().resolvedTurns()).isEqualTo(resolvedBefore + 1);
    }

    /** The values the facilitator's forms offer, in their order. */
    private static List<Indicator> settable() {
        return java.util.Arrays.stream(Indicator.values())
                .filter(i -> !i.derived() && i != Indicator.ALLIANCE_LEVEL).toList();
    }

    /** Turn 2, free: only values that can be changed are offered; trust is set down by 5. */
    private static void setTrustDirectly(Harness h, RulingView rv, Game g) {
        assertThat(h.text()).contains("Ruling on turn 2", "free");
        h.keys(ch('a'));
        assertThat(h.app.top()).isInstanceOf(EffectForm.class);
        // computed values (interoperability, the scores) and the alliance rung are not offered at all
        List<Indicator> offered = settable();
        for (int i = 0; i < offered.size(); i++) {
            String shown = flat(h.text());
            assertThat(shown).contains("< " + Text.label(offered.get(i)) + " >")
                    .doesNotContain("< Interoperability >").doesNotContain("< Score").doesNotContain("< Alliance");
            h.keys(k(KeyType.ArrowRight));
        }
        assertThat(flat(h.text())).contains("< " + Text.label(Indicator.TRUST) + " >"); // round to the first
        h.type("-5").enter().enter();
        assertThat(h.app.top()).isSameAs(rv);
        assertThat(rv.ruling().adjustments()).containsExactly(new Scenario.CardEffect(Indicator.TRUST, -5));
        StringBuilder pages = new StringBuilder(flat(h.text()));
        for (int i = 0; i < 6; i++) {
            h.keys(k(KeyType.PageDown));
            pages.append(flat(h.text()));
        }
        assertThat(pages.toString()).contains("Trust -5", "By the facilitator's ruling, these values were set directly:");
        h.enter().type(FREE_WHY).enter();
        assertThat(g.session().resolvedTurns()).isEqualTo(2);
    }

    /** Turn 3, on the console: a made-up event raising Western pressure by 3. */
    private static void madeUpEvent(Harness h, Game g) {
        double before = g.state().get(Indicator.WESTERN_PRESSURE);
        h.keys(ch('e')).type(EVENT_TITLE).enter(); // title, then on to the first change
        for (int i = 0; i < settable().indexOf(Indicator.WESTERN_PRESSURE); i++) {
            h.keys(k(KeyType.ArrowRight));
        }
        h.type("+3");
        h.keys(k(KeyType.ArrowDown), k(KeyType.ArrowDown), k(KeyType.ArrowDown)).type("white cell").enter();
        h.enter(); // the submit row
        assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
        assertThat(h.text()).contains("Injected: " + EVENT_TITLE + ".");
        assertThat(g.state().get(Indicator.WESTERN_PRESSURE)).isEqualTo(Math.min(100, before + 3));
    }

    /** The facilitator's entries of an HTML report, each as its text. */
    private static List<String> facilitatorBlocks(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"entry facilitator\">(.*?)</div>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&#39;", "'").replace("&apos;", "'"));
        }
        return out;
    }
}
