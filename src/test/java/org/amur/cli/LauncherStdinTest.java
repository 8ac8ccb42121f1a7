package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./amur play --plain <&-} (standard input closed, as a script or a service manager may start it): Java's
 * first opened file took descriptor 0, so the game read its own jar or class archive as the player's answers,
 * played a whole game of "Type a number" prompts and saved bytes of that file as Moscow's reasons. The launcher
 * gives Java an empty input instead, and the game ends as at the end of piped answers. Runs the real launcher on
 * a jar whose class path is this build's.
 */
class LauncherStdinTest {
    @TempDir
    Path dir;

    @Test
    void plainGame_withStandardInputClosed_endsAtTheFirstPrompt_readingNoFileAsAnswers() throws Exception {
        Path home = dir.resolve("home");
        TestJar.launcherHome(home);
        Files.createDirectories(home.resolve("scenarios"));
        Files.copy(Path.of("scenarios", "baseline.json"), home.resolve("scenarios").resolve("baseline.json"));
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec sh amur play --plain --seed 8 <&-")
                .directory(home.toFile()).redirectErrorStream(true);
        pb.environment().put("AMUR_HOME", home.toString());
        pb.environment().put("AMUR_CDS", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        String out = new String(bytes, StandardCharsets.UTF_8);
        assertThat(out).as("the first prompt is the only one").contains("Game left at turn 1")
                .doesNotContain("Type a number").doesNotContain("Moscow's reason").doesNotContain("\uFFFD");
        assertThat(p.exitValue()).isZero();
    }
}
