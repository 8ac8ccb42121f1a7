package org.amur.engine;

import static org.amur.engine.Indicator.RU_DEFENSE_INDUSTRY;
import static org.amur.engine.Indicator.RU_FREEDOM;
import static org.amur.engine.Indicator.WESTERN_PRESSURE;
import static org.amur.engine.TestScenario.firstTurn;
import static org.amur.engine.TestScenario.playTurns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules versions: rules 1 is the model as first released; rules 2 calibrates reverse flows. */
class RulesTest {
    private static final Variant CHIPS = Variant.REV_SPACE_ELECTRONICS;

    private static Engine engine(TestScenario s, Rules r) {
        return new Engine(s.build(), r);
    }

    /** Russian industry gained from the reverse deal of one resolved turn. */
    private static double industryFromDeal(TestScenario.Played p) {
        return p.effects("arms.reverse_delivered").flatMap(e -> e.deltas().stream())
                .filter(d -> d.indicator() == RU_DEFENSE_INDUSTRY).mapToDouble(Event.Delta::change).sum();
    }

    /**
     * Games of reverse deals every year (the three variants in turn), played to the end under rules 1;
     * digests and Moscow's score as computed by the engine before rules versions existed (commit 9b98876).
     */
    @ParameterizedTest
    @CsvSource({
        "baseline, 1, e7d9cfdfc46fc981, 21.168630419999975",
        "baseline, 2, 9638edd95eaba1e8, 15.101577999999948",
        "baseline, 3, de26508903db3d44, 23.489220759999938",
        "taiwan-strait, 1, 7e62ecd4ec3f2d5b, 13.027719999999995",
        "taiwan-strait, 2, ceb55e1688a5c419, 13.777199999999986",
        "taiwan-strait, 3, 6100dcc3735516a4, 13.504480000000006",
        "sanctions-squeeze, 1, 367c6710437d527d, -0.42957000000001",
        "sanctions-squeeze, 2, 6f123b4144f722e4, -1.9842859999999847",
        "sanctions-squeeze, 3, af4e8449e6e7319e, 6.048941000000005"})
    void rules1_reverseDealGames_endExactlyAsBeforeRulesVersions(String id, long seed, String digest, double moscow)
            throws Exception {
        String[] rev = {"reverse.space_electronics", "reverse.naval_diesels", "reverse.rd180_for_electronics"};
        Engine e = new Engine(ScenarioLoader.load(Path.of("scenarios", id + ".json")).scenario(), Rules.V1);
        GameState s = e.newGame(seed).state();
        int t = 0;
        while (!s.isOver()) {
            String v = rev[(int) ((t + seed) % 3)];
            s = e.apply(s, new Action.Commit(Side.MOSCOW, v, "")).stateOrThrow();
            s = e.apply(s, new Action.Commit(Side.BEIJING, v, "")).stateOrThrow();
            t++;
        }
        assertThat(StateDigest.of(s)).isEqualTo(digest);
        assertThat(s.score(Side.MOSCOW)).isEqualTo(moscow);
        // and rules 2 plays the same moves to another end
        Engine e2 = new Engine(ScenarioLoader.load(Path.of("scenarios", id + ".json")).scenario(), Rules.V2);
        GameState s2 = e2.newGame(seed).state();
        t = 0;
        while (!s2.isOver()) {
            String v = rev[(int) ((t + seed) % 3)];
            s2 = e2.apply(s2, new Action.Commit(Side.MOSCOW, v, "")).stateOrThrow();
            s2 = e2.apply(s2, new Action.Commit(Side.BEIJING, v, "")).stateOrThrow();
            t++;
        }
        assertThat(s2.score(Side.MOSCOW)).isLessThan(moscow);
    }

    @Test
    void of_knownVersions_andNothingForAFutureOne() {
        assertThat(Rules.of(1)).contains(Rules.V1);
        assertThat(Rules.of(2)).contains(Rules.V2);
        assertThat(Rules.of(3)).contains(Rules.V3);
        assertThat(Rules.of(4)).contains(Rules.V4);
        assertThat(Rules.of(5)).contains(Rules.V5);
        assertThat(Rules.of(6)).isEmpty();
        assertThat(Rules.V3.inForce(Mod.A12_SOUTH_CHINA_SEA_RISK)).isFalse();
        assertThat(Rules.V2.inForce(Mod.A12_SOUTH_CHINA_SEA_RISK)).isTrue();
        assertThat(Rules.V3.inForce(Mod.A11_REVERSE_REPEATED)).isTrue();
        assertThat(Rules.CURRENT).isEqualTo(Rules.V5);
        assertThat(new Engine(TestScenario.create().build()).rules()).isEqualTo(Rules.CURRENT);
        assertThat(Rules.V1.inForce(Mod.A11_REVERSE_REPEATED)).isFalse();
        assertThat(Rules.V2.inForce(Mod.A11_REVERSE_REPEATED)).isTrue();
        assertThat(Rules.V1.inForce(Mod.A11_IMPORTS_TEMPORARY)).isTrue();
    }

    @Test
    void rules1_reverseDeals_applyNoRules2ModifierAndCountNothing() {
        List<TestScenario.Played> turns = playTurns(engine(TestScenario.create().with(WESTERN_PRESSURE, 55), Rules.V1),
                3, 5, CHIPS, CHIPS);
        assertThat(turns).hasSize(5).allSatisfy(p -> {
            assertThat(p.happened("arms.reverse_delivered")).isTrue();
            assertThat(p.applied()).noneMatch(a -> Rules.V2.added().contains(a.mod()));
            assertThat(p.state().reverseDeals()).isZero();
        });
    }

    @Test
    void rules2_withoutWesternPressure_aDealIsWorthAFractionOfRules1() {
        TestScenario calm = TestScenario.create().with(WESTERN_PRESSURE, 50);
        TestScenario.Played v1 = firstTurn(engine(calm, Rules.V1), 1, CHIPS, CHIPS);
        TestScenario.Played v2 = firstTurn(engine(calm, Rules.V2), 1, CHIPS, CHIPS);
        assertThat(industryFromDeal(v1)).isGreaterThan(1);
        assertThat(industryFromDeal(v2)).isCloseTo(industryFromDeal(v1) * Mod.A3_REVERSE_WITHOUT_SANCTIONS.base(),
                within(1e-9));
        assertThat(v2.applied()).anySatisfy(a -> {
            assertThat(a.mod()).isEqualTo(Mod.A3_REVERSE_WITHOUT_SANCTIONS);
            assertThat(a.size()).isCloseTo(0.1, within(1e-12));
        });
        // under heavy pressure the deal is worth what it was
        TestScenario squeezed = TestScenario.create().with(WESTERN_PRESSURE, 85);
        assertThat(industryFromDeal(firstTurn(engine(squeezed, Rules.V2), 1, CHIPS, CHIPS)))
                .isCloseTo(industryFromDeal(firstTurn(engine(squeezed, Rules.V1), 1, CHIPS, CHIPS)), within(1e-9));
    }

    @Test
    void rules2_repeatedDeals_eachGiveLess_andAreCounted() {
        List<TestScenario.Played> turns = playTurns(engine(TestScenario.create().with(WESTERN_PRESSURE, 95)
                .with(RU_DEFENSE_INDUSTRY, 20), Rules.V2), 1, 4, CHIPS, CHIPS);
        assertThat(turns).hasSize(4);
        for (int t = 0; t < 4; t++) {
            assertThat(turns.get(t).state().reverseDeals()).isEqualTo(t + 1);
        }
        for (int t = 1; t < 4; t++) {
            assertThat(industryFromDeal(turns.get(t)) / industryFromDeal(turns.get(t - 1)))
                    .isCloseTo(Mod.A11_REVERSE_REPEATED.base(), within(1e-9));
        }
    }

    @Test
    void rules2_eachDeal_costsMoscowFreedomOfAction_andSwitchesOffWithItsAsymmetry() {
        TestScenario s = TestScenario.create().with(WESTERN_PRESSURE, 70);
        TestScenario.Played on = firstTurn(engine(s, Rules.V2), 1, CHIPS, CHIPS);
        assertThat(on.changeBy(Mod.A3_SUPPLY_DEPENDENCE, RU_FREEDOM)).isEqualTo(-1.0);
        TestScenario.Played off = firstTurn(new Engine(s.build(), Map.of(Asymmetry.A3, 0.0), Rules.V2), 1, CHIPS,
                CHIPS);
        assertThat(off.changeBy(Mod.A3_SUPPLY_DEPENDENCE, RU_FREEDOM)).isZero();
        assertThat(firstTurn(engine(s, Rules.V1), 1, CHIPS, CHIPS).changeBy(Mod.A3_SUPPLY_DEPENDENCE, RU_FREEDOM))
                .isZero();
    }
}
