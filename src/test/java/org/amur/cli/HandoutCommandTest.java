package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void handout_toStdoutOrAFile_inTheFormatAsked() throws Exception {
        assertThat(run("handout", "baseline", "--side", "beijing")).isZero();
        assertThat(out.toString()).startsWith("# Partnership without alliance (2018 baseline): Beijing's briefing");
        assertThat(run("handout", "baseline", "--side", "moscow", "-o", "-", "--turns", "4")).isZero();
        assertThat(out.toString()).contains("4 turns of a year each, 2018 to 2021.");
        Path html = dir.resolve("moscow.html");
        assertThat(run("handout", "baseline", "--side", "moscow", "-o", html.toString())).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Moscow&#39;s briefing");
        assertThat(out.toString()).isEqualTo("Wrote the html handout to " + html + ".\n");
    }

    @Test
    void badInput_isOneSentence_andWritesNothing() throws Exception {
        assertThat(run("handout", "baseline", "--side", "paris")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("amur: --side takes moscow, beijing or facilitator, not 'paris'.\n");
        assertThat(run("handout", "baseline", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("choose md or html");
        assertThat(run("handout", "baseline", "-o", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder");
        assertThat(run("handout", "baseline", "-o", "/dev/null")).isEqualTo(2);
        assertThat(err.toString()).contains("not a regular file");
        assertThat(run("handout", "baseline", "-o", dir.resolve("no/such/x.md").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
        assertThat(run("handout", "baseline", "--turns", "20")).isEqualTo(2);
        assertThat(err.toString()).contains("1 to 8 turns, not 20");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void handout_writesThroughTheSharedOutputRules_asReportAndDebriefDo() throws Exception {
        Path json = dir.resolve("handout.json");
        assertThat(run("handout", "baseline", "-o", json.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("amur: Refusing to write the handout to " + json
                + ": .json files are where games and scenarios are kept; choose a name ending in .md or .html.\n");
        assertThat(json).doesNotExist();
        Path save = dir.resolve("table-1.md");
        Files.copy(Path.of("src/test/resources/saves/v1/baseline-seed-2018.json"), save);
        byte[] before = Files.readAllBytes(save);
        assertThat(run("handout", "baseline", "-o", save.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("which holds a saved game").contains("--force");
        assertThat(Files.readAllBytes(save)).isEqualTo(before);
        assertThat(run("handout", "baseline", "-o", save.toString(), "--force")).isZero();
        assertThat(Files.readString(save)).startsWith("# Partnership without alliance");
        Path scenario = dir.resolve("mine.md");
        Files.copy(Path.of("scenarios/baseline.json"), scenario);
        assertThat(run("handout", scenario.toString(), "-o", scenario.toString(), "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("which this command reads");
        assertThat(run("handout", "baseline", "--format", "HTML", "-o", dir.resolve("a.md").toString())).isZero();
        assertThat(Files.readString(dir.resolve("a.md"))).startsWith("<!DOCTYPE html>");
        assertThat(run("handout", "baseline", "-o", dir.resolve("b.htm").toString())).isZero();
        assertThat(Files.readString(dir.resolve("b.htm"))).startsWith("<!DOCTYPE html>");
    }
}
