package org.amur.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.amur.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command (read from the command line's own model, so a new option is swept the day it
 * is added) given every hostile value: an empty word, negative and zero counts, numbers too large or not
 * numbers, control, bidi and zero-width characters, a NUL, separators alone, a device, a very long word. For
 * each: exit 0, 1 or 2; no stack trace, exception class name or JSON reader's words; no raw control
 * character in any output; an answer before a hang detector (not a speed test); and no file changed outside
 * the run's own folder, where output options point (issue 16, "full option sweep"). {@code serve} is left to
 * the server's own hostile-client tests: a valid value there starts a server that runs until stopped.
 */
class OptionSweepTest {
    private static final int HANG_SECONDS = 60;
    private static final String SAVE = "src/test/resources/saves/v1/baseline-seed-2018.json";
    private static final String[] VALUES = {"", "-1", "0", "\u001B[2J", "\u0007", "\u009B31m", "\u202E", "\u200B",
        "a\u0000b", "1e400", "9223372036854775808", "NaN", ",,", "{", "/dev/zero", "\u00e9\u4e2d", "x".repeat(5000),
        "--", "-", "mcts:", "script:"};
    /** Options whose value is a file to write: pointed into this run's folder. */
    private static final List<String> OUTPUTS = List.of("--output", "--csv", "--dir");

    @TempDir
    Path dir;
    private String homeBefore;

    @BeforeEach
    void home() throws IOException {
        // a home of its own: scenarios copied, saves written here, never in the repository
        homeBefore = System.getProperty("amur.home");
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("scenarios"));
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, home.resolve("scenarios").resolve(p.getFileName()));
                }
            }
        }
        System.setProperty("amur.home", home.toString());
    }

    @AfterEach
    void restore() {
        if (homeBefore == null) {
            System.clearProperty("amur.home");
        } else {
            System.setProperty("amur.home", homeBefore);
        }
    }

    /** The quickest correct command line of each command, to which one hostile option is added. */
    private List<String> base(String command) {
        return switch (command) {
            case "play" -> List.of("play", "--plain", "--moscow", "random", "--beijing", "random", "--turns", "2");
            case "replay" -> List.of("replay", SAVE);
            case "report" -> List.of("report", "--anyway", SAVE, "--output", dir.resolve("r.md").toString());
            case "simulate" -> List.of("simulate", "--games", "3", "--seed", "1");
            case "validate" -> List.of("validate", "scenarios/baseline.json");
            case "tournament" -> List.of("tournament", "--bots", "random,hawk", "--games", "1");
            case "balance" -> List.of("balance", "--games", "2", "--mcts-games", "0", "--scenario", "baseline");
            case "handout" -> List.of("handout", "baseline", "--output", dir.resolve("h.md").toString());
            case "debrief" -> List.of("debrief", SAVE, "--games", "20", "--output", dir.resolve("d.md").toString());
            default -> List.of(command);
        };
    }

    @Test
    void everyOption_everyHostileValue_oneCleanAnswer() throws Exception {
        CommandLine cl = new CommandLine(new Main());
        List<String> failures = new ArrayList<>();
        Map<String, String> repoBefore = CleanAnswer.snapshot(null, Path.of("scenarios"), Path.of("src/test/resources/saves"));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "option-sweep");
            t.setDaemon(true);
            return t;
        });
        Path specialsDir = Files.createDirectories(dir.resolve("specials"));
        List<Path> specials = new ArrayList<>(List.of(Files.createDirectories(specialsDir.resolve("folder.md")),
                org.amur.files.SpecialFiles.loop(specialsDir, "loop.md"),
                dir.resolve("home").resolve("scenarios").resolve("baseline.json")));
        if (org.amur.files.SpecialFiles.fifo(specialsDir.resolve("fifo.md"))) {
            specials.add(specialsDir.resolve("fifo.md"));
        }
        int runs = 0;
        int refused = 0;
        try {
            for (var sub : cl.getSubcommands().entrySet()) {
                String command = sub.getKey();
                if (command.equals("serve")) {
                    continue;
                }
                for (OptionSpec o : sub.getValue().getCommandSpec().options()) {
                    String name = o.longestName();
                    if (name.equals("--help") || name.equals("--version")) {
                        continue;
                    }
                    List<String[]> tries = new ArrayList<>();
                    if (o.arity().max() == 0) {
                        List<String> a = new ArrayList<>(base(command));
                        a.add(name);
                        tries.add(a.toArray(String[]::new));
                    } else {
                        for (String v : VALUES) {
                            List<String> a = new ArrayList<>(base(command));
                            a.add(name);
                            a.add(OUTPUTS.contains(name) ? dir.resolve("out").toString() + "/" + v : v);
                            tries.add(a.toArray(String[]::new));
                        }
                        if (OUTPUTS.contains(name)) {
                            // places an output must never replace: a pipe, a folder, a link loop, a scenario
                            for (Path p : specials) {
                                List<String> a = new ArrayList<>(base(command));
                                a.add(name);
                                a.add(p.toString());
                                tries.add(a.toArray(String[]::new));
                            }
                        }
                    }
                    for (String[] args : tries) {
                        Map<String, String> before = CleanAnswer.snapshot(null, dir);
                        StringWriter out = new StringWriter();
                        StringWriter err = new StringWriter();
                        Future<Integer> run = worker.submit(() -> Main.run(args, new PrintWriter(out, true),
                                new PrintWriter(err, true)));
                        int code;
                        try {
                            code = run.get(HANG_SECONDS, TimeUnit.SECONDS);
                        } catch (TimeoutException e) {
                            run.cancel(true);
                            failures.add(CleanAnswer.describe(args) + ": no answer in " + HANG_SECONDS + " s (a hang)");
                            return;
                        } catch (java.util.concurrent.ExecutionException e) {
                            failures.add(CleanAnswer.describe(args) + ": threw " + e.getCause());
                            continue;
                        }
                        runs++;
                        refused += code != 0 ? 1 : 0;
                        List<String> wrong = CleanAnswer.problems(code, out.toString(), err.toString());
                        Map<String, String> after = CleanAnswer.snapshot(null, dir);
                        // the run may write its own outputs: the report, handout, CSV and the home's saves
                        before.keySet().removeIf(OptionSweepTest::ownOutput);
                        after.keySet().removeIf(OptionSweepTest::ownOutput);
                        if (!after.equals(before)) {
                            wrong.add("changed a file it was not asked to write");
                        }
                        if (!wrong.isEmpty()) {
                            failures.add(CleanAnswer.describe(args) + " -> " + wrong);
                        }
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("option sweep: %d runs, %d refused, failures: %d%n", runs, refused, failures.size());
        assertThat(failures).isEmpty();
        assertThat(CleanAnswer.snapshot(null, Path.of("scenarios"), Path.of("src/test/resources/saves")))
                .as("the repository's scenarios and saves").isEqualTo(repoBefore);
        // the sweep really reached the commands: most hostile values are refused, and every command ran
        assertThat(runs).isGreaterThan(500);
        assertThat(refused).isGreaterThan(runs / 2);
    }

    private static boolean ownOutput(String path) {
        return path.contains("/out") || path.endsWith("r.md") || path.endsWith("h.md") || path.endsWith("d.md")
                || path.contains("/home/saves");
    }
}
