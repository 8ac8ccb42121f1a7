package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The calibration of reverse flows (Russia buying Chinese components) in rules 2, over 2,000 seeded
 * games per policy: both sides scripting the same choice every year ("joint policies"), compared on
 * Moscow's mean score. Under rules 1 buying Chinese space electronics every year was Moscow's best
 * joint policy; under rules 2 it must not be where Western pressure is moderate (baseline, Taiwan
 * Strait), and must still beat the Historians where sanctions bite (sanctions squeeze).
 */
@Tag("slow")
class ReverseFlowCalibrationTest {
    private static final int GAMES = 2000;
    private static final long SEED = 2018;
    /** Points by which the best reverse policy must trail the best other joint policy. */
    private static final double MARGIN = 1.0;

    private static Distribution.Summary moscow(Scenario s, Rules rules, String policy) {
        SimConfig c = new SimConfig(s, GAMES, SEED, PolicySpec.parse(policy, s), PolicySpec.parse(policy, s),
                Runtime.getRuntime().availableProcessors()).withRules(rules);
        return new Simulator(c).run().score(Side.MOSCOW);
    }

    /** Joint policies: the Historian pair, and each variant scripted by both sides every year. */
    private static List<String> jointPolicies(Scenario s, boolean reverse) {
        List<String> out = new ArrayList<>();
        if (!reverse) {
            out.add("historian");
        }
        for (Variant v : s.variants()) {
            if (v.isReverseArms() == reverse && v != Variant.ALLIANCE_SIGN && v != Variant.ALLIANCE_INVOKE) {
                out.add("script:" + v.id());
            }
        }
        return out;
    }

    private record Best(String policy, Distribution.Summary score) {
    }

    private static Best best(Scenario s, Rules rules, List<String> policies) {
        Best best = null;
        for (String p : policies) {
            Distribution.Summary m = moscow(s, rules, p);
            if (best == null || m.mean() > best.score().mean()) {
                best = new Best(p, m);
            }
        }
        return best;
    }

    /** Two-sample z; NaN when both batches have no spread and the same mean (no evidence: the checks require a finite z). */
    private static double z(Distribution.Summary a, Distribution.Summary b) {
        return (a.mean() - b.mean()) / Math.sqrt(a.standardError() * a.standardError()
                + b.standardError() * b.standardError());
    }

    @Test
    void reverseEveryYear_underRules1_wasMoscowsBestJointPolicyInTheBaseline() {
        Scenario s = Claims.scenario("baseline");
        Best reverse = best(s, Rules.V1, jointPolicies(s, true));
        Best other = best(s, Rules.V1, jointPolicies(s, false));
        assertThat(reverse.score().mean()).as("rules 1: %s %s vs %s %s", reverse.policy(), reverse.score().mean(),
                other.policy(), other.score().mean()).isGreaterThan(other.score().mean() + MARGIN);
    }

    @Test
    void reverseEveryYear_underRules2_isNotMoscowsBestJointPolicy_inBaselineAndTaiwanStrait() {
        for (String id : List.of("baseline", "taiwan-strait")) {
            Scenario s = Claims.scenario(id);
            Best reverse = best(s, Rules.V2, jointPolicies(s, true));
            Best other = best(s, Rules.V2, jointPolicies(s, false));
            assertThat(other.score().mean() - reverse.score().mean())
                    .as("%s: best other %s %.2f, best reverse %s %.2f", id, other.policy(), other.score().mean(),
                            reverse.policy(), reverse.score().mean())
                    .isGreaterThan(MARGIN);
            assertThat(z(other.score(), reverse.score())).isFinite().isGreaterThan(Claims.Z95);
        }
    }

    @Test
    void reverseEveryYear_underRules2_isStillAReasonableChoiceUnderSanctions() {
        Scenario s = Claims.scenario("sanctions-squeeze");
        Distribution.Summary electronics = moscow(s, Rules.V2, "script:reverse.space_electronics");
        Distribution.Summary historians = moscow(s, Rules.V2, "historian");
        assertThat(electronics.mean() - historians.mean()).as("electronics %.2f vs Historians %.2f",
                electronics.mean(), historians.mean()).isGreaterThan(3.0);
        assertThat(z(electronics, historians)).isFinite().isGreaterThan(Claims.Z95);
        // and in the better half of the joint policies
        int beaten = 0;
        List<String> others = jointPolicies(s, false);
        for (String p : others) {
            if (electronics.mean() > moscow(s, Rules.V2, p).mean()) {
                beaten++;
            }
        }
        assertThat(beaten).as("joint policies beaten of %d", others.size()).isGreaterThanOrEqualTo(others.size() / 2);
    }
}
