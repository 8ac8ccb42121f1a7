package org.amur.engine;

import static org.amur.engine.Indicator.*;
import static org.amur.engine.TestScenario.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules 3, issue 13 item 6: big sales are contracts with a size and a schedule, capped per scenario. */
class ContractsTest {
    private static final Variant SU35 = Variant.ARMS_SU35;
    private static final Variant S400 = Variant.ARMS_S400;
    private static final Variant PM = Variant.EX_PEACE_MISSION;

    /** Plants at full capacity and high trust: deliveries at their best odds (a few still slip). */
    private static TestScenario able() {
        return TestScenario.create().with(RU_DEFENSE_INDUSTRY, 100).with(TRUST, 80).turns(8);
    }

    @Test
    void su35_firstContractIs24AircraftForTwoBillionInThreeTranches_theRepeatHalf_aThirdNotOnOffer() {
        Engine e = new Engine(able().build(), Rules.V3);
        GameState s = e.newGame(1).state();
        assertThat(e.contractOffer(s, SU35)).hasValueSatisfying(c -> {
            assertThat(c.units()).isEqualTo(24);
            assertThat(c.valueBusd()).isEqualTo(2.0);
            assertThat(c.tranches()).isEqualTo(3);
        });
        TestScenario.Played first = play(e, s, SU35, SU35);
        assertThat(first.happened("arms.contract_signed")).isTrue();
        assertThat(first.happened("arms.delivered")).isFalse();
        assertThat(first.state().contracts()).containsExactly(new Contract(SU35, 1, 24, 2.0, 3, 0, 1, false));
        assertThat(first.events()).contains(new Event.ContractUpdate(first.state().contracts().get(0),
                Event.ContractUpdate.Stage.SIGNED));

        TestScenario.Played second = play(e, first.state(), SU35, SU35);
        Contract repeat = second.state().contracts().get(1);
        assertThat(repeat.number()).isEqualTo(2);
        assertThat(repeat.units()).isEqualTo(12);
        assertThat(repeat.valueBusd()).isEqualTo(1.0);
        assertThat(repeat.tranches()).isEqualTo(2);
        assertThat(repeat.units()).isLessThan(first.state().contracts().get(0).units());

        GameState third = second.state();
        assertThat(e.legalChoices(third, Side.MOSCOW)).doesNotContain(SU35).contains(S400);
        assertThat(e.legalChoices(third, Side.BEIJING)).doesNotContain(SU35);
        assertThat(e.whyIllegal(third, Side.BEIJING, SU35)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(Rejection.Reason.CONTRACT_CAP);
            assertThat(r.message()).contains("arms.su35", "2 contracts");
        });
        assertThat(e.apply(third, new Action.Commit(Side.MOSCOW, SU35))).isInstanceOf(Step.Rejected.class);
        // a scenario may allow only the one contract
        Engine once = new Engine(able().contractsPerSystem(1).build(), Rules.V3);
        assertThat(once.legalChoices(play(once, once.newGame(1).state(), SU35, SU35).state(), Side.MOSCOW))
                .doesNotContain(SU35);
    }

    @Test
    void s400_withOrWithout40n6_isOneSystem_twoRegimentsInTwoTranches_thenOneRegiment() {
        Engine e = new Engine(able().build(), Rules.V3);
        GameState s = play(e, e.newGame(2).state(), Variant.ARMS_S400_40N6, Variant.ARMS_S400_40N6).state();
        assertThat(s.contracts().get(0)).extracting(Contract::units, Contract::tranches).containsExactly(2, 2);
        Contract again = e.contractOffer(s, S400).orElseThrow();
        assertThat(again.number()).isEqualTo(2);
        assertThat(again.units()).isEqualTo(1);
        assertThat(again.tranches()).isEqualTo(1);
    }

    @Test
    void contractsSignedBeforeTheGame_countTowardsTheCap_soTheFirstSaleIsTheRepeat() {
        Scenario base = able().build();
        Scenario signed = new Scenario(base.id(), base.title(), base.startYear(), base.turns(), base.yearsPerTurn(),
                base.start(), base.variants(), base.moscowObjectives(), base.beijingObjectives(), base.deck(),
                base.maxCardsPerTurn(), base.thresholds(), base.weights(), base.outcomeScores(), base.par(), 2,
                List.of(S400, SU35));
        Engine e = new Engine(signed, Rules.V3);
        GameState s = e.newGame(1).state();
        assertThat(s.contracts()).extracting(Contract::family, Contract::signedTurn, Contract::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s400", 0, false),
                        org.assertj.core.groups.Tuple.tuple("su35", 0, false));
        assertThat(e.contractOffer(s, SU35)).hasValueSatisfying(c -> {
            assertThat(c.number()).isEqualTo(2);
            assertThat(c.units()).isEqualTo(12);
        });
        GameState after = play(e, s, SU35, SU35).state();
        assertThat(e.legalChoices(after, Side.MOSCOW)).doesNotContain(SU35).contains(S400);
        // nothing is due from the contracts signed before the game (their remainder is the start's backlog)
        assertThat(play(e, after, PM, PM).events()).noneMatch(ev -> ev instanceof Event.ContractUpdate u
                && u.contract().signedTurn() == 0);
        // rules 2 ignores them
        assertThat(new Engine(signed, Rules.V2).newGame(1).state().contracts()).isEmpty();
    }

    @Test
    void rules2_stillSellsSu35sEveryYear_andKeepsNoContracts() {
        Engine e = new Engine(able().build(), Rules.V2);
        GameState s = e.newGame(1).state();
        for (int turn = 1; turn <= 4; turn++) {
            assertThat(e.legalChoices(s, Side.MOSCOW)).contains(SU35);
            TestScenario.Played p = play(e, s, SU35, SU35);
            assertThat(p.happened("arms.contract_signed")).isFalse();
            s = p.state();
            assertThat(s.contracts()).isEmpty();
            assertThat(s.copyProgress()).isEmpty();
        }
    }

    @Test
    void deliveries_followTheSchedule_oneTrancheATurnFromTheTurnAfterSigning_eachNamingItsContract() {
        int onTime = 0;
        int slipped = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Engine e = new Engine(able().build(), Rules.V3);
            GameState s = play(e, e.newGame(seed).state(), SU35, SU35).state();
            double revenue = 0;
            int lastDelivered = 0;
            for (int turn = 2; turn <= 8 && !s.isOver(); turn++) {
                Contract before = s.contracts().get(0);
                TestScenario.Played p = play(e, s, PM, PM);
                Contract c = p.state().contracts().get(0);
                List<Event.ContractUpdate> due = p.events().stream().filter(Event.ContractUpdate.class::isInstance)
                        .map(Event.ContractUpdate.class::cast).toList();
                long delivered = p.effects("arms.tranche_delivered").count();
                if (before.active()) {
                    // the tranche due this turn is announced, then rolled for, and arrives or slips
                    assertThat(due).hasSize(1);
                    assertThat(due.get(0).stage()).isEqualTo(Event.ContractUpdate.Stage.DUE);
                    assertThat(due.get(0).contract().delivered()).isEqualTo(lastDelivered);
                    assertThat(Narration.contract(due.get(0))).contains("Su-35", "contract 1",
                            "tranche " + (lastDelivered + 1) + " of 3", "8 aircraft");
                    int i = p.events().indexOf(due.get(0));
                    assertThat(p.events().get(i + 1)).isInstanceOfSatisfying(Event.Roll.class,
                            r -> assertThat(r.kind()).isEqualTo(RollKind.DELIVERY));
                    assertThat(delivered + p.effects("arms.tranche_late").count()
                            + p.effects("arms.contract_broken").count()).isEqualTo(1);
                } else {
                    assertThat(due).isEmpty();
                    assertThat(delivered).isZero();
                }
                if (delivered == 1) {
                    assertThat(c.delivered()).isEqualTo(lastDelivered + 1);
                    if (turn == c.scheduledTurn(c.delivered())) {
                        onTime++;
                    } else {
                        slipped++;
                        assertThat(turn).isGreaterThan(c.scheduledTurn(c.delivered()));
                    }
                    revenue += p.effects("arms.tranche_delivered").flatMap(f -> f.deltas().stream())
                            .filter(d -> d.indicator() == RU_ARMS_REVENUE).mapToDouble(Event.Delta::change).sum();
                } else {
                    assertThat(c.delivered()).isEqualTo(lastDelivered);
                }
                lastDelivered = c.delivered();
                s = p.state();
            }
            if (lastDelivered == 3) {
                assertThat(revenue).as("seed %d", seed).isCloseTo(2.0, within(1e-9));
            }
        }
        assertThat(onTime).isGreaterThan(300);
        assertThat(slipped).isGreaterThan(0);
    }

    @Test
    void forecast_showsTheContract_itsSchedule_andWhatARepeatWouldBe() {
        Engine e = new Engine(able().build(), Rules.V3);
        GameState s = e.newGame(3).state();
        Forecast f = e.forecast(s, Side.MOSCOW, SU35);
        assertThat(f.contract()).isEqualTo(new Contract(SU35, 1, 24, 2.0, 3, 0, 1, false));
        assertThat(f.repeat()).extracting(Contract::number, Contract::units, Contract::tranches)
                .containsExactly(2, 12, 2);
        assertThat(f.rolls()).extracting(Forecast.Roll::subject).contains("arms.tranche", "arms.tranche_late");
        assertThat(f.notes()).extracting(Forecast.Note::key).contains("arms.contract_signed");
        // the first tranche brings a third of the contract's value
        Forecast.Roll tranche = f.rolls().stream().filter(r -> r.subject().equals("arms.tranche")).findFirst()
                .orElseThrow();
        assertThat(tranche.onSuccess()).anySatisfy(c -> {
            assertThat(c.indicator()).isEqualTo(RU_ARMS_REVENUE);
            assertThat(c.delta()).isCloseTo(2.0 / 3, within(1e-9));
        });
        GameState afterRepeat = play(e, play(e, s, SU35, SU35).state(), SU35, SU35).state();
        assertThat(e.forecast(play(e, s, SU35, SU35).state(), Side.BEIJING, SU35).repeat()).isNull();
        assertThat(e.contractOffer(afterRepeat, SU35)).isEmpty();
        // a yearly sale has no contract, and rules 2 none at all
        assertThat(e.forecast(s, Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS).contract()).isNull();
        assertThat(new Engine(able().build(), Rules.V2).forecast(s, Side.MOSCOW, SU35).contract()).isNull();
    }

    @Test
    void copyProgress_isKeptPerClass_addsUpToTheIndicator_andEnginesProgressSlowest() {
        Engine e = new Engine(TestScenario.create().with(RU_DEFENSE_INDUSTRY, 100).with(TRUST, 80)
                .with(CN_COPY_PROGRESS, 6).build(), Rules.V3);
        GameState s = e.newGame(4).state();
        assertThat(s.copyProgress()).containsEntry(CopyClass.AIRCRAFT, 6.0).containsEntry(CopyClass.ENGINES, 0.0);
        TestScenario.Played engines = play(e, s, Variant.ARMS_ENGINES_HELICOPTERS, Variant.ARMS_ENGINES_HELICOPTERS);
        assertThat(engines.happened("arms.delivered")).isTrue();
        double engineGain = engines.state().copyProgress().get(CopyClass.ENGINES);
        // 6 exposure x 0.6 absorption x 0.3 for engines
        assertThat(engineGain).isCloseTo(6 * 0.6 * 0.3, within(1e-9));
        assertThat(engines.applied()).anySatisfy(a -> {
            assertThat(a.mod()).isEqualTo(Mod.A8_ENGINES_HARDEST);
            assertThat(a.size()).isCloseTo(0.3, within(1e-12));
        });
        double sum = engines.state().copyProgress().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(engines.get(CN_COPY_PROGRESS)).isCloseTo(sum, within(1e-9));
        // a downgraded export adds to the aircraft class at the full pace, not to the engines
        TestScenario.Played planes = play(e, s, Variant.ARMS_DOWNGRADED_EXPORT, Variant.ARMS_DOWNGRADED_EXPORT);
        assertThat(planes.state().copyProgress().get(CopyClass.AIRCRAFT)).isCloseTo(6 + 3 * 0.6, within(1e-9));
        assertThat(planes.state().copyProgress().get(CopyClass.ENGINES)).isZero();
    }

    @Test
    void copyClasses_areBeijingsSecret_inViewsForecastsAndEvents() {
        Engine e = new Engine(TestScenario.create().with(RU_DEFENSE_INDUSTRY, 100).with(CN_COPY_PROGRESS, 30)
                .build(), Rules.V3);
        GameState s = e.newGame(5).state();
        List<Event> all = new ArrayList<>();
        for (int turn = 0; turn < 6 && !s.isOver(); turn++) {
            TestScenario.Played p = play(e, s, Variant.ARMS_S400, Variant.ARMS_S400);
            if (!e.isLegal(p.state(), Side.MOSCOW, Variant.ARMS_S400)) {
                p = play(e, s, Variant.ARMS_ENGINES_HELICOPTERS, Variant.ARMS_ENGINES_HELICOPTERS);
            }
            all.addAll(p.events());
            s = p.state();
        }
        assertThat(s.copyProgress().get(CopyClass.AIR_DEFENSE)).isPositive();
        assertThat(e.view(s, Side.MOSCOW).copyProgress()).isEmpty();
        assertThat(e.view(s, Side.MOSCOW).contracts()).isEqualTo(s.contracts());
        assertThat(e.view(s, Side.BEIJING).copyProgress()).isEqualTo(s.copyProgress());
        // the copy rolls (their odds tell a class's progress) never reach Moscow
        assertThat(all).anySatisfy(ev -> assertThat(ev).isInstanceOf(Event.Roll.class)
                .matches(r -> ((Event.Roll) r).kind() == RollKind.UNLICENSED_COPY));
        assertThat(Audience.MOSCOW.redact(all)).noneMatch(ev -> ev instanceof Event.Roll r
                && r.kind() == RollKind.UNLICENSED_COPY);
        assertThat(Audience.MOSCOW.redact(all)).noneMatch(ev -> ev instanceof Event.Effect fx
                && fx.deltas().stream().anyMatch(d -> d.indicator() == CN_COPY_PROGRESS));
        // Moscow's forecast is the same whatever Beijing's copy classes are
        GameState other = new GameState(s.turn(), s.year(), s.values(), null, null, s.rng(), s.cards(),
                s.spentCards(), s.overdue(), s.ending(), s.reverseDeals(), s.contracts(),
                Map.of(CopyClass.ENGINES, 90.0));
        for (Variant v : e.legalChoices(s, Side.MOSCOW)) {
            assertThat(e.forecast(other, Side.MOSCOW, v)).isEqualTo(e.forecast(s, Side.MOSCOW, v));
        }
    }

    @Test
    void contractsAndCopyClasses_areDigested_soAReplayMustReproduceThem() {
        Engine e = new Engine(able().build(), Rules.V3);
        GameState s = play(e, e.newGame(6).state(), SU35, SU35).state();
        GameState noContract = new GameState(s.turn(), s.year(), s.values(), null, null, s.rng(), s.cards(),
                s.spentCards(), s.overdue(), s.ending(), s.reverseDeals(), List.of(), s.copyProgress());
        GameState otherCopy = new GameState(s.turn(), s.year(), s.values(), null, null, s.rng(), s.cards(),
                s.spentCards(), s.overdue(), s.ending(), s.reverseDeals(), s.contracts(),
                Map.of(CopyClass.ENGINES, 1.0));
        assertThat(StateDigest.of(noContract)).isNotEqualTo(StateDigest.of(s));
        assertThat(StateDigest.of(otherCopy)).isNotEqualTo(StateDigest.of(s));
    }

    @Test
    void signedNarration_saysOneTrancheArrivesNextTurn_andSeveralOneATurn() {
        String one = Narration.contract(new Event.ContractUpdate(new Contract(S400, 3, 1, 0.5, 1, 0, 2, false),
                Event.ContractUpdate.Stage.SIGNED));
        // it read "delivered in one tranche, one a turn from the next"
        assertThat(one).contains("one tranche").doesNotContain("one a turn");
        String three = Narration.contract(new Event.ContractUpdate(new Contract(SU35, 1, 24, 2.0, 3, 0, 1, false),
                Event.ContractUpdate.Stage.SIGNED));
        assertThat(three).contains("3 tranches, one a turn from the next");
    }
}
