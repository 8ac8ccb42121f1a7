package org.amur.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * A small fluent builder for engine {@link Scenario}s in focused tests, so a test can set up exactly
 * the situation it is about without a JSON file:
 *
 * <pre>{@code
 * Scenario s = TestScenario.create().with(Indicator.US_CHINA_WAR_RISK, 60).build();
 * Engine on = new Engine(s);
 * Engine off = new Engine(s, TestScenario.off(Asymmetry.A1));
 * Played p = TestScenario.play(on, on.newGame(1).state(), Variant.ALLIANCE_SIGN, Variant.ALLIANCE_SIGN);
 * }</pre>
 *
 * <p>Defaults are chosen so that nothing happens unless a test asks for it: every settable indicator
 * at 50 (so trust, Western pressure and the like sit at the points where their per-point modifiers
 * are zero), except {@code alliance_level} 2 (preparations in reserve, the report's present),
 * {@code us_china_war_risk} 20 (below the point where war is rolled), {@code cn.copy_progress} 0
 * (no copy roll), {@code ru.delivery_backlog_busd} 0 (no backlog roll) and
 * {@code ru.arms_revenue_busd} 0. Every variant is available, the deck is empty, thresholds are
 * real threat 45, NATO crisis 70, rupture trust 10, no asymmetry weights (all 1), two cards a turn at
 * most, and each side scores one point per percent gained on each of its own indicators.
 */
final class TestScenario {

    private final EnumMap<Indicator, Double> start = new EnumMap<>(Indicator.class);
    private String id = "test";
    private int startYear = 2018;
    private Rules rules = Rules.CURRENT;
    private int turns = 8;
    private int yearsPerTurn = 1;
    private List<Variant> variants = List.of(Variant.values());
    private List<Scenario.Objective> moscowObjectives = List.of(
            new Scenario.Objective(Indicator.RU_DEFENSE_INDUSTRY, 1),
            new Scenario.Objective(Indicator.RU_FAR_EAST_SECURITY, 1),
            new Scenario.Objective(Indicator.RU_TECH_EDGE, 1),
            new Scenario.Objective(Indicator.RU_ECONOMY, 1),
            new Scenario.Objective(Indicator.RU_FREEDOM, 1));
    private List<Scenario.Objective> beijingObjectives = List.of(
            new Scenario.Objective(Indicator.CN_PLA_MODERNIZATION, 1),
            new Scenario.Objective(Indicator.CN_INDIGENOUS_INDUSTRY, 1),
            new Scenario.Objective(Indicator.CN_ECONOMY, 1),
            new Scenario.Objective(Indicator.CN_FREEDOM, 1),
            new Scenario.Objective(Indicator.CN_STANDING, 1));
    private final List<Scenario.Card> deck = new ArrayList<>();
    private int maxCardsPerTurn = 2;
    private int contractsPerSystem = Scenario.DEFAULT_CONTRACTS_PER_SYSTEM;
    private List<Variant> contractsSigned = List.of();
    private Scenario.Thresholds thresholds = new Scenario.Thresholds(45, 70, 10);
    private final EnumMap<Asymmetry, Double> weights = new EnumMap<>(Asymmetry.class);
    private Scenario.OutcomeScores outcomeScores = new Scenario.OutcomeScores(-50, -50, -50, -50, -30, -30);

    private TestScenario() {
        for (Indicator i : Indicator.values()) {
            if (!i.derived()) {
                start.put(i, 50.0);
            }
        }
        start.put(Indicator.ALLIANCE_LEVEL, 2.0);
        start.put(Indicator.US_CHINA_WAR_RISK, 20.0);
        start.put(Indicator.CN_COPY_PROGRESS, 0.0);
        start.put(Indicator.RU_DELIVERY_BACKLOG, 0.0);
        start.put(Indicator.RU_ARMS_REVENUE, 0.0);
    }

    /** A builder with the defaults described in the class comment. */
    static TestScenario create() {
        return new TestScenario();
    }

    /** Sets a start value; derived indicators (interoperability, scores) cannot be set. */
    TestScenario with(Indicator i, double value) {
        if (i.derived()) {
            throw new IllegalArgumentException(i.id() + " is derived by the engine and cannot be set");
        }
        if (value < i.min() || value > i.max()) {
            throw new IllegalArgumentException(i.id() + " = " + value + " is outside [" + i.min() + ", " + i.max() + "]");
        }
        start.put(i, value);
        return this;
    }

    TestScenario id(String id) {
        this.id = id;
        return this;
    }

    TestScenario turns(int n) {
        this.turns = n;
        return this;
    }

    /** The rules {@link #engine()} plays under (default: the current rules). */
    TestScenario rules(Rules r) {
        this.rules = r;
        return this;
    }

    TestScenario startYear(int year) {
        this.startYear = year;
        return this;
    }

    TestScenario yearsPerTurn(int n) {
        this.yearsPerTurn = n;
        return this;
    }

    TestScenario variants(Variant... available) {
        this.variants = List.of(available);
        return this;
    }

    TestScenario objectives(Side side, Scenario.Objective... objectives) {
        if (side == Side.MOSCOW) {
            moscowObjectives = List.of(objectives);
        } else {
            beijingObjectives = List.of(objectives);
        }
        return this;
    }

    TestScenario deck(Scenario.Card... cards) {
        deck.addAll(Arrays.asList(cards));
        return this;
    }

    TestScenario maxCardsPerTurn(int n) {
        this.maxCardsPerTurn = n;
        return this;
    }

    /** Rules 3: how many contracts a big system may be sold under. */
    TestScenario contractsPerSystem(int n) {
        this.contractsPerSystem = n;
        return this;
    }

    /** Rules 3: the big systems under contract before the game. */
    TestScenario contractsSigned(Variant... systems) {
        this.contractsSigned = List.of(systems);
        return this;
    }

    /** The scenario's own weight for an asymmetry (an analyst's scale multiplies it). */
    TestScenario weight(Asymmetry a, double w) {
        weights.put(a, w);
        return this;
    }

    TestScenario thresholds(double realThreat, double natoCrisis, double ruptureTrust) {
        this.thresholds = new Scenario.Thresholds(realThreat, natoCrisis, ruptureTrust);
        return this;
    }

    TestScenario outcomeScores(Scenario.OutcomeScores scores) {
        this.outcomeScores = scores;
        return this;
    }

    Scenario build() {
        return new Scenario(id, "Test scenario " + id, startYear, turns, yearsPerTurn, Indicators.of(start), variants,
                moscowObjectives, beijingObjectives, deck, maxCardsPerTurn, thresholds, weights, outcomeScores,
                Scenario.Par.NONE, contractsPerSystem, contractsSigned);
    }

    /** An engine for the built scenario, every asymmetry as the model has it. */
    Engine engine() {
        return new Engine(build(), rules);
    }

    /** An engine for the built scenario with an analyst's scale per asymmetry. */
    Engine engine(Map<Asymmetry, Double> scale) {
        return new Engine(build(), scale, rules);
    }

    /** A card that fires with {@code chance} percent on every turn, with the given effects. */
    static Scenario.Card card(String id, int chance, Scenario.CardEffect... effects) {
        return new Scenario.Card(id, id, List.of(), 1, Integer.MAX_VALUE, chance, List.of(effects), false, null);
    }

    // ------------------------------------------------------------------ analyst scales

    /** Scale that switches one asymmetry off. */
    static Map<Asymmetry, Double> off(Asymmetry a) {
        return Map.of(a, 0.0);
    }

    /** Scale that doubles one asymmetry. */
    static Map<Asymmetry, Double> doubled(Asymmetry a) {
        return Map.of(a, 2.0);
    }

    // ------------------------------------------------------------------ playing

    /** One resolved turn: the state after it and every event of the resolving commitment. */
    record Played(GameState state, List<Event> events) {

        double get(Indicator i) {
            return state.get(i);
        }

        Stream<Event.Effect> effects() {
            return TestScenario.effects(events);
        }

        Stream<Event.Effect> effects(String key) {
            return effects().filter(e -> e.key().equals(key));
        }

        boolean happened(String effectKey) {
            return effects(effectKey).findAny().isPresent();
        }

        Stream<Event.Roll> rolls(RollKind kind) {
            return TestScenario.rolls(events, kind);
        }

        /** Every modifier that applied this turn, as a factor, a cause of a change or a roll modifier. */
        List<Event.Applied> applied() {
            return TestScenario.applied(events);
        }

        /** Every change this turn whose cause is a modifier of {@code a}. */
        List<Event.Delta> deltasFrom(Asymmetry a) {
            return TestScenario.deltasFrom(events, a);
        }

        /** Net change of one indicator caused by one modifier this turn. */
        double changeBy(Mod m, Indicator i) {
            return effects().flatMap(e -> e.deltas().stream())
                    .filter(d -> d.cause() == m && d.indicator() == i)
                    .mapToDouble(Event.Delta::change).sum();
        }

        /** How the game ended this turn, or null. */
        EndReason ending() {
            return state.ending();
        }
    }

    /** Commits both choices (Moscow first) and returns the resolved turn. */
    static Played play(Engine e, GameState s, Variant moscow, Variant beijing) {
        GameState afterMoscow = e.apply(s, new Action.Commit(Side.MOSCOW, moscow)).stateOrThrow();
        Step resolved = e.apply(afterMoscow, new Action.Commit(Side.BEIJING, beijing));
        return new Played(resolved.stateOrThrow(), resolved.eventsOrEmpty());
    }

    /** Commits both choices and returns the state after the turn. */
    static GameState turn(Engine e, GameState s, Variant moscow, Variant beijing) {
        return play(e, s, moscow, beijing).state();
    }

    /** A new game from {@code seed} and its first turn played with the given choices. */
    static Played firstTurn(Engine e, long seed, Variant moscow, Variant beijing) {
        return play(e, e.newGame(seed).state(), moscow, beijing);
    }

    /**
     * Plays up to {@code n} turns with the same pair of choices (fewer if the game ends) and returns every
     * resolved turn in order.
     */
    static List<Played> playTurns(Engine e, long seed, int n, Variant moscow, Variant beijing) {
        List<Played> out = new ArrayList<>(n);
        GameState s = e.newGame(seed).state();
        for (int t = 0; t < n && !s.isOver(); t++) {
            Played p = play(e, s, moscow, beijing);
            out.add(p);
            s = p.state();
        }
        return out;
    }

    // ------------------------------------------------------------------ events

    static Stream<Event.Effect> effects(List<Event> events) {
        return events.stream().filter(Event.Effect.class::isInstance).map(Event.Effect.class::cast);
    }

    static Stream<Event.Roll> rolls(List<Event> events, RollKind kind) {
        return events.stream().filter(Event.Roll.class::isInstance).map(Event.Roll.class::cast)
                .filter(r -> r.kind() == kind);
    }

    static List<Event.Applied> applied(List<Event> events) {
        List<Event.Applied> out = new ArrayList<>();
        for (Event ev : events) {
            if (ev instanceof Event.Effect fx) {
                out.addAll(fx.factors());
                for (Event.Delta d : fx.deltas()) {
                    if (d.cause() != null) {
                        out.add(new Event.Applied(d.cause(), d.change()));
                    }
                }
            } else if (ev instanceof Event.Roll r) {
                out.addAll(r.modifiers());
            }
        }
        return out;
    }

    static List<Event.Delta> deltasFrom(List<Event> events, Asymmetry a) {
        return effects(events).flatMap(e -> e.deltas().stream())
                .filter(d -> d.cause() != null && d.cause().asymmetry() == a)
                .toList();
    }

    // ------------------------------------------------------------------ Monte Carlo

    /** Summary of a sample of per-seed measurements. */
    record Sample(double mean, double variance, int n) {

        static Sample of(double[] xs) {
            double m = Arrays.stream(xs).average().orElseThrow();
            double ss = 0;
            for (double x : xs) {
                ss += (x - m) * (x - m);
            }
            return new Sample(m, xs.length > 1 ? ss / (xs.length - 1) : 0, xs.length);
        }

        /** Measures {@code f} for seeds 1..n. */
        static Sample over(int n, LongFunction<Double> f) {
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = f.apply(i + 1L);
            }
            return of(xs);
        }

        double standardError() {
            return Math.sqrt(variance / n);
        }

        /** Standard error of the difference of two independent means. */
        double standardErrorOfDifference(Sample other) {
            return Math.sqrt(variance / n + other.variance / other.n);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.4f ± %.4f (n=%d)", mean, standardError(), n);
        }
    }
}
