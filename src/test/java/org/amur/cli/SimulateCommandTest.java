package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Indicator;
import org.amur.engine.Variant;
import org.amur.scenario.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SimulateCommandTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.propertyNames().forEach(out::add);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--json", "--table"})
    void simulate_threads1And2_byteIdenticalOutput(String format) {
        String[] common = {"simulate", "--games", "1500", "--seed", "11", "--moscow", "random", "--beijing",
            "script:arms.su35,exercise.peace_mission"};
        List<String> a = new ArrayList<>(List.of(common));
        if (format.equals("--json")) {
            a.add("--json");
        }
        a.addAll(List.of("--threads", "1"));
        assertThat(run(a.toArray(String[]::new))).isZero();
        String one = out.toString();
        a.set(a.size() - 1, "2");
        assertThat(run(a.toArray(String[]::new))).isZero();
        assertThat(out.toString()).isEqualTo(one);
        assertThat(one).isNotBlank();
        assertThat(err.toString()).as("nothing but the result off a terminal").isEmpty();
    }

    @Test
    void simulateJson_hasTheStableFieldNames() throws Exception {
        assertThat(run("simulate", "--games", "300", "--json", "--moscow", "script:alliance.invoke")).isZero();
        JsonNode root = StrictJson.mapper().readTree(out.toString());
        assertThat(names(root)).containsExactly("scenario", "games", "seed", "policies", "scale", "outcomes",
                "scores", "par", "victory", "final", "per_turn", "events", "fallbacks");
        assertThat(root.get("scenario").asString()).isEqualTo("baseline");
        assertThat(root.get("games").asLong()).isEqualTo(300);
        assertThat(root.get("seed").asLong()).isEqualTo(1);
        assertThat(names(root.get("policies"))).containsExactly("moscow", "beijing");
        assertThat(root.get("policies").get("moscow").asString()).isEqualTo("script:alliance.invoke");
        assertThat(names(root.get("outcomes"))).containsExactly("alliance_signed", "alliance_invoked",
                "war_us_china", "war_russia_nato", "rupture", "full_term", "unlicensed_copy");
        assertThat(names(root.get("scores"))).containsExactly("moscow", "beijing", "combined",
                "beijing_minus_moscow");
        List<String> ids = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            ids.add(i.id());
        }
        List<String> finals = new ArrayList<>(ids);
        finals.addAll(List.of("ru.result_vs_par", "cn.result_vs_par"));
        assertThat(names(root.get("final"))).containsExactlyElementsOf(finals);
        assertThat(names(root.get("par"))).containsExactly("moscow", "beijing");
        assertThat(names(root.get("victory"))).containsExactly("moscow", "beijing");
        for (String side : List.of("moscow", "beijing")) {
            JsonNode v = root.get("victory").get(side);
            assertThat(names(v)).containsExactly("win", "draw", "loss");
            assertThat(v.get("win").asDouble() + v.get("draw").asDouble() + v.get("loss").asDouble())
                    .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
            String prefix = side.equals("moscow") ? "ru" : "cn";
            assertThat(root.get("final").get(prefix + ".result_vs_par").get("mean").asDouble())
                    .isCloseTo(root.get("scores").get(side).get("mean").asDouble()
                            - root.get("par").get(side).asDouble(), org.assertj.core.api.Assertions.within(2e-6));
        }
        for (String id : finals) {
            assertThat(names(root.get("final").get(id))).containsExactly("mean", "sd", "p5", "p50", "p95");
        }
        JsonNode turn1 = root.get("per_turn").get(0);
        assertThat(names(turn1)).containsExactly("turn", "year", "games", "mean");
        assertThat(turn1.get("year").asInt()).isEqualTo(2018);
        assertThat(names(turn1.get("mean"))).containsExactlyElementsOf(ids);
        assertThat(root.get("fallbacks").get("moscow").asLong()).isPositive();
        double rates = 0;
        for (String end : List.of("war_us_china", "war_russia_nato", "rupture", "full_term")) {
            rates += root.get("outcomes").get(end).asDouble();
        }
        assertThat(rates).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void simulateVary_addsATornadoForEachMetric() throws Exception {
        assertThat(run("simulate", "--games", "200", "--json", "--vary", "A7,a9", "--vary-scale", "0,2")).isZero();
        JsonNode s = StrictJson.mapper().readTree(out.toString()).get("sensitivity");
        assertThat(s.get("low").asDouble()).isZero();
        assertThat(s.get("high").asDouble()).isEqualTo(2.0);
        assertThat(names(s.get("tornado"))).contains("war_us_china", "unlicensed_copy", "moscow_score");
        JsonNode bars = s.get("tornado").get("moscow_score");
        assertThat(bars).hasSize(2);
        assertThat(names(bars.get(0))).containsExactly("asymmetry", "low", "high", "swing");
        assertThat(run("simulate", "--games", "200", "--vary", "A7")).isZero();
        assertThat(out.toString()).contains("Sensitivity").contains("A7");
    }

    @Test
    void simulateCsv_headerAndOneRowPerGame(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("games.csv");
        assertThat(run("simulate", "--games", "321", "--csv", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(322);
        assertThat(lines.get(0)).startsWith("game,seed,ending,turns,").endsWith(",cn.score,ru.result_vs_par,ru.victory,cn.result_vs_par,cn.victory");
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(321)).startsWith("320,");
        assertThat(out.toString()).contains("321 games");
        // seeds are text a spreadsheet keeps digit for digit (="…", quoted), and each is the game's own seed
        for (int i = 1; i < lines.size(); i++) {
            String seedField = lines.get(i).split(",")[1];
            assertThat(seedField).isEqualTo("\"=\"\"" + org.amur.sim.GameSeeds.game(1, i - 1) + "\"\"\"");
        }
    }

    @Test
    void simulateCsv_missingFolder_oneSentenceExit2(@TempDir Path dir) {
        assertThat(run("simulate", "--games", "10", "--csv", dir.resolve("no/such/x.csv").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("amur: The folder").endsWith("does not exist; create it "
                + "first or choose another place.").doesNotContain("\n").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void simulateCsv_overASaveOrScenario_isRefusedWithoutForce(@TempDir Path dir) throws Exception {
        Path save = dir.resolve("autosave-baseline-7.json");
        Files.copy(Path.of("src/test/resources/saves/v1/baseline-seed-2018.json"), save);
        byte[] before = Files.readAllBytes(save);
        assertThat(run("simulate", "--games", "10", "--csv", save.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: Refusing to replace " + save + ", which holds a saved "
                + "game; choose another name, or add --force to replace it.");
        assertThat(out.toString()).as("refused before the run").isEmpty();
        assertThat(Files.readAllBytes(save)).isEqualTo(before);
        Path scenario = dir.resolve("mine.json");
        Files.copy(Path.of("scenarios/baseline.json"), scenario);
        assertThat(run("simulate", "--games", "10", "--csv", scenario.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("which holds a scenario");
        assertThat(run("simulate", "--games", "10", "--scenario", scenario.toString(), "--force", "--csv",
                scenario.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("which this command reads");
        assertThat(run("simulate", "--games", "10", "--csv", save.toString(), "--force")).isZero();
        assertThat(Files.readAllLines(save)).hasSize(11);
    }

    @Test
    void simulateCsv_toADevice_isRefusedAndTheDeviceStays(@TempDir Path dir) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        assertThat(run("simulate", "--games", "10", "--csv", "/dev/null")).isEqualTo(2);
        assertThat(err.toString()).contains("not a regular file");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"script:", "script:arms.su35,,arms.s400", "script:arms.su53", "script:nonsense",
        "historian-ish", "", "script:arms.su35,"})
    void simulate_badPolicy_oneSentenceAndExit2(String policy) {
        assertThat(run("simulate", "--games", "10", "--moscow", policy)).isEqualTo(2);
        String e = err.toString().strip();
        assertThat(e).startsWith("amur: --moscow: ").doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("\tat ").endsWith(".");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void simulate_misspeltVariant_suggestsTheRightId() {
        assertThat(run("simulate", "--beijing", "script:arms.su53")).isEqualTo(2);
        assertThat(err.toString()).contains("did you mean arms.su35");
    }

    @Test
    void simulate_variantNotOfferedByScenario_saysSo(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"max_cards_per_turn\": 2,", "\"max_cards_per_turn\": 2, \"variants\": [\"arms.su35\", "
                        + "\"exercise.peace_mission\"],");
        Path f = dir.resolve("narrow.json");
        Files.writeString(f, json);
        assertThat(run("simulate", "--scenario", f.toString(), "--games", "20", "--moscow", "script:arms.s400"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not on offer in scenario baseline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--games=0", "--threads=0", "--vary=A14", "--vary=A1 --vary-scale=1.5,0.5", "--vary-scale=2,1",
        "--vary-scale=0.5,1.5"})
    void simulate_badNumbers_exit2WithOneLine(String args) {
        List<String> a = new ArrayList<>(List.of("simulate"));
        a.addAll(List.of(args.split(" ")));
        assertThat(run(a.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("amur: ").doesNotContain("\n");
    }

    @Test
    void progressBar_drawsInPlaceWithShareAndTimeLeft_thenErasesItself() {
        StringWriter w = new StringWriter();
        SimulateCommand.ProgressBar bar = new SimulateCommand.ProgressBar(new PrintWriter(w));
        bar.update(0, 1000);
        bar.update(500, 1000);
        String drawn = w.toString();
        assertThat(drawn).startsWith("\r[").contains("  0%").contains(" 50%  500/1000 games").contains(" left")
                .doesNotContain("\n");
        bar.clear();
        assertThat(w.toString()).endsWith("\r");
        assertThat(SimulateCommand.ProgressBar.formatSeconds(75)).isEqualTo("1 min 15 s");
    }

    @Test
    void variants_listsEveryVariantWithRolesTagsAndCitation() {
        assertThat(run("variants")).isZero();
        String text = out.toString();
        for (Variant v : Variant.values()) {
            assertThat(text).contains(v.id());
        }
        String s400 = text.lines().filter(l -> l.contains("arms.s400_40n6")).findFirst().orElseThrow();
        assertThat(s400).contains("arms").contains("offer").contains("request").contains("Kashin 2018");
        assertThat(text.lines().filter(l -> l.contains("reverse.naval_diesels")).findFirst().orElseThrow())
                .containsPattern("request +offer").contains("reverse-flow");
        assertThat(text).contains("denied-system").contains("downgraded").contains("licensed");
    }

    @Test
    void variantsJson_everyVariantWithStableFields() throws Exception {
        assertThat(run("variants", "--json")).isZero();
        JsonNode root = StrictJson.mapper().readTree(out.toString());
        JsonNode list = root.get("variants");
        assertThat(list).hasSize(Variant.values().length);
        JsonNode first = list.get(0);
        assertThat(names(first)).containsExactly("id", "line", "roles", "title", "tags", "citation", "page");
        for (JsonNode v : list) {
            if (v.get("id").asString().equals("arms.downgraded_export")) {
                assertThat(v.get("roles").get("moscow").asString()).isEqualTo("offer");
                assertThat(v.get("tags").get(0).asString()).isEqualTo("downgraded");
                assertThat(v.get("page").asInt()).isEqualTo(15); // the Su-30MKK, less advanced than India's
            }
        }
    }
}
