package org.amur.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amur.ai.Bot;
import org.amur.engine.Engine;
import org.amur.engine.EndReason;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicators;
import org.amur.engine.Side;
import org.amur.engine.Tally;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * Plays a batch of games and folds them into a {@link SimResult}.
 *
 * <p>Games are cut into chunks of {@link #CHUNK} consecutive indices; worker threads take chunks in
 * order, each folds its games into its own {@link Accumulator}, and the accumulators are merged at the
 * end with exact integer arithmetic. Game {@code i} always has the seed {@link GameSeeds#game}, so the
 * result does not depend on the number of threads. Memory is bounded: a few accumulators, and when
 * CSV rows are wanted, at most {@code 4 x threads} chunks of rows waiting to be written in order.
 */
public final class Simulator {
    /** Games per unit of work. */
    static final int CHUNK = 256;

    /** Told how far a batch has come; called from the thread that called {@link #run}. */
    public interface Progress {
        void update(long done, long total);
    }

    private final SimConfig config;
    private final Engine engine;
    /** Whether games whose bots read no events take the engine's batch path (always, but in tests). */
    private final boolean batchPath;

    public Simulator(SimConfig config) {
        this(config, true);
    }

    /** With {@code batchPath} false every game builds its events (the full path), for comparison. */
    Simulator(SimConfig config, boolean batchPath) {
        this.config = config;
        this.engine = new Engine(config.scenario(), config.scale(), config.rules());
        this.batchPath = batchPath;
    }

    public SimConfig config() {
        return config;
    }

    /** Runs the batch with no progress and no CSV. */
    public SimResult run() {
        try {
            return run(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the batch.
     *
     * @param progress told every 200 ms how many games are done, or null
     * @param csv      receives one row per game in game order (no header), or null
     * @throws IOException if writing a CSV row fails
     */
    public SimResult run(Progress progress, Writer csv) throws IOException {
        long chunks = (config.games() + CHUNK - 1) / CHUNK;
        int threads = (int) Math.min(config.threads(), chunks);
        AtomicLong nextChunk = new AtomicLong();
        AtomicLong done = new AtomicLong();
        OrderedRows rows = csv == null ? null : new OrderedRows(csv, 4 * threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "amur-sim");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Accumulator> service = new ExecutorCompletionService<>(pool);
        try {
            for (int w = 0; w < threads; w++) {
                service.submit(() -> work(nextChunk, chunks, done, rows));
            }
            pool.shutdown();
            Accumulator total = new Accumulator(engine);
            for (int finished = 0; finished < threads; ) {
                Future<Accumulator> f = poll(service);
                if (f == null) {
                    if (progress != null) {
                        progress.update(done.get(), config.games());
                    }
                    continue;
                }
                total.merge(result(f));
                finished++;
            }
            if (progress != null) {
                progress.update(done.get(), config.games());
            }
            return new SimResult(config, total);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<Accumulator> poll(CompletionService<Accumulator> service) {
        try {
            return service.poll(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The worker's accumulator; a worker's failure is rethrown here (the others are then interrupted). */
    private static Accumulator result(Future<Accumulator> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private Accumulator work(AtomicLong nextChunk, long chunks, AtomicLong done, OrderedRows rows)
            throws InterruptedException {
        Accumulator acc = new Accumulator(engine);
        StringBuilder sb = rows == null ? null : new StringBuilder(CHUNK * 256);
        while (true) {
            if (rows != null) {
                rows.window.acquire();
            }
            long c = nextChunk.getAndIncrement();
            if (c >= chunks) {
                if (rows != null) {
                    rows.window.release();
                }
                return acc;
            }
            long from = c * CHUNK;
            long to = Math.min(config.games(), from + CHUNK);
            for (long i = from; i < to; i++) {
                GameRecord g = play(i, acc);
                acc.game(g);
                if (sb != null) {
                    Reports.csvRow(sb, g, engine);
                }
            }
            done.addAndGet(to - from);
            if (rows != null) {
                rows.deposit(c, sb.toString());
                sb.setLength(0);
            }
        }
    }

    /** Plays game {@code index} of the batch, adding its per-turn values to {@code acc} if not null. */
    public GameRecord play(long index) {
        return play(index, null);
    }

    private GameRecord play(long index, Accumulator acc) {
        long seed = GameSeeds.game(config.seed(), index);
        Bot moscow = config.moscow().bot(engine, Side.MOSCOW, GameSeeds.seat(seed, Side.MOSCOW));
        Bot beijing = config.beijing().bot(engine, Side.BEIJING, GameSeeds.seat(seed, Side.BEIJING));
        if (batchPath && !Match.readsEvents(moscow) && !Match.readsEvents(beijing)) {
            // The engine's batch path: no events are built; the tally keeps what the record needs.
            GameTally t = new GameTally(acc);
            Session quiet = Session.startQuiet(engine, seed, t);
            Match.of(quiet, moscow, beijing).playOut();
            GameState s = quiet.state();
            return new GameRecord(index, seed, s.ending(), s.turn(), t.signed, t.invoked, t.copies,
                    PolicySpec.fallbacks(moscow), PolicySpec.fallbacks(beijing), s);
        }
        Session session = Session.start(engine, seed);
        Match.of(session, moscow, beijing).playOut();
        boolean signed = false;
        boolean invoked = false;
        int copies = 0;
        List<Event> events = session.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.AllianceChanged ac) {
                signed |= ac.to() == 3 && ac.from() < 3;
                invoked |= ac.to() == 4;
            } else if (e instanceof Event.Effect fx && fx.key().equals("copy.unlicensed")) {
                copies++;
            } else if (e instanceof Event.TurnResolved tr && acc != null) {
                acc.turn(tr.turn(), session.stateAtTurnStart(tr.turn()).values(), tr.net());
            }
        }
        GameState s = session.state();
        EndReason ending = s.ending();
        return new GameRecord(index, seed, ending, s.turn(), signed, invoked, copies,
                PolicySpec.fallbacks(moscow), PolicySpec.fallbacks(beijing), s);
    }

    /**
     * Plays one game of this batch's scenario, engine and policies with the given seeds, through the
     * match loop, and returns it whole (for tests and tools that compare choices).
     */
    public Session playGame(long gameSeed, long moscowSeed, long beijingSeed) {
        Session session = Session.start(engine, gameSeed);
        Match.of(session, config.moscow().bot(engine, Side.MOSCOW, moscowSeed),
                config.beijing().bot(engine, Side.BEIJING, beijingSeed)).playOut();
        return session;
    }

    /** What the batch path keeps of a game: the facts the full path reads from its events. */
    private static final class GameTally implements Tally {
        private final Accumulator acc;
        boolean signed;
        boolean invoked;
        int copies;

        GameTally(Accumulator acc) {
            this.acc = acc;
        }

        @Override
        public void allianceChanged(int from, int to) {
            signed |= to == 3 && from < 3;
            invoked |= to == 4;
        }

        @Override
        public void effect(String key) {
            if (key.equals("copy.unlicensed")) {
                copies++;
            }
        }

        @Override
        public void turnResolved(int turn, Indicators values) {
            if (acc != null) {
                acc.turn(turn, values);
            }
        }
    }

    /** CSV rows written in game order although chunks finish in any order; a bounded window of chunks. */
    private static final class OrderedRows {
        final Semaphore window;
        private final Writer out;
        private final Map<Long, String> pending = new HashMap<>();
        private long next;

        OrderedRows(Writer out, int window) {
            this.out = out;
            this.window = new Semaphore(window);
        }

        synchronized void deposit(long chunk, String text) {
            pending.put(chunk, text);
            String t;
            while ((t = pending.remove(next)) != null) {
                try {
                    out.write(t);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                next++;
                window.release();
            }
        }
    }
}
