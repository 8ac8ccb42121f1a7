package org.amur.ai;

import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicators;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Step;
import org.amur.engine.Tally;
import org.amur.engine.Variant;

/**
 * The search of a {@link SearchBot}: a budget of simulated games, each from one {@link Determinization} of
 * the {@link Belief}, played to the end over the engine's own {@link Engine#apply} against an opponent model
 * drawn for the whole iteration, its own moves by an open-loop UCB1 tree and, below it, a rollout
 * personality picked by a bandit; an iteration is worth the bot's own final score ({@link SearchBot} tells
 * the whole method).
 * It answers the most visited first move, or the move of the bot's style when that is not clearly worse
 * ({@link #tolerance}).
 *
 * <p>A {@link Hurry} is read once per simulated game: once it is due, the search stops and answers from the
 * games played so far ({@link Result#played}); with no evidence on the style's move it plays that move.
 * A hurry that is never due leaves every draw, and so every choice, as without one.
 */
final class TreeSearch {

    /** Exploration weight of UCB1, in units of the standard deviation of the scores seen. */
    static final double EXPLORATION = 0.7;
    /** How far below the best first move (in score points) an in-character move may always be and still be played. */
    static final double TOLERANCE = 1.0;
    /** One-sided 95 % normal quantile: the search must be this sure a move beats the style's move to leave character. */
    static final double CONFIDENCE_Z = 1.645;
    /**
     * The share of the budget spread evenly over the first moves before UCB1 takes over at the root: a quarter.
     * One simulated game is a noisy estimate (its own dice, an opponent and a rollout policy drawn for it), and
     * UCB1 at {@link #EXPLORATION} rarely returns to a move whose first games went badly, so without it the
     * search settled on whichever move's first game was lucky.
     */
    static final double ROOT_SPREAD = 0.25;
    /**
     * The share of the budget the move of the bot's style is always given at the root, an eighth: the style's move
     * may be played instead of the most visited one when it is not clearly worse ({@link #tolerance}), and that
     * test is only as good as the style's move's own estimate. Without it a style's move that UCB1 had left after
     * the spread (four games each of 22 moves at 400 iterations in the Taiwan Strait) carried a standard error of
     * 10 to 30 points, so moves 20 to 50 points worse passed as "within the noise" and were played: search Beijing
     * asked for the treaty a Moscow that kept declining it, because its Historian style would.
     */
    static final double STYLE_SHARE = 0.125;

    private static final int V = Variant.values().length;
    private static final Policy[] OWN = Belief.OWN;
    /** Stand-ins (by ordinal) for the own rollout policies in the bandit that picks one per iteration. */
    private static final List<Variant> OWN_ARMS = List.of(Variant.values()).subList(0, OWN.length);

    private final Engine engine;
    private final Scenario scenario;
    private final Side seat;
    private final int iterations;
    private final SplitMix64 dice;
    private final Belief belief;
    private final Determinization draw;

    TreeSearch(Engine engine, Side seat, int iterations, SplitMix64 dice, Belief belief) {
        this.engine = engine;
        this.scenario = engine.scenario();
        this.seat = seat;
        this.iterations = iterations;
        this.dice = dice;
        this.belief = belief;
        this.draw = new Determinization(dice);
    }

    /** Statistics of the root after a search: visits and mean own score per first move. */
    static final class Result {
        final int[] visits = new int[V];
        final double[] sums = new double[V];
        final double[] squares = new double[V];
        Variant best;
        Variant runnerUp;
        /** The move of the bot's style, given {@link #STYLE_SHARE} of the budget at the root; null without a style. */
        Variant styleMove;
        /** The personality whose move was played instead of the most visited one, or null. */
        Personality style;
        /** The own rollout policy that did best in this search (index into the personalities), or -1. */
        int bestRollout = -1;
        /** The simulated games actually played: the budget, or fewer when the search was hurried. */
        int played;
        /** Whether the search was hurried before its budget was spent. */
        boolean hurried;
        /** Hurried before the style's move had two games (its noise): that move was played unjudged. */
        boolean unjudged;

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
            return select(legal, scale, 0);
        }

        /** UCB1, after every legal move has had at least {@code minVisits} (the least visited first, in order). */
        Variant select(List<Variant> legal, double scale, int minVisits) {
            return select(legal, scale, minVisits, null, 0);
        }

        /**
         * UCB1, after every legal move has had at least {@code minVisits} (the least visited first, in order) and
         * then {@code kept} (when legal and not null) at least {@code keptVisits}.
         */
        Variant select(List<Variant> legal, double scale, int minVisits, Variant kept, int keptVisits) {
            Variant best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Variant v : legal) {
                avail[v.ordinal()]++;
            }
            Variant least = null;
            for (Variant v : legal) {
                if (n[v.ordinal()] < minVisits && (least == null || n[v.ordinal()] < n[least.ordinal()])) {
                    least = v;
                }
            }
            if (least != null) {
                return least;
            }
            if (kept != null && n[kept.ordinal()] < keptVisits && legal.contains(kept)) {
                return kept;
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
     * A style choice: the personality chosen ({@code index}, -1 when hurried before any game was played),
     * and the whole games played to compare the candidates ({@code played}) out of {@code budget}.
     */
    record Style(int index, int played, int budget) {
        boolean hurried() {
            return played < budget;
        }
    }

    /** {@link #chooseStyle(SeatView, Hurry)} never hurried: the personality's index. */
    int chooseStyle(SeatView view) {
        return chooseStyle(view, Hurry.NEVER).index();
    }

    /**
     * The bot's style for the game: the personality that, played as a whole-game policy from here
     * against the opponent models, earns this seat the most. The candidates are compared on the same
     * sampled presents, generator states and opponents (common random numbers), one eighth of the
     * budget each. Hurried, it compares them on the rounds played (each round plays every candidate on
     * the same draws, so the comparison stays fair); hurried before the first round, it chooses none.
     */
    Style chooseStyle(SeatView view, Hurry hurry) {
        Indicators base = belief.expectedValues(view);
        double[] reading = belief.posterior();
        int games = Math.max(8, iterations / 8);
        double[] sums = new double[OWN.length];
        Side other = seat.other();
        int rounds = 0;
        for (int g = 0; g < games; g++) {
            if (hurry.due()) {
                break;
            }
            rounds++;
            Indicators values = draw.hidden(base, view);
            long rng = draw.generator();
            long noise = draw.generator();
            Policy opponent = belief.model(draw.opponent(reading));
            for (int k = 0; k < OWN.length; k++) {
                SplitMix64 d = new SplitMix64(noise);
                GameState s = belief.present(view, values, rng);
                while (!s.isOver()) {
                    List<Variant> legalOwn = engine.legalChoices(s, seat);
                    Variant mine = OWN[k].choose(Situation.of(s, seat, legalOwn, scenario), d).variant();
                    Variant theirs = opponent
                            .choose(Situation.of(s, other, engine.legalChoices(s, other), scenario), d).variant();
                    s = play(s, mine, theirs);
                }
                sums[k] += s.score(seat);
            }
        }
        if (rounds == 0) {
            return new Style(-1, 0, games * OWN.length);
        }
        int best = 0;
        for (int k = 1; k < OWN.length; k++) {
            if (sums[k] > sums[best]) {
                best = k;
            }
        }
        return new Style(best, rounds * OWN.length, games * OWN.length);
    }

    /** What personality {@code k} (an index into the personalities) would play in {@code view}, with this search's dice. */
    Policy.Pick inCharacter(SeatView view, int k) {
        return OWN[k].choose(Situation.of(view, scenario), dice);
    }

    /** Runs the whole budget from {@code view}, the bot's style being {@code style} (-1: none yet), and returns the root statistics. */
    Result search(SeatView view, int style) {
        return search(view, style, Hurry.NEVER);
    }

    /**
     * Runs the budget from {@code view}, the bot's style being {@code style} (-1: none yet), until {@code hurry}
     * is due, and returns the root statistics of the games played.
     */
    Result search(SeatView view, int style, Hurry hurry) {
        List<Variant> rootLegal = view.legalChoices();
        Side other = seat.other();
        Indicators base = belief.expectedValues(view);
        double[] reading = belief.posterior();
        Node root = new Node();
        Node ownBandit = new Node();
        Node[] pathNodes = new Node[scenario.turns() + 1];
        Variant[] pathMoves = new Variant[scenario.turns() + 1];
        double count = 0;
        double mean = 0;
        double m2 = 0;
        int rootMin = (int) (ROOT_SPREAD * iterations / rootLegal.size());
        // the move this bot would play in character, tried at least STYLE_SHARE of the budget: it is judged on evidence
        Variant styleMove = style >= 0 ? OWN[style].choose(Situation.of(view, scenario), dice).variant() : null;
        int styleMin = (int) (STYLE_SHARE * iterations);
        int played = 0;
        for (int it = 0; it < iterations; it++) {
            if (hurry.due()) {
                break;
            }
            played++;
            GameState s = belief.present(view, draw.hidden(base, view), draw.generator());
            int modelIndex = draw.opponent(reading);
            Policy opponent = belief.model(modelIndex);
            boolean partner = modelIndex == Belief.PARTNER_MODEL && style >= 0;
            double scale = count < 2 ? 1.0 : EXPLORATION * Math.sqrt(m2 / (count - 1));
            int ownIndex = ownBandit.select(OWN_ARMS, scale).ordinal();
            Policy own = OWN[ownIndex];
            Node node = root;
            int depth = 0;
            while (!s.isOver()) {
                List<Variant> legalOwn = node == root ? rootLegal : engine.legalChoices(s, seat);
                Variant mine;
                if (node != null) {
                    mine = node == root ? node.select(legalOwn, scale, rootMin, styleMove, styleMin)
                            : node.select(legalOwn, scale, 0);
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
                    theirs = opponent.choose(Situation.of(s, other, legalOther, scenario), dice).variant();
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
        r.styleMove = styleMove;
        r.played = played;
        r.hurried = played < iterations;
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
        if (r.hurried && styleMove != null && r.visits(styleMove) < 2) {
            // hurried before the style's move had an estimate (two games give its noise): no evidence against it
            r.best = styleMove;
            r.style = Belief.KINDS[style];
            r.unjudged = true;
            for (Variant v : rootLegal) {
                if (v != styleMove && (r.runnerUp == null || better(r, v, r.runnerUp))) {
                    r.runnerUp = v;
                }
            }
            return r;
        }
        int character = style >= 0 ? style : r.bestRollout;
        if (character >= 0 && TOLERANCE > 0) {
            Variant inCharacter = styleMove != null ? styleMove
                    : OWN[character].choose(Situation.of(view, scenario), dice).variant();
            if (inCharacter != r.best && r.visits(inCharacter) > 0
                    && r.mean(inCharacter) >= r.mean(r.best) - tolerance(r, inCharacter, r.best)) {
                r.runnerUp = r.best;
                r.best = inCharacter;
                r.style = Belief.KINDS[character];
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

    /**
     * How far below {@code best} the in-character move {@code mine} may be and still be played: {@link #TOLERANCE},
     * or more when the two means are too noisy to tell apart ({@link #CONFIDENCE_Z} standard errors of their
     * difference, from the spread of each move's own simulated scores).
     */
    static double tolerance(Result r, Variant mine, Variant best) {
        return Math.max(TOLERANCE, CONFIDENCE_Z * Math.sqrt(r.meanSquareError(mine) + r.meanSquareError(best)));
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
}
