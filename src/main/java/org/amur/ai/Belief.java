package org.amur.ai;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amur.engine.CopyClass;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Forecast;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Mod;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * What a {@link SearchBot} believes, from its seat's views and the events its seat was shown, and nothing
 * else: which once-only cards have fired, which delayed deals are still owed, how many reverse deals were
 * delivered, how far Beijing's hidden copy progress has probably got (when playing Moscow: the public
 * deliveries times the public copy-exposure rule, reset when a copy is revealed), and which kind of player
 * the other side is: a posterior over the {@linkplain #MODELS opponent models}, starting from
 * {@link #HISTORY_PRIOR} and updated each turn with the likelihood each gave to the choice the other side
 * revealed.
 *
 * <p>Its point estimate of the present ({@link #expectedValues}, {@link #present}) is what
 * {@link Determinization} draws possible presents around.
 */
final class Belief {

    /** Share of every opponent likelihood that is uniform, so no reading of the other side is ever certain. */
    static final double SURPRISE = 0.15;
    /** Draws of a stochastic policy used to estimate how likely it was to make a choice. */
    static final int LIKELIHOOD_DRAWS = 48;
    /**
     * Prior odds of the Historian model against each other opponent model, before the other side has
     * revealed anything: the bot presumes the other capital plays as history did (the focal point two
     * players who cannot talk share) until its choices say otherwise. At 10:1 the Historian holds about
     * 62 % of the prior; a revealed choice the Historian would not make cuts it to about a third, two
     * to a minority.
     */
    static final double HISTORY_PRIOR = 10;
    /** Pseudo-count of every legal choice in the habit model. */
    static final double HABIT_PRIOR = 0.5;
    /** Typical copy progress per elapsed turn, for a bot that was told no events. */
    static final double COPY_PER_TURN = 3.0;

    static final Personality[] KINDS = Personality.values();
    /** Own rollout policies (and styles): the personalities. */
    static final Policy[] OWN = {KINDS[0].policy(), KINDS[1].policy(), KINDS[2].policy(), KINDS[3].policy()};
    /**
     * Opponent models: the personalities, the random player, "habit" (the other side's own past choices,
     * Laplace-smoothed), which stands for any player that is none of these, a search bot or a person, and
     * "partner".
     */
    static final int MODELS = KINDS.length + 3;
    static final int RANDOM_MODEL = KINDS.length;
    static final int HABIT_MODEL = KINDS.length + 1;
    /** The "partner" model: the other side meets the move this bot's own style would make. */
    static final int PARTNER_MODEL = KINDS.length + 2;

    private static final int V = Variant.values().length;

    private final Engine engine;
    private final Scenario scenario;
    private final Side seat;
    /** The bot's own generator for likelihoods of stochastic policies (never the search's dice). */
    private final SplitMix64 reading;

    private final List<String> spentSeen = new ArrayList<>();
    private final List<Variant> owed = new ArrayList<>();
    /** Reverse deals delivered (announced to both seats); counted only under rules that count them. */
    private int reverseSeen;
    private final double[] logOdds = prior();
    private final double[] habits = new double[V];
    private final Policy habit = this::habitChoice;
    /** The views this seat decided on, and the style in force at each (parallel lists). */
    private final List<SeatView> views = new ArrayList<>();
    private final List<Integer> stylesAtViews = new ArrayList<>();
    private double copyEstimate;
    /**
     * Rules 3 on: the estimate by copy class, followed from the deliveries this seat was told of by the public rule
     * ({@link Engine#copyExposureOf}); it adds up to {@link #copyEstimate}. Null under rules 1 and 2 (one pool).
     */
    private final EnumMap<CopyClass, Double> classEstimate;
    /** Beijing's copy progress at the start: the scenario's, and what contracts signed before the game exposed. */
    private final double copyAtStart;
    private boolean heardEvents;

    Belief(Engine engine, Side seat, SplitMix64 reading) {
        this.engine = engine;
        this.scenario = engine.scenario();
        this.seat = seat;
        this.reading = reading;
        this.copyAtStart = engine.copyProgressAtStart();
        this.copyEstimate = copyAtStart;
        Map<CopyClass, Double> start = engine.copyClassesAtStart();
        this.classEstimate = start.isEmpty() ? null : new EnumMap<>(start);
    }

    private static double[] prior() {
        double[] p = new double[MODELS];
        p[Personality.HISTORIAN.ordinal()] = Math.log(HISTORY_PRIOR);
        return p;
    }

    /** A decision is being made on {@code view} with {@code style} in force: remember both, and the cards it shows. */
    void decidingOn(SeatView view, int style) {
        views.add(view);
        stylesAtViews.add(style);
        for (String id : view.cards()) {
            spend(id);
        }
    }

    /** The style was chosen during the decision on the latest view. */
    void styleChosen(int style) {
        stylesAtViews.set(stylesAtViews.size() - 1, style);
    }

    void observe(List<Event> events) {
        for (Event e : events) {
            if (e instanceof Event.CardDrawn c) {
                spend(c.cardId());
            } else if (e instanceof Event.ChoicesRevealed r) {
                read(r.turn(), seat == Side.MOSCOW ? r.beijing() : r.moscow());
            } else if (e instanceof Event.Effect fx) {
                heardEvents = true;
                track(fx);
            }
        }
    }

    private void spend(String cardId) {
        if (spentSeen.contains(cardId)) {
            return;
        }
        for (Scenario.Card c : scenario.deck()) {
            if (c.id().equals(cardId) && c.once()) {
                spentSeen.add(cardId);
            }
        }
    }

    /**
     * Deliveries feed Beijing's copy progress by a public rule; late deals are owed until delivered. From rules 3
     * on, a Russian system's delivery (a yearly deal, an overdue one, or a contract's tranche) adds to its class
     * what the delivery step adds ({@link Engine#copyExposureOf}), and a copy sets its class back to 0.
     */
    private void track(Event.Effect fx) {
        Variant v = fx.subject();
        switch (fx.key()) {
            case "arms.delivered", "arms.overdue_delivered", "arms.tranche_delivered", "arms.reverse_delivered" -> {
                if (classEstimate != null && v != null && v.arms().isPresent()) {
                    exposeByClass(v, fx);
                } else if (!fx.key().equals("arms.tranche_delivered")) {
                    double exposure = v == null ? 0 : v.arms().map(Variant.Arms::copyExposure)
                            .orElse(v.reverse().map(Variant.Reverse::copyExposure).orElse(0.0));
                    copyEstimate += exposure * Forecast.modifierSize(engine, Mod.A7_COPY_EXPOSURE)
                            * Forecast.modifierSize(engine, Mod.A8_SLOW_ABSORPTION);
                }
                if (fx.key().equals("arms.overdue_delivered") && !owed.isEmpty()) {
                    owed.remove(0);
                }
                if (fx.key().equals("arms.reverse_delivered") && engine.rules().countsReverseDeals()) {
                    reverseSeen++;
                }
            }
            case "arms.delayed" -> {
                if (v != null) {
                    owed.add(v);
                }
            }
            case "copy.unlicensed" -> {
                CopyClass c = classEstimate == null || v == null ? null : CopyClass.ofSubject(v);
                if (c == null) {
                    copyEstimate = 0;
                } else {
                    copyEstimate -= classEstimate.getOrDefault(c, 0.0);
                    classEstimate.put(c, 0.0);
                }
            }
            default -> {
            }
        }
        copyEstimate = Indicator.CN_COPY_PROGRESS.clamp(copyEstimate);
    }

    /**
     * Rules 3 on: adds one delivery of {@code v} to its class; a contract's tranche counts as its share of a year's
     * deal, read from the arms revenue it brought.
     */
    private void exposeByClass(Variant v, Event.Effect fx) {
        double scale = 1;
        if (fx.key().equals("arms.tranche_delivered")) {
            double revenue = 0;
            for (Event.Delta d : fx.deltas()) {
                if (d.indicator() == Indicator.RU_ARMS_REVENUE) {
                    revenue += d.change();
                }
            }
            scale = revenue > 0 ? revenue / v.arms().get().valueBusd() : 0;
        }
        for (Map.Entry<CopyClass, Double> e : engine.copyExposureOf(v, scale).entrySet()) {
            double before = classEstimate.getOrDefault(e.getKey(), 0.0);
            double after = Indicator.CN_COPY_PROGRESS.clamp(before + e.getValue());
            classEstimate.put(e.getKey(), after);
            copyEstimate += after - before;
        }
    }

    /** Bayes: how likely each kind of player was to make the choice the other side revealed on {@code turn}. */
    private void read(int turn, Variant theirs) {
        SeatView mine = null;
        int styleThen = -1;
        for (int i = views.size() - 1; i >= 0 && mine == null; i--) {
            if (views.get(i).turn() == turn) {
                mine = views.get(i);
                styleThen = stylesAtViews.get(i);
            }
        }
        if (mine == null || theirs == null) {
            return;
        }
        GameState then = present(mine, expectedValues(mine), 0);
        Side other = seat.other();
        List<Variant> legal = engine.legalChoices(then, other);
        if (!legal.contains(theirs)) {
            return;
        }
        Situation s = Situation.of(then, other, legal, scenario);
        for (int k = 0; k < MODELS; k++) {
            double p;
            if (k == RANDOM_MODEL || (k == PARTNER_MODEL && styleThen < 0)) {
                p = 1.0 / legal.size();
            } else if (k == PARTNER_MODEL) {
                // Did the other side meet the move this bot's style would have made?
                Situation me = Situation.of(mine, scenario);
                int hits = 0;
                for (int d = 0; d < LIKELIHOOD_DRAWS; d++) {
                    if (OWN[styleThen].choose(me, reading).variant() == theirs) {
                        hits++;
                    }
                }
                p = (1 - SURPRISE) * hits / LIKELIHOOD_DRAWS + SURPRISE / legal.size();
            } else if (k == HABIT_MODEL) {
                // The habit model's prediction before it saw this choice (a Dirichlet-multinomial).
                double total = 0;
                for (Variant v : legal) {
                    total += habits[v.ordinal()] + HABIT_PRIOR;
                }
                p = (habits[theirs.ordinal()] + HABIT_PRIOR) / total;
            } else {
                int hits = 0;
                for (int d = 0; d < LIKELIHOOD_DRAWS; d++) {
                    if (KINDS[k].policy().choose(s, reading).variant() == theirs) {
                        hits++;
                    }
                }
                p = (1 - SURPRISE) * hits / LIKELIHOOD_DRAWS + SURPRISE / legal.size();
            }
            logOdds[k] += Math.log(p);
        }
        habits[theirs.ordinal()]++;
    }

    /** True before the other side has revealed any choice: the belief is still the prior. */
    boolean nothingRevealed() {
        for (double h : habits) {
            if (h > 0) {
                return false;
            }
        }
        return true;
    }

    /** The habit model: the other side's past choices, each legal choice with a small pseudo-count. */
    private Policy.Pick habitChoice(Situation s, SplitMix64 d) {
        List<Variant> legal = s.legal();
        double total = 0;
        for (Variant v : legal) {
            total += habits[v.ordinal()] + HABIT_PRIOR;
        }
        double x = Heuristic.uniform(d) * total;
        for (Variant v : legal) {
            x -= habits[v.ordinal()] + HABIT_PRIOR;
            if (x < 0) {
                return new Policy.Pick(v, "random.any");
            }
        }
        return new Policy.Pick(legal.get(legal.size() - 1), "random.any");
    }

    /** The opponent policy of model {@code k}; the partner model plays the habit model when it cannot meet a move. */
    Policy model(int k) {
        return k == RANDOM_MODEL ? RandomPolicy.INSTANCE : k == HABIT_MODEL || k == PARTNER_MODEL ? habit
                : KINDS[k].policy();
    }

    /** Moscow's current estimate of Beijing's hidden copy progress. */
    double copyEstimate() {
        return copyEstimate;
    }

    /** Rules 3 on: Moscow's current estimate by copy class (empty under rules 1 and 2). */
    Map<CopyClass, Double> classEstimate() {
        return classEstimate == null ? Map.of() : Map.copyOf(classEstimate);
    }

    /** The current reading of the other side: a probability per opponent model. */
    double[] posterior() {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logOdds) {
            max = Math.max(max, l);
        }
        double[] p = new double[logOdds.length];
        double total = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(logOdds[k] - max);
            total += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= total;
        }
        return p;
    }

    /** A present built from a view and what this seat knows: the given values, no commitments, generator state {@code rng}. */
    GameState present(SeatView view, Indicators values, long rng) {
        // rules 3: the contracts are public; Beijing knows its copy classes, Moscow uses its estimate by class
        Map<CopyClass, Double> copy = view.copyProgress();
        if (copy.isEmpty() && classEstimate != null) {
            // Moscow's estimate by class; whatever of the indicator's estimate the classes do not account for (a
            // bot told nothing grows it by a typical few points a year) sits where the start value lies
            EnumMap<CopyClass, Double> m = new EnumMap<>(classEstimate);
            double rest = values.get(Indicator.CN_COPY_PROGRESS) - m.values().stream().mapToDouble(Double::doubleValue).sum();
            CopyClass start = CopyClass.start(engine.rules());
            m.put(start, Indicator.CN_COPY_PROGRESS.clamp(m.getOrDefault(start, 0.0) + rest));
            copy = m;
        } else if (copy.isEmpty() && engine.rules().version() >= 3) {
            copy = Map.of(CopyClass.start(engine.rules()), values.get(Indicator.CN_COPY_PROGRESS));
        }
        return new GameState(view.turn(), view.year(), values, null, null, rng, view.cards(),
                List.copyOf(spentSeen), List.copyOf(owed), null, reverseSeen, view.contracts(), copy);
    }

    /** The visible indicators, with every hidden one at its estimate. */
    Indicators expectedValues(SeatView view) {
        Map<Indicator, Double> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            Double x = view.values().get(i);
            m.put(i, x != null ? x : estimate(i, view));
        }
        return Indicators.of(m);
    }

    /**
     * Where a hidden indicator probably stands. The only one is Beijing's copy progress, hidden from
     * Moscow: followed from the deliveries this seat was told of, or, for a bot told nothing, grown
     * from the scenario's start value by a typical few points a year.
     */
    private double estimate(Indicator i, SeatView view) {
        if (i == Indicator.CN_COPY_PROGRESS) {
            return heardEvents ? copyEstimate
                    : i.clamp(copyAtStart + COPY_PER_TURN * (view.turn() - 1));
        }
        return scenario.start().get(i);
    }
}
