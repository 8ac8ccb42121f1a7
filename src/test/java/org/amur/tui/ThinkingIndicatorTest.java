package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thinking indicator, in a virtual terminal: a bot that blocks on a latch (on a real worker
 * thread) stands for a slow decision, and an injected clock with the harness's scheduler stands for
 * the time passing, so nothing here depends on how fast the machine is.
 */
@Timeout(60)
class ThinkingIndicatorTest {
    @TempDir
    Path saves;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-02T03:04:05Z"));
    private final InstantSource clock = now::get;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final TerminalBehaviourTest.SlowBot slow = new TerminalBehaviourTest.SlowBot();

    @AfterEach
    void release() {
        slow.go.countDown();
        worker.shutdownNow();
    }

    private void pass(long millis) {
        now.set(now.get().plusMillis(millis));
    }

    private Harness harness() {
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), worker,
                Harness.withBot("slowbot", slow));
        h.app.useClock(clock);
        return h;
    }

    /** The status row of the turn screen (the second row). */
    private static String status(Harness h) {
        return h.text().lines().skip(1).findFirst().orElse("");
    }

    /** Runs what the worker posts until {@code done} holds (the bot was let go). */
    private static void drainUntil(Harness h, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
            h.app.drain();
        }
        assertThat(done.getAsBoolean()).as("the bot's decision reached the UI thread").isTrue();
    }

    @Test
    void aDecisionLongerThanAQuarterSecond_showsASpinnerAndTheSeconds_untilTheBotHasChosen() throws Exception {
        Harness h = harness().game(5, "human", "slowbot").enter();
        assertThat(slow.started.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(status(h)).endsWith("Beijing (bot: slowbot) is thinking...");

        pass(200); // a quick decision would be over by now: no indicator yet
        h.fireTimers();
        assertThat(status(h)).endsWith("is thinking...");

        pass(200); // 0.4 s
        h.fireTimers();
        assertThat(status(h)).matches(".*is thinking\\.\\.\\. \\S 0\\.4 s");
        String first = status(h);

        // the player commits and waits: the indicator keeps counting, its spinner turns
        h.keys(ch('2')).enter().enter();
        pass(2000);
        h.fireTimers();
        assertThat(status(h)).matches(".*is thinking\\.\\.\\. \\S 2\\.4 s");
        pass(300);
        h.fireTimers();
        assertThat(status(h)).matches(".*is thinking\\.\\.\\. \\S 2\\.7 s");
        assertThat(status(h).charAt(status(h).length() - 7)).isNotEqualTo(first.charAt(first.length() - 7));

        slow.go.countDown();
        drainUntil(h, () -> h.app.top() instanceof RevealView);
        // nobody thinks any more: the next step finds nothing to show and schedules no other
        h.fireTimers();
        assertThat(h.timers).isEmpty();
        assertThat(h.text()).doesNotContain("is thinking");
    }

    @Test
    void aBotThatChoosesWithinAQuarterSecond_neverShowsTheIndicator() throws Exception {
        Harness h = harness().game(5, "human", "slowbot").enter();
        assertThat(slow.started.await(20, TimeUnit.SECONDS)).isTrue();
        h.keys(ch('2')).enter().enter();
        pass(250); // exactly the quarter second
        h.fireTimers(); // a step exactly a quarter second in: still nothing to show
        assertThat(status(h)).endsWith("is thinking...");
        slow.go.countDown();
        drainUntil(h, () -> h.app.top() instanceof RevealView);
        synchronized (h.frames) {
            assertThat(h.frames).noneMatch(f -> f.matches("(?s).*is thinking\\.\\.\\. \\S \\d+\\.\\d s.*"));
        }
        h.fireTimers();
        assertThat(h.timers).isEmpty();
    }

    @Test
    void watchingBots_showsTheIndicatorBesideTheSideThatThinks() throws Exception {
        Harness h = harness().game(5, "slowbot", "random").enter();
        assertThat(slow.started.await(20, TimeUnit.SECONDS)).isTrue();
        pass(1500);
        h.fireTimers();
        assertThat(h.text()).containsPattern("Moscow \\(bot: slowbot\\) is thinking\\.\\.\\. \\S 1\\.5 s");
    }
}
