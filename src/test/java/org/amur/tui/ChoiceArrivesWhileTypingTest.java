package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found playing in tmux on a busy machine: a bot's choice that arrives while the person is typing the reason
 * for theirs closed the prompt, so the person's Enter opened it again instead of committing (it looked like a
 * lost key). The turn screen now stays as the person left it.
 */
class ChoiceArrivesWhileTypingTest {
    @TempDir
    Path dir;

    final List<Runnable> botQueue = new ArrayList<>();

    @Test
    void theBotsChoiceArrivesWhileTheReasonIsTyped_enterStillCommits_andTheReasonIsKept() {
        Harness h = new Harness(80, 24, dir.resolve("saves"), new Palette(Palette.Mode.COLOR_256), botQueue::add);
        h.start(App.Start.game("baseline", 7L, "human", "historian"));
        h.enter(); // introduction -> turn 1; the bot's decision is queued, not yet run
        assertThat(h.app.baseView()).isInstanceOf(TurnView.class);
        h.enter().type("hold the line"); // choose: the prompt opens; a reason is typed
        TurnView before = (TurnView) h.app.baseView();
        assertThat(before.typingReason()).isTrue();
        assertThat(h.text()).contains("Enter commit");
        h.runBots(botQueue); // Beijing's choice arrives now
        Game g = h.app.game();
        assertThat(g.state().hasCommitted(Side.BEIJING)).isTrue();
        assertThat(h.app.baseView()).as("the same screen, the prompt still open").isSameAs(before);
        assertThat(h.text()).contains("Enter commit").contains("hold the line");
        h.enter(); // commits: both have chosen, the turn resolves
        assertThat(h.app.baseView()).isInstanceOf(RevealView.class);
        assertThat(g.session().events().stream().filter(e -> e instanceof org.amur.engine.Event.ChoicesRevealed)
                .map(e -> ((org.amur.engine.Event.ChoicesRevealed) e).moscowRationale()).toList())
                .containsExactly("hold the line");
    }
}
