package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.firstTurn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules-4 crisis mechanics (crisis talks, limited clashes), each against rules 3 on the same seeds. */
class Rules4CrisesTest {
    private static final Variant TALK = Variant.ALLIANCE_CONSULT;
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    private static Engine engine(TestScenario s, Rules r) {
        return new Engine(s.build(), r);
    }

    private static TestScenario crises(double risk, double tension) {
        return TestScenario.create().with(US_CHINA_WAR_RISK, risk).with(RUSSIA_NATO_TENSION, tension);
    }

    @Test
    void talksInTheSidesOwnCrisis_lowerItsRisk_underRules4Only() {
        TestScenario hot = crises(60, 80);
        for (long seed = 1; seed <= 20; seed++) {
            TestScenario.Played beijingTalks = firstTurn(engine(hot, Rules.V4), seed, PM, TALK);
            assertThat(beijingTalks.changeBy(Mod.A12_CRISIS_TALKS_BEIJING, US_CHINA_WAR_RISK)).isEqualTo(-4.0);
            assertThat(beijingTalks.happened("crisis.talks_nato")).isFalse();
            TestScenario.Played moscowTalks = firstTurn(engine(hot, Rules.V4), seed, TALK, PM);
            assertThat(moscowTalks.changeBy(Mod.A12_CRISIS_TALKS_MOSCOW, RUSSIA_NATO_TENSION)).isEqualTo(-2.0);
            assertThat(moscowTalks.happened("crisis.talks_us_china")).isFalse();
            // rules 3 has no such talks: its games replay as they were
            TestScenario.Played v3 = firstTurn(engine(hot, Rules.V3), seed, TALK, TALK);
            assertThat(v3.happened("crisis.talks_us_china") || v3.happened("crisis.talks_nato")).isFalse();
            // below the level where a crisis can break out, talks are just talks
            TestScenario.Played calm = firstTurn(engine(crises(20, 50), Rules.V4), seed, TALK, TALK);
            assertThat(calm.happened("crisis.talks_us_china") || calm.happened("crisis.talks_nato")).isFalse();
        }
    }

    @Test
    void anEscalationBelowTheRealThreatLevel_isALimitedClash_andAtItTheWar() {
        TestScenario below = crises(90, 50).thresholds(95, 70, 10);
        TestScenario at = crises(90, 50).thresholds(45, 70, 10);
        int warsV3 = 0;
        int clashes = 0;
        int warsAt = 0;
        for (long seed = 1; seed <= 400; seed++) {
            TestScenario.Played v3 = firstTurn(engine(below, Rules.V3), seed, PM, PM);
            TestScenario.Played v4 = firstTurn(engine(below, Rules.V4), seed, PM, PM);
            TestScenario.Played v4at = firstTurn(engine(at, Rules.V4), seed, PM, PM);
            boolean war3 = v3.ending() == EndReason.WAR_US_CHINA;
            warsV3 += war3 ? 1 : 0;
            warsAt += v4at.ending() == EndReason.WAR_US_CHINA ? 1 : 0;
            // the same dice: every rules-3 war is a rules-4 clash below the real-threat level, and the game goes on
            assertThat(v4.happened("crisis.us_china_clash")).as("seed %d", seed).isEqualTo(war3);
            assertThat(v4.ending()).as("seed %d", seed).isNotEqualTo(EndReason.WAR_US_CHINA);
            if (war3) {
                clashes++;
                assertThat(v4.changeBy(Mod.A12_CLASH_COST_BEIJING, CN_ECONOMY)).isEqualTo(-6.0);
            }
        }
        assertThat(clashes).isGreaterThan(30);
        // at or above the real-threat level an escalation is the war, as under rules 3
        assertThat(warsAt).isEqualTo(warsV3);
    }

    @Test
    void aNatoEscalationShortOfTheWarLevel_isALimitedClash() {
        TestScenario below = crises(20, 79);
        int clashes = 0;
        for (long seed = 1; seed <= 400; seed++) {
            TestScenario.Played v3 = firstTurn(engine(below, Rules.V3), seed, PM, PM);
            TestScenario.Played v4 = firstTurn(engine(below, Rules.V4), seed, PM, PM);
            boolean war3 = v3.ending() == EndReason.WAR_RUSSIA_NATO;
            assertThat(v4.happened("crisis.nato_clash")).as("seed %d", seed).isEqualTo(war3);
            assertThat(v4.ending()).isNotEqualTo(EndReason.WAR_RUSSIA_NATO);
            clashes += war3 ? 1 : 0;
        }
        assertThat(clashes).isGreaterThan(5);
    }

    @Test
    void theForecastShowsTheTalks_andTheClash() {
        Engine e = engine(crises(60, 50).thresholds(95, 70, 10), Rules.V4);
        GameState s = e.newGame(1).state();
        Forecast talks = e.forecast(s, Side.BEIJING, TALK);
        assertThat(talks.notes()).anyMatch(n -> n.key().equals("crisis.talks_us_china")
                && n.changes().stream().anyMatch(c -> c.indicator() == US_CHINA_WAR_RISK && c.delta() == -4));
        assertThat(e.forecast(s, Side.BEIJING, PM).notes()).noneMatch(n -> n.key().startsWith("crisis.talks"));
        Forecast.Roll clash = talks.rolls().stream().filter(r -> r.subject().equals("crisis.us_china_clash"))
                .findFirst().orElseThrow();
        assertThat(clash.onSuccess()).anyMatch(c -> c.indicator() == CN_ECONOMY && c.delta() == -6);
        Engine v3 = engine(crises(60, 50).thresholds(95, 70, 10), Rules.V3);
        Forecast old = v3.forecast(s, Side.BEIJING, TALK);
        assertThat(old.notes()).noneMatch(n -> n.key().startsWith("crisis.talks"));
        assertThat(old.rolls()).anyMatch(r -> r.subject().equals("crisis.us_china_escalates"));
    }
    /** A crisis effect valued at a side's objective weights (what it adds to that side's score). */
    private static double valued(Event.Effect fx, Scenario scenario, Side side) {
        double v = 0;
        for (Event.Delta d : fx.deltas()) {
            for (Scenario.Objective o : scenario.objectives(side)) {
                if (o.indicator() == d.indicator()) {
                    v += o.weight() * (d.after() - d.before());
                }
            }
        }
        return v;
    }

    /**
     * Issue 13: under rules 3 a crisis that broke out and did not escalate scored as a gain for the side in it
     * (the risk or tension fell back 10 or 15 points, worth more at the Taiwan Strait's and the Baltic's
     * objective weights than the crisis cost). Under rules 4 ({@link Mod#A12_CRISIS_UNRESOLVED}) it leaves the
     * risk or tension where it stood, so containing it, or backing down, is a net cost. Valued at the shipped
     * scenarios' objectives and A12 weight, on the same seeds under both rules.
     */
    @Test
    void aCrisisContainedOrDefused_isANetCostForTheSideInIt_underRules4() throws Exception {
        Scenario taiwan = org.amur.scenario.ScenarioLoader.forInstallation().resolve("taiwan-strait").scenario();
        Scenario baltic = org.amur.scenario.ScenarioLoader.forInstallation().resolve("baltic-standoff").scenario();
        for (boolean firm : new boolean[] {true, false}) {
            // Beijing's crisis below the real threat (an escalation is a clash, the game goes on); Moscow's below
            // the NATO war level
            TestScenario hot = crises(90, 79).thresholds(95, 70, 10).weight(Asymmetry.A12, 1.25)
                    .objectives(Side.BEIJING, taiwan.objectives(Side.BEIJING).toArray(Scenario.Objective[]::new))
                    .objectives(Side.MOSCOW, baltic.objectives(Side.MOSCOW).toArray(Scenario.Objective[]::new));
            if (!firm) {
                hot = hot.with(ALLIANCE_LEVEL, 1).with(INTEROP_GROUND_AIR, 20).with(INTEROP_NAVAL, 20)
                        .with(INTEROP_AEROSPACE, 20).with(INTEROP_INTERNAL_SECURITY, 20);
            }
            String beijingKey = firm ? "crisis.us_china_contained" : "crisis.us_china_backed_down";
            String moscowKey = firm ? "crisis.nato_contained" : "crisis.nato_backed_down";
            int beijingCrises = 0;
            int moscowCrises = 0;
            for (long seed = 1; seed <= 300; seed++) {
                TestScenario.Played v3 = firstTurn(engine(hot, Rules.V3), seed, PM, PM);
                TestScenario.Played v4 = firstTurn(engine(hot, Rules.V4), seed, PM, PM);
                Event.Effect cn3 = v3.effects(beijingKey).findFirst().orElse(null);
                Event.Effect cn4 = v4.effects(beijingKey).findFirst().orElse(null);
                // (rules 4's other changes may move the dice: compare where both rules had the crisis)
                if (cn3 != null && cn4 != null) {
                    beijingCrises++;
                    assertThat(valued(cn3, taiwan, Side.BEIJING)).as("rules 3, seed %d", seed).isPositive();
                    assertThat(valued(cn4, taiwan, Side.BEIJING)).as("rules 4, seed %d", seed).isNegative();
                    assertThat(cn4.deltas()).noneMatch(d -> d.indicator() == US_CHINA_WAR_RISK);
                    assertThat(cn4.factors()).anyMatch(a -> a.mod() == Mod.A12_CRISIS_UNRESOLVED);
                }
                Event.Effect ru3 = v3.effects(moscowKey).findFirst().orElse(null);
                Event.Effect ru4 = v4.effects(moscowKey).findFirst().orElse(null);
                if (ru3 != null && ru4 != null) {
                    moscowCrises++;
                    assertThat(valued(ru3, baltic, Side.MOSCOW)).as("rules 3, seed %d", seed).isPositive();
                    assertThat(valued(ru4, baltic, Side.MOSCOW)).as("rules 4, seed %d", seed).isNegative();
                    assertThat(ru4.deltas()).noneMatch(d -> d.indicator() == RUSSIA_NATO_TENSION);
                }
            }
            assertThat(beijingCrises).as(beijingKey).isGreaterThan(20);
            assertThat(moscowCrises).as(moscowKey).isGreaterThan(5);
        }
    }
}
