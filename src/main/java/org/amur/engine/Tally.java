package org.amur.engine;

/**
 * What a batch game is told instead of events, on the engine's batch path
 * ({@link Engine#newGame(long, Tally)}, {@link Engine#apply(GameState, Action, Tally)}): the same
 * steps run, the same dice are drawn and the same states come out as on the full path, but no
 * {@link Event} of a turn's resolution is built. A batch simulator reads the few facts it keeps per
 * game from these calls; a tally that does nothing is allowed.
 *
 * <p>Calls come on the thread that applies the action, in the order the full path would record the
 * matching events.
 */
public interface Tally {

    /** A tally that keeps nothing. */
    Tally NONE = new Tally() {
    };

    /** The alliance level moved from {@code from} to {@code to} (as {@link Event.AllianceChanged}). */
    default void allianceChanged(int from, int to) {
    }

    /** An effect closed (as the key of an {@link Event.Effect}, e.g. {@code copy.unlicensed}). */
    default void effect(String key) {
    }

    /**
     * Turn {@code turn} is resolved and scored: {@code values} are its end values, before the next
     * turn's cards (what {@link Event.TurnResolved}'s net changes lead to). A view of the engine's working
     * values, valid only during this call (they change afterwards): read or copy what must be kept.
     */
    default void turnResolved(int turn, Indicators values) {
    }
}
