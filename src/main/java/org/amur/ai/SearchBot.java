package org.amur.ai;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * The search bot: determinized Monte Carlo tree search over the engine's own {@link Engine#apply}.
 *
 * <p><b>What it knows.</b> Only its seat's {@link SeatView} and the events its seat was shown
 * ({@link #observe}). From those it keeps a {@link Belief}: which kind of player the other side is (a
 * posterior over the opponent models below, starting from {@link Belief#HISTORY_PRIOR} and updated each turn
 * with the likelihood each gave to the
 * choice the other side revealed), how far Beijing's hidden copy progress has probably got (when
 * playing Moscow: the public deliveries times the public copy-exposure rule, reset when a copy is
 * revealed), which once-only cards have fired and which delayed deals are still owed.
 *
 * <p><b>How it searches</b> ({@link TreeSearch}). Each iteration builds one possible present from that belief
 * ({@link Determinization}) — the visible
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
 * not clearly worse than the most visited one (within {@link TreeSearch#TOLERANCE} points, or within the noise of
 * the two estimates, see {@link TreeSearch#tolerance}), it plays the style's move. The style's move is always tried
 * {@link TreeSearch#STYLE_SHARE} of the budget, so that noise is the noise of a real estimate. This game
 * rewards coordination, and a bot that plays like a recognisable personality is one the other side
 * can read and meet.
 *
 * <p>The budget is a number of iterations, never a clock, so a seed gives the same choice on any
 * machine; {@link Level} sets it. Only a front end where a person waits may {@link Hurry hurry} a
 * decision ({@link #decide(SeatView, Hurry)}): it then answers from the games it has played, and its
 * reason says how many.
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

    private final Scenario scenario;
    private final Side seat;
    private final int iterations;
    private final String spec;
    private final Belief belief;
    private final TreeSearch search;
    /** This bot's own style for the game (a personality index), fixed by its first search; -1 before. */
    private int style = -1;

    public SearchBot(Engine engine, Side seat, Level level, long seed) {
        this(engine, seat, level.iterations(), seed, "mcts:" + level.id());
    }

    /** A search bot with an explicit budget (benchmarks and tests). */
    SearchBot(Engine engine, Side seat, int iterations, long seed, String spec) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.scenario = engine.scenario();
        this.seat = seat;
        this.iterations = iterations;
        this.spec = spec;
        this.belief = new Belief(engine, seat, new SplitMix64(SplitMix64.seedState(~seed)));
        this.search = new TreeSearch(engine, seat, iterations, new SplitMix64(SplitMix64.seedState(seed)), belief);
    }

    @Override
    public String name() {
        return spec;
    }

    @Override
    public Decision decide(SeatView view) {
        return decide(view, Hurry.NEVER);
    }

    /**
     * The decision, cut short once {@code hurry} is due: the search answers from the simulated games it has
     * played (the reason says how many of its budget), its style's move when it has too little evidence on it,
     * and the Historian's move when it was hurried before it could play a single game to choose a style (the
     * style is then chosen at a later decision). A hurry never due gives the same choice as {@link #decide(SeatView)}.
     */
    @Override
    public Decision decide(SeatView view, Hurry hurry) {
        if (view.seat() != seat) {
            throw new IllegalArgumentException("this bot plays " + seat.displayName() + ", not "
                    + view.seat().displayName());
        }
        List<Variant> legal = view.legalChoices();
        if (legal.isEmpty()) {
            throw new IllegalStateException("no legal choice: the game is over or the seat has committed");
        }
        belief.decidingOn(view, style);
        if (legal.size() == 1) {
            return new Decision(legal.get(0), Reasons.line(spec, seat, legal.get(0), Reasons.get("search.why_only")));
        }
        TreeSearch.Style chosen = null;
        if (style < 0) {
            chosen = search.chooseStyle(view, hurry);
            if (chosen.index() < 0) {
                // hurried before a single game: no evidence at all, so it plays as history did and keeps its
                // style open for a later decision
                Policy.Pick pick = search.inCharacter(view, Personality.HISTORIAN.ordinal());
                Situation here = Situation.of(view, scenario);
                String why = Reasons.fill(Reasons.get("search.hurried_history"), here, Map.of(
                        "budget", Integer.toString(chosen.budget()),
                        "why", Reasons.fill(Reasons.get(pick.reasonKey()), here, Map.of())));
                return new Decision(pick.variant(), Reasons.line(spec, seat, pick.variant(), why));
            }
            style = chosen.index();
            belief.styleChosen(style);
        }
        TreeSearch.Result r = search.search(view, style, hurry);
        double[] post = belief.posterior();
        int likely = 0;
        for (int k = 1; k < post.length; k++) {
            if (post[k] > post[likely]) {
                likely = k;
            }
        }
        Map<String, String> extra = Map.ofEntries(
                Map.entry("sims", Integer.toString(r.played)),
                Map.entry("budget", Integer.toString(iterations)),
                Map.entry("mean", Narration.signed(r.mean(r.best), 1)),
                Map.entry("side", seat.displayName()),
                Map.entry("alt", Text.title(r.runnerUp)),
                Map.entry("alt_mean", Narration.signed(r.mean(r.runnerUp), 1)),
                Map.entry("other", seat.other().displayName()),
                Map.entry("opponent", likely < Belief.KINDS.length ? Reasons.botName(Belief.KINDS[likely].id()) : ""),
                Map.entry("odds", Long.toString(Math.round(100 * post[likely]))),
                Map.entry("style", r.style == null ? "" : Reasons.botName(r.style.id())),
                Map.entry("style_played", chosen == null ? "" : Integer.toString(chosen.played())),
                Map.entry("style_budget", chosen == null ? "" : Integer.toString(chosen.budget())));
        if (r.unjudged) {
            // too little evidence on any move to leave character: the reason says so, and how little there was
            String template = chosen != null && chosen.hurried() ? "search.hurried_new_style" : "search.hurried_style";
            String why = Reasons.fill(Reasons.get(template), Situation.of(view, scenario), extra);
            return new Decision(r.best, Reasons.line(spec, seat, r.best, why));
        }
        String template = r.style != null ? "search.why_style"
                : likely == Personality.HISTORIAN.ordinal() && belief.nothingRevealed() ? "search.why_presume"
                : post[likely] < 0.4 || likely == Belief.RANDOM_MODEL
                ? "search.why" : likely == Belief.HABIT_MODEL ? "search.why_habit"
                : likely == Belief.PARTNER_MODEL ? "search.why_partner" : "search.why_read";
        String why = Reasons.fill(Reasons.get(template), Situation.of(view, scenario), extra);
        if (r.hurried) {
            why = Reasons.fill(Reasons.get("search.hurried"), Situation.of(view, scenario), extra) + " " + why;
        }
        return new Decision(r.best, Reasons.line(spec, seat, r.best, why));
    }

    @Override
    public void observe(List<Event> events) {
        belief.observe(events);
    }

    /** One search from {@code view} with the bot's current style (for tests). */
    TreeSearch.Result search(SeatView view) {
        return search.search(view, style);
    }

    /** One search from {@code view} with the bot's current style, cut when {@code hurry} is due (for tests). */
    TreeSearch.Result search(SeatView view, Hurry hurry) {
        return search.search(view, style, hurry);
    }

    /** The bot's style (an index into the personalities), or -1 before it has chosen one (for tests). */
    int style() {
        return style;
    }

    /** The current reading of the other side: a probability per opponent model (for tests). */
    double[] posterior() {
        return belief.posterior();
    }

    /** Moscow's current estimate of Beijing's hidden copy progress (for tests). */
    double copyEstimate() {
        return belief.copyEstimate();
    }

    /** Moscow's current estimate by copy class (for tests). */
    java.util.Map<org.amur.engine.CopyClass, Double> classEstimate() {
        return belief.classEstimate();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s, %d iterations)", spec, seat.id(), iterations);
    }
}
