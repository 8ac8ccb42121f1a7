package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.firstTurn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules 4 ({@link Mod#A3_CREDIT_ON_TERMS}): Chinese credit at a critical moment for the Russian economy is a
 * bargain, not a roll. China was Russia's main lender in 2014-2015 and helps at critical moments; Moscow is
 * reluctant to take loans that would limit its future choices (Kashin 2018, p.25).
 */
class Rules4CreditTest {
    private static final Variant SELL = Variant.ARMS_ENGINES_HELICOPTERS;
    private static final Variant BUY = Variant.ARMS_ENGINES_HELICOPTERS;
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    private static TestScenario critical() {
        return TestScenario.create().with(RU_ECONOMY, 20);
    }

    @Test
    void atACriticalMoment_creditComesWhenTheTwoDoBusiness_andBindsMoscowsFreedom_withoutARoll() {
        for (long seed = 1; seed <= 40; seed++) {
            TestScenario.Played trade = firstTurn(new Engine(critical().build(), Rules.V4), seed, SELL, BUY);
            assertThat(trade.happened("world.chinese_credit_terms")).as("seed %d", seed).isTrue();
            assertThat(trade.changeBy(Mod.A3_CREDIT_RESCUE, RU_ECONOMY)).isEqualTo(4.0);
            assertThat(trade.changeBy(Mod.A3_CREDIT_LEVERAGE, CN_LEVERAGE)).isEqualTo(5.0);
            assertThat(trade.changeBy(Mod.A3_CREDIT_ON_TERMS, RU_FREEDOM)).isEqualTo(-3.0);
            assertThat(TestScenario.rolls(trade.events(), RollKind.CHINESE_CREDIT)).isEmpty();

            // a Moscow that keeps its distance this year refuses the loans, and a Beijing that does no business
            // with Russia does not offer them: no rescue, no leverage from them
            for (TestScenario.Played distance : new TestScenario.Played[] {
                    firstTurn(new Engine(critical().build(), Rules.V4), seed, PM, BUY),
                    firstTurn(new Engine(critical().build(), Rules.V4), seed, SELL, PM)}) {
                assertThat(distance.happened("world.chinese_credit_terms")).isFalse();
                assertThat(distance.happened("world.chinese_credit")).isFalse();
                assertThat(distance.changeBy(Mod.A3_CREDIT_RESCUE, RU_ECONOMY)).isZero();
                assertThat(TestScenario.rolls(distance.events(), RollKind.CHINESE_CREDIT)).isEmpty();
            }
        }
    }

    @Test
    void underRules3_theCreditIsStillTheRoll_andAboveTheCriticalLevelNothingHappens() {
        int successes = 0;
        for (long seed = 1; seed <= 200; seed++) {
            TestScenario.Played v3 = firstTurn(new Engine(critical().build(), Rules.V3), seed, PM, PM);
            assertThat(TestScenario.rolls(v3.events(), RollKind.CHINESE_CREDIT)).hasSize(1);
            assertThat(v3.happened("world.chinese_credit_terms")).isFalse();
            successes += v3.happened("world.chinese_credit") ? 1 : 0;

            TestScenario.Played healthy = firstTurn(new Engine(TestScenario.create().with(RU_ECONOMY, 50).build(),
                    Rules.V4), seed, SELL, BUY);
            assertThat(healthy.happened("world.chinese_credit_terms")).isFalse();
        }
        // the rules-3 roll is a die: it succeeds in some games and fails in others on the same choices
        assertThat(successes).isBetween(20, 180);
    }
}
