package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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

    /** A jar like target/amur.jar: Main-Class and, instead of shaded classes, this test's class path. */
    private static void jar(Path at) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.amur.cli.Main");
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            cp.add(Path.of(e).toAbsolutePath().toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", cp));
        Files.createDirectories(at.getParent());
        try (OutputStream o = Files.newOutputStream(at); JarOutputStream j = new JarOutputStream(o, m)) {
            j.flush();
        }
    }

    @Test
    void plainGame_withStandardInputClosed_endsAtTheFirstPrompt_readingNoFileAsAnswers() throws Exception {
        Path home = dir.resolve("home");
        jar(home.resolve("target").resolve("amur.jar"));
        Files.copy(Path.of("amur"), home.resolve("amur"));
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
