package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

/**
 * Arms revenue is a yearly figure, counted from 0 as each turn resolves. Within a turn a delivery reads
 * "0 -> 1", and the turn's net change "1.8 -> 1": the log says which is which, so the two do not read as a
 * contradiction (a newcomer's report).
 */
class RevenueStoryTest {

    @Test
    void theRevealsShortSummary_measuresRevenueFromLastYears_notFromZero() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
        String label = org.amur.engine.Text.label(Indicator.RU_ARMS_REVENUE);
        int withLine = 0;
        int without = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Session s = Session.start(sc, seed);
            double start = s.state().get(Indicator.RU_ARMS_REVENUE); // last year's deliveries (1.8 in 2018)
            s.apply(new Action.Commit(Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS.id(), ""));
            Step step = s.apply(new Action.Commit(Side.BEIJING, Variant.ARMS_ENGINES_HELICOPTERS.id(), ""));
            double end = step.stateOrThrow().get(Indicator.RU_ARMS_REVENUE);
            java.util.List<String> lines = org.amur.report.TurnSummary.of(((Step.Accepted) step).events()).changes()
                    .stream().filter(l -> l.startsWith(label + " ")).toList();
            if (end == start) {
                assertThat(lines).as("seed %d: revenue %s both years", seed, start).isEmpty();
                without++;
            } else if (!lines.isEmpty()) {
                assertThat(lines.get(0)).startsWith(label + " " + org.amur.engine.Narration.number(start, 1) + " ");
                withLine++;
            }
        }
        assertThat(withLine).as("turns whose revenue moved and made the summary").isPositive();
        assertThat(without).as("turns whose revenue ended where it began").isPositive();
    }

    @Test
    void aDeliverysRevenue_isNamedThisYears_andTheNetChange_lastYearsThenThisYears() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
        String text = null;
        // both on the same arms deal until one turn delivers (the seed decides the delivery roll)
        for (long seed = 1; seed < 60 && text == null; seed++) {
            Session s = Session.start(sc, seed);
            s.apply(new Action.Commit(Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS.id(), ""));
            Step step = s.apply(new Action.Commit(Side.BEIJING, Variant.ARMS_ENGINES_HELICOPTERS.id(), ""));
            Event.TurnResolved net = ((Step.Accepted) step).events().stream()
                    .filter(e -> e instanceof Event.TurnResolved).map(e -> (Event.TurnResolved) e).findFirst()
                    .orElseThrow();
            boolean revenueMoved = net.net().stream().anyMatch(d -> d.indicator() == Indicator.RU_ARMS_REVENUE);
            boolean delivered = ((Step.Accepted) step).events().stream().anyMatch(e -> e instanceof Event.Effect fx
                    && fx.deltas().stream().anyMatch(d -> d.indicator() == Indicator.RU_ARMS_REVENUE));
            if (revenueMoved && delivered) {
                Doc doc = new Doc(200);
                Story story = new Story(doc, sc.info(), Glyphs.UNICODE);
                for (Event e : ((Step.Accepted) step).events()) {
                    story.add(e, true);
                }
                text = doc.plain();
            }
        }
        assertThat(text).as("a seed under 60 delivers in turn 1").isNotNull();
        String label = org.amur.engine.Text.label(Indicator.RU_ARMS_REVENUE);
        assertThat(text).containsPattern(java.util.regex.Pattern.quote(label) + " 0 \\S+ [0-9.]+ \\([^)]*\\) "
                + java.util.regex.Pattern.quote("(this year's deliveries)"));
        assertThat(text).contains("(last year's deliveries, then this year's)");
    }
}
