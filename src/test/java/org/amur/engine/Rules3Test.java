package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.firstTurn;
import static org.amur.engine.TestScenario.playTurns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules-3 mechanics, each against rules 2 on the same small scenario and seeds. */
class Rules3Test {
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    private static Engine engine(TestScenario s, Rules r) {
        return new Engine(s.build(), r);
    }

    @Test
    void burdenAndSpoils_growWithTheConfrontationWithTheWest_andDrillsAloneNoLongerRaiseNatoTension() {
        TestScenario calm = TestScenario.create().with(RUSSIA_NATO_TENSION, 40).with(WESTERN_PRESSURE, 45);
        TestScenario tense = TestScenario.create().with(RUSSIA_NATO_TENSION, 75).with(WESTERN_PRESSURE, 70);
        for (long seed = 1; seed <= 20; seed++) {
            TestScenario.Played c = firstTurn(engine(calm, Rules.V3), seed, PM, PM);
            TestScenario.Played t = firstTurn(engine(tense, Rules.V3), seed, PM, PM);
            assertThat(c.changeBy(Mod.A10_BURDEN_FREEDOM, RU_FREEDOM)).isZero();
            assertThat(c.changeBy(Mod.A10_SPOILS_STANDING, CN_STANDING)).isZero();
            assertThat(t.changeBy(Mod.A10_BURDEN_FREEDOM, RU_FREEDOM)).isLessThan(-1.5);
            assertThat(t.changeBy(Mod.A10_SPOILS_STANDING, CN_STANDING)).isGreaterThan(2);
            assertThat(t.changeBy(Mod.A10_BURDEN_TENSION, RUSSIA_NATO_TENSION)).isZero();
            TestScenario.Played v2 = firstTurn(engine(calm, Rules.V2), seed, PM, PM);
            assertThat(v2.changeBy(Mod.A10_BURDEN_TENSION, RUSSIA_NATO_TENSION)).isEqualTo(1.0);
        }
    }

    @Test
    void unsupportedModifiers_neverApplyUnderRules3() {
        List<Mod> removed = Rules.V3.removed();
        for (Variant v : List.of(Variant.EX_MARITIME_SOUTH_CHINA_SEA, Variant.EX_MARITIME_BALTIC)) {
            for (TestScenario.Played p : playTurns(engine(TestScenario.create(), Rules.V3), 3, 4, v, v)) {
                assertThat(p.applied()).noneMatch(a -> removed.contains(a.mod()));
            }
        }
        TestScenario.Played signed = firstTurn(engine(TestScenario.create(), Rules.V3), 1, Variant.ALLIANCE_SIGN,
                Variant.ALLIANCE_SIGN);
        assertThat(signed.happened("alliance.signed")).isTrue();
        assertThat(signed.changeBy(Mod.A2_ALLY_ON_BORDER, RU_FAR_EAST_SECURITY)).isZero();
    }

    @Test
    void leverage_fallsWhenMoscowKeepsItsDistanceUnderRules3_andNeverUnderRules2() {
        TestScenario s = TestScenario.create().with(RU_ECONOMY, 60).with(WESTERN_PRESSURE, 50);
        for (long seed = 1; seed <= 10; seed++) {
            List<TestScenario.Played> v3 = playTurns(engine(s, Rules.V3), seed, 5, PM, PM);
            List<TestScenario.Played> v2 = playTurns(engine(s, Rules.V2), seed, 5, PM, PM);
            assertThat(v3.get(4).get(CN_LEVERAGE)).as("seed %d", seed).isLessThan(50);
            assertThat(v2.get(4).get(CN_LEVERAGE)).as("seed %d", seed).isGreaterThan(50);
        }
        // selling arms keeps Beijing's leverage rising even under rules 3
        List<TestScenario.Played> selling = playTurns(engine(s, Rules.V3), 1, 5, Variant.ARMS_ENGINES_HELICOPTERS,
                Variant.ARMS_ENGINES_HELICOPTERS);
        assertThat(selling.get(4).get(CN_LEVERAGE)).isGreaterThan(50);
    }

    @Test
    void interoperability_changesExerciseAndTreatyOdds_inTheForecastToo() {
        TestScenario low = TestScenario.create().with(INTEROP_GROUND_AIR, 20).with(INTEROP_NAVAL, 20)
                .with(INTEROP_AEROSPACE, 20).with(INTEROP_INTERNAL_SECURITY, 20);
        TestScenario high = TestScenario.create().with(INTEROP_GROUND_AIR, 60).with(INTEROP_NAVAL, 60)
                .with(INTEROP_AEROSPACE, 60).with(INTEROP_INTERNAL_SECURITY, 60);
        Event.Roll lo = firstTurn(engine(low, Rules.V3), 1, PM, PM).rolls(RollKind.EXERCISE_SUCCESS).findFirst()
                .orElseThrow();
        Event.Roll hi = firstTurn(engine(high, Rules.V3), 1, PM, PM).rolls(RollKind.EXERCISE_SUCCESS).findFirst()
                .orElseThrow();
        assertThat(lo.modifiers()).contains(new Event.Applied(Mod.A13_INTEROP_ODDS, 0.4 * (20 - 30)));
        assertThat(hi.modifiers()).contains(new Event.Applied(Mod.A13_INTEROP_ODDS, 0.4 * (60 - 30)));
        assertThat(hi.odds()).isGreaterThan(lo.odds() + 10);
        Engine e = engine(high, Rules.V3);
        GameState s = ((Step.Accepted) e.newGame(1)).state();
        Forecast f = e.forecast(s, Side.BEIJING, Variant.ALLIANCE_INVOKE);
        assertThat(f.rolls().get(0).terms()).anyMatch(t -> t.mod() == Mod.A13_INTEROP_ODDS && t.points() > 0);
        Forecast f2 = engine(high, Rules.V2).forecast(s, Side.BEIJING, Variant.ALLIANCE_INVOKE);
        assertThat(f2.rolls().get(0).terms()).noneMatch(t -> t.mod() == Mod.A13_INTEROP_ODDS);
    }

    @Test
    void integrationCeiling_boundsOverallInteroperabilityUnderRules3AndMovesWithTrust() {
        // Overall interoperability (the mean of the domains) at the ceiling (55 at trust 60): no domain
        // gains, even the one far below it, because neither side divides labour with the other (p.22).
        TestScenario atCeiling = TestScenario.create().with(INTEROP_GROUND_AIR, 40).with(INTEROP_NAVAL, 70)
                .with(INTEROP_AEROSPACE, 55).with(INTEROP_INTERNAL_SECURITY, 55).with(TRUST, 60);
        double v3 = firstTurn(engine(atCeiling, Rules.V3), 1, PM, PM).get(INTEROP_GROUND_AIR);
        double v2 = firstTurn(engine(atCeiling, Rules.V2), 1, PM, PM).get(INTEROP_GROUND_AIR);
        assertThat(v3).isEqualTo(40);
        assertThat(v2).as("rules 2 caps each domain on its own, at 90").isGreaterThan(42);
        // The same domain at 60, with the others low: overall far below the ceiling, so it still gains.
        TestScenario deepInOneDomain = TestScenario.create().with(INTEROP_GROUND_AIR, 60).with(INTEROP_NAVAL, 20)
                .with(INTEROP_AEROSPACE, 20).with(INTEROP_INTERNAL_SECURITY, 20).with(TRUST, 60);
        assertThat(firstTurn(engine(deepInOneDomain, Rules.V3), 1, PM, PM).get(INTEROP_GROUND_AIR))
                .isGreaterThan(61);
        // More trust lifts the ceiling (a third of a point per point): the same depth gains again.
        double trusting = firstTurn(engine(atCeiling.with(TRUST, 90), Rules.V3), 1, PM, PM).get(INTEROP_GROUND_AIR);
        assertThat(trusting).isGreaterThan(40);
    }

    @Test
    void deniedSystemsOfferedUnasked_costWithTheWestAndInTrust_andTheForecastSaysSo() {
        TestScenario s = TestScenario.create();
        TestScenario.Played p = firstTurn(engine(s, Rules.V3), 1, Variant.ARMS_DENIED_SYSTEMS, Variant.ARMS_S400);
        assertThat(p.happened("arms.denied_unasked")).isTrue();
        assertThat(p.changeBy(Mod.A7_DENIED_OFFER_ALARMS_WEST, WESTERN_PRESSURE)).isEqualTo(3.0);
        assertThat(p.changeBy(Mod.A13_UNASKED_OFFER, TRUST)).isCloseTo(-3.0, within(1e-9));
        TestScenario.Played asked = firstTurn(engine(s, Rules.V3), 1, Variant.ARMS_DENIED_SYSTEMS,
                Variant.ARMS_DENIED_SYSTEMS);
        assertThat(asked.happened("arms.denied_unasked")).isFalse();
        assertThat(firstTurn(engine(s, Rules.V2), 1, Variant.ARMS_DENIED_SYSTEMS, Variant.ARMS_S400)
                .happened("arms.denied_unasked")).isFalse();
        Engine e = engine(s, Rules.V3);
        Forecast f = e.forecast(((Step.Accepted) e.newGame(1)).state(), Side.MOSCOW, Variant.ARMS_DENIED_SYSTEMS);
        assertThat(f.notes()).anyMatch(n -> n.key().equals("arms.denied_unasked") && n.changes().size() == 2);
    }

    private static TestScenario interop(double domains, int level) {
        return TestScenario.create().with(US_CHINA_WAR_RISK, 90).with(ALLIANCE_LEVEL, level)
                .with(INTEROP_GROUND_AIR, domains).with(INTEROP_NAVAL, domains).with(INTEROP_AEROSPACE, domains)
                .with(INTEROP_INTERNAL_SECURITY, domains);
    }

    @Test
    void crises_arePartialUnderRules3_warFollowsFromInteroperability_andRules2StaysAllOrNothing() {
        Variant talk = Variant.ALLIANCE_CONSULT;
        int crisesV2 = 0;
        int warsV2 = 0;
        int warsLow = 0;
        int warsHigh = 0;
        int contained = 0;
        int backedDown = 0;
        for (long seed = 1; seed <= 600; seed++) {
            TestScenario.Played v2 = firstTurn(engine(interop(60, 2), Rules.V2), seed, talk, talk);
            boolean crisis = v2.rolls(RollKind.US_CHINA_WAR).anyMatch(Event.Roll::success);
            crisesV2 += crisis ? 1 : 0;
            warsV2 += v2.ending() == EndReason.WAR_US_CHINA ? 1 : 0;
            assertThat(v2.rolls(RollKind.US_CHINA_ESCALATION)).isEmpty();
            TestScenario.Played high = firstTurn(engine(interop(60, 2), Rules.V3), seed, talk, talk);
            TestScenario.Played low = firstTurn(engine(interop(10, 1), Rules.V3), seed, talk, talk);
            warsHigh += high.ending() == EndReason.WAR_US_CHINA ? 1 : 0;
            warsLow += low.ending() == EndReason.WAR_US_CHINA ? 1 : 0;
            contained += high.happened("crisis.us_china_contained") ? 1 : 0;
            backedDown += low.happened("crisis.us_china_backed_down") ? 1 : 0;
            assertThat(high.happened("crisis.us_china_backed_down")).isFalse();
            assertThat(low.happened("crisis.us_china_contained")).isFalse();
            if (high.happened("crisis.us_china_contained")) {
                assertThat(high.changeBy(Mod.A12_CRISIS_COST_BEIJING, CN_ECONOMY)).isEqualTo(-3.0);
                assertThat(high.ending()).isNull();
            }
            if (low.happened("crisis.us_china_backed_down")) {
                assertThat(low.changeBy(Mod.A12_CRISIS_BACKDOWN_BEIJING, CN_STANDING)).isEqualTo(-4.0);
            }
        }
        // under rules 2 every crisis that breaks out is the war
        assertThat(warsV2).isEqualTo(crisesV2).isGreaterThan(150);
        // under rules 3 some are contained or defused, and interoperability deters escalation
        assertThat(contained).isGreaterThan(100);
        assertThat(backedDown).isGreaterThan(50);
        assertThat(warsHigh).isLessThan(warsV2 / 2);
        assertThat(warsLow).isGreaterThan(warsHigh + 30);
    }

    @Test
    void crises_showInTheForecastUnderRules3_withInteroperabilitysTerm() {
        Engine e = engine(interop(60, 2), Rules.V3);
        GameState s = e.newGame(1).state();
        Forecast f = e.forecast(s, Side.MOSCOW, Variant.EX_PEACE_MISSION);
        Forecast.Roll breaks = f.rolls().stream().filter(r -> r.subject().equals("crisis.us_china")).findFirst()
                .orElseThrow();
        assertThat(breaks.odds()).isEqualTo(Math.round(0.6 * (90 - 35)));
        Forecast.Roll escalates = f.rolls().stream().filter(r -> r.subject().equals("crisis.us_china_escalates"))
                .findFirst().orElseThrow();
        assertThat(escalates.terms()).anyMatch(t -> t.mod() == Mod.A13_INTEROP_DETERS && t.points() == -15);
        assertThat(escalates.odds()).isEqualTo(30);
        assertThat(escalates.onFailure()).anyMatch(c -> c.indicator() == CN_ECONOMY && c.delta() == -3);
        Engine v2 = engine(interop(60, 2), Rules.V2);
        assertThat(v2.forecast(s, Side.MOSCOW, Variant.EX_PEACE_MISSION).rolls())
                .noneMatch(r -> r.subject().startsWith("crisis."));
    }

    @Test
    void chineseOrdersWeighHeavilyInThe1990s_andLightlyOnceHomeProcurementResumed_underRules3Only() {
        Variant sale = Variant.ARMS_ENGINES_HELICOPTERS;
        for (long seed = 1; seed <= 10; seed++) {
            TestScenario.Played old3 = firstTurn(engine(TestScenario.create().startYear(1991), Rules.V3), seed, sale, sale);
            TestScenario.Played new3 = firstTurn(engine(TestScenario.create().startYear(2018), Rules.V3), seed, sale, sale);
            TestScenario.Played new2 = firstTurn(engine(TestScenario.create().startYear(2018), Rules.V2), seed, sale, sale);
            double heavy = old3.changeBy(Mod.A5_ORDERS_SUSTAIN, RU_DEFENSE_INDUSTRY);
            if (heavy == 0) {
                continue; // not delivered on this seed
            }
            assertThat(heavy).isCloseTo(3 * 0.8, within(1e-9));
            assertThat(new3.changeBy(Mod.A5_ORDERS_SUSTAIN, RU_DEFENSE_INDUSTRY)).isCloseTo(0.4 * 3 * 0.8, within(1e-9));
            assertThat(new2.changeBy(Mod.A5_ORDERS_SUSTAIN, RU_DEFENSE_INDUSTRY)).isCloseTo(3 * 0.8, within(1e-9));
        }
    }
}
