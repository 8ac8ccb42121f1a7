package org.amur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amur.engine.Asymmetry;
import org.amur.engine.Rules;
import org.amur.files.FileRefused;
import org.amur.files.OutputTarget;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.TextRules;
import org.amur.sim.PolicySpec;
import org.amur.sim.Reports;
import org.amur.sim.Sensitivity;
import org.amur.sim.SimConfig;
import org.amur.sim.SimResult;
import org.amur.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code amur simulate}: many seeded games with one policy per seat, summarised as a table, JSON or
 * CSV. The same arguments print the same bytes whatever {@code --threads} is.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Play many seeded games and print the spread of outcomes: how often each ending "
                + "happens, each side's score, and every state id at the end (mean, sd, p5, p50, p95), "
                + "plus per-turn means.",
            "POLICY is random, a bot (historian, hawk, hedger, mercantilist, mcts:easy|normal|hard), or "
                + "script:VARIANT[,VARIANT...] (one variant id per turn, the last one repeating; see: amur variants)."},
        footer = {"", "Examples:",
            "  amur simulate --games 100000 --moscow historian --beijing historian",
            "  amur simulate --moscow script:arms.s400 --beijing script:arms.s400 --json",
            "  amur simulate --games 20000 --vary all           what moves each outcome most",
            "  amur simulate --games 10000 --csv games.csv      one row per game"})
final class SimulateCommand implements Callable<Integer> {
    /** Each worker holds its own totals (about 3 MB), so the number of workers is capped. */
    static final int MAX_THREADS = 64;

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE", defaultValue = ScenarioLoader.DEFAULT_ID,
            description = "Scenario id or file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    SimulatedGames run = new SimulatedGames(10_000);

    @Option(names = "--moscow", paramLabel = "POLICY", defaultValue = "random",
            description = "How Moscow plays (default: ${DEFAULT-VALUE}).")
    String moscow;

    @Option(names = "--beijing", paramLabel = "POLICY", defaultValue = "random",
            description = "How Beijing plays (default: ${DEFAULT-VALUE}).")
    String beijing;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: all cores); never changes the result.")
    Integer threads;

    @Option(names = "--json", description = "Print the result as JSON (stable field names; see the README).")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write one CSV row per game to FILE (written "
            + "atomically when the run ends; - is standard output). An existing save, scenario or .json file is "
            + "replaced only with --force; devices and pipes never.")
    String csv;

    @Option(names = "--force", description = "Let --csv replace a file that holds a save, a scenario or other JSON.")
    boolean force;

    private OutputTarget csvTarget;

    @Option(names = "--vary", paramLabel = "ASYM|all",
            description = "Sensitivity: re-run with an asymmetry (A1..A13, a comma list, or all, one at a "
                    + "time) scaled down and up, and rank what moves each outcome most.")
    String vary;

    @Option(names = "--vary-scale", paramLabel = "LOW,HIGH", defaultValue = "0.5,1.5",
            description = "The two scale factors of --vary (default: ${DEFAULT-VALUE}).")
    String varyScale;

    @Option(names = "--turns", paramLabel = "N", description = "Play N turns instead of the scenario's full length, "
            + "within what the scenario allows.")
    Integer turns;

    @Option(names = "--rules", paramLabel = "N",
            description = "Play under rules version N (1 = the first release's model; default: the newest).")
    Integer rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String tooMany = run.refusal(SimConfig.MAX_GAMES);
        if (tooMany != null) {
            return usage(err, tooMany);
        }
        int t = threads == null ? Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()) : threads;
        if (t < 1 || t > MAX_THREADS) {
            return usage(err, "--threads must be between 1 and " + MAX_THREADS + ".");
        }
        LoadedScenario loaded = Scenarios.loadOrReport(scenario, err);
        if (loaded != null) {
            loaded = GameOptions.length(loaded, turns, err);
        }
        if (loaded == null) {
            return 2;
        }
        if (csv != null) {
            try {
                csvTarget = OutputTarget.parse(csv);
                csvTarget.check(force, Scenarios.fileOf(scenario));
            } catch (FileRefused e) {
                return usage(err, e.getMessage());
            }
        }
        PolicySpec m;
        PolicySpec b;
        try {
            m = PolicySpec.parse(moscow, loaded.scenario());
        } catch (IllegalArgumentException e) {
            return usage(err, "--moscow: " + e.getMessage() + ".");
        }
        try {
            b = PolicySpec.parse(beijing, loaded.scenario());
        } catch (IllegalArgumentException e) {
            return usage(err, "--beijing: " + e.getMessage() + ".");
        }
        List<Asymmetry> varied = new ArrayList<>();
        double low = 0.5;
        double high = 1.5;
        if (vary == null && spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--vary-scale")) {
            // a range with nothing to vary would be ignored without a word
            return usage(err, "--vary-scale goes with --vary (the asymmetries whose weights it varies).");
        }
        if (vary != null) {
            try {
                varied = parseVary(vary);
                double[] lh = parseScale(varyScale);
                low = lh[0];
                high = lh[1];
            } catch (IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
        }
        Rules r = Rules.CURRENT;
        if (rules != null) {
            var known = Rules.of(rules);
            if (known.isEmpty()) {
                return usage(err, "--rules must be one of the rules versions this Amur knows, 1 to "
                        + Rules.CURRENT.version() + ".");
            }
            r = known.get();
        }
        SimConfig config = new SimConfig(loaded.scenario(), run.games, run.seed, m, b, t).withRules(r);
        ProgressBar bar = System.console() != null ? new ProgressBar(err) : null;
        SimResult result;
        Sensitivity.Tornado tornado = null;
        try {
            if (varied.isEmpty()) {
                result = runWithCsv(config, bar, out, err);
                if (result == null) {
                    return csvFailed;
                }
            } else {
                if (csv != null) {
                    // the CSV holds the base run's games
                    result = runWithCsv(config, bar, out, err);
                    if (result == null) {
                        return csvFailed;
                    }
                }
                tornado = Sensitivity.run(config, varied, low, high, bar == null ? null : bar::update);
                result = tornado.base();
            }
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        if (json) {
            out.print(Reports.jsonText(result, tornado));
        } else {
            Reports.table(result, tornado, out);
        }
        out.flush();
        return 0;
    }

    private int csvFailed;

    /** Runs the batch, writing the CSV if asked; null (and {@link #csvFailed} set) if the CSV failed. */
    private SimResult runWithCsv(SimConfig config, ProgressBar bar, PrintWriter out, PrintWriter err) {
        Simulator sim = new Simulator(config);
        Simulator.Progress p = bar == null ? null : bar::update;
        if (csv == null) {
            try {
                return sim.run(p, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // no CSV: nothing is written
            }
        }
        try (OutputTarget.Pending pending = csvTarget.open(out)) {
            Writer w = pending.writer();
            w.write(Reports.csvHeader());
            SimResult result = sim.run(p, w);
            pending.commit();
            return result;
        } catch (FileRefused e) {
            err.println("amur: " + e.getMessage());
            err.flush();
            csvFailed = 1;
            return null;
        } catch (IOException e) {
            err.println("amur: writing " + csvTarget.shown() + " failed (" + describe(e)
                    + "); nothing there was changed.");
            err.flush();
            csvFailed = 1;
            return null;
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "NoSuchFileException" -> "its folder does not exist";
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemException" -> e.getMessage() == null ? name : TextRules.sanitize(e.getMessage(), false);
            default -> e.getMessage() == null ? name : TextRules.sanitize(e.getMessage(), false);
        };
    }

    static List<Asymmetry> parseVary(String text) {
        List<Asymmetry> out = new ArrayList<>();
        String s = text.strip();
        if (s.equalsIgnoreCase("all")) {
            return List.of(Asymmetry.values());
        }
        for (String part : s.split(",", -1)) {
            Asymmetry a;
            try {
                a = Asymmetry.parse(part.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--vary takes an asymmetry A1..A13, a comma list of them, "
                        + "or all; '" + TextRules.sanitize(part, false) + "' is none of these.");
            }
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    static double[] parseScale(String text) {
        String[] parts = text.split(",", -1);
        String message = "--vary-scale takes two factors LOW,HIGH such as 0.5,1.5 (each between 0 and 10, "
                + "LOW below HIGH).";
        if (parts.length != 2) {
            throw new IllegalArgumentException(message);
        }
        double low;
        double high;
        try {
            low = Double.parseDouble(parts[0].strip());
            high = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(message);
        }
        if (!(low >= 0 && high <= 10 && low < high)) {
            throw new IllegalArgumentException(message);
        }
        return new double[] {low, high};
    }

    private static int usage(PrintWriter err, String sentence) {
        err.println("amur: " + sentence);
        err.flush();
        return 2;
    }

    /** A one-line progress bar with an estimate of the time left, redrawn in place; for a terminal only. */
    static final class ProgressBar {
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private int lastWidth;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        void update(long done, long total) {
            double f = total == 0 ? 1 : (double) done / total;
            int filled = (int) Math.round(30 * f);
            double elapsed = (System.nanoTime() - start) / 1e9;
            String eta = done == 0 ? "--" : formatSeconds(elapsed * (total - done) / done);
            String line = String.format(Locale.ROOT, "[%s%s] %3d%%  %d/%d games  %s left",
                    "#".repeat(filled), ".".repeat(30 - filled), (int) Math.floor(100 * f), done, total, eta);
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
            err.flush();
        }

        void clear() {
            if (lastWidth > 0) {
                err.print("\r" + " ".repeat(lastWidth) + "\r");
                err.flush();
            }
        }

        static String formatSeconds(double s) {
            if (s < 60) {
                return String.format(Locale.ROOT, "%.0f s", Math.ceil(s));
            }
            long m = (long) (s / 60);
            return String.format(Locale.ROOT, "%d min %02d s", m, (long) s % 60);
        }
    }

}
