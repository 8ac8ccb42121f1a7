package org.amur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.amur.engine.Side;
import org.amur.report.Debrief;
import org.amur.save.SaveStore;
import org.amur.session.Session;
import org.amur.sim.GameRecord;
import org.amur.sim.PolicySpec;
import org.amur.sim.SimConfig;
import org.amur.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code amur debrief}: several tables' saves of one scenario side by side, against simulated games. */
@Command(name = "debrief", mixinStandardHelpOptions = true)
final class DebriefCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("md", "html", "csv");
    private static final long MAX_GAMES = 1_000_000;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SAVE", arity = "1..*", descriptionKey = "saves")
    List<String> saves;

    /** The simulated games the tables' scores are placed among, as in {@code ./amur simulate}. */
    @Mixin
    SimulatedGames run = new SimulatedGames(2000);

    @Mixin
    DocumentOutput document;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String tooMany = run.refusal(MAX_GAMES);
        if (tooMany != null) {
            return fail(err, tooMany);
        }
        String fmt;
        try {
            fmt = document.format("debrief", FORMATS);
        } catch (DocumentOutput.Refused e) {
            return fail(err, e.getMessage());
        }
        List<SaveArgument.Opened> opened = new ArrayList<>();
        for (String s : saves) {
            SaveArgument.Opened o = SaveArgument.open(SaveStore.forInstallation(), s, false, "debrief", err);
            if (o == null) {
                return 2;
            }
            opened.add(o);
        }
        try {
            document.check("debrief", FORMATS, opened.stream().map(SaveArgument.Opened::file).toArray(Path[]::new));
        } catch (DocumentOutput.Refused e) {
            return fail(err, e.getMessage());
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (SaveArgument.Opened o : opened) {
            Session s = o.game().session();
            kinds.add(CliText.t(s.scenario().sha256().equals(opened.get(0).game().session().scenario().sha256())
                    ? "debrief.kind" : "debrief.kind_other", s.scenario().id(), s.scenario().turns(),
                    s.rules().version()));
        }
        if (kinds.size() > 1) {
            List<String> each = new ArrayList<>();
            for (int i = 0; i < opened.size(); i++) {
                Session s = opened.get(i).game().session();
                each.add(CliText.t("debrief.each", saves.get(i), s.scenario().id(), s.scenario().turns(),
                        s.rules().version()));
            }
            return fail(err, CliText.t("debrief.differ", String.join("; ", each)));
        }
        // one game saved twice (its autosave and a named copy, or a copy made turns earlier) is one table: the
        // copy that got furthest is kept, and the others are named
        List<String> typed = new ArrayList<>(saves);
        for (int i = 0; i < opened.size(); i++) {
            for (int j = 0; j < opened.size(); j++) {
                if (i != j && sameGameFurther(opened.get(j), opened.get(i), j < i)) {
                    err.println("amur: " + CliText.t("debrief.same_game", typed.get(i), typed.get(j)));
                    opened.remove(i);
                    typed.remove(i);
                    i--;
                    break;
                }
            }
        }
        err.flush();
        Session first = opened.get(0).game().session();
        Simulator sim = new Simulator(new SimConfig(first.scenario().scenario(), run.games, run.seed,
                new PolicySpec.Random(),
                new PolicySpec.Random(), 1).withRules(first.rules()));
        double[] ru = new double[(int) run.games];
        double[] cn = new double[(int) run.games];
        for (int i = 0; i < run.games; i++) {
            GameRecord r = sim.play(i);
            ru[i] = r.finalState().score(Side.MOSCOW);
            cn[i] = r.finalState().score(Side.BEIJING);
        }
        java.util.Arrays.sort(ru);
        java.util.Arrays.sort(cn);
        org.amur.engine.Standing ruPar = first.engine().standing(Side.MOSCOW, 0);
        org.amur.engine.Standing cnPar = first.engine().standing(Side.BEIJING, 0);
        Debrief.Sample moscow = new Debrief.Sample(Side.MOSCOW, ru, ruPar.par(), ruPar.hasPar());
        Debrief.Sample beijing = new Debrief.Sample(Side.BEIJING, cn, cnPar.par(), cnPar.hasPar());
        List<Debrief.Table> tables = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            String name = opened.get(i).file().getFileName().toString().replaceFirst("\\.json$", "");
            tables.add(Debrief.table(opened.get(i).game().session(), opened.get(i).game().meta(), name, moscow,
                    beijing));
        }
        // the simulated games are reproduced with simulate on this very scenario: by id, by file, else by a save
        String scenarioArg = GameOptions.quote(org.amur.scenario.ScenarioLoader.forInstallation()
                .argumentFor(first.scenario()).orElse(opened.get(0).file().toString()));
        Debrief d = new Debrief(first.scenario().info().title(), scenarioArg, first.scenario().turns(),
                first.scenario().length().turns(), first.rules().version(), run.games, run.seed, tables, moscow, beijing);
        String text = switch (fmt) {
            case "html" -> d.html();
            case "csv" -> d.csv();
            default -> d.markdown();
        };
        return document.write(text, fmt + " debrief", out, err);
    }

    /**
     * Whether {@code a} holds the game {@code b} holds, as far or further: the same scenario file, seed, rules and
     * table (its names and seats), and {@code b}'s actions a beginning of {@code a}'s ({@code tie}: which of two
     * equal copies counts as further). Two tables given one seed that chose alike are two tables: their names differ.
     */
    private static boolean sameGameFurther(SaveArgument.Opened a, SaveArgument.Opened b, boolean tie) {
        Session x = a.game().session();
        Session y = b.game().session();
        if (x.seed() != y.seed() || x.rules().version() != y.rules().version()
                || !x.scenario().sha256().equals(y.scenario().sha256())
                || !a.game().meta().equals(b.game().meta())) {
            return false;
        }
        List<org.amur.engine.Action> ax = x.actions();
        List<org.amur.engine.Action> ay = y.actions();
        if (ay.size() > ax.size() || !ax.subList(0, ay.size()).equals(ay)) {
            return false;
        }
        return ax.size() > ay.size() || tie;
    }

    private static int fail(PrintWriter err, String sentence) {
        err.println("amur: " + sentence);
        err.flush();
        return 2;
    }
}
