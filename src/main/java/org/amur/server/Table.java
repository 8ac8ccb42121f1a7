package org.amur.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.amur.ai.Bot;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.save.LoadedGame;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.save.SaveLock;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioInfo;
import org.amur.scenario.TextRules;
import org.amur.engine.Standing;
import org.amur.session.Match;
import org.amur.session.Session;
import org.amur.tui.Remote;
import org.amur.tui.Seats;

/**
 * One table of the classroom server: one {@link Match} (both seats people: the remote teams), on a thread of
 * its own (every call on the match happens there), its autosave ({@code tables/autosave-<table>.json}, written
 * atomically after every accepted step), the match's turn timer, and a snapshot per role rebuilt after every
 * change. A snapshot for a role is built from what that role may see (the seat's view, the public values,
 * events redacted for its audience), so a connection is never handed a secret it could leak.
 */
public final class Table implements Remote.Table, AutoCloseable {
    /** What happens when a team's time runs out: its highlighted choice, or a bot's (by its spec). */
    public record TimeUp(String botSpec) {
        public static final TimeUp KEEP = new TimeUp(null);

        Match.TimeUp forMatch() {
            return botSpec == null ? new Match.TimeUp.KeepHighlighted() : new Match.TimeUp.BotChooses(botSpec);
        }
    }

    /**
     * How the table is set up. {@code adjudication}: with a facilitator, whether the second choice of a turn
     * waits for the facilitator's ruling (semi-rigid) or the engine decides at once (rigid).
     */
    public record Settings(Duration timer, TimeUp timeUp, boolean facilitated, SaveMeta.Adjudication adjudication,
                           org.amur.save.Names names) {
        public Settings {
            adjudication = facilitated && adjudication != null ? adjudication : SaveMeta.Adjudication.RIGID;
            names = names == null ? org.amur.save.Names.NONE : names;
        }

        public Settings(Duration timer, TimeUp timeUp, boolean facilitated, SaveMeta.Adjudication adjudication) {
            this(timer, timeUp, facilitated, adjudication, org.amur.save.Names.NONE);
        }

        /**
         * The same settings for a table with these names (its own and its teams'); a table restored from its
         * autosave keeps the names it was saved with.
         */
        public Settings named(org.amur.save.Names n) {
            return new Settings(timer, timeUp, facilitated, adjudication, n);
        }

        /** A table ruled by the engine alone. */
        public Settings(Duration timer, TimeUp timeUp, boolean facilitated) {
            this(timer, timeUp, facilitated, SaveMeta.Adjudication.RIGID);
        }

        boolean rulings() {
            return facilitated && adjudication != SaveMeta.Adjudication.RIGID;
        }
    }

    private final String id;
    private final SaveStore store;
    private final Path saveFile;
    private final Settings settings;
    private final ServerLog log;
    private final ExecutorService thread;
    private final ScheduledExecutorService clock;
    private final Match match;
    private final Session session;
    private final SaveMeta meta;
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    private final List<Remote.Card> deck;
    private volatile Map<Remote.Role, Remote.Snapshot> snapshots = Map.of();
    private boolean paused;
    /**
     * With a timer: the clock waits until both teams have joined since the server started (a class takes a
     * while to type the join lines; after a restart the teams join again), so no turn is lost to an empty room.
     */
    private boolean clockWaits;
    private final java.util.Set<Side> joined = java.util.EnumSet.noneOf(Side.class);
    private String note = "";
    private long version;
    /** Set by the match's listener when a step was accepted or a turn resolved; acted on after each task. */
    private boolean stepped;
    private boolean resolved;
    private boolean saved;
    private ScheduledFuture<?> ticker;
    private volatile boolean closed;
    /** Whether the table's game came from its autosave (a restart), not from this start's options. */
    private boolean restored;
    /** The table's claim on its autosave; null when the folder allows no lock. */
    private SaveLock lock;

    private Table(String id, SaveStore store, Path saveFile, Settings settings, ServerLog log,
                  ScheduledExecutorService clock, LongSupplier nanos, Session session, SaveMeta meta) {
        this.id = id;
        this.store = store;
        this.saveFile = saveFile;
        this.settings = settings;
        this.log = log;
        this.clock = clock;
        this.session = session;
        this.meta = meta;
        this.deck = session.scenario().scenario().deck().stream()
                .map(c -> new Remote.Card(c.id(), TextRules.sanitize(c.title(), false))).toList();
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "amur-table-" + id);
            t.setDaemon(true);
            return t;
        });
        // a bot choosing for a team whose time ran out answers within the patience, with what it has searched
        Match.Options options = Match.Options.autosaving(this::save).withPatience(Match.PLAYER_PATIENCE);
        if (settings.timer() != null) {
            options = options.withTimer(settings.timer(), settings.timeUp().forMatch())
                    .withClock(() -> Instant.ofEpochSecond(0, nanos.getAsLong()));
        }
        this.match = Match.of(session, new Match.Seat.Person(), new Match.Seat.Person(), options);
        match.setRulings(settings.rulings());
        match.addListener(Audience.FACILITATOR, new Match.Listener() {
            @Override
            public void stepped(List<Event> events) {
                stepped = true;
                resolved |= events.stream().anyMatch(e -> e instanceof Event.ChoicesRevealed);
            }

            @Override
            public void held(Side side, boolean waiting) {
                stepped = true;
                if (waiting) {
                    log.log("held", id, "turn", session.state().turn(), side.id());
                }
            }

            @Override
            public void saved(Path file) {
                saved = true;
            }

            @Override
            public void problem(String sentence) {
                log.log("problem", id, sentence);
            }

            @Override
            public void timer(Side side, Duration left) {
                if (left.isZero()) {
                    log.log("action", id, "turn", session.state().turn(), side.id() + " time-up");
                }
            }
        });
    }

    /**
     * The table {@code id}: restored from its autosave in {@code store} when there is one, else a new game of
     * {@code scenario} with {@code seed}. A damaged autosave is reported as one sentence in the exception.
     */
    public static Table open(String id, LoadedScenario scenario, long seed, SaveStore store, Settings settings,
                             ServerLog log, ScheduledExecutorService clock, LongSupplier nanos) throws SaveException {
        return open(id, scenario, seed, store, settings, log, clock, nanos, BOTS);
    }

    /**
     * Where the bots of every table think (a team's time ran out and a bot chooses for it): off the tables'
     * threads, so a slow bot never holds up its table's screens, notes or pause. A few daemon threads, fewer
     * than the cores, shared by all tables.
     */
    private static final java.util.concurrent.Executor BOTS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "amur-table-bot");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });

    /** As {@link #open(String, LoadedScenario, long, SaveStore, Settings, ServerLog, ScheduledExecutorService,
     * LongSupplier)}, with the bots thinking on {@code bots} (tests run them when they choose). */
    static Table open(String id, LoadedScenario scenario, long seed, SaveStore store, Settings settings,
                      ServerLog log, ScheduledExecutorService clock, LongSupplier nanos,
                      java.util.concurrent.Executor bots) throws SaveException {
        Path file = store.directory().resolve(SaveStore.AUTOSAVE_PREFIX + id + ".json");
        Session session;
        SaveMeta meta;
        // the table's game is its own: another table or another copy of Amur playing it would lose turns
        SaveLock lock = null;
        try {
            lock = SaveLock.acquire(file);
        } catch (SaveException e) {
            if (e.kind() == SaveException.Kind.LOCKED) {
                throw e;
            }
            // no lock can be made in the folder: the autosaves will fail there too and say so
        }
        if (Files.exists(file)) {
            LoadedGame g;
            try {
                g = store.load(file);
            } catch (SaveException e) {
                if (lock != null) {
                    lock.close();
                }
                throw e;
            }
            session = g.session();
            meta = g.meta();
            log.log("restored", id, "turn", session.state().turn());
        } else {
            session = Session.start(scenario, seed);
            meta = new SaveMeta(Seats.HUMAN, Seats.HUMAN).withFacilitator(settings.facilitated()
                    ? new SaveMeta.Facilitator(false, settings.adjudication()) : null).withNames(settings.names());
        }
        Table t = new Table(id, store, file, settings, log, clock, nanos, session, meta);
        t.lock = lock;
        t.restored = Files.exists(file);
        try {
            t.thread.submit(() -> {
                // bots here only choose for a team whose time ran out: they think on the bots' threads and
                // their choice comes back to the table's thread as any other action
                t.match.start(t::run, bots);
                if (t.settings.timer() != null && !t.session.state().isOver()) {
                    t.clockWaits = true;
                    t.match.setBotsPaused(true); // the turn timer stands still, keeping its full time
                }
                t.match.startTurn();
                if (t.clock != null && t.settings.timer() != null) {
                    t.ticker = t.clock.scheduleAtFixedRate(() -> t.run(t::tick), 1, 1, TimeUnit.SECONDS);
                }
                t.match.autosave();
                t.publish();
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            t.thread.shutdownNow();
            t.releaseLock();
            throw new IllegalStateException("table " + id + " did not start", e);
        }
        return t;
    }

    private Path save(Session s) throws SaveException {
        store.autosave(saveFile, s, meta);
        return saveFile;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * Whether this table's game was restored from its autosave in the server folder (it keeps its own length,
     * names and progress; the options of this start apply to new tables only).
     */
    public boolean restored() {
        return restored;
    }

    // ------------------------------------------------------------------ Remote.Table (any thread)

    @Override
    public Remote.Snapshot snapshot(Remote.Role role) {
        Remote.Snapshot s = snapshots.get(role);
        if (s == null) {
            // before the first publish: wait for it on the table's thread
            try {
                thread.submit(() -> { }).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("table " + id + " did not start", e);
            }
            s = snapshots.get(role);
        }
        return s;
    }

    @Override
    public AutoCloseable watch(Runnable changed) {
        watchers.add(changed);
        return () -> watchers.remove(changed);
    }

    @Override
    public void commit(Side side, Variant v, String reason, Consumer<Optional<String>> answer) {
        run(() -> {
            if (paused) {
                answer.accept(Optional.of(ServerText.t("table.paused")));
                return;
            }
            answer.accept(act(() -> match.commit(side, v, reason), side.id() + " committed"));
        });
    }

    @Override
    public void withdraw(Side side, Consumer<Optional<String>> answer) {
        run(() -> answer.accept(act(() -> match.withdraw(side), side.id() + " withdrew")));
    }

    @Override
    public void highlight(Side side, Variant v) {
        run(() -> {
            if (match.highlighted(side).orElse(null) != v) {
                match.highlight(side, v);
                publish(); // the team's snapshot carries it: a screen that joins again shows the same choice
            }
        });
    }

    @Override
    public void pause(boolean on) {
        run(() -> setPaused(on));
    }

    /** A team's screen opened (called for every connection of a team): the clock starts once both have. */
    void joined(Side side) {
        run(() -> {
            joined.add(side);
            if (clockWaits && joined.size() == Side.values().length) {
                clockWaits = false;
                match.setBotsPaused(paused);
                log.log("clock-started", id, "turn", session.state().turn());
                publish();
            }
        });
    }

    @Override
    public void note(String text, Consumer<Optional<String>> answer) {
        run(() -> {
            String clean = TextRules.sanitize(text == null ? "" : text.strip(), false);
            if (clean.length() > Engine.MAX_NOTE) {
                clean = clean.substring(0, Engine.MAX_NOTE);
            }
            String shown = clean;
            Optional<String> r = act(() -> match.note(shown), "note");
            if (r.isEmpty()) {
                note = clean;
                stepped = true;
            }
            answer.accept(r);
        });
    }

    @Override
    public List<Remote.Card> deck() {
        return deck;
    }

    @Override
    public void inject(String cardId, String reason, Consumer<Optional<String>> answer) {
        run(() -> {
            String why = TextRules.sanitize(reason == null ? "" : reason.strip(), false);
            if (why.length() > Engine.MAX_NOTE) {
                why = why.substring(0, Engine.MAX_NOTE);
            }
            String given = why;
            Optional<String> r = act(() -> match.inject(cardId, null, null, given), "inject " + cardId);
            if (r.isEmpty()) {
                String title = deck.stream().filter(c -> c.id().equals(cardId)).map(Remote.Card::title).findFirst()
                        .orElse(cardId);
                note = why.isEmpty() ? title : title + " (" + why + ")";
                stepped = true;
            }
            answer.accept(r);
        });
    }

    @Override
    public Step preview(Action action) {
        try {
            return thread.submit(() -> match.preview(action)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("table " + id + " did not answer", e);
        }
    }

    @Override
    public Optional<String> rule(Action action) {
        java.util.concurrent.CompletableFuture<Optional<String>> answer = new java.util.concurrent.CompletableFuture<>();
        run(() -> answer.complete(act(() -> match.rule(action),
                action instanceof Action.Adjudicated ? "ruling" : "ruling accepted")));
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return Optional.of(ServerText.t("table.no_answer"));
        }
    }

    @Override
    public ScenarioInfo info() {
        return session.scenario().info();
    }

    @Override
    public org.amur.scenario.LoadedScenario scenario() {
        return session.scenario();
    }

    @Override
    public Remote.Outlook outlook(Side side, Variant v) {
        try {
            return thread.submit(() -> {
                GameState s = session.state();
                Engine engine = session.engine();
                return new Remote.Outlook(engine.scenario(), engine.forecast(s, side, v),
                        s.hasCommitted(side) ? Optional.empty() : engine.whyIllegal(s, side, v));
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("table " + id + " did not answer", e);
        }
    }

    // ------------------------------------------------------------------ the table's thread

    /** Runs {@code task} on the table's thread; afterwards a resolved turn starts the next, and screens hear. */
    private void run(Runnable task) {
        if (closed) {
            return;
        }
        thread.execute(() -> {
            saved = false;
            try {
                task.run();
            } catch (RuntimeException e) {
                log.log("problem", id, e.getClass().getSimpleName());
            }
            try {
                settle();
            } catch (RuntimeException e) {
                log.log("problem", id, e.getClass().getSimpleName());
            }
        });
    }

    /** Runs {@code task} on the table's thread and waits for it (tests and the teacher's console). */
    void await(Runnable task) throws Exception {
        thread.submit(() -> {
            saved = false;
            task.run();
            settle();
        }).get(10, TimeUnit.SECONDS);
    }

    /** After a step: the next turn begins when one resolved; the game is saved; every screen is redrawn. */
    private void settle() {
        if (!stepped && !resolved) {
            return;
        }
        boolean turnOver = resolved;
        stepped = false;
        resolved = false;
        if (turnOver) {
            note = "";
            match.startTurn();
        }
        if (!saved) {
            match.autosave();
        }
        saved = false;
        publish();
    }

    /** Does one action of the match and logs it when accepted. */
    private Optional<String> act(java.util.function.Supplier<Optional<String>> action, String what) {
        if (session.state().isOver()) {
            return Optional.of(ServerText.t("table.over"));
        }
        int turn = session.state().turn();
        Optional<String> r = action.get();
        if (r.isEmpty()) {
            log.log("action", id, "turn", turn, what);
            stepped = true;
        }
        return r;
    }

    private void setPaused(boolean on) {
        if (paused == on) {
            return;
        }
        paused = on;
        match.setBotsPaused(on || clockWaits); // stops the turn timer, keeping what is left
        log.log(on ? "paused" : "resumed", id);
        publish();
    }

    /** Once a second: the timer shown everywhere moves on; at zero the sides still choosing are chosen for. */
    void tick() {
        if (settings.timer() == null || paused || clockWaits || session.state().isOver()) {
            return;
        }
        match.tick();
        if (!stepped && !resolved) {
            publish(); // the clock moved: every screen shows it
        }
    }

    // ------------------------------------------------------------------ snapshots

    private void publish() {
        version++;
        Map<Remote.Role, Remote.Snapshot> m = new EnumMap<>(Remote.Role.class);
        for (Remote.Role r : Remote.Role.values()) {
            m.put(r, build(r));
        }
        snapshots = m;
        for (Runnable w : watchers) {
            try {
                w.run();
            } catch (RuntimeException e) {
                // one screen's trouble is not the table's
            }
        }
    }

    private static Audience audience(Remote.Role r) {
        return switch (r) {
            case MOSCOW -> Audience.MOSCOW;
            case BEIJING -> Audience.BEIJING;
            case FACILITATOR -> Audience.FACILITATOR;
            case AUDIENCE -> Audience.PUBLIC;
        };
    }

    private Remote.Snapshot build(Remote.Role role) {
        GameState s = session.state();
        Engine engine = session.engine();
        Audience a = audience(role);
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        Map<Indicator, double[]> history = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (a.sees(i)) {
                values.put(i, s.get(i));
                history.put(i, session.history(i));
            }
        }
        List<Variant> legal = List.of();
        Variant own = null;
        Side side = role.side();
        Action.Commit held = match.held().orElse(null);
        if (side != null && !s.isOver()) {
            var view = engine.view(s, side);
            legal = view.legalChoices();
            own = view.ownChoice();
            if (own == null && held != null && held.side() == side) {
                own = Variant.byId(held.variantId()).orElse(null); // its own choice, waiting for the ruling
            }
        }
        // a team's own highlight (what its timer keeps), never the other side's
        List<Variant> legalNow = legal;
        Variant highlighted = side == null || s.isOver() ? null
                : match.highlighted(side).filter(legalNow::contains).orElse(null);
        // the facilitator rules on a held choice: then, and only then, both choices are shown to it
        List<Action.Commit> ruling = List.of();
        Map<Side, Variant> pending = Map.of();
        if (role == Remote.Role.FACILITATOR && held != null && !s.isOver()) {
            GameState.Commitment first = s.commitment(held.side().other());
            if (first != null) {
                Action.Commit firstCommit = new Action.Commit(held.side().other(), first.variant().id(),
                        first.rationale());
                ruling = List.of(firstCommit, held);
                pending = Map.of(held.side(), Variant.byId(held.variantId()).orElseThrow(),
                        held.side().other(), first.variant());
            }
        }
        Map<Side, Standing> standings = new EnumMap<>(Side.class);
        for (Side st : Side.values()) {
            if (a.sees(Indicator.score(st))) {
                standings.put(st, engine.standing(s, st));
            }
        }
        Event.ChoicesRevealed reveal = null;
        List<Event.Delta> net = List.of();
        List<Event> events = session.events();
        for (int i = events.size() - 1; i >= 0 && reveal == null; i--) {
            if (events.get(i) instanceof Event.ChoicesRevealed r) {
                reveal = r;
            }
        }
        // the last reveal as the role may read it: what the facilitator did earlier in that turn, then everything
        // from the reveal on up to the next turn's first action (its opening cards included)
        List<Event> revealed = new ArrayList<>();
        List<Event> earlier = new ArrayList<>();
        if (reveal != null) {
            int at = events.lastIndexOf(reveal);
            for (int i = at; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.ChoiceCommitted || e instanceof Event.ChoiceWithdrawn
                        || e instanceof Event.Injected || e instanceof Event.FacilitatorNote) {
                    break;
                }
                revealed.add(e);
            }
            for (int i = at - 1; i >= 0 && !(events.get(i) instanceof Event.TurnStarted); i--) {
                if (events.get(i) instanceof Event.Injected || events.get(i) instanceof Event.FacilitatorNote) {
                    earlier.add(0, events.get(i));
                }
            }
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof Event.TurnResolved t) {
                Event red = a.redact(List.of(t)).get(0);
                net = ((Event.TurnResolved) red).net();
                break;
            }
        }
        Duration left = null;
        if (settings.timer() != null && !s.isOver()) {
            Side mine = side != null ? side : match.timeLeft(Side.MOSCOW).isPresent() ? Side.MOSCOW : Side.BEIJING;
            left = match.timeLeft(mine).or(() -> match.timeLeft(mine.other())).orElse(null);
        }
        return new Remote.Snapshot(id, session.scenario().info().title(), role, s.turn(),
                engine.scenario().turns(), s.year(), values, history, s.isOver(),
                s.isOver() ? ServerText.t("ending." + s.ending().id()) : null,
                match.hasChosen(Side.MOSCOW), match.hasChosen(Side.BEIJING), legal, own, pending, reveal, net,
                org.amur.tui.ThisYear.of(session, a), left, paused, note, version, standings, ruling, meta.names(),
                clockWaits && left != null, a.redact(revealed), a.redact(earlier), highlighted,
                side != null && match.timeRanOut(side));
    }

    /** Saves and stops the table's thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            thread.submit(() -> {
                if (ticker != null) {
                    ticker.cancel(false);
                }
                match.close();
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.log("problem", id, "close", e.getClass().getSimpleName());
        }
        closed = true;
        thread.shutdownNow();
        releaseLock();
    }

    /**
     * For tests that simulate the server dying in this JVM: gives up the claim on the save, as the
     * operating system does for a process that ends, without saving or stopping anything.
     */
    void releaseLockAsIfDead() {
        releaseLock();
    }

    private void releaseLock() {
        if (lock != null) {
            lock.close();
        }
    }

    /** The game itself, for tests that check what was played (read on the table's thread only). */
    Session session() {
        return session;
    }

    SaveMeta meta() {
        return meta;
    }

    /** The match the table plays (read on the table's thread only). */
    Match match() {
        return match;
    }
}
