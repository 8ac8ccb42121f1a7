package org.amur.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Rules;
import org.amur.engine.Step;
import org.amur.engine.Tally;
import org.amur.scenario.LoadedScenario;

/**
 * A game being played: wraps the engine contract and remembers everything a front end needs. The
 * game itself is fully determined by {@link #scenario()}, {@link #seed()} and {@link #actions()};
 * everything else here can be rebuilt from them with {@link #replay}.
 *
 * <p>Not thread-safe: drive one session from one thread (the UI thread), hand bot work back to it.
 */
public final class Session {
    private final LoadedScenario scenario;
    private final Engine engine;
    private final long seed;
    private GameState state;
    private final List<Action> actions;
    /** The turn each action was applied in (parallel to actions). */
    private final List<Integer> actionTurns;
    private final List<Event> events;
    /** State at the start of each turn: index 0 is turn 1; the final state is appended when the game ends. */
    private final List<GameState> turnStarts;
    /** Index into {@link #events} where each turn's events begin (parallel to turnStarts). */
    private final List<Integer> turnEventStarts;

    /** The batch path's tally, or null: this session's turns build their events (the normal case). */
    private final Tally tally;

    private Session(LoadedScenario scenario, Engine engine, long seed) {
        this(scenario, engine, seed, null);
    }

    private Session(LoadedScenario scenario, Engine engine, long seed, Tally tally) {
        this.scenario = scenario;
        this.engine = engine;
        this.seed = seed;
        this.tally = tally;
        // sized for a whole game (two commitments a turn), so a batch game's lists never regrow
        int turns = engine.scenario().turns();
        this.actions = new ArrayList<>(2 * turns + 2);
        this.actionTurns = new ArrayList<>(2 * turns + 2);
        this.events = new ArrayList<>(tally == null ? 10 : 2 * turns + 4); // a full game's grow with its events
        this.turnStarts = new ArrayList<>(turns + 2);
        this.turnEventStarts = new ArrayList<>(turns + 2);
        Step.Accepted start = tally == null ? engine.newGame(seed) : engine.newGame(seed, tally);
        this.state = start.state();
        this.events.addAll(start.events());
        turnStarts.add(state);
        turnEventStarts.add(0);
    }

    /** Starts a new game under the current rules. */
    public static Session start(LoadedScenario scenario, long seed) {
        return start(scenario, seed, Rules.CURRENT);
    }

    /** Starts a game under the given rules version. */
    public static Session start(LoadedScenario scenario, long seed, Rules rules) {
        return new Session(scenario, new Engine(scenario.scenario(), rules), seed);
    }

    /**
     * Starts a batch game on a given engine (for instance one with scaled asymmetries): it has no
     * scenario file, so {@link #scenario()} is null and it cannot be saved.
     */
    public static Session start(Engine engine, long seed) {
        return new Session(null, engine, seed);
    }

    /**
     * Starts a batch game on the engine's batch path ({@link Engine#apply(GameState, Action, Tally)}):
     * the same states and dice as {@link #start(Engine, long)}, but a turn's resolution builds no events,
     * so {@link #events()} holds only the commitments; {@code tally} hears what a batch keeps. For
     * players that read no events: a {@link Match} refuses a bot that {@link Match#readsEvents reads them}.
     */
    public static Session startQuiet(Engine engine, long seed, Tally tally) {
        return new Session(null, engine, seed, java.util.Objects.requireNonNull(tally, "tally"));
    }

    /** True for a game on the batch path ({@link #startQuiet}): its events are not kept. */
    public boolean quiet() {
        return tally != null;
    }

    /** The rules version this game is played under (a save records it). */
    public Rules rules() {
        return engine.rules();
    }

    /**
     * Rebuilds a game from its log. Returns the session, or the index of the first action the engine
     * rejects (a log edited by hand, or a scenario that changed) in a {@link ReplayException}.
     */
    public static Session replay(LoadedScenario scenario, long seed, List<Action> log) throws ReplayException {
        return replay(scenario, seed, log, Rules.CURRENT);
    }

    /** Rebuilds a game from its log under the rules version it was played with. */
    public static Session replay(LoadedScenario scenario, long seed, List<Action> log, Rules rules)
            throws ReplayException {
        Session s = start(scenario, seed, rules);
        for (int i = 0; i < log.size(); i++) {
            Step step = s.apply(log.get(i));
            if (step instanceof Step.Rejected r) {
                throw new ReplayException(i, log.get(i), r.rejection());
            }
        }
        return s;
    }

    /** Applies an action; on success it is added to the log and the history. */
    public Step apply(Action action) {
        Step step = tally == null ? engine.apply(state, action) : engine.apply(state, action, tally);
        if (step instanceof Step.Accepted a) {
            int before = state.turn();
            boolean wasOver = state.isOver();
            state = a.state();
            actions.add(action);
            actionTurns.add(before);
            if (tally == null ? revealsChoices(a.events()) : state.turn() != before || state.isOver()) {
                // A turn resolved: the events up to TurnResolved/GameEnded belong to the old turn,
                // what follows (TurnStarted and cards) to the new one.
                int newTurnAt = -1;
                for (int i = 0; i < a.events().size(); i++) {
                    if (a.events().get(i) instanceof Event.TurnStarted) {
                        newTurnAt = events.size() + i;
                        break;
                    }
                }
                addAll(events, a.events());
                if (!wasOver && (state.turn() != before || state.isOver())) {
                    turnStarts.add(state);
                    turnEventStarts.add(newTurnAt >= 0 ? newTurnAt : events.size());
                }
            } else {
                addAll(events, a.events());
            }
        }
        return step;
    }

    /** {@code to.addAll(from)} without the array copy {@code addAll} makes of {@code from} first (each step's events). */
    private static <T> void addAll(List<T> to, List<T> from) {
        for (int i = 0; i < from.size(); i++) {
            to.add(from.get(i));
        }
    }

    /** True when {@code events} hold a reveal, i.e. the step resolved a turn (a loop: the batch hot path). */
    static boolean revealsChoices(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.ChoicesRevealed) {
                return true;
            }
        }
        return false;
    }

    /** The scenario file, or null for a batch game started on a bare engine. */
    public LoadedScenario scenario() {
        return scenario;
    }

    public Engine engine() {
        return engine;
    }

    public long seed() {
        return seed;
    }

    public GameState state() {
        return state;
    }

    /** Every accepted action, in order: the log a save stores. */
    public List<Action> actions() {
        return Collections.unmodifiableList(actions);
    }

    /** Every event so far, in order (the whole truth: redact with an Audience before showing it). */
    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    /** Number of turns whose resolution is complete. */
    public int resolvedTurns() {
        return turnStarts.size() - 1;
    }

    /**
     * The state at the start of turn {@code turn} (1-based); for {@code resolvedTurns() + 1} when the
     * game is over, the final state.
     */
    public GameState stateAtTurnStart(int turn) {
        return turnStarts.get(turn - 1);
    }

    /** The events of turn {@code turn}: its cards, commitments, reveal and resolution. */
    public List<Event> eventsOfTurn(int turn) {
        int from = turnEventStarts.get(turn - 1);
        int to = turn < turnEventStarts.size() ? turnEventStarts.get(turn) : events.size();
        return Collections.unmodifiableList(events.subList(from, to));
    }

    /**
     * An indicator's value at the start of every turn so far (the last is the current turn's start),
     * followed by the final value once the game is over: the series for sparklines and charts.
     */
    public double[] history(Indicator indicator) {
        double[] out = new double[turnStarts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = turnStarts.get(i).get(indicator);
        }
        return out;
    }

    /** The turn in which action {@code index} of {@link #actions()} was taken. */
    public int turnOfAction(int index) {
        return actionTurns.get(index);
    }

    /** The actions of every turn before {@code turn}: replaying them gives the state at the start of {@code turn}. */
    public List<Action> actionsBefore(int turn) {
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            if (actionTurns.get(i) < turn) {
                out.add(actions.get(i));
            }
        }
        return out;
    }

    /**
     * A new game that starts from this one's state at the start of {@code turn} (a "what if"): the same
     * scenario, seed and actions up to that turn, then free to go another way.
     */
    public Session branchAt(int turn) {
        if (turn < 1 || turn > turnStarts.size()) {
            throw new IllegalArgumentException("turn " + turn + " is not a turn of this game (1.." + turnStarts.size()
                    + ")");
        }
        if (turn == turnStarts.size() && state.isOver()) {
            throw new IllegalArgumentException("the game ended before turn " + turn);
        }
        try {
            return replay(scenario, seed, actionsBefore(turn), rules());
        } catch (ReplayException e) {
            throw new IllegalStateException("a game's own log did not replay", e);
        }
    }

    /** The log did not replay: action {@code index} was rejected. */
    public static final class ReplayException extends Exception {
        private final int index;
        private final transient Action action;
        private final transient org.amur.engine.Rejection rejection;

        ReplayException(int index, Action action, org.amur.engine.Rejection rejection) {
            super("action " + (index + 1) + " (" + action + ") was rejected: " + rejection.message());
            this.index = index;
            this.action = action;
            this.rejection = rejection;
        }

        public int index() {
            return index;
        }

        public Action action() {
            return action;
        }

        public org.amur.engine.Rejection rejection() {
            return rejection;
        }
    }
}
