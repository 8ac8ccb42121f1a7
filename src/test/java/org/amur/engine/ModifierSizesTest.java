package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Modifiers that are a size inside another modifier's rule, never a cause of their own in the log (see
 * {@code EveryModifierMovesTest}), each shown to move what that rule decides.
 */
class ModifierSizesTest {
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    /** The factor A10's confrontation puts on a turn's burden and spoils, both sides drilling together. */
    private static double confrontationFactor(double natoTension, double westernPressure) {
        Engine e = TestScenario.create().with(RUSSIA_NATO_TENSION, natoTension).with(WESTERN_PRESSURE, westernPressure)
                .engine();
        TestScenario.Played p = TestScenario.firstTurn(e, 1, PM, PM);
        List<Event.Applied> factors = p.effects("burden_and_spoils").findFirst().orElseThrow().factors();
        return factors.stream().filter(a -> a.mod() == Mod.A10_CONFRONTATION).findFirst().orElseThrow().size();
    }

    @Test
    void confrontationCap_isTheMostTheBurdenAndSpoilsAreMultipliedBy() {
        Engine e = TestScenario.create().engine();
        double cap = e.size(Mod.A10_CONFRONTATION_CAP);
        double rate = e.size(Mod.A10_CONFRONTATION);
        // 20 + 10 points over 40 and 45: under the cap, the factor follows the points
        assertThat(confrontationFactor(60, 55)).isCloseTo(rate * 30, within(1e-9)).isLessThan(cap);
        // far over: the cap decides, and more confrontation changes nothing
        assertThat(rate * (45 + 45)).isGreaterThan(cap);
        assertThat(confrontationFactor(85, 90)).isEqualTo(cap);
        assertThat(confrontationFactor(95, 90)).isEqualTo(cap);
    }

    /** Moscow's score when the game ends in a US-China war after one turn at {@code level}. */
    private static double moscowScoreAfterUsChinaWar(double level, boolean atWar) {
        Engine e = TestScenario.create().with(ALLIANCE_LEVEL, level).engine();
        GameState s = e.newGame(1).state();
        Turn t = new Turn(e, s.values().copyArray(), new SplitMix64(s.rng()), 0, new Recorder.Quiet(Tally.NONE));
        Scoring.score(t, atWar ? EndReason.WAR_US_CHINA : EndReason.FULL_TERM);
        return t.get(RU_SCORE);
    }

    @Test
    void drawnIntoWar_costsTheTreatyPartnerOfTheSideAtWar() {
        Engine e = TestScenario.create().engine();
        double drawn = e.size(Mod.A12_DRAWN_INTO_WAR);
        assertThat(drawn).isNegative();
        Scenario.OutcomeScores o = e.scenario().outcomeScores();
        double war = o.of(EndReason.WAR_US_CHINA, Side.MOSCOW) - o.of(EndReason.FULL_TERM, Side.MOSCOW);
        // preparations only: the US-China war costs Moscow what the scenario says, nothing more
        assertThat(moscowScoreAfterUsChinaWar(2, true) - moscowScoreAfterUsChinaWar(2, false))
                .isCloseTo(war, within(1e-9));
        // a signed treaty drags Moscow in: the same war costs A12_DRAWN_INTO_WAR more
        assertThat(moscowScoreAfterUsChinaWar(3, true) - moscowScoreAfterUsChinaWar(3, false))
                .isCloseTo(war + drawn, within(1e-9));
    }
}
