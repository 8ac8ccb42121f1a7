package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.amur.engine.Asymmetry;
import org.amur.engine.Scenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The six claims of the model brief (section 6), each checked by Monte Carlo through the simulator:
 * batches of {@value Claims#GAMES} seeded games per policy, and a claim holds only when its effect is
 * positive at 95 % (z > 1.96), never on one lucky seed. Then the same claims with the asymmetry that
 * carries each scaled to 0.5 and 1.5 of its weight, where the model is robust to that (see README,
 * "What the model must show", for where it is not).
 */
@Tag("slow")
class CalibrationTest {
    private static final Map<Asymmetry, Double> AS_WRITTEN = Map.of();

    private static void assertHolds(List<Claims.Check> checks) {
        for (Claims.Check c : checks) {
            assertThat(c.z()).as(c.toString()).isGreaterThan(Claims.Z95);
        }
    }

    @Test
    void claim1_baseline_signingEarlyLowersCombinedScoreVersusAllianceInReserve() {
        assertHolds(Claims.claim1(AS_WRITTEN));
    }

    @Test
    void claim2_taiwanStrait_timelySignatureLowersUsChinaWarChance() {
        Optional<Scenario> taiwan = Claims.scenarioIfPresent("taiwan-strait");
        Assumptions.assumeTrue(taiwan.isPresent(), "scenarios/taiwan-strait.json is not in this build yet");
        assertHolds(Claims.claim2(taiwan.get(), AS_WRITTEN));
    }

    @Test
    void claim3_sustainedCooperation_beijingGainsMoreThanMoscow() {
        assertHolds(Claims.claim3(AS_WRITTEN));
    }

    @Test
    void claim4_moscowWithoutArmsTransfers_weakerDefenseIndustry() {
        assertHolds(Claims.claim4(AS_WRITTEN));
    }

    @Test
    void claim5_licensedAndTopSystems_moreCopiesAndLostEdge_downgradedFewer() {
        assertHolds(Claims.claim5(AS_WRITTEN));
    }

    @Test
    void claim6_maritimeExercises_lessInteroperabilityUnlessRussianEdges() {
        assertHolds(Claims.claim6(AS_WRITTEN));
    }

    static Stream<Arguments> robust() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (double f : new double[] {0.5, 1.5}) {
            b.add(Arguments.of(1, Asymmetry.A12, f));
            b.add(Arguments.of(1, Asymmetry.A10, f));
            b.add(Arguments.of(2, Asymmetry.A1, f));
            b.add(Arguments.of(3, Asymmetry.A10, f));
            b.add(Arguments.of(4, Asymmetry.A5, f));
            b.add(Arguments.of(5, Asymmetry.A7, f));
            b.add(Arguments.of(5, Asymmetry.A8, f));
        }
        // Claim 6 holds at 1.5 x A9 but not at 0.5 x A9 (maritime drills in home waters then edge past
        // Peace Mission, because naval interoperability starts lower and has more headroom): README.
        b.add(Arguments.of(6, Asymmetry.A9, 1.5));
        return b.build();
    }

    @ParameterizedTest(name = "claim {0} with {1} x {2}")
    @MethodSource("robust")
    void claim_carryingAsymmetryScaled_stillHolds(int claim, Asymmetry a, double factor) {
        Map<Asymmetry, Double> scale = Claims.scale(a, factor);
        List<Claims.Check> checks = switch (claim) {
            case 1 -> Claims.claim1(scale);
            case 2 -> {
                Optional<Scenario> taiwan = Claims.scenarioIfPresent("taiwan-strait");
                Assumptions.assumeTrue(taiwan.isPresent(), "scenarios/taiwan-strait.json is not in this build yet");
                yield Claims.claim2(taiwan.get(), scale);
            }
            case 3 -> Claims.claim3(scale);
            case 4 -> Claims.claim4(scale);
            case 5 -> Claims.claim5(scale);
            case 6 -> Claims.claim6(scale);
            default -> throw new IllegalArgumentException("claim " + claim);
        };
        assertHolds(checks);
    }
}
