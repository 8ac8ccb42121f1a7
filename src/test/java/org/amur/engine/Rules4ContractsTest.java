package org.amur.engine;

import static org.amur.engine.CopyClass.AIRCRAFT;
import static org.amur.engine.CopyClass.AIR_DEFENSE;
import static org.amur.engine.CopyClass.OLDER_FIGHTERS;
import static org.amur.engine.Indicator.CN_COPY_PROGRESS;
import static org.amur.engine.Indicator.RU_DEFENSE_INDUSTRY;
import static org.amur.engine.Indicator.TRUST;
import static org.amur.engine.TestScenario.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Rules 4, issue 13's contracts item: the contracts signed before the game (the 2014 S-400 and 2015 Su-35 deals,
 * Kashin p.21) count what they put in Chinese hands ({@link Mod#A7_EXPOSED_BEFORE_THE_GAME}), and downgraded
 * export versions feed the older fighters' class, the Su-27 line China already localized (p.15), not the
 * Su-35's ({@link Mod#A7_OLDER_GENERATION}). Claim 5 over seeded games is {@code CalibrationTest}'s.
 */
class Rules4ContractsTest {

    private static TestScenario signedBefore() {
        return TestScenario.create().with(CN_COPY_PROGRESS, 10).contractsPerSystem(3)
                .contractsSigned(Variant.ARMS_S400, Variant.ARMS_SU35);
    }

    @Test
    void contractsSignedBeforeTheGame_countTheirCopyExposureFromTheStart_underRules4Only() {
        GameState v4 = new Engine(signedBefore().build(), Rules.V4).newGame(1).state();
        // Su-35: exposure 12 per $1B of its table, a $2B contract, x 0.6 absorption lag; S-400: 10 x 2 x 0.6
        assertThat(v4.copyProgress().get(AIRCRAFT)).isCloseTo(14.4, within(1e-9));
        assertThat(v4.copyProgress().get(AIR_DEFENSE)).isCloseTo(12.0, within(1e-9));
        // the Su-27 line the scenario starts with is the older fighters' progress
        assertThat(v4.copyProgress().get(OLDER_FIGHTERS)).isEqualTo(10.0);
        assertThat(v4.values().get(CN_COPY_PROGRESS)).isCloseTo(36.4, within(1e-9));
        assertThat(v4.contracts()).extracting(Contract::family).containsExactly("s400", "su35");

        // rules 3 counts the same contracts towards the cap, but nothing of what they delivered, and keeps no
        // older fighters' class (so rules-3 digests are what they were)
        GameState v3 = new Engine(signedBefore().build(), Rules.V3).newGame(1).state();
        assertThat(v3.contracts()).isEqualTo(v4.contracts());
        assertThat(v3.copyProgress()).containsEntry(AIRCRAFT, 10.0).containsEntry(AIR_DEFENSE, 0.0)
                .doesNotContainKey(OLDER_FIGHTERS).hasSize(CopyClass.values().length - 1);
        assertThat(v3.values().get(CN_COPY_PROGRESS)).isEqualTo(10.0);

        // weighting A7 scales the exposure (weight 0: nothing counts)
        GameState off = new Engine(signedBefore().weight(Asymmetry.A7, 0).build(), Rules.V4).newGame(1).state();
        assertThat(off.copyProgress().get(AIRCRAFT)).isZero();
        assertThat(off.copyProgress().get(AIR_DEFENSE)).isZero();
    }

    @Test
    void downgradedExports_feedTheOlderFighters_notTheSu35s_underRules4() {
        Engine e = new Engine(TestScenario.create().with(RU_DEFENSE_INDUSTRY, 100).with(TRUST, 80)
                .with(CN_COPY_PROGRESS, 6).build(), Rules.V4);
        GameState s = e.newGame(4).state();
        TestScenario.Played planes = play(e, s, Variant.ARMS_DOWNGRADED_EXPORT, Variant.ARMS_DOWNGRADED_EXPORT);
        assertThat(planes.happened("arms.delivered")).isTrue();
        // exposure 3 x 0.6 absorption, on the older fighters' 6
        assertThat(planes.state().copyProgress().get(OLDER_FIGHTERS)).isCloseTo(6 + 3 * 0.6, within(1e-9));
        assertThat(planes.state().copyProgress().get(AIRCRAFT)).isZero();
        assertThat(planes.applied()).anySatisfy(a -> assertThat(a.mod()).isEqualTo(Mod.A7_OLDER_GENERATION));
        double sum = planes.state().copyProgress().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(planes.get(CN_COPY_PROGRESS)).isCloseTo(sum, within(1e-9));

        // a Su-35 contract's tranche goes to the Su-35's class
        GameState signed = play(e, s, Variant.ARMS_SU35, Variant.ARMS_SU35).state();
        TestScenario.Played tranche = play(e, signed, Variant.EX_PEACE_MISSION, Variant.EX_PEACE_MISSION);
        assertThat(tranche.happened("arms.tranche_delivered")).isTrue();
        assertThat(tranche.state().copyProgress().get(AIRCRAFT)).isCloseTo(12 * 0.6 * 2.0 / 3, within(1e-9));
        assertThat(tranche.state().copyProgress().get(OLDER_FIGHTERS)).isEqualTo(6.0);
    }

    @Test
    void inTheShippedBaseline_downgradedExportsEveryTurn_neverBringTheSu35sNearerACopy() throws Exception {
        Engine e = new Engine(ScenarioLoader.forInstallation().resolve("baseline").scenario(), Rules.V4);
        double su35AtStart = e.newGame(1).state().copyProgress().get(AIRCRAFT);
        assertThat(su35AtStart).isPositive();
        int olderGrew = 0;
        for (long seed = 1; seed <= 200; seed++) {
            GameState s = e.newGame(seed).state();
            double older = s.copyProgress().get(OLDER_FIGHTERS);
            while (!s.isOver()) {
                s = play(e, s, Variant.ARMS_DOWNGRADED_EXPORT, Variant.ARMS_DOWNGRADED_EXPORT).state();
                assertThat(s.copyProgress().get(AIRCRAFT)).isEqualTo(su35AtStart);
            }
            olderGrew += s.copyProgress().get(OLDER_FIGHTERS) != older ? 1 : 0;
        }
        // ...while the older fighters' progress moved (grew, or fell back to 0 with a copy) in every game
        assertThat(olderGrew).isEqualTo(200);
    }
}
