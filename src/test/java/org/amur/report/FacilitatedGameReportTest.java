package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.RollKind;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A facilitated game, saved and loaded back: the facilitator injects a deck card and a free-text crisis,
 * rules on a turn (overriding a delivery roll and setting a value directly) and leaves a note. The
 * report shows each of these where it happened, marked as the facilitator's, in every format, and the
 * scores still add up.
 */
class FacilitatedGameReportTest {
    static final String INJECT_REASON = "test the <hotline> & the teams";
    static final String RULING = "semi-rigid: the plant was \"on strike\"";
    static final String NOTE = "Pause: ask Beijing why it asked for S-400s";

    @TempDir
    static Path dir;
    static Session session;
    static GameReport report;

    @BeforeAll
    static void playASavedFacilitatedGame() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(Games.GOLDEN_SAVES.resolve("scenarios"));
        for (long seed = 0; seed < 10_000; seed++) {
            Session s = Session.start(loader.resolve("baseline"), seed);
            ok(s, new Action.Inject("new-sanctions", null, null, INJECT_REASON));
            ok(s, new Action.Inject(null, "Border clash on the Ussuri",
                    List.of(new Scenario.CardEffect(Indicator.TRUST, -10)), ""));
            ok(s, new Action.Note(NOTE));
            // a yearly sale, delivered (or not) this turn (from rules 3 on an S-400 deal is a contract whose
            // tranches come in later turns)
            ok(s, new Action.Commit(Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS));
            ok(s, new Action.Adjudicated(new Action.Commit(Side.BEIJING, Variant.ARMS_ENGINES_HELICOPTERS),
                    List.of(new Action.RollOverride(RollKind.DELIVERY, Variant.ARMS_ENGINES_HELICOPTERS, false)),
                    List.of(new Scenario.CardEffect(Indicator.RU_ECONOMY, 3)), RULING));
            if (s.eventsOfTurn(1).stream().noneMatch(e -> e instanceof Event.Overridden)) {
                continue; // the dice already said no: find a game where the ruling changed them
            }
            Games.finishWithBots(s);
            SaveStore store = new SaveStore(dir, loader, Games.CLOCK);
            Path file = store.save(s, "facilitated", new SaveMeta("human", "human").withFacilitator(
                    new SaveMeta.Facilitator(false, SaveMeta.Adjudication.SEMI_RIGID)));
            session = store.load(file).session();
            report = ReportBuilder.build(store.load(file), "facilitated.json");
            return;
        }
        throw new AssertionError("no seed in 10,000 where the ruling changed the delivery roll");
    }

    private static void ok(Session s, Action a) {
        assertThat(s.apply(a)).as(a.toString()).isInstanceOf(Step.Accepted.class);
    }

    private static List<Entry.Facilitator> facilitatorEntries(int turn) {
        return report.turns().get(turn - 1).entries().stream().filter(e -> e instanceof Entry.Facilitator)
                .map(e -> (Entry.Facilitator) e).toList();
    }

    @Test
    void timeline_showsEachInterventionMarkedInOrder() {
        List<Entry.Facilitator> fs = facilitatorEntries(1);
        assertThat(fs).extracting(Entry.Facilitator::kind)
                .containsExactly("inject", "inject", "note", "ruling", "override", "adjustment");
        assertThat(fs.get(0).title()).isEqualTo("A new round of Western sanctions");
        assertThat(fs.get(0).text()).as("a deck card's text comes from the scenario").isNotEmpty();
        assertThat(fs.get(0).rationale()).isEqualTo(INJECT_REASON);
        assertThat(fs.get(0).changes()).extracting(Entry.Change::indicatorId).contains("western_pressure");
        assertThat(fs.get(1).title()).isEqualTo("Border clash on the Ussuri");
        assertThat(fs.get(1).changes()).singleElement().satisfies(c -> assertThat(c.change()).isEqualTo(-10));
        assertThat(fs.get(2).title()).isEqualTo(NOTE);
        assertThat(fs.get(3).rationale()).isEqualTo(RULING);
        assertThat(fs.get(3).title()).isEqualTo("The facilitator ruled on this turn, overturning one roll and setting one value directly.");
        assertThat(fs.get(4).title()).startsWith("Delivery (Engines and helicopters) counts as a failure");
        assertThat(fs.get(5).changes()).singleElement().satisfies(c -> {
            assertThat(c.indicatorId()).isEqualTo("ru.economy");
            assertThat(c.change()).isEqualTo(3, within(1e-9));
        });
        List<Entry> entries = report.turns().get(0).entries();
        int choices = indexOf(entries, Entry.Choices.class);
        assertThat(entries.indexOf(fs.get(1))).as("injects come before the reveal").isLessThan(choices);
        assertThat(entries.indexOf(fs.get(3))).as("the ruling comes with the reveal").isGreaterThan(choices);
        int overridden = entries.indexOf(fs.get(4));
        assertThat(entries.get(overridden - 1)).as("the override follows the roll it overrode")
                .isInstanceOfSatisfying(Entry.Roll.class, r -> assertThat(r.name()).isEqualTo("Delivery"));
    }

    private static int indexOf(List<Entry> entries, Class<?> type) {
        for (int i = 0; i < entries.size(); i++) {
            if (type.isInstance(entries.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void scores_includeTheFacilitatorsChangesAndStillAddUp() {
        for (GameReport.SideScore score : report.scores()) {
            assertThat(score.total()).isEqualTo(session.state().score(score.side()));
            assertThat(score.unitemised()).as(score.side().toString()).isCloseTo(0, within(1e-9));
            assertThat(score.objectivePoints() + score.outcomePoints() + score.entanglementPoints())
                    .isCloseTo(score.total(), within(1e-9));
        }
        assertThat(report.scores().get(0).drivers()).extracting(GameReport.Driver::key).contains("facilitator");
    }

    @Test
    void header_saysTheGameWasFacilitatedAndThePlayAgainCommandKeepsIt() {
        assertThat(report.header().facilitation()).isEqualTo("by a facilitator in closed play (choices hidden from the "
                + "facilitator until the reveal), semi-rigid rulings by default (each intervention is marked in the "
                + "timeline)");
        assertThat(report.header().playCommand()).endsWith("--moscow human --beijing human --facilitator --adjudication "
                + "semi-rigid");
        assertThat(MarkdownReport.render(report)).contains("| Facilitated | by a facilitator in closed play")
                .contains("(dice: SplitMix64; model rules version " + org.amur.engine.Rules.CURRENT.version() + ")");
        assertThat(HtmlReport.render(report)).contains("<th scope=\"row\">Facilitated</th><td>by a facilitator in closed");
    }

    @Test
    void everyFormat_marksTheInterventions() {
        String md = MarkdownReport.render(report);
        assertThat(md).contains("- **\\[Facilitator inject\\]** A new round of Western sanctions")
                .contains("Facilitator's reason: test the \\<hotline\\> \\& the teams")
                .contains("- **\\[Facilitator ruling\\]**").contains("- **\\[Facilitator override\\]** Delivery")
                .contains("- **\\[Facilitator note\\]** Pause: ask Beijing why it asked for S-400s");
        String html = HtmlReport.render(report);
        assertThat(html).contains("<p class=\"marker\">Facilitator inject</p>")
                .contains("<p class=\"reason\">Facilitator&#39;s reason: test the &lt;hotline&gt; &amp; the teams</p>")
                .contains("<p class=\"marker\">Facilitator ruling</p>")
                .contains("semi-rigid: the plant was &quot;on strike&quot;");
        List<List<String>> rows = CsvParser.parse(CsvReport.render(report));
        String cell = rows.get(1).get(rows.get(0).indexOf("facilitator"));
        assertThat(cell).startsWith("Facilitator inject: A new round of Western sanctions (" + INJECT_REASON + "); "
                + "Facilitator inject: Border clash on the Ussuri; Facilitator note: " + NOTE + "; Facilitator ruling: ");
        assertThat(rows.get(2).get(rows.get(0).indexOf("facilitator"))).isEmpty();
        assertThat(report.questions()).extracting(GameReport.Question::theme)
                .contains(ReportText.get("theme.facilitator"));
    }
}
