package org.amur.ai;

import java.time.Duration;

/**
 * Asks a bot's decision to answer now with what it has ({@link Bot#decide(org.amur.engine.SeatView, Hurry)}).
 * A bot that searches reads {@link #due} once per simulated game (so it must be cheap and safe to call from
 * the bot's worker thread) and, once it is due, stops and answers from the games it has played; a bot that
 * does not search ignores it.
 *
 * <p>Batch paths ({@code simulate}, {@code tournament}, {@code balance}) never hurry a bot, so a seed gives
 * the same game on any machine there. A front end where a person waits for the bot ({@link Deadline}, set
 * by {@code Match}) may: a hurried game depends on the machine's speed, and its bot says so in its reason.
 */
@FunctionalInterface
public interface Hurry {

    /** Never due: the decision runs its whole budget. */
    Hurry NEVER = () -> false;

    /** True once the decision should answer with what it has. Cheap; called from the bot's thread. */
    boolean due();

    /** A hurry with no deadline yet; {@link Deadline#at} or {@link Deadline#after} sets one from any thread. */
    static Deadline deadline() {
        return new Deadline();
    }

    /**
     * A deadline on {@link System#nanoTime()}'s clock, set once from any thread (the match thread) and read by
     * the bot's worker: due from that moment on, never before it is set.
     */
    final class Deadline implements Hurry {
        private static final long UNSET = Long.MAX_VALUE;
        private volatile long at = UNSET;

        private Deadline() {
        }

        @Override
        public boolean due() {
            long t = at;
            return t != UNSET && System.nanoTime() - t >= 0;
        }

        /** Sets the deadline to {@code nanoTime} (a {@link System#nanoTime()} reading), unless one is set already. */
        public synchronized void at(long nanoTime) {
            if (at == UNSET) {
                at = nanoTime == UNSET ? UNSET - 1 : nanoTime;
            }
        }

        /** Makes it due now, even if a later deadline was set (the decision's answer is no longer wanted). */
        public synchronized void now() {
            long t = System.nanoTime();
            if (at == UNSET || t - at < 0) {
                at = t == UNSET ? UNSET - 1 : t;
            }
        }

        /** Sets the deadline {@code patience} from now, unless one is set already. */
        public void after(Duration patience) {
            at(System.nanoTime() + Math.max(0, patience.toNanos()));
        }

        /** Whether a deadline has been set. */
        public boolean isSet() {
            return at != UNSET;
        }
    }
}
