package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnixTty} takes a real terminal (a tmux pane) into the same modes as Lanterna's {@code UnixTerminal} with
 * fewer {@code stty} runs, Ctrl-Z and Ctrl-\ made keys like Ctrl-C, and gives it back exactly as it found it.
 */
class UnixTtyTest {
    @TempDir
    Path dir;

    private final String server = "amur-tty-" + ProcessHandle.current().pid();

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", server));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** Runs the probe with {@code which} terminal in a fresh pane; returns {stty -g before, stty -a while taken, stty -g after}. */
    private String[] probe(String which) throws Exception {
        Path before = dir.resolve(which + ".before");
        Path during = dir.resolve(which + ".during");
        Path after = dir.resolve(which + ".after");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "stty -g > '" + before + "'; '" + java + "' -Djava.awt.headless=true -cp '"
                + System.getProperty("java.class.path") + "' org.amur.tui.UnixTtyProbe " + which + " '" + during
                + "'; stty -g > '" + after + ".tmp'; mv '" + after + ".tmp' '" + after + "'; sleep 30";
        tmux("new-session", "-d", "-s", which, "-x", "80", "-y", "24", "sh", "-c", script);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(after) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        tmux("kill-session", "-t", which);
        assertThat(after).as("the probe ran to its end in the pane").exists();
        return new String[] {Files.readString(before).strip(), Files.readString(during).strip(), Files.readString(after).strip()};
    }

    @Test
    void takesTheTerminalAsLanternaDoes_andGivesItBackAsItWas() throws Exception {
        assumeTrue(onPath("tmux"), "tmux is not installed; .ci/run installs it");
        try {
            String[] ours = probe("amur");
            String[] lanterna = probe("lanterna");
            assertThat(ours[1]).as("stty -a while taken").contains("-icanon", "-echo", "min = 1", "intr = <undef>");
            // Ctrl-Z and Ctrl-\ are keys too while the game has the terminal: a stopped game came back from `fg` with
            // echo and line mode on (nothing restores them on SIGCONT), and Ctrl-\ printed the JVM's thread dump
            // over the screen
            assertThat(ours[1]).as("Ctrl-Z and Ctrl-\\ send no signal").contains("susp = <undef>", "quit = <undef>");
            // (stty -a wraps its lines by their length, so the comparison is word by word)
            assertThat(ours[1].replaceAll("\\s+", " ")).as("otherwise the same modes as Lanterna's own UnixTerminal")
                    .isEqualTo(lanterna[1].replaceFirst("quit = [^;]*;", "quit = <undef>;")
                            .replaceFirst("susp = [^;]*;", "susp = <undef>;").replaceAll("\\s+", " "));
            assertThat(ours[0]).as("the pane's settings before").isEqualTo(lanterna[0]);
            assertThat(ours[2]).as("given back as it was").isEqualTo(ours[0]);
            assertThat(ours[1]).as("the modes did change while taken").doesNotContain(" icanon");
        } finally {
            tmux("kill-server");
        }
    }
}
