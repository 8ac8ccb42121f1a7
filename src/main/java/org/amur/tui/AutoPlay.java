package org.amur.tui;

/**
 * Bot against bot, played on by itself: after each reveal, the next turn starts after a delay the
 * watcher can halve or double, unless they are reading something over the reveal (then it waits).
 */
final class AutoPlay {
    private final App app;
    private final Runnable next;
    private boolean on;
    private long delayMillis = 1500;
    /** Bumped whenever a scheduled advance must no longer happen (a new turn, a reveal, leaving). */
    private long token;

    /** {@code next} starts the next turn from the reveal. */
    AutoPlay(App app, Runnable next) {
        this.app = app;
        this.next = next;
    }

    boolean on() {
        return on;
    }

    long delayMillis() {
        return delayMillis;
    }

    /** Turns it on or off from the reveal on screen. */
    void toggle(RevealView current) {
        on = !on;
        if (on && current != null) {
            schedule(current);
        }
    }

    void faster() {
        delayMillis = Math.max(250, delayMillis / 2);
    }

    void slower() {
        delayMillis = Math.min(8000, delayMillis * 2);
    }

    /** A reveal is on screen: when on, the next turn follows after the delay. */
    void revealed(RevealView reveal) {
        token++;
        if (on) {
            schedule(reveal);
        }
    }

    /** Whatever advance is scheduled will not happen. */
    void cancel() {
        token++;
    }

    private void schedule(RevealView reveal) {
        long t = token;
        app.later(delayMillis, () -> {
            if (t != token || !on) {
                return;
            }
            if (app.top() == reveal) {
                next.run();
            } else if (app.baseView() == reveal) {
                schedule(reveal); // the player is reading help or the log: wait
            }
        });
    }
}
