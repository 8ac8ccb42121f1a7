package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.amur.engine.Asymmetry;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The six claims of the model brief (section 6), each checked by Monte Carlo through the simulator:
 * batches of {@value Claims#GAMES} seeded games per policy, and a claim holds only when its effect is
 * positive at 95 % (z > 1.96), never on one lucky seed. Then the same claims with the asymmetry that
 * carries each scaled to 0.5 and 1.5 of its weight, where the model is robust to that (see README,
 * "What the model must show", for where it is not).
 *
 * <p>Every check names its rules version: rules 2, 3 and 4 (what games saved under them replay) and rules 5 (new
 * games), so these tests do not depend on which one {@link Rules#CURRENT} is. The players are fixed
 * scripts and the random player (issue 13 item 10): none of them is written to make a claim hold, so
 * a claim that holds follows from the model, not from a bot's design.
 */
@Tag("slow")
class CalibrationTest {
    private static final Map<Asymmetry, Double> AS_WRITTEN = Map.of();

    private static Rules rules(int version) {
        return Rules.of(version).orElseThrow();
    }

    private static void assertHolds(List<Claims.Check> checks) {
        for (Claims.Check c : checks) {
            assertThat(c.holds()).as(c.toString()).isTrue();
        }
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void claim1_baseline_signingEarlyLowersCombinedScoreVersusAllianceInReserve(int version) {
        assertHolds(Claims.claim1(rules(version), AS_WRITTEN));
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void claim2_taiwanStrait_timelySignatureLowersUsChinaWarChance(int version) {
        Optional<Scenario> taiwan = Claims.scenarioIfPresent("taiwan-strait");
        Assumptions.assumeTrue(taiwan.isPresent(), "scenarios/taiwan-strait.json is not in this build yet");
        assertHolds(Claims.claim2(rules(version), taiwan.get(), AS_WRITTEN));
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void claim3_sustainedCooperation_beijingGainsMoreThanMoscow(int version) {
        assertHolds(Claims.claim3(rules(version), AS_WRITTEN));
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void claim4_moscowWithoutArmsTransfers_weakerDefenseIndustry(int version) {
        assertHolds(Claims.claim4(rules(version), AS_WRITTEN));
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void claim5_licensedAndTopSystems_moreCopiesAndLostEdge_downgradedFewer(int version) {
        assertHolds(Claims.claim5(rules(version), AS_WRITTEN));
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2})
    void claim6_maritimeExercises_lessInteroperabilityUnlessRussianEdges(int version) {
        assertHolds(Claims.claim6(rules(version), AS_WRITTEN));
    }

    static Stream<Arguments> robust() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int version : new int[] {2, 3, 4, 5}) {
            for (double f : new double[] {0.5, 1.5}) {
                b.add(Arguments.of(version, 1, Asymmetry.A12, f));
                b.add(Arguments.of(version, 1, Asymmetry.A10, f));
                b.add(Arguments.of(version, 2, Asymmetry.A1, f));
                b.add(Arguments.of(version, 3, Asymmetry.A10, f));
                b.add(Arguments.of(version, 4, Asymmetry.A5, f));
                // claim 5 at half the copy exposure (0.5 x A7) or half again the absorption lag (1.5 x A8): from
                // rules 3 on, with copy progress kept per class, no top system or downgraded version reaches the
                // copy hazard (odds 0.6 x progress - 10, rolled from 10) in any of 2,000 games, so both rates are 0
                // and the comparison says nothing (it passed before session 9 only because z was NaN: README)
                if (version == 2 || f > 1) {
                    b.add(Arguments.of(version, 5, Asymmetry.A7, f));
                }
                if (version == 2 || f < 1) {
                    b.add(Arguments.of(version, 5, Asymmetry.A8, f));
                }
            }
        }
        // Under rules 2 claim 6 holds at 1.5 x A9 but not at 0.5 x A9 (maritime drills in home waters then
        // edge past Peace Mission, because naval interoperability starts lower and has more headroom under a
        // per-domain cap): README. Under rules 3 the ceiling bounds overall interoperability, so it holds at both.
        b.add(Arguments.of(2, 6, Asymmetry.A9, 1.5));
        b.add(Arguments.of(3, 6, Asymmetry.A9, 0.5));
        b.add(Arguments.of(4, 6, Asymmetry.A9, 0.5));
        b.add(Arguments.of(5, 6, Asymmetry.A9, 0.5));
        b.add(Arguments.of(3, 6, Asymmetry.A9, 1.5));
        b.add(Arguments.of(4, 6, Asymmetry.A9, 1.5));
        b.add(Arguments.of(5, 6, Asymmetry.A9, 1.5));
        return b.build();
    }

    /**
     * Claim 5 where its top-system comparisons have no copies to compare (rules 3 and 4 at 0.5 x A7 and 1.5 x
     * A8, above): licensed production is still copied more often than downgraded versions, and erodes more of
     * Russia's edge.
     */
    @ParameterizedTest(name = "rules {0}: claim 5 with {1} x {2}, licensed production")
    @CsvSource({"3, A7, 0.5", "3, A8, 1.5", "4, A7, 0.5", "4, A8, 1.5", "5, A7, 0.5", "5, A8, 1.5"})
    void claim5_whereNoTopSystemIsCopied_licensedProductionStillIs(int version, Asymmetry a, double factor) {
        List<Claims.Check> checks = Claims.claim5(rules(version), Claims.scale(a, factor));
        List<Claims.Check> licensed = checks.stream()
                .filter(c -> c.what().startsWith("copy rate, licensed production minus downgraded")
                        || c.what().startsWith("ru.tech_edge"))
                .toList();
        assertThat(licensed).hasSize(2);
        assertHolds(licensed);
    }

    @ParameterizedTest(name = "rules {0}: claim {1} with {2} x {3}")
    @MethodSource("robust")
    void claim_carryingAsymmetryScaled_stillHolds(int version, int claim, Asymmetry a, double factor) {
        Map<Asymmetry, Double> scale = Claims.scale(a, factor);
        Rules rules = rules(version);
        List<Claims.Check> checks = switch (claim) {
            case 1 -> Claims.claim1(rules, scale);
            case 2 -> {
                Optional<Scenario> taiwan = Claims.scenarioIfPresent("taiwan-strait");
                Assumptions.assumeTrue(taiwan.isPresent(), "scenarios/taiwan-strait.json is not in this build yet");
                yield Claims.claim2(rules, taiwan.get(), scale);
            }
            case 3 -> Claims.claim3(rules, scale);
            case 4 -> Claims.claim4(rules, scale);
            case 5 -> Claims.claim5(rules, scale);
            case 6 -> Claims.claim6(rules, scale);
            default -> throw new IllegalArgumentException("claim " + claim);
        };
        assertHolds(checks);
    }
}
