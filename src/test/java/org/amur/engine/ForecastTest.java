package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forecast says what the turn then does. Over many seeded games with random choices, in every
 * scenario and under every rules version: every roll the turn draws (while nothing earlier in the turn
 * has moved trust or Russian industry, the values odds depend on) has exactly the base, terms and final
 * odds of the forecast made at decision time for the roll's subject; and every effect reached while
 * nothing earlier in the turn has changed any value makes exactly the changes (before clamping) that
 * the forecast gave for that outcome.
 */
class ForecastTest {

    static List<Object[]> cases() {
        List<Object[]> out = new java.util.ArrayList<>();
        for (String id : List.of("baseline", "taiwan-strait", "baltic-standoff", "central-asia", "sanctions-squeeze",
                "su27-offer")) {
            for (Rules r : Rules.all()) {
                out.add(new Object[] {id, r});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, rules {1}")
    @MethodSource("cases")
    void forecast_oddsTermsAndOutcomes_equalWhatTheTurnDoes(String id, Rules rules) throws Exception {
        Engine engine = new Engine(ScenarioLoader.forInstallation().resolve(id).scenario(), rules);
        Map<RollKind, Integer> rolls = new EnumMap<>(RollKind.class);
        Map<String, Integer> effects = new TreeMap<>();
        for (long seed = 1; seed <= 120; seed++) {
            SplittableRandom random = new SplittableRandom(seed * 7919);
            GameState s = ((Step.Accepted) engine.newGame(seed)).state();
            while (!s.isOver()) {
                GameState decision = s;
                List<Variant> ml = engine.legalChoices(s, Side.MOSCOW);
                List<Variant> bl = engine.legalChoices(s, Side.BEIJING);
                Variant m = ml.get(random.nextInt(ml.size()));
                Variant b = bl.get(random.nextInt(bl.size()));
                s = ((Step.Accepted) engine.apply(s, new Action.Commit(Side.MOSCOW, m))).state();
                Step.Accepted step = (Step.Accepted) engine.apply(s, new Action.Commit(Side.BEIJING, b));
                s = step.state();
                boolean oddsMoved = false;
                boolean anyMoved = false;
                for (Event e : step.events()) {
                    if (e instanceof Event.Roll r && r.subject() != null && !oddsMoved) {
                        Forecast f = engine.forecast(decision, Side.MOSCOW, r.subject());
                        Forecast.Roll fr = f.rolls().stream().filter(x -> x.kind() == r.kind()).findFirst()
                                .orElseThrow(() -> new AssertionError("no " + r.kind() + " roll in " + f));
                        assertThat(Math.round(fr.base())).as("base of %s", r).isEqualTo(r.baseOdds());
                        assertThat(fr.terms().stream().map(t -> new Event.Applied(t.mod(), t.points())).toList())
                                .as("terms of %s", r).isEqualTo(r.modifiers());
                        assertThat(Math.round(fr.odds())).as("odds of %s", r).isEqualTo(r.odds());
                        rolls.merge(r.kind(), 1, Integer::sum);
                    }
                    if (e instanceof Event.Effect fx && !anyMoved) {
                        List<Forecast.Change> expected = expected(engine, decision, fx);
                        if (expected != null) {
                            compare(fx, expected, decision);
                            effects.merge(fx.key(), 1, Integer::sum);
                        }
                    }
                    if (e instanceof Event.Effect fx && !fx.deltas().isEmpty()) {
                        anyMoved = true;
                        for (Event.Delta d : fx.deltas()) {
                            if (d.indicator() == Indicator.TRUST || d.indicator() == Indicator.RU_DEFENSE_INDUSTRY) {
                                oddsMoved = true;
                            }
                        }
                    }
                    if (e instanceof Event.AllianceChanged) {
                        anyMoved = true;
                    }
                }
            }
        }
        // every scenario and rules version compares enough of each kind for the equalities above to mean something
        for (RollKind k : List.of(RollKind.EXERCISE_SUCCESS, RollKind.PARTICIPATION, RollKind.NEGOTIATION,
                RollKind.DELIVERY)) {
            assertThat(rolls.getOrDefault(k, 0)).as("%s compared: %s", k, rolls).isGreaterThan(10);
        }
        assertThat(effects.keySet()).as("%s", effects).contains("arms.delivered", "exercise.held_jointly",
                "exercise.declined", "arms.offer_unanswered", "alliance.consult_alone");
    }

    /** The forecast's changes for the outcome an effect is, or null when the forecast does not single it out. */
    private static List<Forecast.Change> expected(Engine engine, GameState decision, Event.Effect fx) {
        Variant v = fx.subject();
        Side actor = fx.actor() == null ? Side.MOSCOW : fx.actor();
        if (v == null && !fx.key().equals("burden_and_spoils") && !fx.key().equals("no_contact")) {
            return null;
        }
        Forecast f = engine.forecast(decision, actor, v == null ? Variant.ALLIANCE_CONSULT : v);
        return switch (fx.key()) {
            case "arms.delivered" -> roll(f, "arms.deal").onSuccess();
            case "arms.delayed" -> roll(f, "arms.late").onSuccess();
            // a contract's tranche; comparable only while the system is still on offer (then the forecast's
            // own contract has the same late tranche), not once its cap is reached
            case "arms.tranche_late" -> f.contract() == null ? null : roll(f, "arms.tranche_late").onSuccess();
            // a yearly deal's, or (rules 3) a contract's: the same loss of trust
            case "arms.contract_broken" -> roll(f, f.contract() != null ? "arms.tranche_late" : "arms.late").onFailure();
            case "arms.contract_signed" -> note(f, "arms.contract_signed");
            case "arms.talks_stalled" -> roll(f, "arms.other_pick").onFailure();
            case "arms.offer_unanswered", "arms.request_unanswered", "arms.reverse_delivered",
                 "alliance.consult_alone", "alliance.signed", "alliance.preparations_kept",
                 "burden_and_spoils", "no_contact" -> note(f, fx.key());
            case "alliance.treaty_declined" -> note(f, "alliance.treaty_declined");
            case "alliance.reserve_refused" -> note(f, Forecast.RESERVE_SHELVED);
            case "exercise.held_jointly" -> roll(f, "exercise.held").onSuccess();
            case "exercise.held_token" -> roll(f, "exercise.alone").onSuccess();
            case "exercise.declined" -> roll(f, "exercise.alone").onFailure();
            case "exercise.held_split" -> note(f, "exercise.held_split");
            case "alliance.invocation_refused" -> roll(f, "alliance.invoke_alone").onFailure();
            case "alliance.invoked" -> fx.actor() == null ? null : roll(f, "alliance.invoke_alone").onSuccess();
            default -> null;
        };
    }

    private static Forecast.Roll roll(Forecast f, String subject) {
        return f.rolls().stream().filter(r -> r.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no roll " + subject + " in " + f));
    }

    private static List<Forecast.Change> note(Forecast f, String key) {
        return f.notes().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no note " + key + " in " + f)).changes();
    }

    /** Each indicator the effect moved without reaching a bound changed by the forecast's amount. */
    private static void compare(Event.Effect fx, List<Forecast.Change> expected, GameState decision) {
        Map<Indicator, Double> want = new EnumMap<>(Indicator.class);
        for (Forecast.Change c : expected) {
            want.merge(c.indicator(), c.delta(), Double::sum);
        }
        Map<Indicator, Double> got = new EnumMap<>(Indicator.class);
        boolean clamped = false;
        for (Event.Delta d : fx.deltas()) {
            got.merge(d.indicator(), d.change(), Double::sum);
            if (d.after() <= d.indicator().min() || d.after() >= d.indicator().max()) {
                clamped = true;
            }
        }
        if (clamped) {
            return; // the forecast gives amounts before limits
        }
        for (Map.Entry<Indicator, Double> g : got.entrySet()) {
            assertThat(g.getValue()).as("%s of %s %s", g.getKey(), fx.key(), fx.subject())
                    .isCloseTo(want.getOrDefault(g.getKey(), 0.0), offset(1e-9));
        }
        for (Map.Entry<Indicator, Double> w : want.entrySet()) {
            double was = decision.get(w.getKey());
            if (Math.abs(w.getValue()) > 1e-12 && was > w.getKey().min() && was < w.getKey().max()) {
                assertThat(got).as("%s of %s %s", w.getKey(), fx.key(), fx.subject()).containsKey(w.getKey());
            }
        }
    }
}
