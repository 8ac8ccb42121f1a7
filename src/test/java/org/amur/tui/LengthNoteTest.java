package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amur.save.Names;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's description speaks of its own length ("Eight years to steer"); a game set to fewer turns says
 * so under it on the introduction and the briefing, and a game of the scenario's own length does not.
 */
class LengthNoteTest {
    @TempDir
    Path saves;

    private static String flat(String screen) {
        return screen.replace("\u2502", " ").replace("\u2588", " ").replaceAll("\\s+", " ");
    }

    @Test
    void aShorterGame_saysItsLengthUnderTheDescription() {
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", 5L, "human", "historian").setUp(4, Names.NONE));
        assertThat(h.app.top()).isInstanceOf(IntroView.class);
        assertThat(flat(h.text())).contains("Eight years to steer")
                .contains("This game is set to 4 turns; the scenario, and the description above, have 8.");
    }

    @Test
    void aGameOfTheScenariosOwnLength_hasNoNote() {
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run)
                .start(App.Start.game("baseline", 5L, "human", "historian"));
        assertThat(h.app.top()).isInstanceOf(IntroView.class);
        assertThat(flat(h.text())).contains("Eight years to steer").doesNotContain("This game is set to");
    }
}
