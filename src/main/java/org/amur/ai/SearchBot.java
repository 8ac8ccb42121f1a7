package org.amur.ai;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Forecast;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Step;
import org.amur.engine.Tally;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * The search bot: determinized Monte Carlo tree search over the engine's own {@link Engine#apply}.
 *
 * <p><b>What it knows.</b> Only its seat's {@link SeatView} and the events its seat was shown
 * ({@link #observe}). From those it keeps a belief: which kind of player the other side is (a
 * posterior over the opponent models below, starting from {@link #HISTORY_PRIOR} and updated each turn
 * with the likelihood each gave to the
 * choice the other side revealed), how far Beijing's hidden copy progress has probably got (when
 * playing Moscow: the public deliveries times the public copy-exposure rule, reset when a copy is
 * revealed), which once-only cards have fired and which delayed deals are still owed.
 *
 * <p><b>How it searches.</b> Each iteration builds one possible present from that belief — the visible
 * indicators, hidden ones drawn around their estimate, and a <em>fresh</em> random-generator state
 * drawn from the bot's own dice, never the game's — and plays it to the end:
 * <ul>
 *   <li>the other side's simultaneous choices come from one opponent model drawn from the posterior
 *       for the whole iteration, so the search best-responds to the player it thinks it faces: one of
 *       the other seat's personalities, the random player, the other side's habits so far (its past
 *       choices, smoothed), or a partner that meets the move this bot's own style would make (how
 *       another search bot that has read this one behaves);</li>
 *   <li>its own choices follow an open-loop tree of its own moves (one node per sequence of its own
 *       moves, whatever the dice did), chosen by UCB1 scaled by the spread of the scores seen, one new
 *       node per iteration; below the tree it follows one of its own personalities as rollout policy,
 *       picked per iteration by a UCB1 bandit over how well each has done so far;</li>
 *   <li>an iteration is worth the bot's own final score: the game is not zero-sum and the other
 *       side's score does not count.</li>
 * </ul>
 * It commits the most visited first move, except that it stays <em>in character</em>: at its first
 * decision it picks a style, the personality that does best for its seat as a whole-game policy (an
 * eighth of the budget per candidate, on common random numbers), and whenever that style's move is
 * not clearly worse than the most visited one (within {@link #TOLERANCE} points, or within the noise of the
 * two estimates, see {@link #tolerance}), it plays the style's move. This game
 * rewards coordination, and a bot that plays like a recognisable personality is one the other side
 * can read and meet.
 *
 * <p>The budget is a number of iterations, never a clock, so a seed gives the same choice on any
 * machine; {@link Level} sets it.
 */
public final class SearchBot implements Bot {

    /** Difficulty: the number of simulated games per decision. */
    public enum Level {
        EASY("easy", 60),
        NORMAL("normal", 400),
        HARD("hard", 5000);

        private final String id;
        private final int iterations;

        Level(String id, int iterations) {
            this.id = id;
            this.iterations = iterations;
        }

        public String id() {
            return id;
        }

        public int iterations() {
            return iterations;
        }

        static Level parse(String s) {
            for (Level l : values()) {
                if (l.id.equals(s)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown difficulty '" + s + "'; choose easy, normal or hard");
        }
    }

    /** Exploration weight of UCB1, in units of the standard deviation of the scores seen. */
    static final double EXPLORATION = 0.7;
    /** Share of every opponent likelihood that is uniform, so no reading of the other side is ever certain. */
    static final double SURPRISE = 0.15;
    /** Draws of a stochastic policy used to estimate how likely it was to make a choice. */
    static final int LIKELIHOOD_DRAWS = 48;

    private static final int V = Variant.values().length;
    private static final Personality[] KINDS = Personality.values();
    /** Own rollout policies: the personalities. */
    private static final Policy[] OWN = {
        KINDS[0].policy(), KINDS[1].policy(), KINDS[2].policy(), KINDS[3].policy()};
    /**
     * Opponent models: the personalities, the random player, and "habit" (the other side's own past
     * choices, Laplace-smoothed), which stands for any player that is none of these, a search bot or a
     * person.
     */
    private static final int MODELS = KINDS.length + 3;
    private static final int RANDOM_MODEL = KINDS.length;
    private static final int HABIT_MODEL = KINDS.length + 1;
    /** The "partner" model: the other side meets the move this bot's own style would make. */
    private static final int PARTNER_MODEL = KINDS.length + 2;
    /**
     * Prior odds of the Historian model against each other opponent model, before the other side has
     * revealed anything: the bot presumes the other capital plays as history did (the focal point two
     * players who cannot talk share) until its choices say otherwise. At 10:1 the Historian holds about
     * 62 % of the prior; a revealed choice the Historian would not make cuts it to about a third, two
     * to a minority.
     */
    static final double HISTORY_PRIOR = 10;

    private static double[] prior() {
        double[] p = new double[MODELS];
        p[Personality.HISTORIAN.ordinal()] = Math.log(HISTORY_PRIOR);
        return p;
    }

    /** Pseudo-count of every legal choice in the habit model. */
    static final double HABIT_PRIOR = 0.5;
    /** Stand-ins (by ordinal) for the own rollout policies in the bandit that picks one per iteration. */
    private static final List<Variant> OWN_ARMS = List.of(Variant.values()).subList(0, OWN.length);

    private final Engine engine;
    private final Scenario scenario;
    private final Side seat;
    private final int iterations;
    private final String spec;
    private final SplitMix64 dice;
    private final SplitMix64 reading;

    // ---- belief, from the views and the events this seat was shown
    private final List<String> spentSeen = new ArrayList<>();
    private final List<Variant> owed = new ArrayList<>();
    /** Reverse deals delivered (announced to both seats); counted only under rules that count them. */
    private int reverseSeen;
    private final double[] logOdds = prior();
    private final double[] habits = new double[V];
    private final Policy habit = this::habitChoice;
    /** This bot's own style for the game (a personality index), fixed by its first search; -1 before. */
    private int style = -1;
    /** The style in force at each decision, parallel to {@link #views}. */
    private final List<Integer> stylesAtViews = new ArrayList<>();
    private final List<SeatView> views = new ArrayList<>();
    private double copyEstimate;
    private boolean heardEvents;

    public SearchBot(Engine engine, Side seat, Level level, long seed) {
        this(engine, seat, level.iterations(), seed, "mcts:" + level.id());
    }

    /** A search bot with an explicit budget (benchmarks and tests). */
    SearchBot(Engine engine, Side seat, int iterations, long seed, String spec) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.engine = engine;
        this.scenario = engine.scenario();
        this.seat = seat;
        this.iterations = iterations;
        this.spec = spec;
        this.dice = new SplitMix64(SplitMix64.seedState(seed));
        this.reading = new SplitMix64(SplitMix64.seedState(~seed));
        this.copyEstimate = scenario.start().get(Indicator.CN_COPY_PROGRESS);
    }

    @Override
    public String name() {
        return spec;
    }

    @Override
    public Decision decide(SeatView view) {
        if (view.seat() != seat) {
            throw new IllegalArgumentException("this bot plays " + seat.displayName() + ", not "
                    + view.seat().displayName());
        }
        List<Variant> legal = view.legalChoices();
        if (legal.isEmpty()) {
            throw new IllegalStateException("no legal choice: the game is over or the seat has committed");
        }
        views.add(view);
        stylesAtViews.add(style);
        for (String id : view.cards()) {
            spend(id);
        }
        if (legal.size() == 1) {
            return new Decision(legal.get(0), Reasons.line(spec, seat, legal.get(0), Reasons.get("search.why_only")));
        }
        if (style < 0) {
            style = chooseStyle(view);
            stylesAtViews.set(stylesAtViews.size() - 1, style);
        }
        Result r = search(view);
        double[] post = posterior();
        int likely = 0;
        for (int k = 1; k < post.length; k++) {
            if (post[k] > post[likely]) {
                likely = k;
            }
        }
        Map<String, String> extra = Map.of(
                "sims", Integer.toString(iterations),
                "mean", Narration.signed(r.mean(r.best), 1),
                "side", seat.displayName(),
                "alt", Text.title(r.runnerUp),
                "alt_mean", Narration.signed(r.mean(r.runnerUp), 1),
                "other", seat.other().displayName(),
                "opponent", likely < KINDS.length ? Reasons.botName(KINDS[likely].id()) : "",
                "odds", Long.toString(Math.round(100 * post[likely])),
                "style", r.style == null ? "" : Reasons.botName(r.style.id()));
        String template = r.style != null ? "search.why_style"
                : likely == Personality.HISTORIAN.ordinal() && nothingRevealed() ? "search.why_presume"
                : post[likely] < 0.4 || likely == RANDOM_MODEL
                ? "search.why" : likely == HABIT_MODEL ? "search.why_habit"
                : likely == PARTNER_MODEL ? "search.why_partner" : "search.why_read";
        String why = Reasons.fill(Reasons.get(template), Situation.of(view, scenario), extra);
        return new Decision(r.best, Reasons.line(spec, seat, r.best, why));
    }

    // ------------------------------------------------------------------ belief

    @Override
    public void observe(List<Event> events) {
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

    /** Deliveries feed Beijing's copy progress by a public rule; late deals are owed until delivered. */
    private void track(Event.Effect fx) {
        switch (fx.key()) {
            case "arms.delivered", "arms.overdue_delivered", "arms.reverse_delivered" -> {
                Variant v = fx.subject();
                double exposure = v == null ? 0 : v.arms().map(Variant.Arms::copyExposure)
                        .orElse(v.reverse().map(Variant.Reverse::copyExposure).orElse(0.0));
                copyEstimate += exposure * Forecast.modifierSize(engine, Mod.A7_COPY_EXPOSURE)
                        * Forecast.modifierSize(engine, Mod.A8_SLOW_ABSORPTION);
                if (fx.key().equals("arms.overdue_delivered") && !owed.isEmpty()) {
                    owed.remove(0);
                }
                if (fx.key().equals("arms.reverse_delivered") && engine.rules().countsReverseDeals()) {
                    reverseSeen++;
                }
            }
            case "arms.delayed" -> {
                if (fx.subject() != null) {
                    owed.add(fx.subject());
                }
            }
            case "copy.unlicensed" -> copyEstimate = 0;
            default -> {
            }
        }
        copyEstimate = Indicator.CN_COPY_PROGRESS.clamp(copyEstimate);
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
        GameState then = present(mine, presentValues(mine), 0);
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
    private boolean nothingRevealed() {
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

    /** The opponent policy of model {@code k}; the partner model is handled in the search loop (null here). */
    private Policy model(int k) {
        return k == RANDOM_MODEL ? RandomPolicy.INSTANCE : k == HABIT_MODEL ? habit
                : k == PARTNER_MODEL ? null : KINDS[k].policy();
    }

    /** Moscow's current estimate of Beijing's hidden copy progress (for tests). */
    double copyEstimate() {
        return copyEstimate;
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

    /** A possible present built from a view: its values, no commitments, a fresh generator state. */
    private GameState present(SeatView view, Indicators values, long rng) {
        // rules 3: the contracts are public; Beijing knows its copy classes, Moscow puts its estimate of the
        // copy progress on airframes (where the indicator's start value lies)
        java.util.Map<org.amur.engine.CopyClass, Double> copy = view.copyProgress();
        if (copy.isEmpty() && engine.rules().version() >= 3) {
            copy = java.util.Map.of(org.amur.engine.CopyClass.AIRCRAFT, values.get(Indicator.CN_COPY_PROGRESS));
        }
        return new GameState(view.turn(), view.year(), values, null, null, rng, view.cards(),
                List.copyOf(spentSeen), List.copyOf(owed), null, reverseSeen, view.contracts(), copy);
    }

    /** The visible indicators, with every hidden one at its estimate. */
    private Indicators presentValues(SeatView view) {
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
                    : i.clamp(scenario.start().get(i) + COPY_PER_TURN * (view.turn() - 1));
        }
        return scenario.start().get(i);
    }

    /** Typical copy progress per elapsed turn, for a bot that was told no events. */
    static final double COPY_PER_TURN = 3.0;

    /** A possible present: each hidden indicator drawn uniformly within 40 % of its estimate either side. */
    private Indicators sampleHidden(Indicators base, SeatView view) {
        Indicators out = base;
        for (Indicator i : Indicator.values()) {
            if (!view.values().containsKey(i)) {
                double c = base.get(i);
                out = out.with(i, c * (0.6 + 0.8 * Heuristic.uniform(dice)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ search

    /** Statistics of the root after a search: visits and mean own score per first move. */
    static final class Result {
        final int[] visits = new int[V];
        final double[] sums = new double[V];
        final double[] squares = new double[V];
        Variant best;
        Variant runnerUp;
        /** The personality whose move was played instead of the most visited one, or null. */
        Personality style;
        /** The own rollout policy that did best in this search (index into the personalities), or -1. */
        int bestRollout = -1;

        double mean(Variant v) {
            int n = visits[v.ordinal()];
            return n == 0 ? Double.NaN : sums[v.ordinal()] / n;
        }

        int visits(Variant v) {
            return visits[v.ordinal()];
        }

        /** The squared standard error of {@code v}'s mean (its sample variance over its visits); 0 below two visits. */
        double meanSquareError(Variant v) {
            int n = visits[v.ordinal()];
            if (n < 2) {
                return 0;
            }
            double m = sums[v.ordinal()] / n;
            double var = Math.max(0, (squares[v.ordinal()] - n * m * m) / (n - 1));
            return var / n;
        }
    }

    /** A node of the open-loop tree of this seat's own moves (also used as a bandit over rollout policies). */
    private static final class Node {
        final int[] n = new int[V];
        final int[] avail = new int[V];
        final double[] sum = new double[V];
        final double[] sumSq = new double[V];
        final Node[] children = new Node[V];

        Variant select(List<Variant> legal, double scale) {
            Variant best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Variant v : legal) {
                avail[v.ordinal()]++;
            }
            for (Variant v : legal) {
                int k = v.ordinal();
                if (n[k] == 0) {
                    return v;
                }
                double u = sum[k] / n[k] + scale * Math.sqrt(Math.log(avail[k]) / n[k]);
                if (u > bestValue) {
                    bestValue = u;
                    best = v;
                }
            }
            return best;
        }
    }

    /**
     * This bot's style for the game: the personality that, played as a whole-game policy from here
     * against the opponent models, earns this seat the most. The candidates are compared on the same
     * sampled presents, generator states and opponents (common random numbers), one eighth of the
     * budget each.
     */
    int chooseStyle(SeatView view) {
        Indicators base = presentValues(view);
        double[] reading = posterior();
        int games = Math.max(8, iterations / 8);
        double[] sums = new double[OWN.length];
        Side other = seat.other();
        for (int g = 0; g < games; g++) {
            Indicators values = sampleHidden(base, view);
            long rng = dice.nextLong();
            long noise = dice.nextLong();
            int modelIndex = draw(reading);
            Policy opponent = model(modelIndex);
            for (int k = 0; k < OWN.length; k++) {
                SplitMix64 d = new SplitMix64(noise);
                GameState s = present(view, values, rng);
                while (!s.isOver()) {
                    List<Variant> legalOwn = engine.legalChoices(s, seat);
                    Variant mine = OWN[k].choose(Situation.of(s, seat, legalOwn, scenario), d).variant();
                    Variant theirs = (opponent != null ? opponent : habit)
                            .choose(Situation.of(s, other, engine.legalChoices(s, other), scenario), d).variant();
                    s = play(s, mine, theirs);
                }
                sums[k] += s.score(seat);
            }
        }
        int best = 0;
        for (int k = 1; k < OWN.length; k++) {
            if (sums[k] > sums[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Runs the whole budget from {@code view} and returns the root statistics. */
    Result search(SeatView view) {
        List<Variant> rootLegal = view.legalChoices();
        Side other = seat.other();
        Indicators base = presentValues(view);
        double[] reading = posterior();
        Node root = new Node();
        Node ownBandit = new Node();
        Node[] pathNodes = new Node[scenario.turns() + 1];
        Variant[] pathMoves = new Variant[scenario.turns() + 1];
        double count = 0;
        double mean = 0;
        double m2 = 0;
        for (int it = 0; it < iterations; it++) {
            GameState s = present(view, sampleHidden(base, view), dice.nextLong());
            int modelIndex = draw(reading);
            Policy opponent = model(modelIndex);
            boolean partner = modelIndex == PARTNER_MODEL && style >= 0;
            double scale = count < 2 ? 1.0 : EXPLORATION * Math.sqrt(m2 / (count - 1));
            int ownIndex = ownBandit.select(OWN_ARMS, scale).ordinal();
            Policy own = OWN[ownIndex];
            Node node = root;
            int depth = 0;
            while (!s.isOver()) {
                List<Variant> legalOwn = node == root ? rootLegal : engine.legalChoices(s, seat);
                Variant mine;
                if (node != null) {
                    mine = node.select(legalOwn, scale);
                    pathNodes[depth] = node;
                    pathMoves[depth] = mine;
                    depth++;
                } else {
                    mine = own.choose(Situation.of(s, seat, legalOwn, scenario), dice).variant();
                }
                List<Variant> legalOther = engine.legalChoices(s, other);
                Variant theirs = null;
                if (partner) {
                    Variant meet = OWN[style].choose(Situation.of(s, seat, legalOwn, scenario), dice).variant();
                    theirs = legalOther.contains(meet) ? meet : null;
                }
                if (theirs == null) {
                    theirs = (opponent != null ? opponent : habit)
                            .choose(Situation.of(s, other, legalOther, scenario), dice).variant();
                }
                s = play(s, mine, theirs);
                if (node != null) {
                    Node child = node.children[mine.ordinal()];
                    if (child == null) {
                        node.children[mine.ordinal()] = new Node();
                        node = null;
                    } else {
                        node = child;
                    }
                }
            }
            double value = s.score(seat);
            count++;
            double delta = value - mean;
            mean += delta / count;
            m2 += delta * (value - mean);
            ownBandit.n[ownIndex]++;
            ownBandit.sum[ownIndex] += value;
            for (int k = 0; k < depth; k++) {
                int a = pathMoves[k].ordinal();
                pathNodes[k].n[a]++;
                pathNodes[k].sum[a] += value;
                pathNodes[k].sumSq[a] += value * value;
            }
        }
        Result r = new Result();
        System.arraycopy(root.n, 0, r.visits, 0, V);
        System.arraycopy(root.sum, 0, r.sums, 0, V);
        System.arraycopy(root.sumSq, 0, r.squares, 0, V);
        for (Variant v : rootLegal) {
            if (r.best == null || better(r, v, r.best)) {
                r.best = v;
            }
        }
        // In character: when the move of the rollout style that did best is about as good as the most
        // visited one, play it. A bot that plays like a recognisable personality is easier for the
        // other side to read and coordinate with, and this game rewards coordination.
        for (int k = 0; k < OWN.length; k++) {
            if (ownBandit.n[k] > 0 && (r.bestRollout < 0
                    || ownBandit.sum[k] / ownBandit.n[k] > ownBandit.sum[r.bestRollout] / ownBandit.n[r.bestRollout])) {
                r.bestRollout = k;
            }
        }
        int character = style >= 0 ? style : r.bestRollout;
        if (character >= 0 && TOLERANCE > 0) {
            Variant inCharacter = OWN[character].choose(Situation.of(view, scenario), dice).variant();
            if (inCharacter != r.best && r.visits(inCharacter) > 0
                    && r.mean(inCharacter) >= r.mean(r.best) - tolerance(r, inCharacter, r.best)) {
                r.runnerUp = r.best;
                r.best = inCharacter;
                r.style = KINDS[character];
                return r;
            }
        }
        for (Variant v : rootLegal) {
            if (v != r.best && (r.runnerUp == null || better(r, v, r.runnerUp))) {
                r.runnerUp = v;
            }
        }
        return r;
    }

    /** How far below the best first move (in score points) an in-character move may always be and still be played. */
    static final double TOLERANCE = 1.0;

    /** One-sided 95 % normal quantile: the search must be this sure a move beats the style's move to leave character. */
    static final double CONFIDENCE_Z = 1.645;

    /**
     * How far below {@code best} the in-character move {@code mine} may be and still be played: {@link #TOLERANCE},
     * or more when the two means are too noisy to tell apart ({@link #CONFIDENCE_Z} standard errors of their
     * difference, from the spread of each move's own simulated scores).
     */
    static double tolerance(Result r, Variant mine, Variant best) {
        return Math.max(TOLERANCE, CONFIDENCE_Z * Math.sqrt(r.meanSquareError(mine) + r.meanSquareError(best)));
    }

    private int draw(double[] p) {
        double x = Heuristic.uniform(dice);
        for (int k = 0; k < p.length - 1; k++) {
            x -= p[k];
            if (x < 0) {
                return k;
            }
        }
        return p.length - 1;
    }

    /** More visits wins; equal visits, the higher mean; then the scenario's order (the earlier one). */
    private static boolean better(Result r, Variant a, Variant b) {
        int na = r.visits(a);
        int nb = r.visits(b);
        if (na != nb) {
            return na > nb;
        }
        double ma = na == 0 ? Double.NEGATIVE_INFINITY : r.mean(a);
        double mb = nb == 0 ? Double.NEGATIVE_INFINITY : r.mean(b);
        return ma > mb;
    }

    private GameState play(GameState s, Variant mine, Variant theirs) {
        Variant m = seat == Side.MOSCOW ? mine : theirs;
        Variant b = seat == Side.MOSCOW ? theirs : mine;
        // the batch path: the same states as the full path bit for bit (BatchPathTest), without building the
        // events and their words, which a search never reads (about a quarter of a turn's cost)
        Step step = engine.apply(s, new Action.Commit(Side.MOSCOW, m.id(), ""), Tally.NONE);
        step = engine.apply(step.stateOrThrow(), new Action.Commit(Side.BEIJING, b.id(), ""), Tally.NONE);
        return step.stateOrThrow();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, %d iterations)", spec, seat.id(), iterations);
    }
}
