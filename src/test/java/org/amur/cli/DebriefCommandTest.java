package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amur.ai.RandomBot;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.save.Names;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debrief of three saved tables: golden output (md and csv; regenerate deliberately with
 * {@code -Damur.golden.write=true}), percentiles equal to those computed from {@code simulate --csv} run
 * directly with the same seed, every piece of player text escaped, and tables of another scenario refused.
 */
class DebriefCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/debrief");
    private static final Path BASELINE = Path.of("src/test/resources/saves/v1/scenarios/baseline.json");
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A table's game: two seeded random bots, each choice with a reason that tests escaping. */
    private Path table(LoadedScenario sc, long seed, Names names) throws Exception {
        return table(sc, seed, names, Integer.MAX_VALUE);
    }

    /** As above, stopped (saved unfinished) after {@code turns} turns when the game lasts longer. */
    private Path table(LoadedScenario sc, long seed, Names names, int turns) throws Exception {
        return table(sc, seed, names, turns, "table-" + seed);
    }

    /** As above, saved under {@code saveName}. */
    private Path table(LoadedScenario sc, long seed, Names names, int turns, String saveName) throws Exception {
        Session s = Session.start(sc, seed);
        RandomBot ru = new RandomBot(seed * 31 + 1);
        RandomBot cn = new RandomBot(seed * 31 + 2);
        while (!s.state().isOver() && s.resolvedTurns() < turns) {
            s.apply(new Action.Commit(Side.MOSCOW, ru.decide(s.engine().view(s.state(), Side.MOSCOW)).variant().id(),
                    "turn " + s.state().turn() + ": <i>keep</i> *calm*, \"hedge\""));
            s.apply(new Action.Commit(Side.BEIJING, cn.decide(s.engine().view(s.state(), Side.BEIJING)).variant().id(),
                    s.state().turn() % 2 == 0 ? "| buy = gain" : ""));
        }
        SaveStore store = new SaveStore(dir, new ScenarioLoader(dir.resolve("none")),
                Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC));
        return store.save(s, saveName, new SaveMeta("human", "human").withNames(names));
    }

    private List<Path> threeTables() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(BASELINE);
        return List.of(table(sc, 101, new Names("<b>Table & 1</b>", "Red | team", "Blue")),
                table(sc, 202, new Names("Table 2", "", "")),
                table(sc, 303, Names.NONE));
    }

    private String[] args(List<Path> saves, String... more) {
        List<String> a = new ArrayList<>(List.of("debrief"));
        saves.forEach(p -> a.add(p.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static void golden(String file, String text) throws Exception {
        Path g = GOLDEN.resolve(file);
        if (Boolean.getBoolean("amur.golden.write")) {
            Files.writeString(g, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(g, StandardCharsets.UTF_8));
    }

    @Test
    void threeTables_goldenMarkdownAndCsv_andEverythingEscaped() throws Exception {
        List<Path> saves = threeTables();
        assertThat(run(args(saves, "--games", "300", "--seed", "5"))).as(err.toString()).isZero();
        String md = out.toString().replace(dir.toString(), "DIR");
        golden("three-tables.md", md);
        assertThat(md).contains("\\<b\\>Table \\& 1\\</b\\>").doesNotContain("<b>Table").doesNotContain("<i>keep");
        assertThat(md).contains("--games 300 --seed 5").contains("(where the tables differed most)");
        assertThat(run(args(saves, "--games", "300", "--seed", "5", "--format", "csv"))).isZero();
        golden("three-tables.csv", out.toString());
        assertThat(run(args(saves, "--games", "300", "--seed", "5", "--format", "html"))).isZero();
        String html = out.toString();
        assertThat(html).doesNotContain("<b>Table", "<i>keep", "<script").contains("&lt;b&gt;Table &amp; 1&lt;/b&gt;")
                .contains("<svg");
        // every column is named, as in the Markdown
        assertThat(html).contains("<tr><th>Table</th><th>Moscow</th><th>Beijing</th><th>How it ended</th>");
    }

    @Test
    void scenarioWithPar_resultsAgainstParPerTableAndInTheCharts_golden() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
        assertThat(sc.scenario().par().stated()).isTrue();
        List<Path> saves = List.of(table(sc, 11, new Names("North", "", "")), table(sc, 12, new Names("South", "", "")));
        assertThat(run(args(saves, "--games", "200", "--seed", "3"))).as(err.toString()).isZero();
        String md = out.toString().replace(dir.toString(), "DIR");
        golden("two-tables-par.md", md);
        // the scenario's par as its file states it (recomputed whenever the model changes)
        String parShown = "par " + org.amur.engine.Narration.signed(sc.scenario().par().moscow(), 1);
        assertThat(md).contains("| Moscow against par | Beijing against par |").contains("(" + parShown + ", above ")
                .contains("the dashed line is par").doesNotContain("no par");
        assertThat(run(args(saves, "--games", "200", "--seed", "3", "--format", "csv"))).isZero();
        List<String[]> rows = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            rows.add(CsvLine.parse(line));
        }
        List<String> head = Arrays.asList(rows.get(0));
        for (String[] r : rows.subList(1, rows.size())) {
            for (String side : new String[] {"moscow", "beijing"}) {
                double score = Double.parseDouble(r[head.indexOf(side + "_score")]);
                double par = Double.parseDouble(r[head.indexOf(side + "_par")]);
                assertThat(par).isCloseTo(side.equals("moscow") ? sc.scenario().par().moscow()
                        : sc.scenario().par().beijing(), org.assertj.core.data.Offset.offset(0.05)); // one decimal
                assertThat(Double.parseDouble(r[head.indexOf(side + "_result")])).isCloseTo(score - par,
                        org.assertj.core.data.Offset.offset(0.11));
                // the level is the engine's own for that final score, as on the game's screens and report
                Side s = side.equals("moscow") ? Side.MOSCOW : Side.BEIJING;
                assertThat(r[head.indexOf(side + "_level")]).isEqualTo(
                        new org.amur.engine.Engine(sc.scenario()).standing(s, score).victory().id());
            }
        }
        assertThat(run(args(saves, "--games", "200", "--seed", "3", "--format", "html"))).isZero();
        assertThat(out.toString()).contains("stroke-dasharray=\"3 2\"><title>" + parShown + "</title>")
                .contains("<th>Moscow against par</th>");
    }

    @Test
    void shorterGames_areMeasuredAgainstParInProportion_andTheDebriefSaysSo() throws Exception {
        LoadedScenario full = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
        LoadedScenario half = full.withTurns(full.length().turns() / 2);
        List<Path> saves = List.of(table(half, 21, new Names("East", "", "")), table(half, 22, Names.NONE));
        assertThat(run(args(saves, "--games", "100", "--seed", "3", "--format", "csv"))).as(err.toString()).isZero();
        String[] head = CsvLine.parse(out.toString().strip().split("\n")[0]);
        String[] row = CsvLine.parse(out.toString().strip().split("\n")[1]);
        double par = Double.parseDouble(row[Arrays.asList(head).indexOf("moscow_par")]);
        assertThat(par).isCloseTo(full.scenario().par().moscow() / 2, org.assertj.core.data.Offset.offset(0.05));
        assertThat(run(args(saves, "--games", "100", "--seed", "3"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("set to " + half.scenario().turns() + " turns and the scenario has "
                + full.length().turns());
        // a full-length debrief says nothing of the kind
        List<Path> whole = List.of(table(full, 23, Names.NONE));
        assertThat(run(args(whole, "--games", "100", "--seed", "3"))).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("turns and the scenario has");
    }

    @Test
    void percentiles_agreeWithSimulateRunDirectlyWithTheSameSeed() throws Exception {
        List<Path> saves = threeTables();
        assertThat(run(args(saves, "--games", "400", "--seed", "9", "--format", "csv"))).isZero();
        List<String[]> rows = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            rows.add(CsvLine.parse(line));
        }
        Path csv = dir.resolve("sim.csv");
        assertThat(run("simulate", "--scenario", BASELINE.toString(), "--games", "400", "--seed", "9", "--csv",
                csv.toString(), "--threads", "2")).as(err.toString()).isZero();
        List<String> sim = Files.readAllLines(csv);
        List<String> header = Arrays.asList(sim.get(0).split(","));
        int ruCol = header.indexOf("ru.score");
        int cnCol = header.indexOf("cn.score");
        double[] ru = sim.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[ruCol])).toArray();
        double[] cn = sim.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[cnCol])).toArray();
        assertThat(ru).hasSize(400);
        List<String> head = Arrays.asList(rows.get(0));
        int checked = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            if (!r[head.indexOf("turn")].equals("1")) {
                continue;
            }
            double ms = Double.parseDouble(r[head.indexOf("moscow_score")]);
            double bs = Double.parseDouble(r[head.indexOf("beijing_score")]);
            // the CSV shows a score to one decimal, so its exact value lies within 0.05 of the shown one
            assertThat(Double.parseDouble(r[head.indexOf("moscow_percentile")]))
                    .isBetween(rank(ru, ms - 0.05) - 0.51, rank(ru, ms + 0.05) + 0.51);
            assertThat(Double.parseDouble(r[head.indexOf("beijing_percentile")]))
                    .isBetween(rank(cn, bs - 0.05) - 0.51, rank(cn, bs + 0.05) + 0.51);
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    /** Percent below, ties as half; simulate's CSV rounds to six decimals, so equal within 1e-6. */
    private static double rank(double[] xs, double x) {
        double below = 0;
        for (double d : xs) {
            below += Math.abs(d - x) < 1e-6 ? 0.5 : d < x ? 1 : 0;
        }
        return 100 * below / xs.length;
    }

    @Test
    void tablesOfDifferentScenarios_areRefusedInOneSentenceNamingThem() throws Exception {
        List<Path> saves = new ArrayList<>(threeTables().subList(0, 1));
        LoadedScenario su27 = ScenarioLoader.load(Path.of("scenarios/su27-offer.json"));
        saves.add(table(su27, 7, Names.NONE));
        assertThat(run(args(saves, "--games", "10"))).isEqualTo(2);
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(err.toString()).startsWith("amur: A debrief compares tables of one scenario")
                .contains("baseline, 8 turns").contains("su27-offer, 4 turns");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void oneTable_orTablesThatChoseAlike_markNoTurnWhereTheyDiffered_andTheHtmlNamesEachColumn() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(BASELINE);
        Path only = table(sc, 101, new Names("Table 1", "", ""));
        assertThat(run(args(List.of(only), "--games", "50", "--seed", "5"))).as(err.toString()).isZero();
        String md = out.toString();
        assertThat(md).doesNotContain("1 tables").contains("One table")
                .doesNotContain("(where the tables differed most)").doesNotContain("went different ways");
        // two tables that made the same choices every turn did not differ anywhere either (given the same seed,
        // they played the same game: two tables all the same, by their names)
        Path copy = table(sc, 101, new Names("Table 2", "", ""), Integer.MAX_VALUE, "table-2");
        assertThat(run(args(List.of(only, copy), "--games", "50", "--seed", "5"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 tables").doesNotContain("(where the tables differed most)")
                .doesNotContain("went different ways");
        // the printed choices say which column is Moscow's and which Beijing's, as the Markdown does
        assertThat(run(args(List.of(only), "--games", "50", "--seed", "5", "--format", "html"))).isZero();
        String choices = out.toString().substring(out.toString().indexOf("<h3>"));
        assertThat(choices).contains("<tr><th>Table</th><th>Moscow</th><th>Beijing</th></tr>");
    }

    @Test
    void oneGameSavedTwice_countsOnce_asTheCopyThatGotFurthest_andSaysSo() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(BASELINE);
        Names one = new Names("Table 1", "Red", "Blue");
        // a named copy at turn 2, then the same table's game saved again at its end (as its autosave would be)
        Path early = table(sc, 101, one, 2, "before-lunch");
        Path full = table(sc, 101, one, Integer.MAX_VALUE, "table-101");
        Path other = table(sc, 202, new Names("Table 2", "", ""));
        assertThat(run(args(List.of(early, full, other), "--games", "50", "--seed", "5"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 tables");
        assertThat(err.toString().strip()).isEqualTo("amur: " + early + " is the game " + full + " holds (the same "
                + "seed and choices, " + full + " as far or further): it counts once, as " + full + ".");
        // the same file named twice: once
        assertThat(run(args(List.of(other, full, full), "--games", "50", "--seed", "5"))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 tables");
        assertThat(err.toString()).contains("it counts once");
    }

    @Test
    void unfinishedTable_getsNoPercentileAmongFullGames_andIsNotCalledHighestOrLowest() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(BASELINE);
        // a table that ran out of time after two of eight turns, beside two that finished
        List<Path> saves = List.of(table(sc, 101, new Names("Done A", "", "")), table(sc, 202, new Names("Done B", "", "")),
                table(sc, 303, new Names("Short", "", ""), 2));
        assertThat(run(args(saves, "--games", "200", "--seed", "5"))).as(err.toString()).isZero();
        String md = out.toString();
        String shortRow = md.lines().filter(l -> l.startsWith("| Short |")).findFirst().orElseThrow();
        // a score after two turns placed among scores after eight says nothing about the table
        assertThat(shortRow).contains("not finished").doesNotContain("(percentile").doesNotContain("NaN");
        assertThat(md).doesNotContain("placed highest among the simulated games and Short")
                .doesNotContain("As Moscow, Short placed").doesNotContain("As Beijing, Short placed");
        assertThat(md).containsPattern("\\| Done A \\|.*\\(percentile \\d+\\)");
        assertThat(run(args(saves, "--games", "200", "--seed", "5", "--format", "csv"))).isZero();
        List<String[]> rows = out.toString().strip().lines().map(CsvLine::parse).toList();
        List<String> header = Arrays.asList(rows.get(0));
        int ruPct = header.indexOf("moscow_percentile");
        for (String[] r : rows.subList(1, rows.size())) {
            assertThat(r[ruPct]).as(String.join(",", r)).isNotEqualTo("NaN");
            if (r[0].equals("Short")) {
                assertThat(r[ruPct]).isEmpty();
            }
        }
        assertThat(run(args(saves, "--games", "200", "--seed", "5", "--format", "html"))).isZero();
        assertThat(out.toString()).doesNotContain("NaN");
    }

    @Test
    void whatIfBranch_caughtByTheReadmeGlob_isNamedAsABranch_notAsAnotherCopyOfItsTable() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(BASELINE);
        Path original = table(sc, 101, new Names("Table 1", "", ""));
        // the viewer's "what if" from turn 3 keeps the parent's names and autosaves as autosave-<parent>-from-t3
        org.amur.save.LoadedGame parent = new SaveStore(dir, new ScenarioLoader(dir.resolve("none")),
                Clock.systemUTC()).load(original);
        Session branch = parent.session().branchAt(3);
        Path whatIf = new SaveStore(dir, new ScenarioLoader(dir.resolve("none")), Clock.systemUTC()).save(branch,
                "table-101-from-t3", parent.meta().branchedFrom("table-101", 3));
        assertThat(run(args(List.of(original, whatIf), "--games", "50", "--seed", "5"))).as(err.toString()).isZero();
        String md = out.toString();
        // one results row called Table 1 (the rows with a percentile; the choices tables have a row a turn)
        assertThat(md.lines().filter(l -> l.startsWith("| Table 1 |") && l.contains("percentile")).count()).as(md)
                .isEqualTo(1);
        assertThat(md).contains("| Table 1, what if from turn 3 of table-101 |");
    }

    /** A CSV line with quoted fields. */
    static final class CsvLine {
        static String[] parse(String line) {
            List<String> f = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (q && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    q = !q;
                } else if (c == ',' && !q) {
                    f.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            f.add(cur.toString());
            return f.toArray(String[]::new);
        }
    }
}
