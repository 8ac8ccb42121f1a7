package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.junit.jupiter.api.Test;

/** The round-robin's plumbing on a tiny field (the strength claims are checked by the real command). */
class TournamentTest {
    private static final Scenario BASELINE = load();

    private static Scenario load() {
        try {
            return org.amur.scenario.ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        } catch (org.amur.scenario.ScenarioException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @Test
    void run_playsEveryPairingFromBothSeats_andCountsEachBotsGames() throws InterruptedException {
        List<String> bots = List.of("random", "historian", "hedger");
        Tournament t = Tournament.run(new Tournament.Config(bots, List.of(BASELINE, BASELINE), 4, 7, 2), null);
        assertThat(t.games()).hasSize(3 * 3 * 4);
        for (int b = 0; b < 3; b++) {
            for (Side seat : Side.values()) {
                assertThat(t.ownScore(b, seat).n()).isEqualTo(3 * 4);
                assertThat(t.ownScore(b, seat, 0).n()).isEqualTo(3 * 2);
                assertThat(t.ownScore(b, seat).halfWidth()).isPositive();
            }
        }
        // Paired with itself, a bot differs by exactly nothing.
        Tournament.Estimate self = t.paired(1, 1, Side.MOSCOW);
        assertThat(self.mean()).isZero();
        assertThat(self.n()).isEqualTo(3 * 4);
    }

    @Test
    void run_sameSeed_sameResultsWhateverTheThreads() throws InterruptedException {
        List<String> bots = List.of("random", "mercantilist", "mcts:easy");
        Tournament one = Tournament.run(new Tournament.Config(bots, List.of(BASELINE), 2, 11, 1), null);
        Tournament two = Tournament.run(new Tournament.Config(bots, List.of(BASELINE), 2, 11, 2), null);
        assertThat(two.games()).isEqualTo(one.games());
        Tournament other = Tournament.run(new Tournament.Config(bots, List.of(BASELINE), 2, 12, 2), null);
        assertThat(other.games()).isNotEqualTo(one.games());
    }

    @Test
    void gameSeeds_areSharedByEveryPairing_andDifferAcrossGamesAndScenarios() {
        assertThat(Tournament.gameSeed(1, 0, 0)).isEqualTo(Tournament.gameSeed(1, 0, 0));
        assertThat(Tournament.gameSeed(1, 0, 1)).isNotEqualTo(Tournament.gameSeed(1, 0, 0));
        assertThat(Tournament.gameSeed(1, 1, 0)).isNotEqualTo(Tournament.gameSeed(1, 0, 0));
        assertThat(Tournament.gameSeed(2, 0, 0)).isNotEqualTo(Tournament.gameSeed(1, 0, 0));
    }

    @Test
    void estimate_isTheMeanWithANormal95PercentInterval() {
        Tournament.Estimate e = Tournament.Estimate.of(new double[] {1, 2, 3, 4}, 4);
        assertThat(e.mean()).isEqualTo(2.5);
        // sd = sqrt(5/3); half-width = 1.96 sd / 2
        assertThat(e.halfWidth()).isCloseTo(1.96 * Math.sqrt(5.0 / 3) / 2, org.assertj.core.data.Offset.offset(1e-12));
    }
}
