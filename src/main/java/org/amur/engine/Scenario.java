package org.amur.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything about a contingency that the engine needs, already validated: start values, the
 * variants on offer, the event deck, each side's objectives, thresholds and end conditions, and how
 * strongly each asymmetry weighs here. Text for players (briefings, guidance) stays in the scenario
 * file; the engine never shows text itself.
 *
 * @param weights per-asymmetry weight (1 = the model's default, 0 = switched off); missing = 1
 * @param contractsPerSystem rules 3: how many contracts a big system (Su-35, S-400...) may be sold under in
 *                           one game, each repeat smaller than the one before ({@link Contract});
 *                           {@link #DEFAULT_CONTRACTS_PER_SYSTEM} unless the file says otherwise
 * @param contractsSigned    rules 3: big systems already under contract when the game starts (the S-400 and
 *                           Su-35 deals of 2014-2015 in the 2018 scenarios); they count towards the cap, so a
 *                           sale in the game is the smaller repeat. Their undelivered value is the start's
 *                           delivery backlog.
 */
public record Scenario(String id, String title, int startYear, int turns, int yearsPerTurn, Indicators start,
                       List<Variant> variants, List<Objective> moscowObjectives, List<Objective> beijingObjectives,
                       List<Card> deck, int maxCardsPerTurn, Thresholds thresholds, Map<Asymmetry, Double> weights,
                       OutcomeScores outcomeScores, Par par, int contractsPerSystem, List<Variant> contractsSigned) {

    /** Contracts per big system when a scenario does not say: the first, and one smaller repeat. */
    public static final int DEFAULT_CONTRACTS_PER_SYSTEM = 2;

    /** Most contracts per big system a scenario may allow. */
    public static final int MAX_CONTRACTS_PER_SYSTEM = 5;

    public Scenario {
        Objects.requireNonNull(id, "id");
        if (contractsPerSystem < 1 || contractsPerSystem > MAX_CONTRACTS_PER_SYSTEM) {
            throw new IllegalArgumentException("contractsPerSystem must be 1 to " + MAX_CONTRACTS_PER_SYSTEM);
        }
        contractsSigned = List.copyOf(contractsSigned);
        for (Variant v : contractsSigned) {
            if (Contract.terms(v).isEmpty()) {
                throw new IllegalArgumentException(v.id() + " is not sold under contracts");
            }
        }
        par = par == null ? Par.NONE : par;
        Objects.requireNonNull(start, "start");
        if (turns < 1) {
            throw new IllegalArgumentException("turns must be at least 1");
        }
        if (yearsPerTurn < 1) {
            throw new IllegalArgumentException("yearsPerTurn must be at least 1");
        }
        variants = List.copyOf(variants);
        moscowObjectives = List.copyOf(moscowObjectives);
        beijingObjectives = List.copyOf(beijingObjectives);
        deck = List.copyOf(deck);
        EnumMap<Asymmetry, Double> w = new EnumMap<>(Asymmetry.class);
        w.putAll(weights);
        weights = java.util.Collections.unmodifiableMap(w);
    }

    /** A scenario with no contract signed before the game. */
    public Scenario(String id, String title, int startYear, int turns, int yearsPerTurn, Indicators start,
                    List<Variant> variants, List<Objective> moscowObjectives, List<Objective> beijingObjectives,
                    List<Card> deck, int maxCardsPerTurn, Thresholds thresholds, Map<Asymmetry, Double> weights,
                    OutcomeScores outcomeScores, Par par, int contractsPerSystem) {
        this(id, title, startYear, turns, yearsPerTurn, start, variants, moscowObjectives, beijingObjectives, deck,
                maxCardsPerTurn, thresholds, weights, outcomeScores, par, contractsPerSystem, List.of());
    }

    /** A scenario with the default cap on contracts per big system. */
    public Scenario(String id, String title, int startYear, int turns, int yearsPerTurn, Indicators start,
                    List<Variant> variants, List<Objective> moscowObjectives, List<Objective> beijingObjectives,
                    List<Card> deck, int maxCardsPerTurn, Thresholds thresholds, Map<Asymmetry, Double> weights,
                    OutcomeScores outcomeScores, Par par) {
        this(id, title, startYear, turns, yearsPerTurn, start, variants, moscowObjectives, beijingObjectives, deck,
                maxCardsPerTurn, thresholds, weights, outcomeScores, par, DEFAULT_CONTRACTS_PER_SYSTEM);
    }

    /** A scenario without a stated par (measured against 0; older files). */
    public Scenario(String id, String title, int startYear, int turns, int yearsPerTurn, Indicators start,
                    List<Variant> variants, List<Objective> moscowObjectives, List<Objective> beijingObjectives,
                    List<Card> deck, int maxCardsPerTurn, Thresholds thresholds, Map<Asymmetry, Double> weights,
                    OutcomeScores outcomeScores) {
        this(id, title, startYear, turns, yearsPerTurn, start, variants, moscowObjectives, beijingObjectives, deck,
                maxCardsPerTurn, thresholds, weights, outcomeScores, Par.NONE);
    }

    /** The same scenario with another par. */
    public Scenario withPar(Par p) {
        return new Scenario(id, title, startYear, turns, yearsPerTurn, start, variants, moscowObjectives,
                beijingObjectives, deck, maxCardsPerTurn, thresholds, weights, outcomeScores, p, contractsPerSystem,
                contractsSigned);
    }

    /**
     * The same scenario played for {@code n} turns (a shorter or longer game, chosen at a new game), its par
     * taken in proportion to the turns.
     */
    public Scenario withTurns(int n) {
        // par is stated for the file's own length; a shorter game is measured against it in proportion to
        // its turns, as a game under way is (Standing): the spread stays the full game's
        Par scaled = n == turns || !par.stated() ? par : new Par(par.moscow() * n / turns, par.beijing() * n / turns,
                par.moscowSpread(), par.beijingSpread(), par.games(), par.seed(), par.rules());
        return new Scenario(id, title, startYear, n, yearsPerTurn, start, variants, moscowObjectives,
                beijingObjectives, deck, maxCardsPerTurn, thresholds, weights, outcomeScores, scaled,
                contractsPerSystem, contractsSigned);
    }

    public List<Objective> objectives(Side side) {
        return side == Side.MOSCOW ? moscowObjectives : beijingObjectives;
    }

    public double weight(Asymmetry a) {
        return weights.getOrDefault(a, 1.0);
    }

    public int yearOf(int turn) {
        return startYear + (turn - 1) * yearsPerTurn;
    }

    /** A side scores {@code weight} points per 1 % of the indicator's range it gains over its start. */
    public record Objective(Indicator indicator, double weight) {
    }

    /**
     * The thresholds of the model. {@code realThreat}: US-China war risk from which a treaty brings
     * Russia's deterrent into play (A1) and Beijing may invoke it. {@code natoCrisis}: Russia-NATO
     * tension from which Moscow may invoke it. {@code ruptureTrust}: trust at or below which the
     * partnership breaks.
     */
    public record Thresholds(double realThreat, double natoCrisis, double ruptureTrust) {
        /**
         * How far above the crisis level Russia-NATO tension must be for a crisis that escalates to be full
         * war rather than a limited clash (rules 4; a scenario assumption).
         */
        public static final double NATO_WAR_ABOVE_CRISIS = 10;

        /** Russia-NATO tension from which an escalation is full war (rules 4). */
        public double natoWar() {
            return natoCrisis + NATO_WAR_ABOVE_CRISIS;
        }
    }

    /**
     * Each side's par: the median final score of a fixed, seeded batch of history-like play (Historian
     * against Historian), with that batch's per-game standard deviation ({@code spread}) as the unit of
     * the victory levels ({@link Standing}). {@code games}, {@code seed} and {@code rules} say how the
     * batch was played, so a test can recompute it; {@code games == 0} means the scenario states no par.
     */
    public record Par(double moscow, double beijing, double moscowSpread, double beijingSpread, int games, long seed,
                      int rules) {
        /** Spread used when a scenario states no par, in points. */
        public static final double DEFAULT_SPREAD = 10;
        /** No par: results are measured against 0. */
        public static final Par NONE = new Par(0, 0, DEFAULT_SPREAD, DEFAULT_SPREAD, 0, 0, 0);

        public Par {
            if (!(moscowSpread > 0) || !(beijingSpread > 0)) {
                throw new IllegalArgumentException("a par's spread must be above 0");
            }
        }

        public double of(Side side) {
            return side == Side.MOSCOW ? moscow : beijing;
        }

        public double spread(Side side) {
            return side == Side.MOSCOW ? moscowSpread : beijingSpread;
        }

        /** Whether the scenario states a par (else results are measured against 0). */
        public boolean stated() {
            return games > 0;
        }
    }

    /** Score points each side gets when the game ends in a war or a rupture. */
    public record OutcomeScores(double warUsChinaMoscow, double warUsChinaBeijing, double warNatoMoscow,
                                double warNatoBeijing, double ruptureMoscow, double ruptureBeijing) {

        public double of(EndReason reason, Side side) {
            boolean ru = side == Side.MOSCOW;
            return switch (reason) {
                case WAR_US_CHINA -> ru ? warUsChinaMoscow : warUsChinaBeijing;
                case WAR_RUSSIA_NATO -> ru ? warNatoMoscow : warNatoBeijing;
                case RUPTURE -> ru ? ruptureMoscow : ruptureBeijing;
                case FULL_TERM -> 0;
            };
        }
    }

    /**
     * A world event card. It may fire at the start of a turn in {@code [firstTurn, lastTurn]} when every
     * condition of its trigger holds, with {@code chance} percent; a {@code once} card fires at most once
     * a game. {@code citation} may be null when the card is the scenario's invention.
     */
    public record Card(String id, String title, List<Condition> trigger, int firstTurn, int lastTurn, int chance,
                       List<CardEffect> effects, boolean once, Citation citation) {
        public Card {
            trigger = List.copyOf(trigger);
            effects = List.copyOf(effects);
        }
    }

    /** {@code indicator op value}, e.g. {@code us_china_war_risk >= 40}. */
    public record Condition(Indicator indicator, Op op, double value) {
        public boolean holds(Indicators v) {
            double x = v.get(indicator);
            return op == Op.AT_LEAST ? x >= value : x <= value;
        }
    }

    public enum Op { AT_LEAST, AT_MOST }

    public record CardEffect(Indicator indicator, double delta) {
    }
}
