package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amur.ai.Warmup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menu warms the search for the game it offers to continue when a search bot plays in it, and
 * only then.
 */
@Timeout(120)
class ContinueWarmupTest {
    @TempDir
    Path saves;

    /** Plays one turn of a game with these seats and leaves it to the menu (autosaved). */
    private void playOneTurnAndLeave(String beijing) {
        Harness h = Harness.sync(80, 24, saves).game(8, "human", beijing).enter();
        h.keys(ch('1')).enter().enter().enter();
        h.keys(ch('q'));
    }

    @Test
    void aSearchBotInTheAutosave_isWarmedOnItsPosition_whileTheMenuIsShown() throws Exception {
        playOneTurnAndLeave("mcts:easy");
        Harness h = Harness.sync(80, 24, saves).menu();
        assertThat(h.text()).contains("baseline, turn 2");
        Warmup w = h.app.continueWarmup();
        assertThat(w).isNotNull();
        assertThat(w.join(100_000)).isTrue();
        assertThat(w.rounds()).isPositive();
        // Continue: the game resumes at the same turn (the warm-up shares nothing with it)
        h.keys(ch('c'));
        assertThat(h.app.game().state().turn()).isEqualTo(2);
    }

    @Test
    void noSearchBotInTheAutosave_nothingIsSearched() throws Exception {
        playOneTurnAndLeave("random");
        Harness h = Harness.sync(80, 24, saves).menu();
        Warmup w = h.app.continueWarmup();
        assertThat(w).isNotNull();
        assertThat(w.join(100_000)).isTrue();
        assertThat(w.rounds()).isZero();
    }

    @Test
    void aSearchBotChosenOnTheNewGameScreen_warmsTheSearch_andAPersonalityDoesNot() throws Exception {
        Harness h = Harness.sync(80, 24, saves).menu();
        new NewGameView(h.app, null, null, "historian", 5L);
        assertThat(h.app.continueWarmup()).isNull();
        new NewGameView(h.app, null, null, "mcts:easy", 5L);
        Warmup w = h.app.continueWarmup();
        assertThat(w).isNotNull();
        assertThat(w.join(100_000)).isTrue();
        assertThat(w.rounds()).isPositive();
        new NewGameView(h.app, null, "mcts:hard", null, 5L);
        assertThat(h.app.continueWarmup()).as("one warm-up per app").isSameAs(w);
    }
}
