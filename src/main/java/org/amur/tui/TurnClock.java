package org.amur.tui;

import java.time.Duration;
import java.util.Optional;
import org.amur.engine.Side;
import org.amur.session.Match;

/**
 * The turn timer on screen: while a seat's time runs, the match looks at its clock once a second
 * (on the UI thread, through the app's scheduler, so an idle screen costs nothing between ticks)
 * and the screen is drawn again with the time left; at zero the match applies the timer's rule.
 */
final class TurnClock {
    private static final long TICK_MILLIS = 1000;

    private final App app;
    private final Match match;
    private boolean running;
    /** Bumped to drop a scheduled tick (the game was left). */
    private long token;

    TurnClock(App app, Match match) {
        this.app = app;
        this.match = match;
    }

    /** The time {@code side} has left this turn, when the game has a timer and the side has yet to choose. */
    Optional<Duration> left(Side side) {
        return match.options().timer() == null ? Optional.empty() : match.timeLeft(side);
    }

    /** A turn began: tick while any seat's time runs. */
    void start() {
        if (match.options().timer() == null || running) {
            return;
        }
        running = true;
        schedule();
    }

    /** No more ticks (the players left the game). */
    void stop() {
        token++;
        running = false;
    }

    private void schedule() {
        long t = token;
        app.later(TICK_MILLIS, () -> {
            if (t != token) {
                return;
            }
            match.tick();
            if (left(Side.MOSCOW).isPresent() || left(Side.BEIJING).isPresent()) {
                schedule();
            } else {
                running = false; // both have chosen: the next turn starts the clock again
            }
        });
    }
}
