package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that autosaves in a loop with SIGKILL at random moments, hundreds of times, and checks
 * that afterwards every autosave either loads or has a .bak that loads: an atomic write never leaves
 * a game unrecoverable. The child pauses 1 ms between 1 KiB chunks of each write (fault injection)
 * so that kills often land in the middle of one; a plain in-place write fails this test (checked by
 * replacing AtomicFiles.write with a truncate-and-write into the target).
 */
@Tag("slow")
class SaveCrashTest {
    private static final int KILLS = 200;
    private static final int PARALLEL = 2;
    /** Long enough for a JVM to start on a machine at load 30. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    @Test
    void sigkillDuringAutosave_alwaysLeavesALoadableSaveOrBackup() throws Exception {
        Path scenarios = Path.of("scenarios").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        SplittableRandom r = new SplittableRandom(20261128);
        int killedWhileWriting = 0;
        for (int round = 0; round < KILLS / PARALLEL; round++) {
            List<Process> children = new ArrayList<>();
            List<Path> dirs = new ArrayList<>();
            try {
                for (int k = 0; k < PARALLEL; k++) {
                    Path saves = tmp.resolve("saves-" + k);
                    dirs.add(saves);
                    Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                            "-Damur.faultInjection.writePauseMillis=1", "-cp", cp,
                            AutosaveLoop.class.getName(), saves.toString(), scenarios.toString(),
                            Long.toString(r.nextLong())).redirectErrorStream(true).start();
                    children.add(p);
                }
                for (Process p : children) {
                    // wait until the child runs, then let it write for a random while
                    assertThat(firstLine(p, READY_WITHIN)).isEqualTo("ready");
                }
                Thread.sleep(5 + r.nextInt(120));
            } finally {
                // whatever happened above, no child outlives its round (a failed assertion used to leave
                // children writing saves for ever)
                for (Process p : children) {
                    p.destroyForcibly(); // SIGKILL on Unix
                }
            }
            for (Process p : children) {
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            for (Path saves : dirs) {
                killedWhileWriting += leftovers(saves);
                checkRecoverable(saves);
            }
        }
        System.out.println("SaveCrashTest: " + KILLS + " kills, " + killedWhileWriting
                + " of them left a half-written temporary file behind");
        // The test proves something only if kills really landed in the middle of writes (about 40 %
        // do on a busy 2-core machine); a tenth is a floor that timing noise does not reach.
        assertThat(killedWhileWriting).as("kills that landed mid-write").isGreaterThanOrEqualTo(KILLS / 10);
    }

    /**
     * The child's first line of output, or a note of what came instead once {@code within} has passed
     * (a child that never starts fails the test instead of blocking it for ever).
     */
    private static String firstLine(Process p, Duration within) throws Exception {
        InputStream in = p.getInputStream();
        StringBuilder line = new StringBuilder();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (in.available() == 0) {
                if (!p.isAlive() && in.available() == 0) {
                    return "(child ended: " + line + ")";
                }
                Thread.sleep(5);
                continue;
            }
            int c = in.read();
            if (c < 0 || c == '\n') {
                return line.toString();
            }
            line.append((char) c);
        }
        return "(no line within " + within + ": " + line + ")";
    }

    private static int leftovers(Path saves) throws Exception {
        if (!Files.isDirectory(saves)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(saves)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private static void checkRecoverable(Path saves) throws Exception {
        if (!Files.isDirectory(saves)) {
            return;
        }
        SaveStore store = new SaveStore(saves, new ScenarioLoader(Path.of("scenarios")), java.time.Clock.systemUTC());
        List<Path> autosaves;
        try (Stream<Path> s = Files.list(saves)) {
            autosaves = s.filter(p -> p.getFileName().toString().matches("autosave-.*\\.json")).sorted().toList();
        }
        for (Path a : autosaves) {
            boolean ok = loads(store, a);
            if (!ok) {
                assertThat(store.backupOf(a)).as("%s does not load and has no backup", a).isPresent();
                assertThat(loads(store, store.backupOf(a).get())).as("backup of %s loads", a).isTrue();
            }
        }
    }

    private static boolean loads(SaveStore store, Path file) {
        try {
            store.load(file);
            return true;
        } catch (SaveException e) {
            return false;
        }
    }
}
