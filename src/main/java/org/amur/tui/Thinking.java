package org.amur.tui;

import java.time.Duration;
import java.time.Instant;
import org.amur.engine.Side;
import org.amur.session.Match;

/**
 * The thinking indicator: once a bot has been deciding for more than a quarter of a second, the game
 * screens show a small spinner and the seconds it has taken so far, so a player waiting on a slow
 * decision sees that the game is working, not stuck. While any bot thinks, the app's scheduler steps
 * it every quarter second (each step is a UI task, after which the screen is drawn again); when no
 * bot thinks nothing is scheduled, so an idle screen costs nothing. Time is read from the app's clock
 * (tests set their own). Only touched on the UI thread.
 */
final class Thinking implements Match.Listener {
    /** Decisions quicker than this show no indicator. */
    static final Duration SHOW_AFTER = Duration.ofMillis(250);
    private static final long STEP_MILLIS = 250;
    /** The spinner's frames: the sparkline's blocks rising and falling, or ASCII's turning bar. */
    private static final String UNICODE_FRAMES = "\u2581\u2583\u2585\u2587\u2585\u2583";
    private static final String ASCII_FRAMES = "|/-\\";

    private final App app;
    private final Match match;
    /** Per seat: when its bot began the decision it is on, or null. */
    private final Instant[] since = new Instant[2];
    private boolean stepping;
    /** Bumped to drop a scheduled step (the game was left). */
    private long token;

    Thinking(App app, Match match) {
        this.app = app;
        this.match = match;
    }

    @Override
    public void botThinking(Side side) {
        since[side.ordinal()] = app.clock().instant();
        if (!stepping) {
            stepping = true;
            schedule();
        }
    }

    /** No more steps (the players left the game). */
    void stop() {
        token++;
        stepping = false;
    }

    private void schedule() {
        long t = token;
        app.later(STEP_MILLIS, () -> {
            if (t != token) {
                return;
            }
            if (match.thinking(Side.MOSCOW) || match.thinking(Side.BEIJING)) {
                schedule(); // drawn again after this task; step again in a quarter second
            } else {
                stepping = false;
            }
        });
    }

    /** How long {@code side}'s bot has been deciding, when it is and has been for more than {@link #SHOW_AFTER}. */
    java.util.Optional<Duration> shown(Side side) {
        Instant start = since[side.ordinal()];
        if (start == null || !match.thinking(side)) {
            return java.util.Optional.empty();
        }
        Duration d = Duration.between(start, app.clock().instant());
        return d.compareTo(SHOW_AFTER) > 0 ? java.util.Optional.of(d) : java.util.Optional.empty();
    }

    /**
     * The indicator after "Beijing is thinking...": a spinner frame and the seconds so far ("▅ 1.5 s"),
     * or "" while the decision is younger than a quarter second or there is none.
     */
    String indicator(Side side, Glyphs glyphs) {
        return shown(side).map(d -> {
            String frames = glyphs.equals(Glyphs.ASCII) ? ASCII_FRAMES : UNICODE_FRAMES;
            int frame = (int) (d.toMillis() / STEP_MILLIS % frames.length());
            return Ui.t("thinking.indicator", String.valueOf(frames.charAt(frame)), d.toMillis() / 1000.0);
        }).orElse("");
    }
}
