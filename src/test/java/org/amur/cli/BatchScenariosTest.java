package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios {@code tournament} and {@code balance} play when none is named: the installation's folder,
 * where the tournament skips a file that does not load (one line) and the balance stops at it.
 */
class BatchScenariosTest {
    @TempDir
    Path home;

    private final String before = System.getProperty("amur.home");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void folder() throws Exception {
        System.setProperty("amur.home", home.toString());
        Files.createDirectory(home.resolve("scenarios"));
    }

    @AfterEach
    void restoreHome() {
        if (before == null) {
            System.clearProperty("amur.home");
        } else {
            System.setProperty("amur.home", before);
        }
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void withABrokenAndAGoodScenario() throws Exception {
        Files.writeString(home.resolve("scenarios/broken.json"), "{\"id\": \"broken\",");
        Files.copy(Path.of("scenarios/baseline.json"), home.resolve("scenarios/baseline.json"));
    }

    @Test
    void tournament_skipsAFileThatDoesNotLoad_andPlaysTheRest() throws Exception {
        withABrokenAndAGoodScenario();
        assertThat(run("tournament", "--games", "1", "--bots", "random", "--threads", "1")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("amur: skipping broken.json, which does not load (")
                .contains("check it with: amur validate " + home.resolve("scenarios/broken.json"));
        assertThat(err.toString()).contains("on 1 scenario(s)");
    }

    @Test
    void balance_stopsAtAFileThatDoesNotLoad() throws Exception {
        withABrokenAndAGoodScenario();
        assertThat(run("balance", "--games", "2", "--mcts-games", "0", "--threads", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("broken.json").contains("The scenario cannot be used")
                .doesNotContain("Playing");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anEmptyFolder_isOneSentenceEach() {
        assertThat(run("tournament", "--games", "1", "--bots", "random")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: no scenario to play in " + home.resolve("scenarios") + ".");
        err.getBuffer().setLength(0);
        assertThat(run("balance", "--games", "2")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: no scenario in " + home.resolve("scenarios") + ".");
    }
}
