package org.amur.ai;

import org.amur.engine.SeatView;
import org.amur.engine.Variant;

/** A player that is not a person. Implementations are deterministic for a given seed and view sequence. */
public interface Bot {

    /** A short name for menus and logs, e.g. {@code random}. */
    String name();

    /** Chooses one of {@code view.legalChoices()} (never empty while the game goes on). */
    Decision decide(SeatView view);

    /** A choice and the one-line reason shown to players. */
    record Decision(Variant variant, String reason) {
    }
}
