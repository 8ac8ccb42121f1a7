package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BalanceTest {
    static Scenario baseline;
    static Scenario su27;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        su27 = ScenarioLoader.load(Path.of("scenarios/su27-offer.json")).scenario();
    }

    private static Balance.Config config(int threads, int mcts) {
        return new Balance.Config(List.of(baseline, su27), 6, mcts, 3, threads, Rules.CURRENT);
    }

    @Test
    void run_oneOrThreeThreads_sameReportByteForByte() throws Exception {
        Balance.Config one = config(1, 2);
        String a = BalanceReport.markdown(one, new Balance(one).run(null), "cmd");
        Balance.Config three = config(3, 2);
        String b = BalanceReport.markdown(three, new Balance(three).run(null), "cmd");
        assertThat(b).isEqualTo(a);
        assertThat(a).contains("`baseline`", "`su27-offer`", "**");
    }

    @Test
    void cells_historyCell_isSimulateWithHistorians() throws Exception {
        // Historians do not learn from events, so a cell is exactly simulate's batch with the same seed.
        Balance.Config c = config(2, 0);
        Balance.ScenarioResult r = new Balance(c).run(null).get(0);
        SimResult sim = new Simulator(new SimConfig(baseline, 6, 3, PolicySpec.parse("historian", baseline),
                PolicySpec.parse("historian", baseline), 1)).run();
        assertThat(r.history().mean(Side.MOSCOW) + baseline.par().moscow())
                .isCloseTo(sim.score(Side.MOSCOW).mean(), within(1e-4));
        assertThat(r.history().mean(Side.BEIJING) + baseline.par().beijing())
                .isCloseTo(sim.score(Side.BEIJING).mean(), within(1e-4));
    }

    @Test
    void wdl_sharesAddUp_andFollowTheLevels() throws Exception {
        Balance.Config c = config(2, 0);
        for (Balance.ScenarioResult r : new Balance(c).run(null)) {
            for (Side side : Side.values()) {
                Balance.Wdl w = Balance.ScenarioResult.wdl(side, r.roundRobin());
                assertThat(w.games()).isEqualTo(16 * 6);
                assertThat(w.win() + w.draw() + w.loss()).isCloseTo(1.0, within(1e-12));
                Balance.Cell h = r.history();
                for (int i = 0; i < h.games(); i++) {
                    assertThat(h.level(side)[i]).isEqualTo(Standing.Victory.of(h.result(side)[i],
                            r.scenario().par().spread(side)));
                }
            }
        }
    }

    @Test
    void choiceDice_isRangeOfMeansOverPooledSd() throws Exception {
        Balance.Config c = config(2, 0);
        Balance.ScenarioResult r = new Balance(c).run(null).get(0);
        Balance.ChoiceDice cd = r.choiceDice(Side.MOSCOW);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (Balance.Strategy st : r.strategies()) {
            max = Math.max(max, r.meanVsField(Side.MOSCOW, st));
            min = Math.min(min, r.meanVsField(Side.MOSCOW, st));
        }
        assertThat(cd.choice()).isCloseTo(max - min, within(1e-12));
        assertThat(cd.bestMean()).isEqualTo(max);
        assertThat(cd.ratio()).isCloseTo(cd.choice() / cd.dice(), within(1e-12));
        assertThat(cd.dice()).isPositive();
    }

    @Test
    void lines_onlyOfferedVariants() {
        for (Balance.Strategy st : Balance.lines(su27)) {
            for (String id : st.spec().substring("script:".length()).split(",")) {
                assertThat(su27.variants().stream().map(v -> v.id())).contains(id);
            }
        }
        assertThat(Balance.lines(su27)).extracting(Balance.Strategy::name).doesNotContain("line.peace_mission");
        assertThat(Balance.lines(baseline)).hasSize(5);
    }
}
