package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.amur.save.SaveStore;
import org.amur.scenario.StrictJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Game length (--turns) and self-contained saves: a short game from a scenario file in a folder that is
 * later deleted still replays, reports and plays again, and the save, replay and report say how long it was.
 */
class GameLengthTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @BeforeEach
    void privateSaves() {
        PlayCommand.saveStore = () -> new SaveStore(dir.resolve("saves"));
    }

    @AfterEach
    void reset() {
        PlayCommand.saveStore = SaveStore::forInstallation;
    }

    private Path shortScenarioElsewhere() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("elsewhere"));
        Path f = folder.resolve("short-baseline.json");
        Files.writeString(f, Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"id\": \"baseline\"", "\"id\": \"short-baseline\""));
        return f;
    }

    private List<Path> saves() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("saves"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aGameLongerThanTheScenario_saysSo_notEightOfItsSixTurns() throws Exception {
        // a scenario of 6 turns that allows 8 (max_turns), played for 8
        Path folder = Files.createDirectories(dir.resolve("elsewhere"));
        Path f = folder.resolve("long-baseline.json");
        Files.writeString(f, Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"id\": \"baseline\"", "\"id\": \"long-baseline\"")
                .replace("\"turns\": 8,", "\"turns\": 6, \"max_turns\": 8,"));
        assertThat(run("play", "--plain", "--scenario", f.toString(), "--turns", "8", "--moscow", "random",
                "--beijing", "random", "--seed", "11")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("8 turns, 2018 to 2025: longer than the scenario's own 6.")
                .doesNotContain("of the scenario's 6 turns");
    }

    @Test
    void turns3_endsAfterThreeTurns_andTheSaveReplaysAndReportsAfterItsScenarioFolderIsDeleted() throws Exception {
        Path scenario = shortScenarioElsewhere();
        assertThat(run("play", "--plain", "--scenario", scenario.toString(), "--turns", "3", "--moscow", "random",
                "--beijing", "random", "--seed", "11", "--table", "Table 3", "--moscow-team", "Red",
                "--beijing-team", "Blue")).as(err.toString()).isZero();
        String play = out.toString();
        assertThat(play).contains("3 of the scenario's 8 turns, 2018 to 2020.")
                .contains("--scenario " + scenario.toAbsolutePath() + " --turns 3 --seed 11")
                .contains("Partnership without alliance (2018 baseline) - Table 3")
                .doesNotContain("2021");
        List<Path> saves = saves();
        assertThat(saves).hasSize(1);
        Path save = saves.get(0);
        JsonNode root = StrictJson.mapper().readTree(Files.readString(save));
        assertThat(root.get("turns").intValue()).isEqualTo(3);
        assertThat(root.path("summary").path("over").booleanValue()).isTrue();
        assertThat(root.path("summary").path("year").intValue()).isEqualTo(2020);
        assertThat(root.path("names").path("table").stringValue()).isEqualTo("Table 3");
        assertThat(root.path("scenario").path("text").stringValue()).contains("\"short-baseline\"");

        // the scenario's folder goes away: the save carries the scenario
        Files.delete(scenario);
        Files.delete(scenario.getParent());
        assertThat(run("replay", save.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 of the scenario's 8 turns, 2018 to 2020.", "Table 3", "Red", "Blue")
                .doesNotContain("Turn 4");
        assertThat(run("replay", "--json", save.toString())).isZero();
        JsonNode replay = StrictJson.mapper().readTree(out.toString());
        assertThat(replay.get("game_turns").intValue()).isEqualTo(3);
        assertThat(replay.get("scenario_turns").intValue()).isEqualTo(8);
        assertThat(replay.get("turns").size()).isEqualTo(3);
        assertThat(replay.path("over").booleanValue()).isTrue();
        assertThat(run("report", "--format", "md", save.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 of 3, 2018 to 2020 (a game set to 3 turns; the scenario has 8)")
                .contains("| Table | Table 3 |").contains("Red (").contains("--turns 3");

        // and the same game can be played again from the save alone
        assertThat(run("play", "--plain", "--scenario", save.toString(), "--turns", "3", "--moscow", "random",
                "--beijing", "random", "--seed", "11")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 of the scenario's 8 turns");
        List<Path> again = saves();
        assertThat(again).hasSize(2);
        JsonNode second = StrictJson.mapper().readTree(Files.readString(again.get(1)));
        assertThat(second.get("final_digest")).as("same scenario, seed and choices: the same game")
                .isEqualTo(root.get("final_digest"));
    }

    @Test
    void turnsOutsideWhatTheScenarioAllows_isOneSentence() {
        assertThat(run("play", "--plain", "--turns", "9", "--moscow", "random", "--beijing", "random")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "amur: The scenario 'baseline' can be played in 1 to 8 turns, not 9.");
        assertThat(run("simulate", "--turns", "0", "--games", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("1 to 8 turns, not 0.").doesNotContain("Exception");
    }

    @Test
    void simulate_turns_playsThatManyTurns() {
        assertThat(run("simulate", "--turns", "2", "--games", "20", "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"turn\" : 2").doesNotContain("\"turn\" : 3");
    }

    @Test
    void aNameWithAControlCharacter_isRefusedInOneSentence() {
        assertThat(run("play", "--plain", "--table", "T\u001b[31m", "--moscow", "random", "--beijing", "random"))
                .isEqualTo(2);
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains("--table contains an escape character").doesNotContain("\u001b");
        assertThat(run("play", "--plain", "--moscow-team", "x".repeat(41), "--moscow", "random")).isEqualTo(2);
        assertThat(err.toString()).contains("longer than 40 characters");
        assertThat(run("play", "--plain", "--beijing-team", "a\u202Eb", "--moscow", "random")).isEqualTo(2);
        assertThat(err.toString()).contains("bidirectional");
    }

    @Test
    void scenarioLengths_areCheckedAgainstTheScenariosTurns() throws Exception {
        String base = Files.readString(Path.of("scenarios/baseline.json"));
        var loaded = org.amur.scenario.ScenarioLoader.parse("baseline.json", base);
        assertThat(loaded.length().presets()).extracting(p -> p.name() + "=" + p.turns())
                .contains("One class period=4");
        assertThat(loaded.withTurns(4).info().turns()).isEqualTo(4);
        String bad = base.replace("\"turns\": 8,", "\"turns\": 8, \"min_turns\": 9, \"max_turns\": 7,")
                .replace("{\"name\": \"One class period\", \"turns\": 4}",
                        "{\"name\": \"One class period\", \"turns\": 12}, {\"name\": \"one class period\", \"turns\": 5}");
        var problems = org.junit.jupiter.api.Assertions.assertThrows(org.amur.scenario.ScenarioException.class,
                () -> org.amur.scenario.ScenarioLoader.parse("bad.json", bad)).problems();
        assertThat(problems).extracting(org.amur.scenario.Problem::message).contains(
                "min_turns 9 is more than the scenario's turns (8)", "max_turns 7 is less than the scenario's turns (8)",
                "min_turns 9 is more than max_turns 7: no game length is allowed",
                "a game of 12 turns is outside what the scenario allows (9 to 7)",
                "two lengths are named \"one class period\"");
    }
}
