package org.amur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.save.AtomicFiles;
import org.amur.scenario.LoadedScenario;
import org.amur.sim.Balance;
import org.amur.sim.BalanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code amur balance}: the balance harness ({@link Balance}), printed as {@code BALANCE.md}; with
 * {@code --par}, each scenario's par recomputed (and with {@code --write-par} stored in its file).
 */
@Command(name = "balance", mixinStandardHelpOptions = true, sortOptions = false)
final class BalanceCommand implements Callable<Integer> {
    /** The par batch every shipped scenario states. */
    static final int PAR_GAMES = 2000;
    static final long PAR_SEED = 2018;

    @Spec
    CommandSpec spec;

    @Option(names = {"-g", "--games"}, paramLabel = "N", defaultValue = "400")
    int games;

    @Option(names = "--mcts-games", paramLabel = "N", defaultValue = "400")
    int mctsGames;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE")
    List<String> scenarios;

    @Option(names = "--rules", paramLabel = "N")
    Integer rules;

    @Option(names = {"-t", "--threads"}, paramLabel = "T")
    Integer threads;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    String output;

    @Option(names = "--par")
    boolean par;

    @Option(names = "--write-par")
    boolean writePar;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (games < 2 || mctsGames < 0 || (threads != null && threads < 1)) {
            err.println("amur: " + CliText.t("balance.counts"));
            return 2;
        }
        if (writePar && !par) {
            err.println("amur: " + CliText.t("balance.write_par"));
            return 2;
        }
        // where the report goes is checked before the work, so a refusal costs nothing
        org.amur.files.OutputTarget target = null;
        if (output != null) {
            try {
                target = org.amur.files.OutputTarget.parse(output);
                target.check(false);
            } catch (org.amur.files.FileRefused e) {
                err.println("amur: " + e.getMessage());
                return 2;
            }
        }
        Rules r = Rules.CURRENT;
        if (rules != null) {
            var known = Rules.of(rules);
            if (known.isEmpty()) {
                err.println("amur: " + CliText.t("rules.unknown", Rules.CURRENT.version()));
                return 2;
            }
            r = known.get();
        }
        List<LoadedScenario> loaded = Scenarios.loadBatch(scenarios, false, "scenario.none", err);
        if (loaded == null) {
            return 2;
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (par) {
            return par(loaded, r, t, out, err);
        }
        Balance balance = new Balance(new Balance.Config(loaded.stream().map(LoadedScenario::scenario).toList(),
                games, mctsGames, seed, t, r));
        err.println(CliText.t("balance.playing", String.valueOf(balance.totalGames()), loaded.size(), t));
        err.flush();
        long start = System.nanoTime();
        List<Balance.ScenarioResult> results = balance.run(null);
        err.println(CliText.t("done_in", String.format(Locale.ROOT, "%.0f", (System.nanoTime() - start) / 1e9)));
        String md = BalanceReport.markdown(balance.config(), results, commandLine());
        if (target == null || target.isStandardOutput()) {
            out.print(md);
            out.flush();
            return 0;
        }
        try {
            target.write(md.getBytes(StandardCharsets.UTF_8), out);
        } catch (org.amur.files.FileRefused e) {
            err.println("amur: " + e.getMessage());
            return 1;
        }
        err.println(CliText.t("io.wrote", target.shown()));
        return 0;
    }

    /** The command as typed, canonical (for the report's first line). */
    private String commandLine() {
        StringBuilder sb = new StringBuilder("./amur balance --games ").append(games).append(" --mcts-games ")
                .append(mctsGames).append(" --seed ").append(seed);
        if (rules != null) {
            sb.append(" --rules ").append(rules);
        }
        if (scenarios != null) {
            for (String s : scenarios) {
                sb.append(" --scenario ").append(s);
            }
        }
        return sb.toString();
    }

    private int par(List<LoadedScenario> loaded, Rules r, int t, PrintWriter out, PrintWriter err) {
        for (LoadedScenario ls : loaded) {
            Scenario.Par p = Balance.par(ls.scenario(), PAR_GAMES, PAR_SEED, r, t);
            String json = parJson(ls.scenario(), p);
            out.println(ls.id() + ": " + json);
            out.flush();
            if (writePar) {
                try {
                    writePar(Path.of(ls.source()), json);
                } catch (IOException | IllegalStateException e) {
                    err.println("amur: " + CliText.t("balance.par_not_stored", ls.source(), e.getMessage()));
                    return 1;
                }
            }
        }
        return 0;
    }

    /** The scenario file's {@code "par"} object, on one line. */
    static String parJson(Scenario s, Scenario.Par p) {
        return String.format(Locale.ROOT, "{\"moscow\": %s, \"beijing\": %s, \"spread\": {\"moscow\": %s, "
                        + "\"beijing\": %s}, \"games\": %d, \"seed\": %d, \"rules\": %d, \"command\": \"%s\"}",
                num(p.moscow()), num(p.beijing()), num(p.moscowSpread()), num(p.beijingSpread()), p.games(), p.seed(),
                p.rules(), Balance.parCommand(s, p));
    }

    /**
     * Replaces the file's top-level {@code "par"} entry where it stands, whatever its layout (one line, as
     * shipped, or over several, as an editor formats it), or adds one before {@code "deck"}. Everything else
     * in the file is kept byte for byte.
     */
    static void writePar(Path file, String json) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int[] par = member(text, "par");
        String updated;
        if (par != null) {
            updated = text.substring(0, par[0]) + "\"par\": " + json + text.substring(par[1]);
        } else {
            int[] deck = member(text, "deck");
            if (deck == null) {
                throw new IllegalStateException("it has no \"par\" entry and no \"deck\" to put one before");
            }
            int lineStart = text.lastIndexOf('\n', deck[0] - 1) + 1;
            String indent = text.substring(lineStart, deck[0]).isBlank() ? text.substring(lineStart, deck[0]) : " ";
            updated = text.substring(0, deck[0]) + "\"par\": " + json + ",\n" + indent + text.substring(deck[0]);
        }
        AtomicFiles.write(file, updated.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Where the top-level member {@code name} of the JSON object {@code text} runs: from the opening quote of
     * its name to the end of its value (char offsets), or null when the object has no such member.
     */
    private static int[] member(String text, String name) throws IOException {
        try (tools.jackson.core.JsonParser p = org.amur.scenario.StrictJson.mapper().createParser(text)) {
            if (p.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            tools.jackson.core.JsonToken t;
            while ((t = p.nextToken()) == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                boolean wanted = name.equals(p.currentName());
                p.nextToken();
                p.skipChildren();
                if (wanted) {
                    return new int[] {start, (int) p.currentLocation().getCharOffset()};
                }
            }
            return null;
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
