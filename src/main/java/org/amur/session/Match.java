package org.amur.session;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.ai.Hurry;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.EndReason;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.TextBundle;
import org.amur.engine.Variant;
import org.amur.scenario.TextRules;

/**
 * The one match loop: two seats (a person or a bot each), the facilitator's actions and autosaving,
 * around one {@link Session}. Every front end plays through it — {@code simulate} and
 * {@code tournament} in batch mode ({@link #playOut}), the game screen, the plain game and remote
 * seats in callback mode ({@link #start}) — so a bot makes the same choices everywhere:
 *
 * <ul>
 *   <li>at the start of each turn every bot that has not chosen decides from its seat's
 *       {@link SeatView} of that moment;</li>
 *   <li>after <em>every</em> accepted step (a commitment, a withdrawal, the resolution, an inject, a
 *       note, a ruling) each bot {@link Bot#observe observes} the step's events redacted for its seat,
 *       and a new match first tells its bots the game's whole history;</li>
 *   <li>a bot's reason is committed as its rationale (cleaned and cut to the engine's limit).</li>
 * </ul>
 *
 * <p><b>Threads.</b> In callback mode every call on a match must come from the match thread given to
 * {@link #start} (the UI thread locally, one thread per table on a server), and every listener is
 * called on it. Bot work runs on the bot workers, one bot's work strictly in order (its observations
 * and decisions never race), and its answer is handed back to the match thread. Batch mode runs
 * entirely on the calling thread.
 *
 * <p><b>Secrets.</b> A listener registered for an audience is told only what that audience may see:
 * events are redacted for it, and a bot's decision reaches only its own seat's and the facilitator's
 * listeners before the reveal.
 */
public final class Match {
    private static final TextBundle TEXT = TextBundle.load(Match.class, "match.properties");

    /** Who plays a seat. */
    public sealed interface Seat permits Seat.Person, Seat.Machine {
        /** A person: at this keyboard, or a remote team. Commits through {@link Match#commit}. */
        record Person() implements Seat {
        }

        /** A bot: decides from its seat view, observes the events its seat may see. */
        record Machine(Bot bot) implements Seat {
            public Machine {
                Objects.requireNonNull(bot, "bot");
            }
        }
    }

    /**
     * Writes the game somewhere safe (the front end's {@code SaveStore}, atomically) and returns the
     * file. Its exception's message is one sentence for a person (a runtime exception is reported as
     * a generic failure).
     */
    @FunctionalInterface
    public interface Autosave {
        Path save(Session session) throws Exception;
    }

    /**
     * How a match runs. {@code autosave}: after every turn, every facilitator step and on leaving
     * (null: never). {@code timer}: time per turn for each person seat (null: none), {@code timeUp}:
     * what happens when it runs out (default: the highlighted choice is kept). {@code clock}: where
     * the timer reads the time (tests inject one; default: the system's). {@code patience}: in callback
     * mode, how long a bot may keep the people waiting before its decision is {@link Hurry hurried} to
     * answer with what it has (null: never hurried, every decision runs its whole budget, as in batch
     * mode); the wait starts when the last person seat has chosen this turn (or run out of time), or
     * when the turn starts if no seat is a person. It is measured on the system's monotonic clock, not
     * {@code clock}.
     */
    public record Options(Autosave autosave, Duration timer, TimeUp timeUp, InstantSource clock, Duration patience) {
        /** No autosave, no timer, bots never hurried: a batch game. */
        public static final Options NONE = new Options(null, null, null, null, null);

        public Options {
            if (timer != null && (timer.isNegative() || timer.isZero())) {
                throw new IllegalArgumentException("a turn timer must be positive");
            }
            if (patience != null && patience.isNegative()) {
                throw new IllegalArgumentException("a bot's patience cannot be negative");
            }
            if (timer != null && timeUp == null) {
                timeUp = new TimeUp.KeepHighlighted();
            }
            if (clock == null) {
                clock = InstantSource.system();
            }
        }

        public Options(Autosave autosave, Duration timer, TimeUp timeUp, InstantSource clock) {
            this(autosave, timer, timeUp, clock, null);
        }

        public Options(Autosave autosave, Duration timer, TimeUp timeUp) {
            this(autosave, timer, timeUp, null, null);
        }

        public static Options autosaving(Autosave autosave) {
            return new Options(autosave, null, null, null, null);
        }

        public Options withTimer(Duration perTurn, TimeUp whenUp) {
            return new Options(autosave, perTurn, whenUp, clock, patience);
        }

        public Options withClock(InstantSource c) {
            return new Options(autosave, timer, timeUp, c, patience);
        }

        /** Bots hurried {@code p} after the people start waiting for them (null: never hurried). */
        public Options withPatience(Duration p) {
            return new Options(autosave, timer, timeUp, clock, p);
        }
    }

    /**
     * The bot patience of the front ends where people play (the game screen, the plain game, the classroom
     * server's tables): 0.5 s, so that with the search's last game, its answer, the resolution and the drawing
     * after it the whole wait stays under a second on a busy machine. (0.8 s was tried first: at load 7-8 on two
     * cores a cold first decision still kept the player waiting 0.95-1.15 s, the search taking 0.15-0.35 s to
     * hand its answer over after it was hurried; then 0.6 s: in the game screen in tmux, the reveal drawn, the
     * first wait was 1.03 s at load 3; BENCHMARKS.md, session 11.)
     */
    public static final Duration PLAYER_PATIENCE = Duration.ofMillis(500);

    /** What happens when a seat's time for the turn runs out. */
    public sealed interface TimeUp permits TimeUp.KeepHighlighted, TimeUp.BotChooses {
        /** The variant the seat has highlighted ({@link Match#highlight}) is committed. */
        record KeepHighlighted() implements TimeUp {
        }

        /** A bot of this spec chooses for the seat. */
        record BotChooses(String spec) implements TimeUp {
            public BotChooses {
                if (!Bots.isBot(spec)) {
                    throw new IllegalArgumentException("not a bot: " + spec);
                }
                spec = Bots.canonical(spec);
            }
        }
    }

    /**
     * Told of what happens in a match, on the match's thread. Several listeners may attach (one per
     * connection); each is told only what its audience may see.
     */
    public interface Listener {
        /** An accepted step (commit, withdraw, resolution, inject, note, ruling): its events, redacted. */
        default void stepped(List<Event> events) {
        }

        /** A turn began: bots start thinking, people may choose. */
        default void turnStarted(int turn) {
        }

        default void botThinking(Side side) {
        }

        /** A bot's choice, before it is committed: told only to its own seat and the facilitator. */
        default void botDecided(Side side, Bot.Decision decision) {
        }

        /** A side's choice is waiting for the facilitator's ruling ({@code waiting}), or no longer is. */
        default void held(Side side, boolean waiting) {
        }

        /** Something went wrong that the game survives (a bot failed, a save failed): one sentence. */
        default void problem(String sentence) {
        }

        default void saved(Path file) {
        }

        default void timer(Side side, Duration left) {
        }

        default void ended(EndReason ending) {
        }
    }

    /**
     * A bot that reads only its view's seat, turn and legal choices (the batch policies: random,
     * scripts). In batch mode it is given a view without the indicator values, cards and scores,
     * which saves building them in the simulator's hot loop; it must not read them.
     */
    public interface ChoicesOnly extends Bot {
    }

    private record Registered(Audience audience, Listener listener) {
    }

    /** True for bot classes that override {@link Bot#observe}: others need no redacted events. */
    private static final ClassValue<Boolean> OBSERVES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("observe", List.class).getDeclaringClass() != Bot.class;
            } catch (NoSuchMethodException e) {
                return true;
            }
        }
    };

    private final Session session;
    private final Seat[] seats = new Seat[2];
    private final Bot[] bots = new Bot[2];
    private final boolean[] observes = new boolean[2];
    private final Options options;
    private final List<Registered> listeners = new ArrayList<>(2);

    private Executor matchThread;
    private Executor botWorkers;
    @SuppressWarnings("unchecked")
    private final CompletableFuture<Void>[] lanes = new CompletableFuture[2];
    private final boolean[] thinking = new boolean[2];
    /** Whether bots begin a turn's decision as soon as its state is known ({@link #setThinkAhead}). */
    private boolean thinkAhead;
    /** The state the decisions in {@link #ahead} were begun on, or null. */
    private GameState aheadOf;
    /** Per seat: a decision begun before its turn started, its answer to come; null if none. */
    @SuppressWarnings("unchecked")
    private final CompletableFuture<Bot.Decision>[] ahead = new CompletableFuture[2];
    /** Per seat: the hurry of the decision in {@link #ahead}, or null. */
    private final Hurry.Deadline[] aheadHurry = new Hurry.Deadline[2];
    /** Per seat: the hurry of the bot's decision pending this turn (null: none, or the match never hurries). */
    private final Hurry.Deadline[] hurries = new Hurry.Deadline[2];
    /** Per seat: a person whose time ran out this turn and for whom a bot is choosing ({@link TimeUp.BotChooses}). */
    private final boolean[] outOfTime = new boolean[2];
    /** When ({@link System#nanoTime}) the people began waiting for the bots this turn; {@link #NOT_WAITING} before. */
    private long waitingFrom = NOT_WAITING;
    private static final long NOT_WAITING = Long.MIN_VALUE;
    private final Variant[] highlighted = new Variant[2];
    private long token;
    private boolean closed;
    private boolean botsPaused;
    private boolean rulings;
    private Action.Commit held;
    private Path lastSave;
    private String saveProblem = "";
    /** Per seat: when its time runs out while the timer runs, or null. */
    private final Instant[] deadline = new Instant[2];
    /** Per seat: the time it has left while the timer is stopped (bots paused), or null. */
    private final Duration[] stoppedLeft = new Duration[2];
    /** Per seat: its time ran out this turn, so the choice made for it stands ({@link #withdraw} refuses). */
    private final boolean[] timeRanOut = new boolean[2];

    private Match(Session session, Seat moscow, Seat beijing, Options options) {
        this.session = Objects.requireNonNull(session, "session");
        this.options = options == null ? Options.NONE : options;
        seats[0] = Objects.requireNonNull(moscow, "moscow");
        seats[1] = Objects.requireNonNull(beijing, "beijing");
        for (int i = 0; i < 2; i++) {
            if (seats[i] instanceof Seat.Machine m) {
                bots[i] = m.bot();
                observes[i] = OBSERVES.get(m.bot().getClass());
                if (observes[i] && session.quiet()) {
                    throw new IllegalArgumentException(m.bot().name()
                            + " reads the game's events; a game on the batch path keeps none");
                }
            }
        }
    }

    /** True when {@code bot} reads the events its seat is shown (it overrides {@link Bot#observe}). */
    public static boolean readsEvents(Bot bot) {
        return OBSERVES.get(bot.getClass());
    }

    public static Match of(Session session, Seat moscow, Seat beijing, Options options) {
        return new Match(session, moscow, beijing, options);
    }

    /** Two bots, no autosave: a batch game. */
    public static Match of(Session session, Bot moscow, Bot beijing) {
        return new Match(session, new Seat.Machine(moscow), new Seat.Machine(beijing), Options.NONE);
    }

    /**
     * The seed of a bot joining game {@code gameSeed} for {@code side} at the start of {@code turn}:
     * the rule the game screen and the tournament use, so a bot seated at turn 1 of a game with a
     * given seed is the same bot everywhere.
     */
    public static long botSeed(long gameSeed, Side side, int turn) {
        long k = side == Side.MOSCOW ? 0x5DEECE66DL : 0xB5297A4DL;
        return gameSeed ^ k ^ (turn - 1L) * 0x9E3779B97F4A7C15L;
    }

    // ------------------------------------------------------------------ reading

    public Session session() {
        return session;
    }

    public Options options() {
        return options;
    }

    public Seat seat(Side side) {
        return seats[side.ordinal()];
    }

    /** The bot at a seat, or null for a person. */
    public Bot bot(Side side) {
        return bots[side.ordinal()];
    }

    public boolean isPerson(Side side) {
        return seats[side.ordinal()] instanceof Seat.Person;
    }

    public SeatView view(Side side) {
        return session.engine().view(session.state(), side);
    }

    /** True once the side has committed this turn or its choice is held for the ruling. */
    public boolean hasChosen(Side side) {
        return session.state().hasCommitted(side) || held != null && held.side() == side;
    }

    /** True once the side's time has run out this turn: the choice made for it stands ({@link #withdraw} refuses). */
    public boolean timeRanOut(Side side) {
        return timeRanOut[side.ordinal()];
    }

    public boolean thinking(Side side) {
        return thinking[side.ordinal()];
    }

    /** The second choice held for the facilitator's ruling (a secret until the reveal), if any. */
    public Optional<Action.Commit> held() {
        return Optional.ofNullable(held);
    }

    public Optional<Variant> highlighted(Side side) {
        return Optional.ofNullable(highlighted[side.ordinal()]);
    }

    /** The file of the last successful autosave, or null. */
    public Path lastSave() {
        return lastSave;
    }

    /** Why the last autosave failed, or empty. */
    public String saveProblem() {
        return saveProblem;
    }

    // ------------------------------------------------------------------ listeners

    /** Told everything (the facilitator's audience): for a local front end that redacts itself. */
    public void addListener(Listener l) {
        addListener(Audience.FACILITATOR, l);
    }

    /** Told what {@code audience} may see, never more. */
    public void addListener(Audience audience, Listener l) {
        listeners.add(new Registered(Objects.requireNonNull(audience), Objects.requireNonNull(l)));
    }

    public void removeListener(Listener l) {
        listeners.removeIf(r -> r.listener() == l);
    }

    private List<Registered> listeners() {
        return listeners.isEmpty() ? List.of() : List.copyOf(listeners);
    }

    private void firePublic(java.util.function.Consumer<Listener> call) {
        for (Registered r : listeners()) {
            call.accept(r.listener());
        }
    }

    // ------------------------------------------------------------------ batch mode

    /**
     * Plays the game to its end on this thread, both seats bots, and returns the final state. A bot
     * that throws or chooses an illegal move stops the batch with an {@link IllegalStateException}
     * (a batch must not quietly play another policy).
     */
    public GameState playOut() {
        if (bots[0] == null || bots[1] == null) {
            throw new IllegalStateException("a match is played out only between two bots");
        }
        tell(session.events());
        Engine engine = session.engine();
        while (!session.state().isOver()) {
            GameState s = session.state();
            if (!listeners.isEmpty()) {
                int turn = s.turn();
                firePublic(l -> l.turnStarted(turn));
            }
            Bot.Decision dm = s.hasCommitted(Side.MOSCOW) ? null : bots[0].decide(batchView(engine, s, 0));
            Bot.Decision db = s.hasCommitted(Side.BEIJING) ? null : bots[1].decide(batchView(engine, s, 1));
            if (dm != null) {
                commitInBatch(Side.MOSCOW, dm);
            }
            if (db != null) {
                commitInBatch(Side.BEIJING, db);
            }
        }
        return session.state();
    }

    private static final Side[] SIDES = Side.values();

    private SeatView batchView(Engine engine, GameState s, int seat) {
        Side side = SIDES[seat];
        if (!(bots[seat] instanceof ChoicesOnly)) {
            return engine.view(s, side);
        }
        GameState.Commitment own = s.commitment(side);
        return new SeatView(side, s.turn(), s.year(), engine.scenario().turns(), java.util.Map.of(),
                own == null ? null : own.variant(), s.hasCommitted(side.other()), engine.legalChoices(s, side),
                List.of(), s.ending(), 0, 0);
    }

    private void commitInBatch(Side side, Bot.Decision d) {
        Step step = session.apply(new Action.Commit(side, d.variant().id(), reason(d)));
        if (step instanceof Step.Rejected r) {
            throw new IllegalStateException(side.displayName() + "'s bot (" + bots[side.ordinal()].name()
                    + ") chose an illegal move: " + r.rejection().message());
        }
        accepted((Step.Accepted) step);
    }

    // ------------------------------------------------------------------ callback mode

    /**
     * Starts callback mode: bots hear the game's history. The first turn (or the one a loaded game
     * stopped in) begins with {@link #startTurn}.
     */
    public void start(Executor matchThread, Executor botWorkers) {
        this.matchThread = Objects.requireNonNull(matchThread, "matchThread");
        this.botWorkers = Objects.requireNonNull(botWorkers, "botWorkers");
        lanes[0] = CompletableFuture.completedFuture(null);
        lanes[1] = CompletableFuture.completedFuture(null);
        tell(session.events());
    }

    /**
     * Begins (or resumes) the current turn: listeners hear it, bots start thinking (unless paused).
     * Front ends call it when the players are ready for the turn (after the reveal has been read).
     */
    public void startTurn() {
        token++;
        java.util.Arrays.fill(thinking, false);
        notWaiting();
        setHeld(null);
        GameState s = session.state();
        if (s.isOver()) {
            EndReason ending = s.ending();
            firePublic(l -> l.ended(ending));
            return;
        }
        int turn = s.turn();
        startTimers();
        firePublic(l -> l.turnStarted(turn));
        think();
    }

    /**
     * Tells the match that the people wait for the bots from now, whether or not they have chosen: for a
     * front end that runs the bots' work before it asks the people (the plain game, one prompt at a time,
     * decides for its bots before its prompt). Pending bot decisions are hurried {@link Options#patience}
     * from now (or from when the people began waiting, if earlier); a match that never hurries ignores it.
     */
    public void peopleWaiting() {
        if (options.patience() == null || matchThread == null) {
            return;
        }
        if (waitingFrom == NOT_WAITING) {
            waitingFrom = System.nanoTime();
        }
        hurryIfWaited();
    }

    /**
     * Pauses the bots (the facilitator has the terminal; what they would decide on may change): what
     * they are thinking is dropped. Unpausing starts them again on the present state.
     */
    public void setBotsPaused(boolean paused) {
        boolean was = botsPaused;
        botsPaused = paused;
        if (paused) {
            dropAhead();
            hurryNow(hurries); // dropped below: their answers will not be used, so they need not finish their budgets
            notWaiting();
            if (thinking[0] || thinking[1]) {
                token++;
                java.util.Arrays.fill(thinking, false);
            }
            if (!was) {
                stopTimers();
            }
        } else if (was) {
            runTimers();
            think();
        }
    }

    // ------------------------------------------------------------------ the turn timer

    private void startTimers() {
        java.util.Arrays.fill(deadline, null);
        java.util.Arrays.fill(stoppedLeft, null);
        java.util.Arrays.fill(timeRanOut, false);
        Duration t = options.timer();
        if (t == null) {
            return;
        }
        for (Side side : Side.values()) {
            if (isPerson(side)) {
                stoppedLeft[side.ordinal()] = t; // a seat that has chosen is timed again if it takes its choice back
            }
        }
        if (!botsPaused) {
            runTimers();
        }
    }

    /** The timer stops while the facilitator has the terminal (bots paused), keeping what is left. */
    private void stopTimers() {
        Instant now = options.clock().instant();
        for (int i = 0; i < 2; i++) {
            if (deadline[i] != null) {
                Duration left = Duration.between(now, deadline[i]);
                stoppedLeft[i] = left.isNegative() ? Duration.ZERO : left;
                deadline[i] = null;
            }
        }
    }

    private void runTimers() {
        Instant now = options.clock().instant();
        for (int i = 0; i < 2; i++) {
            if (stoppedLeft[i] != null) {
                deadline[i] = now.plus(stoppedLeft[i]);
                stoppedLeft[i] = null;
            }
        }
    }

    /** The time a seat has left this turn, when the match has a timer and the seat has yet to choose. */
    public Optional<Duration> timeLeft(Side side) {
        int i = side.ordinal();
        if (hasChosen(side)) {
            return Optional.empty();
        }
        if (deadline[i] != null) {
            Duration left = Duration.between(options.clock().instant(), deadline[i]);
            return Optional.of(left.isNegative() ? Duration.ZERO : left);
        }
        return Optional.ofNullable(stoppedLeft[i]);
    }

    /**
     * Looks at the clock (the front end calls it on the match thread, e.g. every second): listeners
     * hear each running seat's time left, and a seat whose time has run out has its choice made as
     * {@link Options#timeUp} says, committed like any other with a rationale that says so (so the
     * log, replay and report show it).
     */
    public void tick() {
        if (closed || options.timer() == null) {
            return;
        }
        Instant now = options.clock().instant();
        for (Side side : Side.values()) {
            int i = side.ordinal();
            if (deadline[i] == null) {
                continue;
            }
            if (session.state().isOver()) {
                deadline[i] = null;
                continue;
            }
            if (hasChosen(side)) {
                continue; // the turn's clock runs on: a choice taken back before the reveal has what is left
            }
            Duration left = Duration.between(now, deadline[i]);
            Duration shown = left.isNegative() ? Duration.ZERO : left;
            firePublic(l -> l.timer(side, shown));
            if (left.isNegative() || left.isZero()) {
                deadline[i] = null;
                timeRanOut[i] = true;
                timeUp(side);
            }
        }
    }

    private void timeUp(Side side) {
        List<Variant> legal = session.engine().legalChoices(session.state(), side);
        if (legal.isEmpty()) {
            return;
        }
        if (options.timeUp() instanceof TimeUp.BotChooses b) {
            Session s = session;
            Bot bot = Bots.create(b.spec(), s.engine(), side, botSeed(s.seed(), side, s.state().turn()));
            List<Event> history = Audience.of(side).redact(List.copyOf(s.events()));
            SeatView view = view(side);
            long t = token;
            // the person is out of time and waits from now: this bot, and any other the people wait for, is hurried
            Hurry hurry = Hurry.NEVER;
            if (options.patience() != null) {
                Hurry.Deadline deadline = Hurry.deadline();
                deadline.after(options.patience());
                hurry = deadline;
                outOfTime[side.ordinal()] = true;
                hurryIfWaited();
            }
            Hurry fresh = hurry;
            botWorkers.execute(() -> {
                Bot.Decision d;
                try {
                    bot.observe(history);
                    d = bot.decide(view, fresh);
                } catch (RuntimeException e) {
                    d = null;
                }
                Bot.Decision decided = d;
                matchThread.execute(() -> timedOut(side, t, decided, bot.name()));
            });
            return;
        }
        Variant v = highlighted[side.ordinal()];
        submit(new Action.Commit(side, (v != null && legal.contains(v) ? v : legal.get(0)).id(),
                TEXT.get("timer.kept")));
    }

    private void timedOut(Side side, long t, Bot.Decision d, String botName) {
        if (closed || t != token || hasChosen(side)) {
            return;
        }
        List<Variant> legal = session.engine().legalChoices(session.state(), side);
        if (legal.isEmpty()) {
            return;
        }
        boolean ok = d != null && d.variant() != null && legal.contains(d.variant());
        String why = TEXT.format("timer.bot", botName) + (ok ? " " + reason(d) : "");
        submit(new Action.Commit(side, (ok ? d.variant() : legal.get(0)).id(), cut(why.strip(), Engine.MAX_RATIONALE)));
    }

    public boolean botsPaused() {
        return botsPaused;
    }

    /**
     * Whether the second choice of a turn waits for the facilitator's ruling (a facilitated game not
     * adjudicated rigidly), from now on until changed.
     */
    public void setRulings(boolean on) {
        rulings = on;
    }

    public boolean rulings() {
        return rulings;
    }

    /**
     * Lets bots begin each turn's decision as soon as the turn's state is known: on {@link #thinkAhead}
     * (a front end calls it while a new game's introduction is read) and whenever a turn resolves (while
     * its reveal is read), instead of when the players start the turn ({@link #startTurn}). The bot is
     * asked the same question in the same order after the same observations, so it makes the same choice;
     * the choice is only submitted once the turn has started. For games whose state cannot change between
     * a resolution and the next turn's start: no facilitator (who may inject, pause the bots or rule) and
     * at least one person (a game of bots plays its turns on at once anyway).
     */
    public void setThinkAhead(boolean on) {
        thinkAhead = on;
        if (!on) {
            dropAhead();
        }
    }

    /**
     * Begins the bots' decisions on the present state before the turn has started, if thinking ahead is
     * on ({@link #setThinkAhead}); {@link #startTurn} takes their answers when they come.
     */
    public void thinkAhead() {
        if (!thinkAhead || matchThread == null || closed || botsPaused || held != null) {
            return;
        }
        GameState s = session.state();
        if (s.isOver() || aheadOf == s) {
            return;
        }
        dropAhead();
        for (Side side : Side.values()) {
            int i = side.ordinal();
            if (bots[i] == null || s.hasCommitted(side) || thinking[i]) {
                continue;
            }
            Bot bot = bots[i];
            SeatView view = session.engine().view(s, side);
            CompletableFuture<Bot.Decision> answer = new CompletableFuture<>();
            Hurry.Deadline deadline = newHurry();
            Hurry hurry = orNever(deadline);
            ahead[i] = answer;
            aheadHurry[i] = deadline;
            aheadOf = s;
            lane(side, () -> {
                try {
                    answer.complete(bot.decide(view, hurry));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
        }
    }

    /** Whether {@code side}'s bot has begun the present turn's decision ahead of the turn's start. */
    public boolean decidingAhead(Side side) {
        return aheadOf == session.state() && ahead[side.ordinal()] != null;
    }

    /** Forgets the decisions begun ahead (their answers, when they come, are not used). */
    private void dropAhead() {
        hurryNow(aheadHurry);
        aheadOf = null;
        ahead[0] = null;
        ahead[1] = null;
        aheadHurry[0] = null;
        aheadHurry[1] = null;
    }

    /**
     * Decisions whose answers will not be used end after their current game instead of running their whole budgets
     * ahead of the next decision in the bot's queue (null entries: none, or a match that never hurries its bots).
     */
    private static void hurryNow(Hurry.Deadline[] dropped) {
        for (Hurry.Deadline h : dropped) {
            if (h != null) {
                h.now();
            }
        }
    }

    /** The hurry to hand a decision: {@code deadline}, or never for a match that does not hurry its bots. */
    private static Hurry orNever(Hurry.Deadline deadline) {
        return deadline == null ? Hurry.NEVER : deadline;
    }

    /** A hurry for a new decision, or null when the match never hurries its bots. */
    private Hurry.Deadline newHurry() {
        return options.patience() == null ? null : Hurry.deadline();
    }

    /** The people stop waiting (a new turn, the bots paused): the bots' patience starts again when they wait. */
    private void notWaiting() {
        waitingFrom = NOT_WAITING;
        java.util.Arrays.fill(hurries, null);
        java.util.Arrays.fill(outOfTime, false);
    }

    /**
     * Once the people wait for the bots (every person seat has chosen or run out of time; with no person, from
     * when this is first called in the turn), every pending bot decision is told to hurry {@link Options#patience}
     * after that moment.
     */
    private void hurryIfWaited() {
        Duration patience = options.patience();
        if (patience == null || matchThread == null) {
            return;
        }
        if (waitingFrom == NOT_WAITING) {
            for (Side side : SIDES) {
                if (isPerson(side) && !hasChosen(side) && !outOfTime[side.ordinal()]) {
                    return;
                }
            }
            waitingFrom = System.nanoTime();
        }
        long due = waitingFrom + patience.toNanos();
        for (Hurry.Deadline h : hurries) {
            if (h != null) {
                h.at(due);
            }
        }
    }

    private void think() {
        if (matchThread == null || closed || botsPaused) {
            return;
        }
        GameState s = session.state();
        for (Side side : Side.values()) {
            int i = side.ordinal();
            if (bots[i] == null || s.isOver() || s.hasCommitted(side) || thinking[i]
                    || held != null && held.side() == side) {
                continue;
            }
            Bot bot = bots[i];
            SeatView view = session.engine().view(s, side);
            long t = token;
            thinking[i] = true;
            firePublic(l -> l.botThinking(side));
            CompletableFuture<Bot.Decision> begun = aheadOf == s ? ahead[i] : null;
            Hurry.Deadline begunHurry = aheadOf == s ? aheadHurry[i] : null;
            ahead[i] = null;
            aheadHurry[i] = null;
            if (begun != null) {
                hurries[i] = begunHurry;
                // begun on this very state before the turn started: its answer is this turn's decision
                begun.whenComplete((d, e) -> matchThread.execute(() -> {
                    if (e != null) {
                        botFailed(side, t, e instanceof RuntimeException r ? r : new IllegalStateException(e));
                    } else {
                        botDecided(side, t, d);
                    }
                }));
                continue;
            }
            Hurry.Deadline deadline = newHurry();
            Hurry hurry = orNever(deadline);
            hurries[i] = deadline;
            lane(side, () -> {
                Bot.Decision d;
                try {
                    d = bot.decide(view, hurry);
                } catch (RuntimeException e) {
                    matchThread.execute(() -> botFailed(side, t, e));
                    return;
                }
                matchThread.execute(() -> botDecided(side, t, d));
            });
        }
        hurryIfWaited();
    }

    /** Runs a bot's work after everything queued for it before: its observations and decisions never race. */
    private void lane(Side side, Runnable work) {
        int i = side.ordinal();
        lanes[i] = lanes[i].thenRunAsync(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                String sentence = TEXT.format("bot.failed.problem", side.displayName(), message(e));
                matchThread.execute(() -> firePublic(l -> l.problem(sentence)));
            } catch (Error e) {
                matchThread.execute(() -> {
                    throw e;
                });
            }
        }, botWorkers);
    }

    private void botDecided(Side side, long t, Bot.Decision d) {
        if (closed || t != token) {
            return;
        }
        thinking[side.ordinal()] = false;
        Audience own = Audience.of(side);
        for (Registered r : listeners()) {
            if (r.audience() == own || r.audience() == Audience.FACILITATOR) {
                r.listener().botDecided(side, d);
            }
        }
        Optional<String> refused = d == null || d.variant() == null ? Optional.of("no choice")
                : submit(new Action.Commit(side, d.variant().id(), reason(d)));
        if (refused.isPresent()) {
            botFailed(side, t, new IllegalStateException(refused.get()));
        }
    }

    /** A bot broke (threw or chose something illegal): its seat takes the first legal choice instead. */
    private void botFailed(Side side, long t, RuntimeException e) {
        if (closed || t != token) {
            return;
        }
        thinking[side.ordinal()] = false;
        List<Variant> legal = session.engine().legalChoices(session.state(), side);
        String sentence = TEXT.format("bot.failed.problem", side.displayName(), message(e));
        firePublic(l -> l.problem(sentence));
        if (legal.isEmpty()) {
            return;
        }
        String reason = cut(TEXT.format("bot.failed", bots[side.ordinal()].name(), message(e)), Engine.MAX_RATIONALE);
        submit(new Action.Commit(side, legal.get(0).id(), reason));
    }

    private static String message(Throwable e) {
        return TextRules.sanitize(String.valueOf(e.getMessage()), false);
    }

    /**
     * A person commits a variant with an optional one-line reason. Empty when accepted (or held for
     * the ruling), else the one sentence why not.
     */
    public Optional<String> commit(Side side, Variant v, String rationale) {
        if (!isPerson(side)) {
            return Optional.of(TEXT.format("seat.not_person", side.displayName()));
        }
        String why = cut(TextRules.sanitize(rationale == null ? "" : rationale.strip(), false), Engine.MAX_RATIONALE);
        return submit(new Action.Commit(side, v.id(), why));
    }

    /** What the seat has highlighted: committed for it if its time runs out ({@link TimeUp.KeepHighlighted}). */
    public void highlight(Side side, Variant v) {
        highlighted[side.ordinal()] = v;
    }

    private Optional<String> submit(Action.Commit c) {
        Side side = c.side();
        GameState s = session.state();
        if (held != null && held.side() == side) {
            return Optional.of(TEXT.format("seat.held", side.displayName()));
        }
        if (rulings && s.hasCommitted(side.other()) && !s.hasCommitted(side)) {
            Step check = session.engine().apply(s, c);
            if (check instanceof Step.Rejected r) {
                return Optional.of(r.rejection().message());
            }
            setHeld(c);
            hurryIfWaited();
            return Optional.empty();
        }
        Step step = session.apply(c);
        if (step instanceof Step.Rejected r) {
            return Optional.of(r.rejection().message());
        }
        accepted((Step.Accepted) step);
        return Optional.empty();
    }

    private void setHeld(Action.Commit c) {
        Action.Commit before = held;
        held = c;
        if (before != null && c == null) {
            Side side = before.side();
            firePublic(l -> l.held(side, false));
        } else if (c != null) {
            Side side = c.side();
            firePublic(l -> l.held(side, true));
        }
    }

    /**
     * Takes back a side's choice before the reveal: a committed one (logged), or one held for the
     * ruling (never applied, so not logged). Empty when done, else why not.
     */
    public Optional<String> withdraw(Side side) {
        if (timeRanOut[side.ordinal()]) {
            return Optional.of(TEXT.format("timer.stands", side.displayName()));
        }
        if (held != null && held.side() == side) {
            setHeld(null);
            think();
            return Optional.empty();
        }
        Step step = session.apply(new Action.Withdraw(side));
        if (step instanceof Step.Rejected r) {
            return Optional.of(r.rejection().message());
        }
        accepted((Step.Accepted) step);
        return Optional.empty();
    }

    /**
     * The facilitator plays a card of the deck ({@code cardId}) or a free-text event at the start of
     * the turn. Empty once applied (and saved), else the engine's objection.
     */
    public Optional<String> inject(String cardId, String title, List<Scenario.CardEffect> effects, String rationale) {
        return facilitatorStep(new Action.Inject(cardId, cardId == null ? clean(title, 120) : null,
                cardId == null ? effects : null, clean(rationale, Engine.MAX_NOTE)));
    }

    /** A discussion note for this turn's debrief. */
    public Optional<String> note(String text) {
        return facilitatorStep(new Action.Note(clean(text, Engine.MAX_NOTE)));
    }

    private Optional<String> facilitatorStep(Action a) {
        Step step = session.apply(a);
        if (step instanceof Step.Rejected r) {
            return Optional.of(r.rejection().message());
        }
        accepted((Step.Accepted) step);
        autosave();
        return Optional.empty();
    }

    /**
     * Resolves the turn with the held choice: {@code action} is that choice itself (the engine's
     * outcome accepted) or an {@link Action.Adjudicated} ruling on it. Empty once resolved, else why not.
     */
    public Optional<String> rule(Action action) {
        if (held == null) {
            return Optional.of(TEXT.get("ruling.nothing"));
        }
        Action.Commit c = action instanceof Action.Adjudicated a ? a.commit()
                : action instanceof Action.Commit cm ? cm : null;
        if (c == null || c.side() != held.side()) {
            return Optional.of(TEXT.format("ruling.other_side", held.side().displayName()));
        }
        Step step = session.apply(action);
        if (step instanceof Step.Rejected r) {
            return Optional.of(r.rejection().message());
        }
        setHeld(null);
        accepted((Step.Accepted) step);
        return Optional.empty();
    }

    /** What the engine would do with {@code action} now, without doing it (the engine is pure). */
    public Step preview(Action action) {
        return session.engine().apply(session.state(), action);
    }

    /** Saves now if the match autosaves; returns the file, or null (and {@link #saveProblem()} says why). */
    public Path autosave() {
        if (options.autosave() == null) {
            return null;
        }
        try {
            lastSave = options.autosave().save(session);
            saveProblem = "";
            Path file = lastSave;
            firePublic(l -> l.saved(file));
            return lastSave;
        } catch (RuntimeException e) {
            saveProblem = TEXT.format("save.failed", e.getClass().getSimpleName());
        } catch (Exception e) {
            saveProblem = TextRules.sanitize(String.valueOf(e.getMessage()), false);
        }
        String sentence = saveProblem;
        firePublic(l -> l.problem(sentence));
        return null;
    }

    /** The players leave: the game is saved, bots' answers are dropped from now on. */
    public void close() {
        if (!closed) {
            autosave();
        }
        closed = true;
        token++;
        dropAhead();
    }

    // ------------------------------------------------------------------ every step

    private void accepted(Step.Accepted step) {
        List<Event> events = step.events();
        tell(events);
        boolean resolved = Session.revealsChoices(events);
        if (resolved) {
            token++;
            java.util.Arrays.fill(thinking, false);
            notWaiting();
            java.util.Arrays.fill(deadline, null); // the next turn's clocks start with the next turn
            java.util.Arrays.fill(stoppedLeft, null);
            autosave(); // before the listeners, so the reveal can say where the game is saved
        }
        if (!listeners.isEmpty()) {
            List<Event>[] seen = redactedCache();
            for (Registered r : listeners()) {
                int a = r.audience().ordinal();
                if (seen[a] == null) {
                    seen[a] = r.audience().redact(events);
                }
                r.listener().stepped(seen[a]);
            }
        }
        if (!resolved) {
            hurryIfWaited(); // a person's choice may leave the people waiting for the bots
            return;
        }
        GameState s = session.state();
        if (s.isOver()) {
            EndReason ending = s.ending();
            firePublic(l -> l.ended(ending));
            return;
        }
        thinkAhead(); // while the reveal is read (if thinking ahead is on)
    }

    @SuppressWarnings("unchecked")
    private static List<Event>[] redactedCache() {
        return new List[Audience.values().length];
    }

    /** Each bot that listens hears the events as its seat was shown them. */
    private void tell(List<Event> events) {
        for (int i = 0; i < 2; i++) {
            if (bots[i] == null || !observes[i]) {
                continue;
            }
            Bot bot = bots[i];
            List<Event> seen = Audience.of(Side.values()[i]).redact(List.copyOf(events));
            if (matchThread == null) {
                bot.observe(seen);
            } else {
                lane(Side.values()[i], () -> bot.observe(seen));
            }
        }
    }

    private static String reason(Bot.Decision d) {
        String r = d.reason();
        if (r == null || r.isEmpty()) {
            return "";
        }
        return cut(TextRules.sanitize(r, false), Engine.MAX_RATIONALE);
    }

    private static String clean(String s, int max) {
        return cut(TextRules.sanitize(s == null ? "" : s.strip(), false), max);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
