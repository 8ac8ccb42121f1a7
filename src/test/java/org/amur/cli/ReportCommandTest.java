package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amur report}: formats, where the report goes, what it refuses to overwrite, and bad saves. The
 * golden saves are read with --anyway so the test holds if the shipped scenario moves on (their own
 * scenario copy is what ReportGoldenTest uses).
 */
class ReportCommandTest {
    private static final Path SAVE = Path.of("src/test/resources/saves/v1/baseline-seed-2018.json");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path copyOfSave(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.copy(SAVE, p);
        return p;
    }

    @Test
    void report_noOptions_printsMarkdownToStandardOutput() {
        assertThat(run("report", "--anyway", SAVE.toString())).isZero();
        assertThat(out.toString()).startsWith("# After-action report: Partnership without alliance (2018 baseline)")
                .contains("## Turn by turn").contains("./amur replay " + SAVE)
                .contains("./amur play --scenario baseline --seed 2018 --moscow human --beijing random");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void report_formatHtmlAndCsv_toStandardOutput() {
        assertThat(run("report", "--anyway", "--format", "html", SAVE.toString())).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<svg").endsWith("</html>\n");
        out.getBuffer().setLength(0);
        assertThat(run("report", "--anyway", "-f", "CSV", SAVE.toString())).isZero();
        assertThat(out.toString()).startsWith("turn,year,point,cards,moscow_choice").contains("\r\n8,2025,end,");
    }

    @Test
    void report_output_writesTheFileWithTheFormatOfItsExtension() throws Exception {
        Path html = dir.resolve("debrief.html");
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", html.toString())).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        assertThat(out.toString()).contains("Wrote the html report").contains(html.toString());
        Path csv = dir.resolve("turns.csv");
        assertThat(run("report", "--anyway", SAVE.toString(), "--output", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("turn,year,point");
        Path other = dir.resolve("notes.txt");
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", other.toString())).isZero();
        assertThat(Files.readString(other)).startsWith("# After-action report");
    }

    @Test
    void report_explicitFormat_winsOverTheExtension() throws Exception {
        Path file = dir.resolve("report.html");
        assertThat(run("report", "--anyway", "--format", "md", SAVE.toString(), "-o", file.toString())).isZero();
        assertThat(Files.readString(file)).startsWith("# After-action report");
    }

    @Test
    void report_output_replacesAnOldReportAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("debrief.md");
        Files.writeString(file, "an older report\n");
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", file.toString())).isZero();
        assertThat(Files.readString(file)).startsWith("# After-action report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("debrief.md");
        }
    }

    @Test
    void report_outputEndingInJson_isRefusedAndNothingIsWritten() throws Exception {
        Path save = copyOfSave("game.json");
        byte[] before = Files.readAllBytes(save);
        assertThat(run("report", "--anyway", save.toString(), "-o", save.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("amur: Refusing to write the report to").endsWith(
                "choose a name ending in .md, .html or .csv.").doesNotContain("\n");
        assertThat(Files.readAllBytes(save)).isEqualTo(before);
        assertThat(run("report", "--anyway", save.toString(), "-o", dir.resolve("new.JSON").toString())).isEqualTo(2);
        assertThat(dir.resolve("new.JSON")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void report_outputIsTheSaveItselfUnderAnotherExtension_isRefused() throws Exception {
        Path save = copyOfSave("game.save");
        byte[] before = Files.readAllBytes(save);
        assertThat(run("report", "--anyway", save.toString(), "-o", save.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: Refusing to write the report over the save it comes from ("
                + save + ").");
        assertThat(Files.readAllBytes(save)).isEqualTo(before);
    }

    @Test
    void report_outputHoldsAnotherSave_isRefused() throws Exception {
        Path other = copyOfSave("other-game.txt");
        byte[] before = Files.readAllBytes(other);
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", other.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("which holds a saved game");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void report_outputInAMissingFolderOrAFolder_isRefusedInOneSentence() {
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", dir.resolve("nowhere/r.md").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
        assertThat(dir.resolve("nowhere")).doesNotExist();
        err.getBuffer().setLength(0);
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder");
    }

    @Test
    void report_outputToADeviceOrPipe_isRefusedAndNeverReplaced() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", "/dev/null")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: Refusing to write to /dev/null: it is not a regular file "
                + "(a device, a pipe or a socket) and Amur never replaces one; use - for standard output.");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        Path fifo = dir.resolve("pipe.md");
        if (org.amur.files.SpecialFiles.fifo(fifo)) {
            assertThat(run("report", "--anyway", SAVE.toString(), "-o", fifo.toString())).isEqualTo(2);
            assertThat(Files.isRegularFile(fifo)).isFalse();
        }
    }

    @Test
    void report_outputDash_isStandardOutput() {
        assertThat(run("report", "--anyway", SAVE.toString(), "-o", "-")).isZero();
        assertThat(out.toString()).startsWith("# After-action report");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void report_badSave_isOneSentenceAndExitTwo() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"format\": \"amur-save\", \"version\": 99}");
        Path out1 = dir.resolve("r.html");
        assertThat(run("report", f.toString(), "-o", out1.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: broken.json was written by a newer Amur (save format 99; "
                + "this one reads up to 1); update Amur to open it.");
        assertThat(out1).doesNotExist();
        err.getBuffer().setLength(0);
        Files.writeString(f, "{\"format\": \"amur-sa");
        assertThat(run("report", f.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("amur: broken.json cannot be read").doesNotContain("\n")
                .doesNotContain("Exception");
        err.getBuffer().setLength(0);
        assertThat(run("report", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: There is no save file " + dir.resolve("missing.json") + ".");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void report_unknownFormat_isAUsageError() {
        assertThat(run("report", "--format", "pdf", SAVE.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: There is no report format 'pdf'; choose md, html or csv.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void help_listsTheReportCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("report");
        out.getBuffer().setLength(0);
        assertThat(run("report", "--help")).isZero();
        assertThat(out.toString()).contains("--format").contains("--output").contains("FORMAT").contains("Formats: md (Markdown, the default), html");
    }

    @Test
    void report_ofAGameWhoseScenarioIsNotInstalledHere_playsAgainFromTheSaveThatCarriesIt() throws Exception {
        // a facilitator's own scenario, played, then the save taken to a machine without that file
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Path own = scenarios.resolve("my-crisis.json");
        Files.writeString(own, Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"id\": \"baseline\"", "\"id\": \"my-crisis\""));
        org.amur.session.Session s = org.amur.session.Session.start(org.amur.scenario.ScenarioLoader.load(own), 77);
        s.apply(new org.amur.engine.Action.Commit(org.amur.engine.Side.MOSCOW, org.amur.engine.Variant.EX_PEACE_MISSION));
        s.apply(new org.amur.engine.Action.Commit(org.amur.engine.Side.BEIJING, org.amur.engine.Variant.EX_PEACE_MISSION));
        Path save = new org.amur.save.SaveStore(dir.resolve("saves"), new org.amur.scenario.ScenarioLoader(scenarios),
                java.time.Clock.systemUTC()).save(s, "table-1", new org.amur.save.SaveMeta("human", "historian"));
        Files.delete(own);
        assertThat(run("report", save.toString())).as(err.toString()).isZero();
        // not "--scenario my-crisis", which no scenarios folder here has: the save, as the game screen says
        assertThat(out.toString()).contains("./amur play --scenario " + save.toAbsolutePath() + " --seed 77 ")
                .doesNotContain("--scenario my-crisis");
    }
}
