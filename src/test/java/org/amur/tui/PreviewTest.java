package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amur.ai.RandomBot;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.RollKind;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The turn screen's preview must say what the engine will do: over many random games, every roll of
 * a chosen variant (when nothing earlier in the turn moved trust or industry) has exactly the base
 * odds, modifiers and final odds the preview showed at decision time, and a delivered deal changes
 * the PLA, the border and Russia's edge by the amounts the preview gave.
 */
class PreviewTest {

    @Test
    void preview_oddsAndDeliveryEffects_matchTheEngineOverManyGames() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        Map<RollKind, Integer> compared = new EnumMap<>(RollKind.class);
        int deliveries = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Session s = Session.start(sc, seed);
            RandomBot ru = new RandomBot(seed * 31);
            RandomBot cn = new RandomBot(seed * 37);
            while (!s.state().isOver()) {
                int turn = s.state().turn();
                GameState decision = s.state();
                Map<Indicator, Double> seen = s.engine().view(decision, Side.MOSCOW).values();
                s.apply(new Action.Commit(Side.MOSCOW, ru.decide(s.engine().view(decision, Side.MOSCOW)).variant()));
                s.apply(new Action.Commit(Side.BEIJING, cn.decide(s.engine().view(decision, Side.BEIJING)).variant()));
                boolean moved = false;
                boolean revealed = false;
                for (Event e : s.eventsOfTurn(turn)) {
                    if (e instanceof Event.ChoicesRevealed) {
                        revealed = true;
                    }
                    if (!revealed) {
                        continue;
                    }
                    if (e instanceof Event.Roll r && r.subject() != null && !moved
                            && r.kind() != RollKind.TREATY_HONOURED) {
                        Preview.Odds o = find(new Preview(s.engine(), seen, Side.MOSCOW, r.subject()).rolls(), r.kind());
                        assertThat(o.base()).as("base of %s", r).isEqualTo(r.baseOdds());
                        assertThat(o.mods()).as("modifiers of %s", r).isEqualTo(r.modifiers());
                        assertThat(o.odds()).as("odds of %s", r).isEqualTo(r.odds());
                        compared.merge(r.kind(), 1, Integer::sum);
                    }
                    if (e instanceof Event.Effect fx && fx.key().equals("arms.delivered") && !moved) {
                        deliveries += checkDelivery(s, seen, fx);
                    }
                    if (touches(e)) {
                        moved = true;
                    }
                }
            }
        }
        assertThat(compared.getOrDefault(RollKind.DELIVERY, 0)).isGreaterThan(50);
        assertThat(compared.getOrDefault(RollKind.EXERCISE_SUCCESS, 0)).isGreaterThan(100);
        assertThat(compared.getOrDefault(RollKind.PARTICIPATION, 0)).isGreaterThan(100);
        assertThat(compared.getOrDefault(RollKind.NEGOTIATION, 0)).isGreaterThan(20);
        assertThat(deliveries).isGreaterThan(30);
    }

    @Test
    void preview_reverseDealUnderRules2_givesTheEnginesEconomyAndFreedomChanges() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("sanctions-squeeze");
        int checked = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Session s = Session.start(sc, seed);
            assertThat(s.rules()).isEqualTo(Rules.V2);
            while (!s.state().isOver()) {
                GameState decision = s.state();
                Map<Indicator, Double> seen = s.engine().view(decision, Side.MOSCOW).values();
                Variant v = Variant.REV_SPACE_ELECTRONICS;
                Preview.Outcome supplied = new Preview(s.engine(), seen, Side.MOSCOW, v, decision.reverseDeals())
                        .outcomes().stream().filter(o -> o.when().equals("outcome.supplied")).findFirst()
                        .orElseThrow();
                int from = s.events().size();
                s.apply(new Action.Commit(Side.MOSCOW, v));
                s.apply(new Action.Commit(Side.BEIJING, v));
                for (Event e : s.events().subList(from, s.events().size())) {
                    if (e instanceof Event.Effect fx && fx.key().equals("arms.reverse_delivered")) {
                        for (Event.Delta d : fx.deltas()) {
                            if ((d.indicator() == Indicator.RU_ECONOMY || d.indicator() == Indicator.RU_FREEDOM)
                                    && d.after() > d.indicator().min() && d.after() < d.indicator().max()) {
                                double expected = supplied.changes().stream()
                                        .filter(c -> c.indicator() == d.indicator())
                                        .mapToDouble(Preview.Change::amount).sum();
                                assertThat(d.change()).as("%s, seed %d", d.indicator(), seed)
                                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static int checkDelivery(Session s, Map<Indicator, Double> seen, Event.Effect fx) {
        List<Preview.Outcome> outcomes = new Preview(s.engine(), seen, Side.MOSCOW, fx.subject()).outcomes();
        Preview.Outcome delivered = outcomes.stream().filter(o -> o.when().equals("outcome.delivered")).findFirst()
                .orElseThrow();
        int checked = 0;
        for (Event.Delta d : fx.deltas()) {
            if (d.after() <= d.indicator().min() || d.after() >= d.indicator().max()) {
                continue; // clamped at a bound: the preview gives the amount before limits
            }
            if (d.indicator() == Indicator.CN_PLA_MODERNIZATION || d.indicator() == Indicator.RU_FAR_EAST_SECURITY
                    || d.indicator() == Indicator.RU_TECH_EDGE) {
                double expected = delivered.changes().stream().filter(c -> c.indicator() == d.indicator())
                        .mapToDouble(Preview.Change::amount).sum();
                assertThat(d.change()).as("%s of %s", d.indicator(), fx.subject()).isCloseTo(expected,
                        org.assertj.core.data.Offset.offset(1e-9));
                checked = 1;
            }
        }
        return checked;
    }

    /** Whether an event changed trust or Russian industry (the values the odds depend on). */
    private static boolean touches(Event e) {
        List<Event.Delta> ds = e instanceof Event.Effect fx ? fx.deltas() : List.of();
        for (Event.Delta d : ds) {
            if (d.indicator() == Indicator.TRUST || d.indicator() == Indicator.RU_DEFENSE_INDUSTRY) {
                return true;
            }
        }
        return false;
    }

    private static Preview.Odds find(List<Preview.Odds> odds, RollKind kind) {
        return odds.stream().filter(o -> o.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("the preview has no " + kind + " roll: " + odds));
    }

    @Test
    void preview_hidesValuesTheSeatCannotSee() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        Session s = Session.start(sc, 1);
        Map<Indicator, Double> moscow = s.engine().view(s.state(), Side.MOSCOW).values();
        String text = new Preview(s.engine(), moscow, Side.MOSCOW, Variant.ARMS_SU35).doc(70, true, s.state()).plain();
        assertThat(text).containsPattern("Copy\\s+progress \\(hidden from you\\)");
        Map<Indicator, Double> beijing = s.engine().view(s.state(), Side.BEIJING).values();
        String cn = new Preview(s.engine(), beijing, Side.BEIJING, Variant.ARMS_SU35).doc(70, true, s.state()).plain();
        assertThat(cn).containsPattern("Copy\\s+progress \\+\\d");
    }
}
