package org.amur.ai;

import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.SeatView;
import org.amur.engine.Variant;

/**
 * A player that is not a person. Implementations are deterministic for a given seed and sequence of
 * views and observations.
 *
 * <p>A bot decides from its seat's {@link SeatView} only: never the other side's pending choice, never
 * the game's random generator. It may also be told, through {@link #observe}, the events its seat was
 * shown — the same lines a human in that seat reads (already redacted for the seat), for instance last
 * turn's revealed choices — so that it can learn from what happened, as a person would.
 */
public interface Bot {

    /** A short name for menus and logs, e.g. {@code random} or {@code mcts:hard}. */
    String name();

    /** Chooses one of {@code view.legalChoices()} (never empty while the game goes on). */
    Decision decide(SeatView view);

    /**
     * The same decision, asked to answer early once {@code hurry} is {@link Hurry#due due}: a bot that
     * searches then answers from what it has searched, and its reason says so. Front ends where a person
     * waits use it; batch paths call {@link #decide(SeatView)}, which never hurries. A hurry that never
     * becomes due gives exactly the choice {@link #decide(SeatView)} gives. The default ignores the hurry.
     */
    default Decision decide(SeatView view, Hurry hurry) {
        return decide(view);
    }

    /**
     * Hears the events of one step as this bot's seat was shown them (redacted with
     * {@code Audience.of(seat)}). Front ends call it after every accepted action; a bot that is never
     * told anything still plays, only without memory. The default ignores them.
     */
    default void observe(List<Event> events) {
    }

    /** A choice and the one-line reason shown to players. */
    record Decision(Variant variant, String reason) {
    }
}
