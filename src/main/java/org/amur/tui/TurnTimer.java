package org.amur.tui;

import java.time.Duration;
import java.util.Objects;
import org.amur.session.Match;

/**
 * A local game's turn timer: each person seat has {@code perTurn} to choose, and when it runs out
 * {@code whenUp} decides (the highlighted choice is committed, or a bot chooses). In a hot seat both
 * sides' clocks run together from the start of the turn: the time is the turn's.
 */
public record TurnTimer(Duration perTurn, Match.TimeUp whenUp) {
    /** The times the new-game screen offers, in seconds. */
    static final int[] CHOICES = {0, 30, 60, 120, 180, 300, 600};

    public TurnTimer {
        Objects.requireNonNull(perTurn, "perTurn");
        if (perTurn.isNegative() || perTurn.isZero()) {
            throw new IllegalArgumentException("a turn timer must be positive");
        }
        whenUp = whenUp == null ? new Match.TimeUp.KeepHighlighted() : whenUp;
    }

    /** "1:05" for a time left (whole seconds, rounded up so 0:00 means the time is up). */
    static String clock(Duration left) {
        long s = (left.toMillis() + 999) / 1000;
        return s / 60 + ":" + (s % 60 < 10 ? "0" : "") + s % 60;
    }
}
