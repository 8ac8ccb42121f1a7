package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive is recorded by a run of its own, on a terminal script(1) makes, that ends by
 * itself at the main menu (tui.ClassArchive): not from the player's whole first session, which put 9-17 MB of
 * classes in it after one played game and slowed every later first frame (BENCHMARKS.md, session 13). Runs the
 * real launcher on a jar whose class path is this build's, with no terminal (so the game itself then refuses
 * to start, as it says): what is checked is what the recording leaves behind.
 */
class LauncherArchiveTest {
    private static final String READY = "getting faster starts ready";

    @TempDir
    Path dir;

    private record Run(int code, String output) {
    }

    private Run launch(Path home, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", "amur"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("AMUR_HOME", home.toString());
        pb.environment().remove("AMUR_CDS");
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    private Path home() throws Exception {
        Path home = dir.resolve("home");
        TestJar.launcherHome(home);
        Files.createDirectories(home.resolve("scenarios"));
        Files.copy(Path.of("scenarios", "baseline.json"), home.resolve("scenarios").resolve("baseline.json"));
        return home;
    }

    private static List<String> leftovers(Path home) throws Exception {
        try (Stream<Path> s = Files.list(home.resolve("target"))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("amur.jsa.tmp") || n.startsWith("amur-cds-home")).toList();
        }
    }

    @Test
    void firstPlainStart_recordsAMappableArchive_once_leavingNothingBehind() throws Exception {
        Path home = home();
        Path jsa = home.resolve("target").resolve("amur.jsa");

        Run first = launch(home, Map.of());
        assertThat(first.output()).as("said once, on the run that records").containsOnlyOnce(READY);
        assertThat(first.code()).as("then the game, which needs a terminal, says so").isEqualTo(2);
        assertThat(jsa).isRegularFile();
        assertThat(leftovers(home)).as("the recording's temporary files").isEmpty();
        assertThat(Files.size(jsa)).as("the menu's classes, not a whole session's").isLessThan(8L << 20);
        Process check = new ProcessBuilder("java", "-Xshare:on", "-XX:SharedArchiveFile=" + jsa,
                "-cp", home.resolve("target").resolve("amur.jar").toString(), "-version")
                .redirectErrorStream(true).start();
        check.getInputStream().readAllBytes();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("the JVM maps it (-Xshare:on fails rather than run without)").isZero();

        FileTime made = Files.getLastModifiedTime(jsa);
        Run second = launch(home, Map.of());
        assertThat(second.output()).doesNotContain(READY);
        assertThat(Files.getLastModifiedTime(jsa)).as("kept while the jar is unchanged").isEqualTo(made);
    }

    @Test
    void aRecordingThatFails_isNotTriedAgainUntilTheJarChanges() throws Exception {
        Path home = home();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path failing = Files.writeString(bin.resolve("script"), "#!/bin/sh\nexit 1\n");
        failing.toFile().setExecutable(true);
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

        assertThat(launch(home, env).output()).containsOnlyOnce(READY);
        assertThat(home.resolve("target").resolve("amur.jsa")).doesNotExist();
        assertThat(leftovers(home)).isEmpty();
        assertThat(launch(home, env).output()).as("every start would pay for it").doesNotContain(READY);

        Path jar = home.resolve("target").resolve("amur.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(launch(home, env).output()).as("a new build tries again").containsOnlyOnce(READY);
    }

    @Test
    void commands_andArchivesTurnedOff_recordNothing() throws Exception {
        Path home = home();
        Path jsa = home.resolve("target").resolve("amur.jsa");

        Run version = launch(home, Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.output()).doesNotContain(READY);
        Run off = launch(home, Map.of("AMUR_CDS", "0"));
        assertThat(off.output()).doesNotContain(READY);
        assertThat(jsa).doesNotExist();
        assertThat(leftovers(home)).isEmpty();
    }
}
