package org.amur.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.amur.scenario.TextRules;
import org.amur.session.Session;
import org.amur.tui.Remote;
import org.amur.tui.Seats;

/**
 * One table of the classroom server: one game, its own thread (every change to the game happens there),
 * its autosave ({@code tables/autosave-<table>.json}, written atomically after every accepted step), its
 * timer, and a snapshot per role rebuilt after every change. A snapshot for a role is built from what that
 * role may see (the seat's view, the public values, events redacted for its audience), so a connection is
 * never handed a secret it could leak.
 */
public final class Table implements Remote.Table, AutoCloseable {
    /** What happens when a team's time runs out: its highlighted choice, or a bot's (by its spec). */
    public record TimeUp(String botSpec) {
        public static final TimeUp KEEP = new TimeUp(null);
    }

    /** How the table is set up. */
    public record Settings(Duration timer, TimeUp timeUp, boolean facilitated) {
    }

    private final String id;
    private final SaveStore store;
    private final Path saveFile;
    private final Settings settings;
    private final ServerLog log;
    private final ExecutorService thread;
    private final ScheduledExecutorService clock;
    private final LongSupplier nanos;
    private final Session session;
    private final SaveMeta meta;
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    private final List<Remote.Card> deck;
    private final Variant[] highlighted = new Variant[2];
    private volatile Map<Remote.Role, Remote.Snapshot> snapshots = Map.of();
    private boolean paused;
    private String note = "";
    private long deadline;
    private long remainingWhenPaused;
    private long version;
    private ScheduledFuture<?> ticker;
    private volatile boolean closed;
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
        this.nanos = nanos;
        this.session = session;
        this.meta = meta;
        this.deck = session.scenario().scenario().deck().stream()
                .map(c -> new Remote.Card(c.id(), TextRules.sanitize(c.title(), false))).toList();
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "amur-table-" + id);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The table {@code id}: restored from its autosave in {@code store} when there is one, else a new game of
     * {@code scenario} with {@code seed}. A damaged autosave is reported as one sentence in the exception.
     */
    public static Table open(String id, LoadedScenario scenario, long seed, SaveStore store, Settings settings,
                             ServerLog log, ScheduledExecutorService clock, LongSupplier nanos) throws SaveException {
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
                    ? new SaveMeta.Facilitator(false, SaveMeta.Adjudication.RIGID) : null);
        }
        Table t = new Table(id, store, file, settings, log, clock, nanos, session, meta);
        t.lock = lock;
        try {
            t.thread.submit(() -> {
                t.startClock();
                t.publish();
                t.autosave();
            }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            t.thread.shutdownNow();
            t.releaseLock();
            throw new IllegalStateException("table " + id + " did not start", e);
        }
        return t;
    }

    @Override
    public String id() {
        return id;
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
        run(() -> answer.accept(doCommit(side, v, reason, false)));
    }

    @Override
    public void withdraw(Side side, Consumer<Optional<String>> answer) {
        run(() -> answer.accept(apply(new Action.Withdraw(side), side.id() + " withdrew")));
    }

    @Override
    public void highlight(Side side, Variant v) {
        run(() -> highlighted[side.ordinal()] = v);
    }

    @Override
    public void pause(boolean on) {
        run(() -> setPaused(on));
    }

    @Override
    public void note(String text, Consumer<Optional<String>> answer) {
        run(() -> {
            String clean = TextRules.sanitize(text == null ? "" : text.strip(), false);
            if (clean.length() > Engine.MAX_NOTE) {
                clean = clean.substring(0, Engine.MAX_NOTE);
            }
            Optional<String> r = apply(new Action.Note(clean), "note");
            if (r.isEmpty()) {
                note = clean;
                publish();
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
            Optional<String> r = apply(new Action.Inject(cardId, null, null, why), "inject " + cardId);
            if (r.isEmpty()) {
                String title = deck.stream().filter(c -> c.id().equals(cardId)).map(Remote.Card::title).findFirst()
                        .orElse(cardId);
                note = why.isEmpty() ? title : title + " (" + why + ")";
                publish();
            }
            answer.accept(r);
        });
    }

    // ------------------------------------------------------------------ the table's thread

    private void run(Runnable task) {
        if (closed) {
            return;
        }
        thread.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.log("problem", id, e.getClass().getSimpleName());
            }
        });
    }

    /** Runs {@code task} on the table's thread and waits for it (tests and the teacher's console). */
    void await(Runnable task) throws Exception {
        thread.submit(task).get(10, TimeUnit.SECONDS);
    }

    private Optional<String> doCommit(Side side, Variant v, String reason, boolean timeUp) {
        if (paused && !timeUp) {
            return Optional.of(ServerText.t("table.paused"));
        }
        String why = TextRules.sanitize(reason == null ? "" : reason.strip(), false);
        if (why.length() > Engine.MAX_RATIONALE) {
            why = why.substring(0, Engine.MAX_RATIONALE);
        }
        return apply(new Action.Commit(side, v.id(), why), side.id() + (timeUp ? " time-up" : " committed"));
    }

    private Optional<String> apply(Action action, String what) {
        if (session.state().isOver()) {
            return Optional.of(ServerText.t("table.over"));
        }
        int turn = session.state().turn();
        Step step = session.apply(action);
        if (step instanceof Step.Rejected r) {
            return Optional.of(r.rejection().message());
        }
        log.log("action", id, "turn", turn, what);
        if (session.state().turn() != turn || session.state().isOver()) {
            note = "";
            java.util.Arrays.fill(highlighted, null);
            startClock();
        }
        autosave();
        publish();
        return Optional.empty();
    }

    private void autosave() {
        try {
            store.autosave(saveFile, session, meta);
        } catch (SaveException | RuntimeException e) {
            log.log("save-failed", id, e.getMessage());
        }
    }

    private void setPaused(boolean on) {
        if (paused == on) {
            return;
        }
        paused = on;
        if (settings.timer() != null) {
            if (on) {
                remainingWhenPaused = Math.max(0, deadline - nanos.getAsLong());
            } else {
                deadline = nanos.getAsLong() + remainingWhenPaused;
            }
        }
        log.log(on ? "paused" : "resumed", id);
        publish();
    }

    private void startClock() {
        if (settings.timer() == null) {
            return;
        }
        deadline = nanos.getAsLong() + settings.timer().toNanos();
        if (paused) {
            remainingWhenPaused = settings.timer().toNanos();
        }
        if (ticker == null && clock != null) {
            ticker = clock.scheduleAtFixedRate(() -> run(this::tick), 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Once a second: the timer shown everywhere moves on; at zero the sides still choosing are chosen for. */
    void tick() {
        if (settings.timer() == null || paused || session.state().isOver()) {
            return;
        }
        if (nanos.getAsLong() < deadline) {
            publish();
            return;
        }
        for (Side side : Side.values()) {
            if (!session.state().hasCommitted(side) && !session.state().isOver()) {
                Variant v = timeUpChoice(side);
                if (v != null) {
                    doCommit(side, v, ServerText.t("table.time_up_reason"), true);
                }
            }
        }
    }

    private Variant timeUpChoice(Side side) {
        GameState s = session.state();
        List<Variant> legal = session.engine().legalChoices(s, side);
        if (legal.isEmpty()) {
            return null;
        }
        if (settings.timeUp().botSpec() != null) {
            try {
                Bot bot = Seats.bot(settings.timeUp().botSpec(), session.engine(), side,
                        session.seed() ^ s.turn() * 0x9E3779B97F4A7C15L ^ side.ordinal());
                bot.observe(Audience.of(side).redact(List.copyOf(session.events())));
                Bot.Decision d = bot.decide(session.engine().view(s, side));
                if (d != null && d.variant() != null && legal.contains(d.variant())) {
                    return d.variant();
                }
            } catch (RuntimeException e) {
                log.log("problem", id, "time-up bot", e.getClass().getSimpleName());
            }
        }
        Variant h = highlighted[side.ordinal()];
        return h != null && legal.contains(h) ? h : legal.get(0);
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
        if (side != null && !s.isOver()) {
            var view = engine.view(s, side);
            legal = view.legalChoices();
            own = view.ownChoice();
        }
        Event.ChoicesRevealed reveal = null;
        List<Event.Delta> net = List.of();
        List<Event> events = session.events();
        for (int i = events.size() - 1; i >= 0 && reveal == null; i--) {
            if (events.get(i) instanceof Event.ChoicesRevealed r) {
                reveal = r;
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
            long nanosLeft = paused ? remainingWhenPaused : deadline - nanos.getAsLong();
            left = Duration.ofNanos(Math.max(0, nanosLeft));
        }
        return new Remote.Snapshot(id, session.scenario().info().title(), role, s.turn(),
                engine.scenario().turns(), s.year(), values, history, s.isOver(),
                s.isOver() ? ServerText.t("ending." + s.ending().id()) : null,
                s.hasCommitted(Side.MOSCOW), s.hasCommitted(Side.BEIJING), legal, own, Map.of(), reveal, net,
                new ArrayList<>(s.cards()), left, paused, note, version);
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
                autosave();
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
}
