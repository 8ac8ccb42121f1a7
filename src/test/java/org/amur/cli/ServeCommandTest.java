package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amur.scenario.StrictJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ServeCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void reset() {
        ServeCommand.waiter = org.amur.server.Hall::awaitEnd;
    }

    @Test
    void json_printsOneObjectPerTableWithAJoinLinePerSeat_thenTheTeacherAndTheFingerprint() throws Exception {
        ServeCommand.waiter = hall -> { };
        assertThat(run("serve", "--port", "0", "--tables", "3", "--json", "--dir", dir.toString())).isZero();
        List<String> lines = out.toString().lines().filter(l -> l.startsWith("{")).toList();
        assertThat(lines).hasSize(4);
        for (int i = 0; i < 3; i++) {
            JsonNode t = StrictJson.mapper().readTree(lines.get(i));
            assertThat(t.get("table").asString()).isEqualTo("t" + (i + 1));
            assertThat(t.get("scenario").asString()).isEqualTo("baseline");
            for (String seat : List.of("moscow", "beijing", "facilitator", "audience")) {
                assertThat(t.get("seats").get(seat).asString())
                        .matches("ssh -p \\d+ t" + (i + 1) + "-" + seat + "-[a-z2-9]{20}@127\\.0\\.0\\.1");
            }
        }
        JsonNode last = StrictJson.mapper().readTree(lines.get(3));
        assertThat(last.get("teacher").asString()).contains("teacher-");
        assertThat(last.get("fingerprint").asString()).startsWith("SHA256:");
        assertThat(Files.exists(dir.resolve("host-key.pem"))).isTrue();
        assertThat(Files.readString(dir.resolve("server.log"))).contains(" start 127.0.0.1 ", " stop");
    }

    @Test
    void text_printsJoinLinesTheTeachersLineAndTheFingerprint_andTheSameFolderGivesTheSameLines() {
        ServeCommand.waiter = hall -> { };
        assertThat(run("serve", "--port", "0", "--dir", dir.toString())).isZero();
        String first = out.toString();
        assertThat(first).contains("Table t1 (baseline, 8 turns):", "Moscow team", "Projector (audience)",
                "Teacher's console (all tables): ssh -p", "Host key fingerprint: SHA256:");
        String fp = first.lines().filter(l -> l.startsWith("Host key")).findFirst().orElseThrow();
        String moscow = first.lines().filter(l -> l.contains("Moscow team")).findFirst().orElseThrow()
                .replaceAll("-p \\d+ ", "");
        out.getBuffer().setLength(0);
        assertThat(run("serve", "--port", "0", "--dir", dir.toString())).isZero();
        assertThat(out.toString()).contains(fp);
        assertThat(out.toString().replaceAll("-p \\d+ ", "")).contains(moscow);
    }

    @Test
    void turnsByNumberOrPreset_andNamesPerTable_reachTheTablesAndTheirSaves() throws Exception {
        ServeCommand.waiter = hall -> { };
        assertThat(run("serve", "--port", "0", "--tables", "2", "--turns", "one class period", "--table", "Period 2 A",
                "--table", "Period 2 B", "--moscow-team", "Red", "--json", "--dir", dir.toString())).isZero();
        List<String> lines = out.toString().lines().filter(l -> l.startsWith("{")).toList();
        JsonNode t1 = StrictJson.mapper().readTree(lines.get(0));
        JsonNode t2 = StrictJson.mapper().readTree(lines.get(1));
        assertThat(t1.get("turns").asInt()).isEqualTo(4);
        assertThat(t1.get("name").asString()).isEqualTo("Period 2 A");
        assertThat(t1.get("moscow_team").asString()).isEqualTo("Red");
        assertThat(t2.get("name").asString()).isEqualTo("Period 2 B");
        assertThat(t2.get("moscow_team").asString()).isEmpty();
        assertThat(t1.get("restored").asBoolean()).isFalse();
        // the names and the length are the game's: in each table's save
        var saved = new org.amur.save.SaveStore(dir.resolve("tables")).load(dir.resolve("tables/autosave-t1.json"));
        assertThat(saved.meta().names().table()).isEqualTo("Period 2 A");
        assertThat(saved.meta().names().moscow()).isEqualTo("Red");
        assertThat(saved.session().engine().scenario().turns()).isEqualTo(4);
        // restarted with other options, each table carries on as it was saved
        out.getBuffer().setLength(0);
        assertThat(run("serve", "--port", "0", "--tables", "2", "--turns", "6", "--dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("Table t1, Period 2 A (baseline, 4 turns):", "Moscow team: Red",
                "Table t2, Period 2 B (baseline, 4 turns):");
        // and says so under each table, with how to start new games instead
        assertThat(out.toString().lines().filter(l -> l.contains("restored from its save at turn 1")
                && l.contains("new games need a new --dir"))).hasSize(2);
    }

    @Test
    void badLengthsAndNames_areOneSentenceAndExitTwo() {
        assertThat(run("serve", "--turns", "12", "--port", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--turns", "lunch break", "--port", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--tables", "2", "--table", "A", "--table", "B", "--table", "C", "--port", "0",
                "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--beijing-team", "Blue\u001b[2J", "--port", "0", "--dir", dir.toString())).isEqualTo(2);
        List<String> said = err.toString().lines().toList();
        assertThat(said).hasSize(4);
        assertThat(said.get(0)).contains("12").contains("1").contains("8");
        assertThat(said.get(1)).contains("'lunch break' is neither", "One class period: 4 turns",
                "Two class periods: 6 turns");
        assertThat(said.get(2)).contains("3 names for --table, but only 2 tables");
        assertThat(said.get(3)).contains("--beijing-team");
        assertThat(err.toString()).doesNotContain("\u001b", "Exception", "\tat ");
        assertThat(dir.resolve("tables")).doesNotExist();
    }

    @Test
    void badOptions_areOneSentenceAndExitTwo() {
        assertThat(run("serve", "--tables", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--timer", "3", "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--bind", "203.0.113.7", "--dir", dir.toString())).isEqualTo(2);
        assertThat(run("serve", "--when-time-runs-out", "hwak", "--port", "0", "--dir", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--tables", "--timer", "--bind 203.0.113.7", "--when-time-runs-out")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
