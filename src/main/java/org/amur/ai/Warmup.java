package org.amur.ai;

import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Side;

/**
 * Warms the search before a game's first real decision: on a daemon thread of its own, a throwaway
 * {@link SearchBot} with a small budget decides again and again on the game's opening position, so
 * that by the time the game's own search bot is asked, the JIT has compiled the search and the
 * engine's turn (a cold JVM runs them in the interpreter and spends several times as long on its
 * first decision). A front end starts it while the players read the introduction and stops it when
 * the turn begins.
 *
 * <p>It shares nothing with the game's bots (its own bot objects, its own seeds, its own copy of the
 * position), so it changes no choice: a seed gives the same game with or without a warm-up. It does
 * a bounded amount of work ({@link #ROUNDS} small searches) and then ends by itself.
 */
public final class Warmup {

    /** Iterations of each throwaway search: small, so that {@link #stop()} takes effect quickly. */
    static final int ITERATIONS = 400;

    /** Searches at most, about two hard decisions' worth of iterations. */
    static final int ROUNDS = 25;

    private final Thread thread;
    private volatile boolean stopped;
    private volatile int rounds;

    /** A position to warm the search on: a side's view of a state of a game. */
    public record Target(Engine engine, GameState state, Side side) {
    }

    private Warmup(java.util.function.Supplier<java.util.Optional<Target>> target) {
        thread = new Thread(() -> {
            java.util.Optional<Target> t;
            try {
                t = target.get();
            } catch (RuntimeException e) {
                return; // nothing to warm (say, the save could not be read): the game will say why if opened
            }
            t.ifPresent(x -> run(x.engine(), x.state(), x.side()));
        }, "amur-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts warming the search for {@code side}'s view of {@code state}; returns at once. */
    public static Warmup start(Engine engine, GameState state, Side side) {
        return start(() -> java.util.Optional.of(new Target(engine, state, side)));
    }

    /**
     * Starts a warm-up whose position is found on its own thread first ({@code target} may read a save
     * and replay it; empty, or an exception, means there is nothing worth warming); returns at once.
     * A front end starts it for a game it offers to continue, while the player is on its menu.
     */
    public static Warmup start(java.util.function.Supplier<java.util.Optional<Target>> target) {
        Warmup w = new Warmup(target);
        w.thread.start();
        return w;
    }

    private void run(Engine engine, GameState state, Side side) {
        if (stopped || state.isOver() || state.hasCommitted(side)) {
            return;
        }
        try {
            for (int r = 0; r < ROUNDS && !stopped; r++) {
                new SearchBot(engine, side, ITERATIONS, 0x5EED_0000L + r, "warmup").decide(engine.view(state, side));
                rounds = r + 1;
            }
        } catch (RuntimeException e) {
            // a warm-up that fails only leaves the search cold; the game's own bot reports its own problems
        }
    }

    /** Asks the warm-up to end after its current small search (a few milliseconds once warm). */
    public void stop() {
        stopped = true;
    }

    /** Searches completed so far (for the benchmark). */
    public int rounds() {
        return rounds;
    }

    /** Waits at most {@code millis} for the warm-up to end (for the benchmark and tests). */
    public boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }
}
