package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.save.LoadedGame;
import org.amur.save.SaveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal that hangs up in the middle of a plain game: reading a closed terminal fails with an I/O
 * error (seen in tmux: kill the session at a prompt). The game leaves as at the end of its input, its
 * turns saved, and does not report an error inside Amur (which used to leave an empty error log).
 */
@Timeout(60)
class PlainHangUpTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path saveDir;

    @BeforeEach
    void setUp() {
        PlayCommand.saveStore = () -> new SaveStore(saveDir);
    }

    @AfterEach
    void reset() {
        PlayCommand.input = null;
        PlayCommand.saveStore = SaveStore::forInstallation;
    }

    /** Gives {@code lines}, then fails as a hung-up terminal does. */
    private static BufferedReader hangingUpAfter(String... lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines) + "\n")) {
            private int given;

            @Override
            public String readLine() throws IOException {
                if (given++ == lines.length) {
                    throw new IOException("Input/output error");
                }
                return super.readLine();
            }
        };
    }

    @Test
    void aHangUpAtTheSecondTurn_leavesTheGameSaved_withoutAnError() throws Exception {
        // turn 1: choice 1 and no reason; then the terminal is gone at turn 2's prompt
        PlayCommand.input = hangingUpAfter("1", "");
        int code = Main.run(new String[] {"play", "--plain", "--seed", "3", "--beijing", "random"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isZero();
        assertThat(err.toString()).doesNotContain("went wrong").doesNotContain("Exception");
        assertThat(out.toString()).contains("Game left at turn 2.");
        LoadedGame g = new SaveStore(saveDir).load(saveDir.resolve("autosave-baseline-3.json"));
        assertThat(g.session().state().turn()).isEqualTo(2);
        assertThat(g.session().actions()).filteredOn(a -> a instanceof Action.Commit c && c.side() == Side.MOSCOW)
                .hasSize(1);
    }
}
