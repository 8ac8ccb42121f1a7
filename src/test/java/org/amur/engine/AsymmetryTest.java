package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.firstTurn;
import static org.amur.engine.TestScenario.off;
import static org.amur.engine.TestScenario.play;
import static org.amur.engine.TestScenario.playTurns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.amur.engine.TestScenario.Played;
import org.amur.engine.TestScenario.Sample;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One focused test (or a few) per asymmetry A1..A13 of the model brief: each shows that the asymmetry's
 * modifiers move the outcome in the direction Kashin (2018) describes, and that the turn's events name
 * the modifier so that a player can see it applied.
 *
 * <p>Technique: the same seeded situation is played with the asymmetry at its model weight and switched
 * off ({@code new Engine(scenario, Map.of(A, 0.0))}), or two choices are compared. Where the outcome
 * depends on rolls, many seeds are played and means are compared with a margin of several standard
 * errors. Where an asymmetry does not touch any odds, the same seed draws the same dice with the
 * asymmetry on and off, so the comparison is paired seed by seed.
 */
class AsymmetryTest {

    private static final Variant CONSULT = Variant.ALLIANCE_CONSULT;
    private static final Variant PREPARE = Variant.ALLIANCE_PREPARE;
    private static final Variant SIGN = Variant.ALLIANCE_SIGN;
    private static final Variant INVOKE = Variant.ALLIANCE_INVOKE;
    private static final Variant PEACE = Variant.EX_PEACE_MISSION;
    private static final Variant MARITIME_HOME = Variant.EX_MARITIME_HOME;
    private static final double EPS = 1e-9;
    /** A start before home procurement resumed (2010-2011), when Chinese orders weigh in full (A5, p.9). */
    private static final int A5_ERA = 2005;

    // ------------------------------------------------------------------ helpers

    /**
     * The test scenario under rules 2, for a mechanic that rules 3 replaces or drops; rules 2 games keep
     * replaying under it, and {@link Rules3Test} tests what replaces it.
     */
    private static TestScenario rules2() {
        return TestScenario.create().rules(Rules.V2);
    }

    /** The test scenario starting before home procurement resumed, so A5 weighs in full under any rules. */
    private static TestScenario a5Era() {
        return TestScenario.create().startYear(A5_ERA);
    }

    /** Change of {@code i} over the first turn of a game from {@code seed} with the given choices. */
    private static double change(Engine e, long seed, Variant moscow, Variant beijing, Indicator i) {
        GameState s = e.newGame(seed).state();
        return play(e, s, moscow, beijing).get(i) - s.get(i);
    }

    /** Mean over seeds 1..n of the first-turn change of {@code i}. */
    private static Sample firstTurnChange(Engine e, int n, Variant moscow, Variant beijing, Indicator i) {
        return Sample.over(n, seed -> change(e, seed, moscow, beijing, i));
    }

    /** Fraction of seeds 1..n for which the predicate holds on the first turn. */
    private static double share(int n, LongFunction<Boolean> f) {
        int hits = 0;
        for (long seed = 1; seed <= n; seed++) {
            if (f.apply(seed)) {
                hits++;
            }
        }
        return hits / (double) n;
    }

    /** The turn's events record a change of {@code i} caused by {@code m} with the given sign. */
    private static void assertShows(Played p, Mod m, Indicator i, int sign) {
        assertThat(p.effects().flatMap(e -> e.deltas().stream())
                .filter(d -> d.cause() == m && d.indicator() == i)
                .map(Event.Delta::change).collect(Collectors.toList()))
                .as("change of %s caused by %s (%s) in %s", i.id(), m, m.asymmetry(), p.events())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(Math.signum(c)).isEqualTo((double) sign));
    }

    /** Some roll of {@code kind} this turn lists {@code m} among its modifiers with the given size. */
    private static void assertRollModifier(Played p, RollKind kind, Mod m, double size) {
        assertThat(p.rolls(kind).flatMap(r -> r.modifiers().stream()).filter(a -> a.mod() == m).toList())
                .as("%s modifier on the %s roll", m, kind)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.size()).isCloseTo(size, within(1e-6)));
    }

    /** The turn used no dice at all, so one seed is as good as any. */
    private static void assertNoRolls(Played p) {
        assertThat(p.events()).noneMatch(Event.Roll.class::isInstance);
    }

    private static int oddsOf(Played p, RollKind kind) {
        List<Event.Roll> rolls = p.rolls(kind).toList();
        assertThat(rolls).as("a %s roll", kind).hasSize(1);
        return rolls.get(0).odds();
    }

    // ================================================================== A1 Nuclear

    @Nested
    @DisplayName("A1 Nuclear")
    class A1Nuclear {

        @Test
        void alliance_signedUnderRealThreat_lowersUsChinaWarRiskFarMoreThanWithoutThreat() {
            Scenario threat = TestScenario.create().with(US_CHINA_WAR_RISK, 50).build(); // >= real threat 45
            Scenario calm = TestScenario.create().with(US_CHINA_WAR_RISK, 30).build();
            double threatCut = firstTurn(new Engine(threat, off(Asymmetry.A1)), 1, SIGN, SIGN).get(US_CHINA_WAR_RISK)
                    - firstTurn(new Engine(threat), 1, SIGN, SIGN).get(US_CHINA_WAR_RISK);
            double calmCut = firstTurn(new Engine(calm, off(Asymmetry.A1)), 1, SIGN, SIGN).get(US_CHINA_WAR_RISK)
                    - firstTurn(new Engine(calm), 1, SIGN, SIGN).get(US_CHINA_WAR_RISK);

            assertThat(calmCut).as("a treaty without a real threat still trims war risk a little").isPositive();
            assertThat(threatCut).as("Russia's deterrent in play").isGreaterThan(10).isGreaterThan(5 * calmCut);

            Played signedUnderThreat = firstTurn(new Engine(threat), 1, SIGN, SIGN);
            assertNoRolls(signedUnderThreat);
            assertShows(signedUnderThreat, Mod.A1_TREATY_DETERRENT, US_CHINA_WAR_RISK, -1);
            assertShows(firstTurn(new Engine(calm), 1, SIGN, SIGN), Mod.A1_TREATY_WITHOUT_THREAT, US_CHINA_WAR_RISK, -1);
        }

        @Test
        void signedTreaty_halvesTheOddsOfUsChinaWar() {
            // rules 2: a war roll that succeeds is the war; under rules 3 it opens a crisis first
            // (Rules3Test.crises_*).
            TestScenario s = rules2().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60);
            Engine on = s.engine();
            Engine noA1 = s.engine(off(Asymmetry.A1));

            Played p = firstTurn(on, 1, CONSULT, CONSULT);
            assertRollModifier(p, RollKind.US_CHINA_WAR, Mod.A1_WAR_ODDS_UNDER_TREATY, 0.5);
            int oddsOn = oddsOf(p, RollKind.US_CHINA_WAR);
            int oddsOff = oddsOf(firstTurn(noA1, 1, CONSULT, CONSULT), RollKind.US_CHINA_WAR);
            assertThat((double) oddsOn).isCloseTo(oddsOff / 2.0, within(1.0));

            int n = 2000;
            double warOn = share(n, seed -> firstTurn(on, seed, CONSULT, CONSULT).ending() == EndReason.WAR_US_CHINA);
            double warOff = share(n, seed -> firstTurn(noA1, seed, CONSULT, CONSULT).ending() == EndReason.WAR_US_CHINA);
            assertThat(warOff).isGreaterThan(0.10);
            assertThat(warOn / warOff).as("war frequency with / without the treaty factor (%s vs %s)", warOn, warOff)
                    .isBetween(0.35, 0.65);
        }

        @Test
        void signedTreaty_barelyShieldsRussiaFromNatoWar_becauseChinaCannotBeItsSecurityProvider() {
            // Both crises at once, each side's war roll read from the events.
            TestScenario natoCrisis = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(RUSSIA_NATO_TENSION, 90);
            TestScenario pacificCrisis = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60);

            Played nato = firstTurn(natoCrisis.engine(), 1, CONSULT, CONSULT);
            assertRollModifier(nato, RollKind.RUSSIA_NATO_WAR, Mod.A1_NO_CHINESE_UMBRELLA, 0.95);
            double natoRatio = oddsOf(nato, RollKind.RUSSIA_NATO_WAR)
                    / (double) oddsOf(firstTurn(natoCrisis.engine(off(Asymmetry.A1)), 1, CONSULT, CONSULT),
                    RollKind.RUSSIA_NATO_WAR);
            double pacificRatio = oddsOf(firstTurn(pacificCrisis.engine(), 1, CONSULT, CONSULT), RollKind.US_CHINA_WAR)
                    / (double) oddsOf(firstTurn(pacificCrisis.engine(off(Asymmetry.A1)), 1, CONSULT, CONSULT),
                    RollKind.US_CHINA_WAR);

            assertThat(natoRatio).as("NATO war odds with/without A1").isLessThan(1.0).isGreaterThan(0.85);
            assertThat(pacificRatio).as("US-China war odds with/without A1").isLessThan(0.6);
        }

        @Test
        void invokedTreaty_cutsUsChinaWarOddsFurtherThanASignedOne() {
            TestScenario signed = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60);
            TestScenario invoked = TestScenario.create().with(ALLIANCE_LEVEL, 4).with(US_CHINA_WAR_RISK, 60);
            Played p = firstTurn(invoked.engine(), 1, CONSULT, CONSULT);
            assertRollModifier(p, RollKind.US_CHINA_WAR, Mod.A1_WAR_ODDS_INVOKED, 0.7);
            int oddsInvoked = oddsOf(p, RollKind.US_CHINA_WAR);
            int oddsSigned = oddsOf(firstTurn(signed.engine(), 1, CONSULT, CONSULT), RollKind.US_CHINA_WAR);
            assertThat(oddsInvoked).isLessThan(oddsSigned);
            // Without A1 the rung of the ladder makes no difference to the odds.
            assertThat(oddsOf(firstTurn(invoked.engine(off(Asymmetry.A1)), 1, CONSULT, CONSULT), RollKind.US_CHINA_WAR))
                    .isEqualTo(oddsOf(firstTurn(signed.engine(off(Asymmetry.A1)), 1, CONSULT, CONSULT),
                            RollKind.US_CHINA_WAR));
        }

        @Test
        void treatyInvokedByBeijing_andHonoured_detersUsChinaWar() {
            // Both sides in crisis, both invoke: honoured without a roll.
            TestScenario s = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60)
                    .with(RUSSIA_NATO_TENSION, 75);
            Played on = firstTurn(s.engine(), 1, INVOKE, INVOKE);
            Played noA1 = firstTurn(s.engine(off(Asymmetry.A1)), 1, INVOKE, INVOKE);

            assertThat(on.happened("alliance.invoked")).isTrue();
            assertThat(on.get(ALLIANCE_LEVEL)).isEqualTo(4);
            assertThat(noA1.get(US_CHINA_WAR_RISK) - on.get(US_CHINA_WAR_RISK)).isGreaterThan(10);
            assertShows(on, Mod.A1_INVOCATION_DETERS, US_CHINA_WAR_RISK, -1);
        }
    }

    // ================================================================== A2 Border balance

    @Nested
    @DisplayName("A2 Conventional balance on the border")
    class A2BorderBalance {

        @Test
        void armsTransfer_deniedSystem_lowersFarEastSecurity() {
            // a yearly deal (rules 2); from rules 3 on this system is a contract, whose tranches ContractsTest covers
            Engine e = rules2().engine();
            int n = 500;
            Sample denied = firstTurnChange(e, n, Variant.ARMS_DENIED_SYSTEMS, Variant.ARMS_DENIED_SYSTEMS,
                    RU_FAR_EAST_SECURITY);
            Sample downgraded = firstTurnChange(e, n, Variant.ARMS_DOWNGRADED_EXPORT, Variant.ARMS_DOWNGRADED_EXPORT,
                    RU_FAR_EAST_SECURITY);

            assertThat(denied.mean()).as("denied %s vs downgraded %s", denied, downgraded)
                    .isLessThan(-5)
                    .isLessThan(downgraded.mean() - 5 - 5 * denied.standardErrorOfDifference(downgraded));

            Played delivered = firstTurn(e, firstSeedWith(e, Variant.ARMS_DENIED_SYSTEMS, "arms.delivered"),
                    Variant.ARMS_DENIED_SYSTEMS, Variant.ARMS_DENIED_SYSTEMS);
            assertShows(delivered, Mod.A2_BORDER_SHIFT, RU_FAR_EAST_SECURITY, -1);
        }

        @Test
        void armsTransfer_borderShift_vanishesWhenA2IsSwitchedOff() {
            Engine noA2 = TestScenario.create().engine(off(Asymmetry.A2));
            Sample denied = firstTurnChange(noA2, 200, Variant.ARMS_DENIED_SYSTEMS, Variant.ARMS_DENIED_SYSTEMS,
                    RU_FAR_EAST_SECURITY);
            assertThat(denied.mean()).isCloseTo(0, within(EPS));
        }

        @Test
        void alliance_signed_raisesFarEastSecurity() {
            // rules 2: rules 3 drops A2_ALLY_ON_BORDER, which the report does not support.
            TestScenario s = rules2();
            Played signed = firstTurn(s.engine(), 1, SIGN, SIGN);
            Played kept = firstTurn(s.engine(), 1, PREPARE, PREPARE);
            assertNoRolls(signed);
            assertNoRolls(kept);

            assertThat(signed.get(RU_FAR_EAST_SECURITY) - kept.get(RU_FAR_EAST_SECURITY))
                    .as("a sworn ally on the border").isGreaterThan(5);
            assertShows(signed, Mod.A2_ALLY_ON_BORDER, RU_FAR_EAST_SECURITY, +1);

            double withoutA2 = firstTurn(s.engine(off(Asymmetry.A2)), 1, SIGN, SIGN).get(RU_FAR_EAST_SECURITY)
                    - firstTurn(s.engine(off(Asymmetry.A2)), 1, PREPARE, PREPARE).get(RU_FAR_EAST_SECURITY);
            assertThat(withoutA2).isCloseTo(0, within(EPS));
        }

        @Test
        void plaOutgrowingFarEastGarrisons_erodesFarEastSecurityEachTurn() {
            double strongPla = firstTurn(TestScenario.create().with(CN_PLA_MODERNIZATION, 80).engine(), 1,
                    CONSULT, CONSULT).get(RU_FAR_EAST_SECURITY);
            double modestPla = firstTurn(TestScenario.create().with(CN_PLA_MODERNIZATION, 60).engine(), 1,
                    CONSULT, CONSULT).get(RU_FAR_EAST_SECURITY);
            assertThat(strongPla).isLessThan(modestPla - 0.5);
            assertShows(firstTurn(TestScenario.create().with(CN_PLA_MODERNIZATION, 80).engine(), 1, CONSULT, CONSULT),
                    Mod.A2_PLA_OUTGROWS_GARRISONS, RU_FAR_EAST_SECURITY, -1);

            double strongNoA2 = firstTurn(TestScenario.create().with(CN_PLA_MODERNIZATION, 80)
                    .engine(off(Asymmetry.A2)), 1, CONSULT, CONSULT).get(RU_FAR_EAST_SECURITY);
            double modestNoA2 = firstTurn(TestScenario.create().with(CN_PLA_MODERNIZATION, 60)
                    .engine(off(Asymmetry.A2)), 1, CONSULT, CONSULT).get(RU_FAR_EAST_SECURITY);
            assertThat(strongNoA2).isCloseTo(modestNoA2, within(EPS));
        }

        @Test
        void highTrust_friendlyBorder_raisesFarEastSecurity() {
            Played trusting = firstTurn(TestScenario.create().with(TRUST, 80).engine(), 1, CONSULT, CONSULT);
            Played wary = firstTurn(TestScenario.create().with(TRUST, 50).engine(), 1, CONSULT, CONSULT);
            assertThat(trusting.get(RU_FAR_EAST_SECURITY)).isGreaterThan(wary.get(RU_FAR_EAST_SECURITY) + 2);
            assertShows(trusting, Mod.A2_FRIENDLY_BORDER, RU_FAR_EAST_SECURITY, +1);

            double trustingNoA2 = firstTurn(TestScenario.create().with(TRUST, 80).engine(off(Asymmetry.A2)), 1,
                    CONSULT, CONSULT).get(RU_FAR_EAST_SECURITY);
            double waryNoA2 = firstTurn(TestScenario.create().with(TRUST, 50).engine(off(Asymmetry.A2)), 1,
                    CONSULT, CONSULT).get(RU_FAR_EAST_SECURITY);
            assertThat(trustingNoA2).isCloseTo(waryNoA2, within(EPS));
        }
    }

    // ================================================================== A3 Economic interdependence

    @Nested
    @DisplayName("A3 Economic interdependence in China's favour")
    class A3EconomicInterdependence {

        @Test
        void westernPressure_dragsTheRussianEconomy() {
            // rules 2: under rules 3 pressure above 45 also sizes the burden (A10_CONFRONTATION), so switching A3 off
            // leaves a gap.
            double sanctioned = change(rules2().with(WESTERN_PRESSURE, 80).engine(), 1, CONSULT, CONSULT,
                    RU_ECONOMY);
            double normal = change(rules2().with(WESTERN_PRESSURE, 50).engine(), 1, CONSULT, CONSULT,
                    RU_ECONOMY);
            assertThat(sanctioned).isLessThan(normal - 1);
            assertShows(firstTurn(rules2().with(WESTERN_PRESSURE, 80).engine(), 1, CONSULT, CONSULT),
                    Mod.A3_SANCTIONS_DRAG, RU_ECONOMY, -1);

            double sanctionedNoA3 = change(rules2().with(WESTERN_PRESSURE, 80).engine(off(Asymmetry.A3)),
                    1, CONSULT, CONSULT, RU_ECONOMY);
            double normalNoA3 = change(rules2().with(WESTERN_PRESSURE, 50).engine(off(Asymmetry.A3)),
                    1, CONSULT, CONSULT, RU_ECONOMY);
            assertThat(sanctionedNoA3).isCloseTo(normalNoA3, within(EPS));
        }

        @Test
        void reverseFlow_underSanctions_isWorthMoreToRussianIndustry() {
            Variant chips = Variant.REV_SPACE_ELECTRONICS;
            TestScenario sanctions = TestScenario.create().with(WESTERN_PRESSURE, 70);
            TestScenario normal = TestScenario.create().with(WESTERN_PRESSURE, 50);

            Played underSanctions = firstTurn(sanctions.engine(), 1, chips, chips);
            assertNoRolls(underSanctions);
            double gainSanctions = change(sanctions.engine(), 1, chips, chips, RU_DEFENSE_INDUSTRY);
            double gainNormal = change(normal.engine(), 1, chips, chips, RU_DEFENSE_INDUSTRY);
            assertThat(gainSanctions).isGreaterThan(gainNormal + 1);
            assertThat(underSanctions.effects("arms.reverse_delivered").flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A3_SANCTIONS_DEMAND);
                        assertThat(a.size()).isGreaterThan(1);
                    });

            assertThat(change(sanctions.engine(off(Asymmetry.A3)), 1, chips, chips, RU_DEFENSE_INDUSTRY))
                    .isCloseTo(change(normal.engine(off(Asymmetry.A3)), 1, chips, chips, RU_DEFENSE_INDUSTRY),
                            within(EPS));
        }

        @Test
        void chinasLeverageOverRussia_growsEveryTurn() {
            // rules 2: under rules 3 leverage falls in a year Moscow keeps its distance on arms (Rules3Test).
            List<Played> on = playTurns(rules2().engine(), 1, 6, CONSULT, CONSULT);
            List<Played> noA3 = playTurns(rules2().engine(off(Asymmetry.A3)), 1, 6, CONSULT, CONSULT);
            double previous = 50;
            for (Played p : on) {
                assertThat(p.get(CN_LEVERAGE)).isGreaterThan(previous);
                assertShows(p, Mod.A3_TRADE_TILT, CN_LEVERAGE, +1);
                previous = p.get(CN_LEVERAGE);
            }
            assertThat(on.get(5).get(CN_LEVERAGE)).isGreaterThan(noA3.get(5).get(CN_LEVERAGE) + 5);
            assertThat(noA3.get(5).get(CN_LEVERAGE)).isEqualTo(50);
        }

        @Test
        void chineseCredit_onlyAtCriticalMoments_liftsRussianEconomyAndBuysLeverage() {
            // The credit roll of rules 1 to 3; from rules 4 the credit follows Moscow's choice (Rules4CreditTest).
            TestScenario crisis = TestScenario.create().with(RU_ECONOMY, 30).rules(Rules.V3);
            Engine on = crisis.engine();
            Engine noA3 = crisis.engine(off(Asymmetry.A3));
            int n = 1000;
            // A3 touches no odds here: the same seed draws the same credit roll in both engines.
            Sample economy = Sample.over(n, seed -> change(on, seed, CONSULT, CONSULT, RU_ECONOMY)
                    - change(noA3, seed, CONSULT, CONSULT, RU_ECONOMY));
            Sample leverage = Sample.over(n, seed -> change(on, seed, CONSULT, CONSULT, CN_LEVERAGE)
                    - change(noA3, seed, CONSULT, CONSULT, CN_LEVERAGE));
            assertThat(economy.mean()).as("economy, on - off: %s", economy)
                    .isGreaterThan(1).isGreaterThan(5 * economy.standardError());
            // A3 adds one point of trade tilt either way; the credit adds more on top.
            assertThat(leverage.mean()).as("leverage, on - off: %s", leverage).isGreaterThan(2);

            long rescueSeed = firstSeedWith(on, CONSULT, CONSULT, "world.chinese_credit");
            assertShows(firstTurn(on, rescueSeed, CONSULT, CONSULT), Mod.A3_CREDIT_RESCUE, RU_ECONOMY, +1);
            assertShows(firstTurn(on, rescueSeed, CONSULT, CONSULT), Mod.A3_CREDIT_LEVERAGE, CN_LEVERAGE, +1);
            // No critical moment, no offer of credit.
            assertThat(firstTurn(TestScenario.create().with(RU_ECONOMY, 50).engine(), 1, CONSULT, CONSULT)
                    .rolls(RollKind.CHINESE_CREDIT)).isEmpty();
        }
    }

    // ================================================================== A4 Technology edges

    @Nested
    @DisplayName("A4 Technology edges")
    class A4TechnologyEdges {

        @Test
        void armsTransfer_systemWhereRussiaLeads_modernizesPlaMore() {
            Variant s400 = Variant.ARMS_S400;
            // a yearly deal (rules 2); from rules 3 on this system is a contract, whose tranches ContractsTest covers
            TestScenario s = rules2();
            Engine on = s.engine();
            Engine noA4 = s.engine(off(Asymmetry.A4));
            // A4 touches no odds: paired seeds deliver in both engines or in neither.
            Sample extra = Sample.over(300, seed -> change(on, seed, s400, s400, CN_PLA_MODERNIZATION)
                    - change(noA4, seed, s400, s400, CN_PLA_MODERNIZATION));
            assertThat(extra.mean()).as("PLA gain, A4 on - off: %s", extra)
                    .isGreaterThan(0.5).isGreaterThan(5 * extra.standardError());

            assertShows(firstTurn(on, firstSeedWith(on, s400, "arms.delivered"), s400, s400),
                    Mod.A4_RUSSIAN_LEAD, CN_PLA_MODERNIZATION, +1);
        }

        @Test
        void armsTransfer_downgradedExportOutsideRussianLead_modernizesPlaLess() {
            Variant export = Variant.ARMS_DOWNGRADED_EXPORT;
            TestScenario s = TestScenario.create();
            Engine on = s.engine();
            Engine noA4 = s.engine(off(Asymmetry.A4));
            Sample extra = Sample.over(300, seed -> change(on, seed, export, export, CN_PLA_MODERNIZATION)
                    - change(noA4, seed, export, export, CN_PLA_MODERNIZATION));
            assertThat(extra.mean()).as("PLA gain, A4 on - off: %s", extra)
                    .isLessThan(-0.2).isLessThan(-5 * extra.standardError());

            Played p = firstTurn(on, firstSeedWith(on, export, "arms.delivered"), export, export);
            assertThat(p.effects("arms.delivered").flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A4_OUTSIDE_RUSSIAN_LEAD);
                        assertThat(a.size()).isLessThan(1);
                    });
        }

        @Test
        void reverseFlow_whereChinaLeads_liftsRussianIndustryMore() {
            Variant diesels = Variant.REV_NAVAL_DIESELS;
            // Western pressure 80: under rules 2 the full sanctions-era value, so only A4 differs
            TestScenario s = TestScenario.create().with(WESTERN_PRESSURE, 80);
            Played on = firstTurn(s.engine(), 1, diesels, diesels);
            assertNoRolls(on);
            double gainOn = change(s.engine(), 1, diesels, diesels, RU_DEFENSE_INDUSTRY);
            double gainOff = change(s.engine(off(Asymmetry.A4)), 1, diesels, diesels, RU_DEFENSE_INDUSTRY);
            assertThat(gainOn).isGreaterThan(gainOff + 0.3);
            assertShows(on, Mod.A4_CHINESE_LEAD, RU_DEFENSE_INDUSTRY, +1);
        }
    }

    // ================================================================== A5 Russian industry needs Chinese orders

    @Nested
    @DisplayName("A5 Russian industry lives off Chinese orders")
    class A5IndustryNeedsOrders {

        @Test
        void defenseIndustry_withChineseOrders_endsHealthierThanWithout() {
            Variant engines = Variant.ARMS_ENGINES_HELICOPTERS;
            TestScenario s = a5Era().turns(8);
            int n = 200;
            Sample ordersOn = Sample.over(n, seed -> finalValue(s.engine(), seed, engines, engines, RU_DEFENSE_INDUSTRY));
            Sample noneOn = Sample.over(n, seed -> finalValue(s.engine(), seed, PEACE, PEACE, RU_DEFENSE_INDUSTRY));
            Engine noA5 = s.engine(off(Asymmetry.A5));
            Sample ordersOff = Sample.over(n, seed -> finalValue(noA5, seed, engines, engines, RU_DEFENSE_INDUSTRY));
            Sample noneOff = Sample.over(n, seed -> finalValue(noA5, seed, PEACE, PEACE, RU_DEFENSE_INDUSTRY));

            double gapOn = ordersOn.mean() - noneOn.mean();
            double gapOff = ordersOff.mean() - noneOff.mean();
            assertThat(gapOn).as("orders %s vs none %s", ordersOn, noneOn)
                    .isGreaterThan(10).isGreaterThan(5 * ordersOn.standardErrorOfDifference(noneOn));
            assertThat(ordersOn.mean()).as("plants with Chinese orders thrive").isGreaterThan(55);
            assertThat(noneOn.mean()).as("plants without orders decline").isLessThan(45);
            assertThat(gapOn).as("gap with A5 %s, without %s", gapOn, gapOff).isGreaterThan(gapOff + 20);
            Engine on = s.engine();
            assertShows(firstTurn(on, firstSeedWith(on, engines, "arms.delivered"), engines, engines),
                    Mod.A5_ORDERS_SUSTAIN, RU_DEFENSE_INDUSTRY, +1);
        }

        @Test
        void turnWithoutDeliveries_defenseIndustryDeclines() {
            Played on = firstTurn(TestScenario.create().engine(), 1, CONSULT, CONSULT);
            assertNoRolls(on);
            assertThat(on.get(RU_DEFENSE_INDUSTRY)).isLessThan(50);
            assertShows(on, Mod.A5_NO_ORDERS, RU_DEFENSE_INDUSTRY, -1);
            assertThat(firstTurn(TestScenario.create().engine(off(Asymmetry.A5)), 1, CONSULT, CONSULT)
                    .get(RU_DEFENSE_INDUSTRY)).isEqualTo(50);
        }

        @Test
        void unansweredArmsOffer_raisesBeijingsLeverage_becauseTheSellerNeedsTheBuyer() {
            TestScenario s = a5Era();
            Played on = firstTurn(s.engine(), 1, Variant.ARMS_S400, CONSULT);
            assertNoRolls(on);
            assertThat(on.happened("arms.offer_unanswered")).isTrue();
            double leverageOff = firstTurn(s.engine(off(Asymmetry.A5)), 1, Variant.ARMS_S400, CONSULT).get(CN_LEVERAGE);
            assertThat(on.get(CN_LEVERAGE)).isGreaterThan(leverageOff + 1);
            assertShows(on, Mod.A5_EAGER_SELLER, CN_LEVERAGE, +1);
        }

        @Test
        void weakDefenseIndustry_makesMoscowMoreLikelyToSettleArmsTalks() {
            // Moscow offers Su-35, Beijing asks for S-400: a negotiation roll decides.
            TestScenario weak = a5Era().with(RU_DEFENSE_INDUSTRY, 40);
            Engine on = weak.engine();
            Engine noA5 = weak.engine(off(Asymmetry.A5));
            Played p = firstTurn(on, 1, Variant.ARMS_SU35, Variant.ARMS_S400);
            assertRollModifier(p, RollKind.NEGOTIATION, Mod.A5_SELLER_NEEDS_DEAL, 10);
            assertThat(oddsOf(p, RollKind.NEGOTIATION))
                    .isGreaterThan(oddsOf(firstTurn(noA5, 1, Variant.ARMS_SU35, Variant.ARMS_S400), RollKind.NEGOTIATION));
            assertThat(firstTurn(a5Era().with(RU_DEFENSE_INDUSTRY, 60).engine(), 1, Variant.ARMS_SU35,
                    Variant.ARMS_S400).rolls(RollKind.NEGOTIATION).flatMap(r -> r.modifiers().stream()))
                    .as("a healthy industry is in no hurry").noneMatch(a -> a.mod() == Mod.A5_SELLER_NEEDS_DEAL);

            int n = 2000;
            double dealsOn = share(n, seed -> firstTurn(on, seed, Variant.ARMS_SU35, Variant.ARMS_S400)
                    .happened("arms.compromise"));
            double dealsOff = share(n, seed -> firstTurn(noA5, seed, Variant.ARMS_SU35, Variant.ARMS_S400)
                    .happened("arms.compromise"));
            assertThat(dealsOn - dealsOff).as("compromise rate %s vs %s", dealsOn, dealsOff).isGreaterThan(0.06);
        }
    }

    // ================================================================== A6 Delivery capacity

    @Nested
    @DisplayName("A6 Russian delivery capacity")
    class A6DeliveryCapacity {

        @Test
        void complexS400_isDeliveredLessOftenThanEngines_whenRussianIndustryIsWeak() {
            // a yearly deal (rules 2); from rules 3 on this system is a contract, whose tranches ContractsTest covers
            TestScenario weak = rules2().with(RU_DEFENSE_INDUSTRY, 30);
            int n = 2000;
            Engine on = weak.engine();
            Engine noA6 = weak.engine(off(Asymmetry.A6));
            double s400 = deliveryRate(on, n, Variant.ARMS_S400);
            double engines = deliveryRate(on, n, Variant.ARMS_ENGINES_HELICOPTERS);
            assertThat(engines - s400).as("engines %s vs S-400 %s", engines, s400).isGreaterThan(0.08);
            // Without A6, complexity does not matter: the same seeds deliver both or neither.
            assertThat(deliveryRate(noA6, n, Variant.ARMS_S400))
                    .isEqualTo(deliveryRate(noA6, n, Variant.ARMS_ENGINES_HELICOPTERS));

            double s400Healthy = deliveryRate(rules2().with(RU_DEFENSE_INDUSTRY, 80).engine(), n,
                    Variant.ARMS_S400);
            assertThat(s400Healthy - s400).as("healthy plants deliver more").isGreaterThan(0.06);

            Played p = firstTurn(on, 1, Variant.ARMS_S400, Variant.ARMS_S400);
            assertThat(p.rolls(RollKind.DELIVERY).flatMap(r -> r.modifiers().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A6_CAPACITY);
                        assertThat(a.size()).isLessThan(-10);
                    });
        }

        @Test
        void failedDelivery_costsTrust_andABrokenContractCostsMoreThanADelay() {
            Variant s400 = Variant.ARMS_S400;
            // a yearly deal (rules 2); from rules 3 on this system is a contract, whose tranches ContractsTest covers
            TestScenario weak = rules2().with(RU_DEFENSE_INDUSTRY, 20);
            int n = 2000;
            Failures on = failures(weak.engine(), n, s400);
            Failures noA6 = failures(weak.engine(off(Asymmetry.A6)), n, s400);

            assertThat(on.delayed.n()).isGreaterThan(50);
            assertThat(on.broken.n()).isGreaterThan(20);
            assertThat(on.delayed.mean()).as("trust after a delay").isLessThan(-1);
            assertThat(on.broken.mean()).as("trust after a broken contract").isLessThan(on.delayed.mean() - 2);
            assertThat(noA6.delayed.mean()).isCloseTo(0, within(EPS));
            assertThat(noA6.broken.mean()).isCloseTo(0, within(EPS));

            long delayedSeed = firstSeedWith(weak.engine(), s400, "arms.delayed");
            Played delayed = firstTurn(weak.engine(), delayedSeed, s400, s400);
            assertShows(delayed, Mod.A6_DELAY, TRUST, -1);
            assertThat(delayed.get(RU_DELIVERY_BACKLOG)).as("a delayed deal joins the backlog").isPositive();
        }

        private double deliveryRate(Engine e, int n, Variant v) {
            return share(n, seed -> firstTurn(e, seed, v, v).happened("arms.delivered"));
        }

        private record Failures(Sample delayed, Sample broken) {
        }

        /** Trust change in the turns whose delivery failed, split by whether the contract survived. */
        private Failures failures(Engine e, int n, Variant v) {
            List<Double> delayed = new java.util.ArrayList<>();
            List<Double> broken = new java.util.ArrayList<>();
            for (long seed = 1; seed <= n; seed++) {
                Played p = firstTurn(e, seed, v, v);
                double trustChange = p.get(TRUST) - 50;
                if (p.happened("arms.delayed")) {
                    delayed.add(trustChange);
                } else if (p.happened("arms.contract_broken")) {
                    broken.add(trustChange);
                }
            }
            return new Failures(Sample.of(delayed.stream().mapToDouble(Double::doubleValue).toArray()),
                    Sample.of(broken.stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }

    // ================================================================== A7 Copying

    @Nested
    @DisplayName("A7 Copying and IP risk")
    class A7Copying {

        @Test
        void licensedProduction_raisesCopyProgressFarMoreThanDowngradedExport() {
            Engine e = TestScenario.create().engine();
            int n = 500;
            Sample licensed = firstTurnChange(e, n, Variant.ARMS_LICENSED_ANTISHIP, Variant.ARMS_LICENSED_ANTISHIP,
                    CN_COPY_PROGRESS);
            Sample downgraded = firstTurnChange(e, n, Variant.ARMS_DOWNGRADED_EXPORT, Variant.ARMS_DOWNGRADED_EXPORT,
                    CN_COPY_PROGRESS);
            assertThat(licensed.mean()).as("licensed %s vs downgraded %s", licensed, downgraded)
                    .isGreaterThan(3 * downgraded.mean())
                    .isGreaterThan(downgraded.mean() + 5 + 5 * licensed.standardErrorOfDifference(downgraded));

            Variant lic = Variant.ARMS_LICENSED_ANTISHIP;
            assertShows(firstTurn(e, firstSeedWith(e, lic, "arms.delivered"), lic, lic),
                    Mod.A7_COPY_EXPOSURE, CN_COPY_PROGRESS, +1);
        }

        @Test
        void licensedAndTopSystems_raiseChanceOfUnlicensedCopy_thatErodesTechEdge_downgradedDoNot() {
            TestScenario s = TestScenario.create().turns(8);
            Engine e = s.engine();
            int n = 300;
            GameSummary licensed = games(e, n, Variant.ARMS_LICENSED_ANTISHIP);
            GameSummary top = games(e, n, Variant.ARMS_S400_40N6);
            GameSummary downgraded = games(e, n, Variant.ARMS_DOWNGRADED_EXPORT);

            assertThat(licensed.copied).as("licensed %s, 40N6 %s, downgraded %s", licensed.copied, top.copied,
                    downgraded.copied).isGreaterThan(downgraded.copied + 0.3);
            assertThat(top.copied).isGreaterThan(downgraded.copied + 0.1);
            assertThat(licensed.techEdge.mean()).as("tech edge licensed %s vs downgraded %s", licensed.techEdge,
                    downgraded.techEdge).isLessThan(downgraded.techEdge.mean() - 5);
            assertThat(top.techEdge.mean()).isLessThan(downgraded.techEdge.mean() - 5);
        }

        @Test
        void unlicensedCopy_erodesTechEdge_takesMarket_andBetraysTrust() {
            // Copy progress already high: a copy roll every turn. A7 touches no odds, so seeds pair up.
            TestScenario s = TestScenario.create().with(CN_COPY_PROGRESS, 90);
            Engine on = s.engine();
            Engine noA7 = s.engine(off(Asymmetry.A7));
            int n = 1000;
            Sample edge = Sample.over(n, seed -> change(on, seed, CONSULT, CONSULT, RU_TECH_EDGE)
                    - change(noA7, seed, CONSULT, CONSULT, RU_TECH_EDGE));
            Sample industry = Sample.over(n, seed -> change(on, seed, CONSULT, CONSULT, RU_DEFENSE_INDUSTRY)
                    - change(noA7, seed, CONSULT, CONSULT, RU_DEFENSE_INDUSTRY));
            Sample trust = Sample.over(n, seed -> change(on, seed, CONSULT, CONSULT, TRUST)
                    - change(noA7, seed, CONSULT, CONSULT, TRUST));
            Sample chinese = Sample.over(n, seed -> change(on, seed, CONSULT, CONSULT, CN_INDIGENOUS_INDUSTRY)
                    - change(noA7, seed, CONSULT, CONSULT, CN_INDIGENOUS_INDUSTRY));
            assertThat(edge.mean()).as("tech edge %s", edge).isLessThan(-1).isLessThan(-5 * edge.standardError());
            assertThat(industry.mean()).as("industry %s", industry).isLessThan(-5 * industry.standardError());
            assertThat(trust.mean()).as("trust %s", trust).isLessThan(-5 * trust.standardError());
            assertThat(chinese.mean()).as("Chinese industry %s", chinese).isGreaterThan(5 * chinese.standardError());

            Played copied = firstTurn(on, firstSeedWith(on, CONSULT, CONSULT, "copy.unlicensed"), CONSULT, CONSULT);
            assertShows(copied, Mod.A7_COPY_ERODES_EDGE, RU_TECH_EDGE, -1);
            assertShows(copied, Mod.A7_COPY_TAKES_MARKET, RU_DEFENSE_INDUSTRY, -1);
            assertShows(copied, Mod.A7_COPY_BETRAYS_TRUST, TRUST, -1);
        }

        @Test
        void armsTransfer_copyExposureAndTechDiffusion_vanishWhenA7IsSwitchedOff() {
            Engine noA7 = TestScenario.create().engine(off(Asymmetry.A7));
            Variant lic = Variant.ARMS_LICENSED_ANTISHIP;
            assertThat(firstTurnChange(noA7, 200, lic, lic, CN_COPY_PROGRESS).mean()).isCloseTo(0, within(EPS));
            assertThat(firstTurnChange(noA7, 200, lic, lic, RU_TECH_EDGE).mean()).isCloseTo(0, within(EPS));
        }

        private record GameSummary(double copied, Sample techEdge) {
        }

        private GameSummary games(Engine e, int n, Variant v) {
            int copied = 0;
            double[] edge = new double[n];
            for (int i = 0; i < n; i++) {
                // both sides on v every turn while it is on offer (rules 3 caps a big system's contracts),
                // then on consultations
                List<Played> turns = new java.util.ArrayList<>();
                GameState g = e.newGame(i + 1).state();
                for (int t = 0; t < 8 && !g.isOver(); t++) {
                    Variant now = e.isLegal(g, Side.MOSCOW, v) ? v : CONSULT;
                    Played p = play(e, g, now, now);
                    turns.add(p);
                    g = p.state();
                }
                if (turns.stream().anyMatch(p -> p.happened("copy.unlicensed"))) {
                    copied++;
                }
                edge[i] = turns.get(turns.size() - 1).get(RU_TECH_EDGE);
            }
            return new GameSummary(copied / (double) n, Sample.of(edge));
        }
    }

    // ================================================================== A8 Absorption lag

    @Nested
    @DisplayName("A8 Chinese absorption lag")
    class A8AbsorptionLag {

        @Test
        void absorptionLag_slowsCopyProgress() {
            Variant lic = Variant.ARMS_LICENSED_ANTISHIP;
            TestScenario s = TestScenario.create();
            Engine on = s.engine();
            Engine noA8 = s.engine(off(Asymmetry.A8));
            // A8 touches no delivery odds: the same seed delivers in both engines or in neither.
            Sample slower = Sample.over(300, seed -> change(on, seed, lic, lic, CN_COPY_PROGRESS)
                    - change(noA8, seed, lic, lic, CN_COPY_PROGRESS));
            assertThat(slower.mean()).as("copy progress, A8 on - off: %s", slower)
                    .isLessThan(-3).isLessThan(-5 * slower.standardError());

            Played p = firstTurn(on, firstSeedWith(on, lic, "arms.delivered"), lic, lic);
            assertThat(p.effects("arms.delivered").flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A8_SLOW_ABSORPTION);
                        assertThat(a.size()).isLessThan(1);
                    });
        }

        @Test
        void absorptionLag_delaysTheFirstUnlicensedCopy() {
            Variant lic = Variant.ARMS_LICENSED_ANTISHIP;
            TestScenario s = TestScenario.create().turns(8);
            int n = 300;
            Sample firstCopyOn = Sample.over(n, seed -> firstCopyTurn(s.engine(), seed, lic));
            Sample firstCopyOff = Sample.over(n, seed -> firstCopyTurn(s.engine(off(Asymmetry.A8)), seed, lic));
            assertThat(firstCopyOn.mean()).as("first copy turn with lag %s, without %s", firstCopyOn, firstCopyOff)
                    .isGreaterThan(firstCopyOff.mean() + 1 + 5 * firstCopyOn.standardErrorOfDifference(firstCopyOff));
        }

        @Test
        void overstatedSuccess_lowersTheOddsThatACopyWorks() {
            TestScenario s = TestScenario.create().with(CN_COPY_PROGRESS, 50);
            Engine on = s.engine();
            Engine noA8 = s.engine(off(Asymmetry.A8));
            Played p = firstTurn(on, 1, CONSULT, CONSULT);
            assertRollModifier(p, RollKind.UNLICENSED_COPY, Mod.A8_OVERSTATED_SUCCESS, -10);
            assertThat(oddsOf(p, RollKind.UNLICENSED_COPY))
                    .isLessThan(oddsOf(firstTurn(noA8, 1, CONSULT, CONSULT), RollKind.UNLICENSED_COPY));

            int n = 2000;
            double copiesOn = share(n, seed -> firstTurn(on, seed, CONSULT, CONSULT).happened("copy.unlicensed"));
            double copiesOff = share(n, seed -> firstTurn(noA8, seed, CONSULT, CONSULT).happened("copy.unlicensed"));
            assertThat(copiesOff - copiesOn).as("copy rate %s vs %s", copiesOn, copiesOff).isGreaterThan(0.06);
        }

        @Test
        void steadyIndigenousWork_growsChineseIndustryEveryTurn() {
            Played on = firstTurn(TestScenario.create().engine(), 1, CONSULT, CONSULT);
            assertThat(on.get(CN_INDIGENOUS_INDUSTRY)).isGreaterThan(50);
            assertShows(on, Mod.A8_STEADY_INDIGENOUS_WORK, CN_INDIGENOUS_INDUSTRY, +1);
            assertThat(firstTurn(TestScenario.create().engine(off(Asymmetry.A8)), 1, CONSULT, CONSULT)
                    .get(CN_INDIGENOUS_INDUSTRY)).isEqualTo(50);
        }

        private double firstCopyTurn(Engine e, long seed, Variant v) {
            List<Played> turns = playTurns(e, seed, 8, v, v);
            for (int t = 0; t < turns.size(); t++) {
                if (turns.get(t).happened("copy.unlicensed")) {
                    return t + 1;
                }
            }
            return 9; // never within the game
        }
    }

    // ================================================================== A9 Naval decline

    @Nested
    @DisplayName("A9 Russia's ageing navy")
    class A9NavalDecline {

        private final int n = 500;

        /**
         * The test scenario with every domain at 20: overall interoperability well below the integration
         * ceiling (rules 4: 35 at the default trust of 50), so A11 leaves room for A9 to show.
         */
        private TestScenario roomy() {
            return TestScenario.create().with(INTEROP_GROUND_AIR, 20).with(INTEROP_NAVAL, 20).with(INTEROP_AEROSPACE, 20)
                    .with(INTEROP_INTERNAL_SECURITY, 20);
        }

        @Test
        void maritimeExercise_oldSurfaceFleet_yieldsLessNavalInteroperability() {
            Engine on = roomy().engine();
            Sample naval = firstTurnChange(on, n, MARITIME_HOME, MARITIME_HOME, INTEROP_NAVAL);
            Sample groundAir = firstTurnChange(on, n, PEACE, PEACE, INTEROP_GROUND_AIR);
            assertThat(naval.mean()).as("naval %s vs ground/air %s", naval, groundAir)
                    .isLessThan(0.6 * groundAir.mean())
                    .isLessThan(groundAir.mean() - 5 * naval.standardErrorOfDifference(groundAir));
            assertShows(firstTurn(on, 1, MARITIME_HOME, MARITIME_HOME), Mod.A9_OLD_SURFACE_FLEET, INTEROP_NAVAL, +1);

            // Without A9 a maritime exercise is as good as Peace Mission, seed for seed.
            Engine noA9 = roomy().engine(off(Asymmetry.A9));
            assertThat(firstTurnChange(noA9, n, MARITIME_HOME, MARITIME_HOME, INTEROP_NAVAL).mean())
                    .isCloseTo(firstTurnChange(noA9, n, PEACE, PEACE, INTEROP_GROUND_AIR).mean(), within(EPS));
        }

        @Test
        void maritimeExercise_oldSurfaceFleet_runsLessSmoothly() {
            Engine on = TestScenario.create().engine();
            Played p = firstTurn(on, 1, MARITIME_HOME, MARITIME_HOME);
            assertRollModifier(p, RollKind.EXERCISE_SUCCESS, Mod.A9_OLD_FLEET_ODDS, -10);
            int m = 2000;
            double troubledMaritime = share(m, seed -> firstTurn(on, seed, MARITIME_HOME, MARITIME_HOME)
                    .happened("exercise.troubled"));
            double troubledPeace = share(m, seed -> firstTurn(on, seed, PEACE, PEACE).happened("exercise.troubled"));
            assertThat(troubledMaritime - troubledPeace).as("troubled %s vs %s", troubledMaritime, troubledPeace)
                    .isGreaterThan(0.06);
        }

        @Test
        void maritimeExercise_builtOnRussianEdges_yieldsAsMuchNavalInteroperabilityAsPeaceMissionGivesGroundAir() {
            Engine on = roomy().engine();
            Variant edge = Variant.EX_MARITIME_EDGE;
            Sample edgeGain = firstTurnChange(on, n, edge, edge, INTEROP_NAVAL);
            Sample oldFleetGain = firstTurnChange(on, n, MARITIME_HOME, MARITIME_HOME, INTEROP_NAVAL);
            Sample groundAir = firstTurnChange(on, n, PEACE, PEACE, INTEROP_GROUND_AIR);
            assertThat(edgeGain.mean()).as("edge %s, old fleet %s, ground/air %s", edgeGain, oldFleetGain, groundAir)
                    .isGreaterThan(2 * oldFleetGain.mean())
                    .isGreaterThan(1.05 * groundAir.mean());

            Played p = firstTurn(on, 1, edge, edge);
            assertShows(p, Mod.A9_EDGE_AREAS, INTEROP_NAVAL, +1);
            assertShows(p, Mod.A9_EDGE_SHOWN, RU_TECH_EDGE, -1);
        }
    }

    // ================================================================== A10 Burden and spoils

    @Nested
    @DisplayName("A10 Russia bears the burden, China takes the spoils")
    class A10BurdenAndSpoils {

        @Test
        void cooperativeTurn_costsMoscowFreedomAndEconomy_givesBeijingStandingAndEconomy() {
            // rules 2: under rules 3 the burden is sized by the confrontation with the West, not fired by every drill
            // (Rules3Test).
            TestScenario s = rules2();
            Engine on = s.engine();
            Engine noA10 = s.engine(off(Asymmetry.A10));
            for (long seed = 1; seed <= 20; seed++) { // A10 touches no odds: the exercise rolls pair up
                Played withA10 = firstTurn(on, seed, PEACE, PEACE);
                Played without = firstTurn(noA10, seed, PEACE, PEACE);
                assertThat(withA10.get(RU_FREEDOM)).isLessThan(without.get(RU_FREEDOM) - 0.5);
                assertThat(withA10.get(RU_ECONOMY)).isLessThan(without.get(RU_ECONOMY) - 0.25);
                assertThat(withA10.get(RUSSIA_NATO_TENSION)).isGreaterThan(without.get(RUSSIA_NATO_TENSION));
                assertThat(withA10.get(CN_STANDING)).isGreaterThan(without.get(CN_STANDING) + 1);
                assertThat(withA10.get(CN_ECONOMY)).isGreaterThan(without.get(CN_ECONOMY) + 0.25);
                assertThat(withA10.get(US_CHINA_WAR_RISK)).as("Washington cannot rebalance to the Pacific")
                        .isLessThan(without.get(US_CHINA_WAR_RISK));
            }
            Played p = firstTurn(on, 1, PEACE, PEACE);
            assertShows(p, Mod.A10_BURDEN_FREEDOM, RU_FREEDOM, -1);
            assertShows(p, Mod.A10_SPOILS_STANDING, CN_STANDING, +1);

            // No cooperation, no burden and no spoils.
            Played apart = firstTurn(on, 1, PREPARE, Variant.REV_NAVAL_DIESELS);
            assertThat(apart.deltasFrom(Asymmetry.A10)).isEmpty();
        }

        @Test
        void sustainedCooperation_beijingsScoreGainExceedsMoscows() {
            // The 2018 baseline, both sides cooperating every turn by exercises.
            Scenario baseline = baseline();
            int n = 200;
            Sample gapOn = Sample.over(n, seed -> scoreGap(new Engine(baseline), seed));
            Sample gapOff = Sample.over(n, seed -> scoreGap(new Engine(baseline, off(Asymmetry.A10)), seed));
            assertThat(gapOn.mean()).as("Beijing - Moscow score with A10 %s, without %s", gapOn, gapOff)
                    .isPositive()
                    .isGreaterThan(gapOff.mean() + 5 + 5 * gapOn.standardErrorOfDifference(gapOff));
        }

        @Test
        void alliance_signed_costsBeijingSoftPower() {
            TestScenario s = TestScenario.create();
            Played signed = firstTurn(s.engine(), 1, SIGN, SIGN);
            Played kept = firstTurn(s.engine(), 1, PREPARE, PREPARE);
            assertThat(signed.get(CN_STANDING)).isLessThan(kept.get(CN_STANDING) - 3);
            assertShows(signed, Mod.A10_TREATY_COSTS_SOFT_POWER, CN_STANDING, -1);
            assertThat(firstTurn(s.engine(off(Asymmetry.A10)), 1, SIGN, SIGN).get(CN_STANDING))
                    .isEqualTo(firstTurn(s.engine(off(Asymmetry.A10)), 1, PREPARE, PREPARE).get(CN_STANDING));
        }

        private double scoreGap(Engine e, long seed) {
            List<Played> turns = playTurns(e, seed, e.scenario().turns(), PEACE, PEACE);
            Played last = turns.get(turns.size() - 1);
            return last.get(CN_SCORE) - last.get(RU_SCORE);
        }
    }

    // ================================================================== A11 Technological nationalism

    @Nested
    @DisplayName("A11 Technological nationalism")
    class A11TechnologicalNationalism {

        @Test
        void interoperabilityGains_shrinkNearTheIntegrationCeiling() {
            // rules 2: rules 3 replaces the fixed per-domain cap with A11_NATIONALIST_CEILING (Rules3Test).
            int n = 200;
            TestScenario shallow = rules2().with(INTEROP_GROUND_AIR, 20);
            TestScenario deep = rules2().with(INTEROP_GROUND_AIR, 80);
            Sample gainShallow = firstTurnChange(shallow.engine(), n, PEACE, PEACE, INTEROP_GROUND_AIR);
            Sample gainDeep = firstTurnChange(deep.engine(), n, PEACE, PEACE, INTEROP_GROUND_AIR);
            assertThat(gainDeep.mean()).as("gain at 80 %s vs at 20 %s", gainDeep, gainShallow)
                    .isLessThan(0.3 * gainShallow.mean());

            // Without the ceiling the same exercise gains the same at any depth, seed for seed.
            Sample shallowOff = firstTurnChange(shallow.engine(off(Asymmetry.A11)), n, PEACE, PEACE, INTEROP_GROUND_AIR);
            Sample deepOff = firstTurnChange(deep.engine(off(Asymmetry.A11)), n, PEACE, PEACE, INTEROP_GROUND_AIR);
            assertThat(deepOff.mean()).isCloseTo(shallowOff.mean(), within(EPS));

            assertThat(firstTurn(deep.engine(), 1, PEACE, PEACE).effects().flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A11_INTEGRATION_CEILING);
                        assertThat(a.size()).isEqualTo(90);
                    });
        }

        @Test
        void interoperability_neverPassesTheIntegrationCeiling() {
            TestScenario s = TestScenario.create().with(INTEROP_GROUND_AIR, 85);
            for (long seed = 1; seed <= 20; seed++) {
                List<Played> on = playTurns(s.engine(), seed, 8, PEACE, PEACE);
                assertThat(on).allSatisfy(p -> assertThat(p.get(INTEROP_GROUND_AIR)).isLessThanOrEqualTo(90));
                List<Played> noA11 = playTurns(s.engine(off(Asymmetry.A11)), seed, 8, PEACE, PEACE);
                assertThat(noA11.get(noA11.size() - 1).get(INTEROP_GROUND_AIR)).isGreaterThan(90);
            }
        }

        @Test
        void reverseFlow_isDiscounted_becauseImportsAreTreatedAsTemporary() {
            Variant chips = Variant.REV_SPACE_ELECTRONICS;
            TestScenario s = TestScenario.create().with(WESTERN_PRESSURE, 80);
            Played on = firstTurn(s.engine(), 1, chips, chips);
            Played noA11 = firstTurn(s.engine(off(Asymmetry.A11)), 1, chips, chips);
            assertNoRolls(on);
            assertThat(on.get(RU_ECONOMY)).isLessThan(noA11.get(RU_ECONOMY) - 0.3);
            assertThat(on.get(RU_DEFENSE_INDUSTRY)).isLessThan(noA11.get(RU_DEFENSE_INDUSTRY) - 0.5);
            assertShows(on, Mod.A11_IMPORTS_TEMPORARY, RU_ECONOMY, +1);
            assertThat(on.effects("arms.reverse_delivered").flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A11_IMPORTS_TEMPORARY);
                        assertThat(a.size()).isLessThan(1);
                    });
        }
    }

    // ================================================================== A12 Theatre entanglement

    @Nested
    @DisplayName("A12 Theatre entanglement")
    class A12TheatreEntanglement {

        @Test
        void alliance_signed_costsBothSidesFreedomOfAction() {
            TestScenario s = TestScenario.create();
            Played signed = firstTurn(s.engine(), 1, SIGN, SIGN);
            Played kept = firstTurn(s.engine(), 1, PREPARE, PREPARE);
            assertThat(signed.get(RU_FREEDOM)).isLessThan(kept.get(RU_FREEDOM) - 5);
            assertThat(signed.get(CN_FREEDOM)).isLessThan(kept.get(CN_FREEDOM) - 5);
            assertShows(signed, Mod.A12_TREATY_BINDS_MOSCOW, RU_FREEDOM, -1);
            assertShows(signed, Mod.A12_TREATY_BINDS_BEIJING, CN_FREEDOM, -1);

            Engine noA12 = s.engine(off(Asymmetry.A12));
            assertThat(firstTurn(noA12, 1, SIGN, SIGN).get(RU_FREEDOM))
                    .isEqualTo(firstTurn(noA12, 1, PREPARE, PREPARE).get(RU_FREEDOM));
            assertThat(firstTurn(noA12, 1, SIGN, SIGN).get(CN_FREEDOM))
                    .isEqualTo(firstTurn(noA12, 1, PREPARE, PREPARE).get(CN_FREEDOM));
        }

        @Test
        void alliance_signed_alarmsTheWestAndNato_andHurtsChineseTrade() {
            TestScenario s = TestScenario.create();
            Played signed = firstTurn(s.engine(), 1, SIGN, SIGN);
            Played kept = firstTurn(s.engine(), 1, PREPARE, PREPARE);
            Played signedNoA12 = firstTurn(s.engine(off(Asymmetry.A12)), 1, SIGN, SIGN);
            assertThat(signed.get(WESTERN_PRESSURE)).isGreaterThan(kept.get(WESTERN_PRESSURE) + 5);
            assertThat(signed.get(RUSSIA_NATO_TENSION)).isGreaterThan(kept.get(RUSSIA_NATO_TENSION) + 3);
            assertThat(signed.get(CN_ECONOMY)).isLessThan(signedNoA12.get(CN_ECONOMY) - 2);
            assertThat(signedNoA12.get(WESTERN_PRESSURE)).isEqualTo(kept.get(WESTERN_PRESSURE));
            assertShows(signed, Mod.A12_TREATY_ALARMS_WEST, WESTERN_PRESSURE, +1);
            assertShows(signed, Mod.A12_TREATY_ALARMS_NATO, RUSSIA_NATO_TENSION, +1);
            assertShows(signed, Mod.A12_TREATY_HURTS_CHINESE_TRADE, CN_ECONOMY, -1);
        }

        @Test
        void treatyInForce_keepsCostingBothSidesFreedomEveryTurn() {
            TestScenario s = TestScenario.create().with(ALLIANCE_LEVEL, 3);
            List<Played> on = playTurns(s.engine(), 1, 4, CONSULT, CONSULT);
            List<Played> noA12 = playTurns(s.engine(off(Asymmetry.A12)), 1, 4, CONSULT, CONSULT);
            for (int t = 0; t < 4; t++) {
                assertThat(on.get(t).get(RU_FREEDOM)).isLessThan(noA12.get(t).get(RU_FREEDOM) - (t + 1));
                assertThat(on.get(t).get(CN_FREEDOM)).isLessThan(noA12.get(t).get(CN_FREEDOM) - (t + 1));
                assertShows(on.get(t), Mod.A12_TREATY_UPKEEP_MOSCOW, RU_FREEDOM, -1);
                assertShows(on.get(t), Mod.A12_TREATY_UPKEEP_BEIJING, CN_FREEDOM, -1);
            }
        }

        @Test
        void balticExercise_raisesNatoTension_andCostsBeijingStandingAndEuropeanTrade() {
            // rules 2: rules 3 drops the Baltic costs the report does not support.
            Variant baltic = Variant.EX_MARITIME_BALTIC;
            Engine on = rules2().engine();
            Engine noA12 = rules2().engine(off(Asymmetry.A12));
            for (long seed = 1; seed <= 20; seed++) { // same fleet, same odds: Baltic and home waters pair up
                Played inBaltic = firstTurn(on, seed, baltic, baltic);
                Played atHome = firstTurn(on, seed, MARITIME_HOME, MARITIME_HOME);
                assertThat(inBaltic.get(RUSSIA_NATO_TENSION)).isGreaterThan(atHome.get(RUSSIA_NATO_TENSION) + 2);
                assertThat(inBaltic.get(CN_STANDING)).isLessThan(atHome.get(CN_STANDING) - 2);
                assertThat(inBaltic.get(CN_ECONOMY)).isLessThan(atHome.get(CN_ECONOMY) - 0.5);
                Played balticNoA12 = firstTurn(noA12, seed, baltic, baltic);
                Played homeNoA12 = firstTurn(noA12, seed, MARITIME_HOME, MARITIME_HOME);
                assertThat(balticNoA12.get(RUSSIA_NATO_TENSION)).isEqualTo(homeNoA12.get(RUSSIA_NATO_TENSION));
                assertThat(balticNoA12.get(CN_STANDING)).isEqualTo(homeNoA12.get(CN_STANDING));
            }
            Played p = firstTurn(on, 1, baltic, baltic);
            assertShows(p, Mod.A12_BALTIC_TENSION, RUSSIA_NATO_TENSION, +1);
            assertShows(p, Mod.A12_BALTIC_COSTS_STANDING, CN_STANDING, -1);
        }

        @Test
        void southChinaSeaExercise_raisesUsChinaWarRisk_andBindsMoscow() {
            // rules 2: rules 3 drops A12_SOUTH_CHINA_SEA_RISK (the 2016 drill was held far from the disputed islands).
            Variant scs = Variant.EX_MARITIME_SOUTH_CHINA_SEA;
            Engine on = rules2().engine();
            Engine noA12 = rules2().engine(off(Asymmetry.A12));
            for (long seed = 1; seed <= 20; seed++) {
                Played inScs = firstTurn(on, seed, scs, scs);
                Played atHome = firstTurn(on, seed, MARITIME_HOME, MARITIME_HOME);
                assertThat(inScs.get(US_CHINA_WAR_RISK)).isGreaterThan(atHome.get(US_CHINA_WAR_RISK) + 2);
                assertThat(inScs.get(RU_FREEDOM)).isLessThan(atHome.get(RU_FREEDOM) - 2);
                assertThat(firstTurn(noA12, seed, scs, scs).get(US_CHINA_WAR_RISK))
                        .isEqualTo(firstTurn(noA12, seed, MARITIME_HOME, MARITIME_HOME).get(US_CHINA_WAR_RISK));
            }
            Played p = firstTurn(on, 1, scs, scs);
            assertShows(p, Mod.A12_SOUTH_CHINA_SEA_RISK, US_CHINA_WAR_RISK, +1);
            assertShows(p, Mod.A12_SOUTH_CHINA_SEA_BINDS_MOSCOW, RU_FREEDOM, -1);
        }

        @Test
        void mediterraneanExercise_raisesWesternPressure() {
            Variant med = Variant.EX_MARITIME_MEDITERRANEAN;
            Engine on = TestScenario.create().engine();
            Engine noA12 = TestScenario.create().engine(off(Asymmetry.A12));
            for (long seed = 1; seed <= 20; seed++) {
                assertThat(firstTurn(on, seed, med, med).get(WESTERN_PRESSURE))
                        .isGreaterThan(firstTurn(on, seed, MARITIME_HOME, MARITIME_HOME).get(WESTERN_PRESSURE) + 1);
                assertThat(firstTurn(noA12, seed, med, med).get(WESTERN_PRESSURE))
                        .isEqualTo(firstTurn(noA12, seed, MARITIME_HOME, MARITIME_HOME).get(WESTERN_PRESSURE));
            }
            assertShows(firstTurn(on, 1, med, med), Mod.A12_MEDITERRANEAN_PRESSURE, WESTERN_PRESSURE, +1);
        }

        @Test
        void treatyInvokedAlone_inADistantTheatre_isLessOftenHonoured() {
            // Beijing invokes in a Pacific crisis; Moscow is busy with an exercise.
            TestScenario s = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60);
            Engine on = s.engine();
            Engine noA12 = s.engine(off(Asymmetry.A12));
            Played p = firstTurn(on, 1, PEACE, INVOKE);
            assertRollModifier(p, RollKind.TREATY_HONOURED, Mod.A12_DISTANT_THEATRE, -20);
            int n = 2000;
            double honouredOn = share(n, seed -> firstTurn(on, seed, PEACE, INVOKE).happened("alliance.invoked"));
            double honouredOff = share(n, seed -> firstTurn(noA12, seed, PEACE, INVOKE).happened("alliance.invoked"));
            assertThat(honouredOff - honouredOn).as("honoured %s vs %s", honouredOn, honouredOff).isGreaterThan(0.12);
        }

        @Test
        void honouringAnInvokedTreaty_costsTheAnsweringSideFreedomOfAction() {
            // Each side in its own crisis, both invoke: each answers the other's call.
            TestScenario both = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60)
                    .with(RUSSIA_NATO_TENSION, 75);
            Played on = firstTurn(both.engine(), 1, INVOKE, INVOKE);
            Played noA12 = firstTurn(both.engine(off(Asymmetry.A12)), 1, INVOKE, INVOKE);
            assertThat(on.happened("alliance.invoked")).isTrue(); // no roll decides it: both are in crisis
            assertThat(on.get(RU_FREEDOM)).isLessThan(noA12.get(RU_FREEDOM) - 8);
            assertThat(on.get(CN_FREEDOM)).isLessThan(noA12.get(CN_FREEDOM) - 8);
            assertShows(on, Mod.A12_HONOURING_BINDS, RU_FREEDOM, -1);
            assertShows(on, Mod.A12_HONOURING_BINDS, CN_FREEDOM, -1);

            // Beijing calls alone: only Moscow, the side answering, is bound by honouring it.
            TestScenario pacific = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60);
            Engine e = pacific.engine();
            Played honoured = firstTurn(e, firstSeedWith(e, PEACE, INVOKE, "alliance.invoked"), PEACE, INVOKE);
            assertShows(honoured, Mod.A12_HONOURING_BINDS, RU_FREEDOM, -1);
            assertThat(honoured.changeBy(Mod.A12_HONOURING_BINDS, CN_FREEDOM)).isZero();
        }

        @Test
        void partnersWar_underATreaty_costsTheSideDraggedInItsScore() {
            // A US-China war is likely; Moscow, bound by the treaty, is dragged in.
            TestScenario s = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 95);
            Engine on = s.engine();
            Engine noA12 = s.engine(off(Asymmetry.A12));
            int n = 600;
            double[] moscow = new double[n];
            double[] beijing = new double[n];
            int wars = 0;
            // A12 touches no war odds here: the same seeds end in war (Beijing holds an exercise, since from
            // rules 4 on its consultations in a crisis lower the risk by an A12 modifier)
            for (int i = 0; i < n; i++) {
                Played a = firstTurn(on, i + 1, CONSULT, Variant.EX_PEACE_MISSION);
                Played b = firstTurn(noA12, i + 1, CONSULT, Variant.EX_PEACE_MISSION);
                assertThat(a.ending()).isEqualTo(b.ending());
                if (a.ending() == EndReason.WAR_US_CHINA) {
                    moscow[wars] = a.get(RU_SCORE) - b.get(RU_SCORE);
                    beijing[wars] = a.get(CN_SCORE) - b.get(CN_SCORE);
                    wars++;
                }
            }
            assertThat(wars).isGreaterThan(20);
            Sample ru = Sample.of(java.util.Arrays.copyOf(moscow, wars));
            Sample cn = Sample.of(java.util.Arrays.copyOf(beijing, wars));
            assertThat(ru.mean()).as("Moscow's score, A12 on - off, in a US-China war").isLessThan(-10);
            assertThat(cn.mean()).as("Beijing's, whose own war it is").isGreaterThan(ru.mean() + 10);
        }
    }

    // ================================================================== A13 Trust and memory

    @Nested
    @DisplayName("A13 Trust and memory")
    class A13TrustAndMemory {

        @Test
        void higherTrust_raisesTheOddsOfCooperation() {
            // Beijing proposes Peace Mission alone: will Moscow take part?
            TestScenario trusting = TestScenario.create().with(TRUST, 80);
            TestScenario wary = TestScenario.create().with(TRUST, 30);
            int n = 2000;
            Engine trustingOn = trusting.engine();
            Engine waryOn = wary.engine();
            double joinedTrusting = share(n, seed -> moscowJoined(firstTurn(trustingOn, seed, CONSULT, PEACE)));
            double joinedWary = share(n, seed -> moscowJoined(firstTurn(waryOn, seed, CONSULT, PEACE)));
            assertThat(joinedTrusting - joinedWary).as("joined %s vs %s", joinedTrusting, joinedWary)
                    .isGreaterThan(0.08);

            Played p = firstTurn(trusting.engine(), 1, CONSULT, PEACE);
            assertThat(p.rolls(RollKind.PARTICIPATION).flatMap(r -> r.modifiers().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A13_TRUST_ODDS);
                        assertThat(a.size()).isGreaterThan(5);
                    });
            // Without A13, trust does not move the odds: the same seeds join or not.
            Engine trustingOff = trusting.engine(off(Asymmetry.A13));
            Engine waryOff = wary.engine(off(Asymmetry.A13));
            assertThat(share(n, seed -> moscowJoined(firstTurn(trustingOff, seed, CONSULT, PEACE))))
                    .isEqualTo(share(n, seed -> moscowJoined(firstTurn(waryOff, seed, CONSULT, PEACE))));
        }

        private boolean moscowJoined(Played p) {
            return p.rolls(RollKind.PARTICIPATION).anyMatch(Event.Roll::success);
        }

        @Test
        void trustGains_comeSlowly() {
            // rules 2: under rules 3 interoperability enters the exercise roll (A13_INTEROP_ODDS), so with A13 off the
            // seeds no longer pair up.
            TestScenario s = rules2();
            Engine on = s.engine();
            Engine noA13 = s.engine(off(Asymmetry.A13));
            for (long seed = 1; seed <= 20; seed++) { // trust 50: A13 adds nothing to the odds, seeds pair up
                double gainOn = change(on, seed, PEACE, PEACE, TRUST);
                double gainOff = change(noA13, seed, PEACE, PEACE, TRUST);
                assertThat(gainOn).isPositive().isLessThan(0.75 * gainOff);
            }
            assertThat(firstTurn(on, 1, PEACE, PEACE).effects().flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A13_SLOW_TRUST);
                        assertThat(a.size()).isLessThan(1);
                    });
        }

        @Test
        void trustLosses_areRememberedLong_andLackOfContactErodesTrust() {
            // Beijing's arms request goes unanswered while Moscow keeps its treaty draft to itself: no contact.
            TestScenario s = TestScenario.create();
            Played on = firstTurn(s.engine(), 1, PREPARE, Variant.ARMS_S400);
            Played noA13 = firstTurn(s.engine(off(Asymmetry.A13)), 1, PREPARE, Variant.ARMS_S400);
            assertNoRolls(on);
            assertThat(on.get(TRUST)).isLessThan(noA13.get(TRUST) - 1);
            assertThat(noA13.get(TRUST)).as("the unanswered request itself still costs a little").isLessThan(50);
            assertThat(on.effects("arms.request_unanswered").flatMap(e -> e.factors().stream()))
                    .anySatisfy(a -> {
                        assertThat(a.mod()).isEqualTo(Mod.A13_LONG_MEMORY);
                        assertThat(a.size()).isGreaterThan(1);
                    });
            assertShows(on, Mod.A13_NO_CONTACT, TRUST, -1);
        }

        @Test
        void rebuffedTreatyProposal_costsTrust() {
            TestScenario s = TestScenario.create();
            Played rebuffed = firstTurn(s.engine(), 1, SIGN, PREPARE);
            Played kept = firstTurn(s.engine(), 1, PREPARE, PREPARE);
            assertNoRolls(rebuffed);
            assertThat(rebuffed.happened("alliance.treaty_declined")).isTrue();
            assertThat(rebuffed.get(TRUST)).isLessThan(kept.get(TRUST) - 3);
            assertShows(rebuffed, Mod.A13_REBUFF, TRUST, -1);
            Engine noA13 = s.engine(off(Asymmetry.A13));
            assertThat(firstTurn(noA13, 1, SIGN, PREPARE).get(TRUST))
                    .isEqualTo(firstTurn(noA13, 1, PREPARE, PREPARE).get(TRUST));
        }

        @Test
        void invokedTreatyNotHonoured_collapsesTrust() {
            TestScenario s = TestScenario.create().with(ALLIANCE_LEVEL, 3).with(US_CHINA_WAR_RISK, 60).with(TRUST, 70);
            Engine on = s.engine();
            long refusedSeed = firstSeedWith(on, PEACE, INVOKE, "alliance.invocation_refused");
            Played refused = firstTurn(on, refusedSeed, PEACE, INVOKE);
            assertThat(refused.get(ALLIANCE_LEVEL)).isEqualTo(1);
            assertThat(refused.get(TRUST)).as("a broken promise is remembered").isLessThan(70 - 30);
            assertShows(refused, Mod.A13_BROKEN_PROMISE, TRUST, -1);

            // Over many seeds, trust after an invocation is far lower with A13 than without.
            int n = 1000;
            Sample trustOn = Sample.over(n, seed -> firstTurn(on, seed, PEACE, INVOKE).get(TRUST));
            Sample trustOff = Sample.over(n, seed -> firstTurn(s.engine(off(Asymmetry.A13)), seed, PEACE, INVOKE)
                    .get(TRUST));
            assertThat(trustOn.mean()).as("trust with A13 %s, without %s", trustOn, trustOff)
                    .isLessThan(trustOff.mean() - 10 - 5 * trustOn.standardErrorOfDifference(trustOff));
        }
    }

    // ------------------------------------------------------------------ more helpers

    /** Final value of {@code i} after a full game from {@code seed} with the same choices every turn. */
    private static double finalValue(Engine e, long seed, Variant moscow, Variant beijing, Indicator i) {
        List<Played> turns = playTurns(e, seed, e.scenario().turns(), moscow, beijing);
        return turns.get(turns.size() - 1).get(i);
    }

    /** The first seed whose first turn, both sides choosing {@code v}, produces the effect {@code key}. */
    private static long firstSeedWith(Engine e, Variant v, String key) {
        return firstSeedWith(e, v, v, key);
    }

    private static long firstSeedWith(Engine e, Variant moscow, Variant beijing, String key) {
        for (long seed = 1; seed <= 10_000; seed++) {
            if (firstTurn(e, seed, moscow, beijing).happened(key)) {
                return seed;
            }
        }
        throw new AssertionError("no seed in 1..10000 produces " + key);
    }

    private static Scenario baseline() {
        try {
            return org.amur.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline.json")).scenario();
        } catch (Exception ex) {
            throw new AssertionError("cannot load the baseline scenario", ex);
        }
    }
}
