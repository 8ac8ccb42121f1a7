package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.firstTurn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Rules 5 ({@link Mod#A13_RESERVE_REFUSED}): the treaty is kept in reserve for a real possibility of a
 * full-scale US attack on China (Kashin 2018, p.24). When Beijing asks for it at that moment and Moscow
 * does not sign, trust falls by more than an ordinary rebuff ({@link Mod#A13_RESERVE_REFUSED}) and the preparations
 * are shelved (back to consultations, so the reserve is refused once); when the two
 * sign then, it rises by more than an ordinary signature ({@link Mod#A13_RESERVE_HONOURED}). At any other moment,
 * or when Moscow is the one turned down, a rebuff or a signature is what it was under rules 4.
 */
class Rules5ReserveTest {
    private static final Variant SIGN = Variant.ALLIANCE_SIGN;
    private static final Variant CONSULT = Variant.ALLIANCE_CONSULT;
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    private static Engine engine(double warRisk, Rules rules) {
        return new Engine(TestScenario.create().with(US_CHINA_WAR_RISK, warRisk).build(), rules);
    }

    @Test
    void beijingAsksAtTheRealThreat_andMoscowDeclines_trustFallsByTheRefusedReserve() {
        for (long seed = 1; seed <= 30; seed++) {
            for (Variant moscow : new Variant[] {CONSULT, PM}) {
                TestScenario.Played v5 = firstTurn(engine(50, Rules.V5), seed, moscow, SIGN);
                TestScenario.Played v4 = firstTurn(engine(50, Rules.V4), seed, moscow, SIGN);
                assertThat(v5.happened("alliance.treaty_declined")).as("seed %d", seed).isTrue();
                double refused = v5.changeBy(Mod.A13_RESERVE_REFUSED, TRUST);
                // the size times A13's long memory: losses are remembered one and a half times
                assertThat(refused).as("seed %d, Moscow %s", seed, moscow.id())
                        .isCloseTo(Mod.A13_RESERVE_REFUSED.base() * Mod.A13_LONG_MEMORY.base(), within(1e-9))
                        .isNegative();
                assertThat(v4.changeBy(Mod.A13_RESERVE_REFUSED, TRUST)).isZero();
                // the reserve is refused once: the preparations are shelved (level 1), so Beijing cannot ask again
                // until both prepare again; under rules 4 the reserve stays where it was
                assertThat(v5.happened("alliance.reserve_refused")).isTrue();
                assertThat(v5.state().allianceLevel()).isEqualTo(1);
                assertThat(v4.happened("alliance.reserve_refused")).isFalse();
                assertThat(v4.state().allianceLevel()).isEqualTo(2);
                assertThat(engine(50, Rules.V5).legalChoices(v5.state(), Side.BEIJING)).doesNotContain(SIGN);
                assertThat(v5.changeBy(Mod.A13_REBUFF, TRUST)).isEqualTo(v4.changeBy(Mod.A13_REBUFF, TRUST));
            }
        }
    }

    @Test
    void belowTheRealThreat_orWhenMoscowIsTurnedDown_orWhenBothSign_noRefusedReserve() {
        for (long seed = 1; seed <= 30; seed++) {
            assertThat(firstTurn(engine(40, Rules.V5), seed, CONSULT, SIGN).changeBy(Mod.A13_RESERVE_REFUSED, TRUST))
                    .as("below the real-threat level").isZero();
            TestScenario.Played moscowAsks = firstTurn(engine(50, Rules.V5), seed, SIGN, CONSULT);
            assertThat(moscowAsks.happened("alliance.treaty_declined")).isTrue();
            assertThat(moscowAsks.happened("alliance.reserve_refused")).isFalse();
            assertThat(moscowAsks.state().allianceLevel()).isEqualTo(2);
            assertThat(moscowAsks.changeBy(Mod.A13_RESERVE_REFUSED, TRUST)).as("Moscow turned down").isZero();
            TestScenario.Played both = firstTurn(engine(50, Rules.V5), seed, SIGN, SIGN);
            assertThat(both.happened("alliance.signed")).isTrue();
            assertThat(both.changeBy(Mod.A13_RESERVE_REFUSED, TRUST)).isZero();
        }
    }

    @Test
    void signedAtTheRealThreat_theReserveIsHonoured_trustRisesFurther_andOnlyThen() {
        for (long seed = 1; seed <= 30; seed++) {
            TestScenario.Played atThreat = firstTurn(engine(50, Rules.V5), seed, SIGN, SIGN);
            assertThat(atThreat.happened("alliance.signed")).isTrue();
            // the size times A13's slow growth: gains come at six tenths
            assertThat(atThreat.changeBy(Mod.A13_RESERVE_HONOURED, TRUST))
                    .isCloseTo(Mod.A13_RESERVE_HONOURED.base() * Mod.A13_SLOW_TRUST.base(), within(1e-9)).isPositive();
            assertThat(firstTurn(engine(50, Rules.V4), seed, SIGN, SIGN).changeBy(Mod.A13_RESERVE_HONOURED, TRUST))
                    .as("rules 4").isZero();
            assertThat(firstTurn(engine(40, Rules.V5), seed, SIGN, SIGN).changeBy(Mod.A13_RESERVE_HONOURED, TRUST))
                    .as("signed before the threat is real").isZero();
        }
    }

    @Test
    void moscowsPreview_atTheMoment_showsWhatRefusingTheReserveCosts_onEveryChoiceButSigning() {
        Engine e5 = engine(50, Rules.V5);
        GameState s = e5.newGame(3).stateOrThrow();
        for (Variant v : e5.legalChoices(s, Side.MOSCOW)) {
            java.util.Optional<Forecast.Note> note = e5.forecast(s, Side.MOSCOW, v).notes().stream()
                    .filter(n -> n.key().equals(Forecast.RESERVE_REFUSED)).findFirst();
            if (v == SIGN) {
                assertThat(note).as(v.id()).isEmpty();
                continue;
            }
            assertThat(note).as(v.id()).isPresent();
            double trust = note.get().changes().stream().filter(c -> c.indicator() == TRUST)
                    .mapToDouble(Forecast.Change::delta).sum();
            // the ordinary rebuff and the refused reserve, both remembered long
            assertThat(trust).isCloseTo((Mod.A13_REBUFF.base() + Mod.A13_RESERVE_REFUSED.base())
                    * Mod.A13_LONG_MEMORY.base(), within(1e-9));
        }
        for (Engine other : new Engine[] {engine(50, Rules.V4), engine(40, Rules.V5)}) {
            GameState o = other.newGame(3).stateOrThrow();
            assertThat(other.forecast(o, Side.MOSCOW, PM).notes()).noneMatch(n -> n.key().equals(Forecast.RESERVE_REFUSED));
        }
        assertThat(e5.forecast(s, Side.BEIJING, PM).notes()).noneMatch(n -> n.key().equals(Forecast.RESERVE_REFUSED));
    }

    @Test
    void theModifiersAreNewInRules5_andMarkedAsAssumptions() {
        assertThat(Rules.V5.added()).contains(Mod.A13_RESERVE_REFUSED);
        assertThat(Rules.V4.inForce(Mod.A13_RESERVE_REFUSED)).isFalse();
        assertThat(Rules.V5.added()).contains(Mod.A13_RESERVE_HONOURED);
        // the report gives the moment (p.24), not how trust answers: both are marked as assumptions
        assertThat(ModCitations.of(Mod.A13_RESERVE_REFUSED)).isEqualTo(Citation.ASSUMPTION);
        assertThat(ModCitations.of(Mod.A13_RESERVE_HONOURED)).isEqualTo(Citation.ASSUMPTION);
    }
}
