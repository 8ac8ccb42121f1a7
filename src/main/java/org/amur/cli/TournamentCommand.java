package org.amur.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.amur.ai.Bots;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.TextRules;
import org.amur.sim.Tournament;
import org.amur.sim.TournamentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code amur tournament}: a seeded round-robin between bots over every scenario in the scenarios
 * folder, both seats, printing each bot's mean own score per seat with a 95 % confidence interval,
 * and how the hard search bot compares with each personality game by game.
 */
@Command(name = "tournament", mixinStandardHelpOptions = true)
final class TournamentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-g", "--games"}, paramLabel = "N", defaultValue = "24")
    int games;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1")
    long seed;

    @Option(names = "--bots", paramLabel = "LIST", split = ",",
            completionCandidates = BotSpecs.class)
    List<String> bots;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE")
    List<String> scenarios;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Option(names = "--json")
    boolean json;

    /** The bot specs, for picocli's help text. */
    static final class BotSpecs extends ArrayList<String> {
        BotSpecs() {
            super(Bots.specs());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> field = new ArrayList<>();
        for (String b : bots == null ? Bots.specs() : bots) {
            if (!Bots.isBot(b)) {
                err.println("amur: " + CliText.t("tournament.unknown_bot", TextRules.sanitize(b, false),
                        String.join(", ", Bots.specs())));
                return 2;
            }
            String c = Bots.canonical(b);
            if (!field.contains(c)) {
                field.add(c);
            }
        }
        if (field.isEmpty()) {
            err.println("amur: " + CliText.t("tournament.no_bots", String.join(", ", Bots.specs())));
            return 2;
        }
        if (games < 1 || (threads != null && threads < 1)) {
            err.println("amur: " + CliText.t("tournament.counts"));
            return 2;
        }
        List<LoadedScenario> loaded = Scenarios.loadBatch(scenarios, true, "scenario.none_to_play", err);
        if (loaded == null) {
            return 2;
        }
        int perPairing = Math.max(games, loaded.size());
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Tournament.Config config = new Tournament.Config(field,
                loaded.stream().map(LoadedScenario::scenario).toList(), perPairing, seed, t);
        err.println(CliText.t("tournament.playing", String.valueOf(config.totalGames()), field.size(), field.size(),
                perPairing, loaded.size(), t));
        err.flush();
        long start = System.nanoTime();
        Tournament result = Tournament.run(config, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> ids = loaded.stream().map(LoadedScenario::id).toList();
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(TournamentReport.json(result, ids)));
        } else {
            TournamentReport.table(out, result, ids, seconds);
        }
        out.flush();
        return 0;
    }
}
