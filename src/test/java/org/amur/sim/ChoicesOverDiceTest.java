package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 2, "choices matter more than dice": in every scenario, for each side, the spread of
 * its mean results across its strategies against the other seat's field, over the per-game standard
 * deviation with both strategies fixed, computed by {@link Balance.ScenarioResult#choiceDice}, the code
 * behind {@code ./amur balance} and BALANCE.md, with its default games per cell and seed (400, seed 1;
 * the search-against-search games do not enter this measure, so they are skipped). The strategies are
 * the four personalities and the five fixed lines of effort; no bot here is written to make the ratio
 * high.
 *
 * <p>The target is a ratio of at least 1.0 for both sides everywhere. It is asserted where rules 5 has
 * reached it ({@link #REACHED}); elsewhere the test reports the numbers (on the test output and in any
 * failure message) and asserts nothing, so that a side that falls back below 1.0 fails here and one that
 * has not got there yet is named, never hidden. About 15 s of test time.
 */
@Tag("slow")
class ChoicesOverDiceTest {
    /** Games per cell and seed: {@code ./amur balance}'s defaults. */
    static final int GAMES = 400;
    static final long SEED = 1;

    /**
     * Scenario and side where the ratio is at least 1.0 under rules 5 (every one; rules 5 moved only the Taiwan
     * Strait, to 1.13 / 1.25, its treaty kept in reserve being a promise). Under rules 4 (these games and seed:
     * baltic-standoff 1.02 / 1.97, baseline 1.96 / 2.13, central-asia 3.04 / 2.64, su27-offer 1.96 / 2.92,
     * taiwan-strait 1.40 / 1.16, sanctions-squeeze 1.77 / 2.16; the crisis talks and limited clashes of rules 4
     * brought baltic-standoff Moscow from 0.54 and taiwan-strait Beijing from 0.23, the Chinese credit made a
     * bargain instead of a roll brought sanctions-squeeze from 0.65 / 0.88; su27-offer Moscow came from 0.67
     * when the tutorial's dated events became certain and barter followed deliveries).
     */
    static final Set<String> REACHED = Set.of("baltic-standoff moscow", "baltic-standoff beijing", "baseline moscow",
            "baseline beijing", "central-asia moscow", "central-asia beijing", "su27-offer moscow",
            "su27-offer beijing", "taiwan-strait moscow", "taiwan-strait beijing", "sanctions-squeeze moscow",
            "sanctions-squeeze beijing");

    static List<Scenario> scenarios() throws Exception {
        List<Scenario> out = new ArrayList<>();
        for (Path file : ScenarioLoader.forInstallation().files()) {
            out.add(ScenarioLoader.load(file).scenario());
        }
        return out;
    }

    @Test
    void choiceSpreadOverDiceSpread_atLeastOneWhereRules5HasReachedIt() throws Exception {
        Balance.Config c = new Balance.Config(scenarios(), GAMES, 0, SEED, Runtime.getRuntime().availableProcessors(),
                Rules.V5);
        List<Balance.ScenarioResult> results = new Balance(c).run(null);
        assertThat(results).hasSize(6);
        StringBuilder table = new StringBuilder();
        List<Balance.ChoiceDice> reached = new ArrayList<>();
        for (Balance.ScenarioResult r : results) {
            for (Side side : Side.values()) {
                Balance.ChoiceDice cd = r.choiceDice(side);
                String key = r.scenario().id() + " " + side.id();
                table.append(String.format(Locale.ROOT, "%n%s: choice %.1f / dice %.1f = %.2f (best %s, worst %s)",
                        key, cd.choice(), cd.dice(), cd.ratio(), cd.best().name(), cd.worst().name()));
                assertThat(cd.dice()).as(key).isPositive();
                if (REACHED.contains(key)) {
                    reached.add(cd);
                }
            }
        }
        System.out.println("choice/dice under rules 5:" + table);
        assertThat(reached).hasSize(REACHED.size());
        for (Balance.ChoiceDice cd : reached) {
            assertThat(cd.ratio()).as("%s%s", cd.side(), table).isGreaterThanOrEqualTo(1.0);
        }
    }
}
