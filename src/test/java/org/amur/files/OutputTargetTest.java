package org.amur.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
    @TempDir
    Path dir;

    private static void write(OutputTarget t, String text) throws FileRefused {
        t.write(text.getBytes(StandardCharsets.UTF_8), new PrintWriter(new StringWriter()));
    }

    @Test
    void dash_isStandardOutput() throws Exception {
        OutputTarget t = OutputTarget.parse("-");
        assertThat(t.isStandardOutput()).isTrue();
        StringWriter sw = new StringWriter();
        t.check(false);
        t.write("hello".getBytes(StandardCharsets.UTF_8), new PrintWriter(sw));
        assertThat(sw).hasToString("hello");
    }

    @Test
    void check_device_isRefusedAndTheNodeIsNeverReplaced() throws Exception {
        Path dev = Path.of("/dev/null");
        assumeTrue(Files.exists(dev) && !Files.isRegularFile(dev));
        OutputTarget t = OutputTarget.parse(dev.toString());
        assertThatThrownBy(() -> t.check(true)).isInstanceOf(FileRefused.class)
                .hasMessage("Refusing to write to /dev/null: it is not a regular file (a device, a pipe or a socket) "
                        + "and Amur never replaces one; use - for standard output.");
        assertThat(Files.isRegularFile(dev)).isFalse();
    }

    @Test
    void check_fifo_isRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(SpecialFiles.fifo(fifo));
        assertThatThrownBy(() -> OutputTarget.parse(fifo.toString()).check(true))
                .hasMessageContaining("it is not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void check_folderLoopAndMissingFolder_areOneSentenceEach() throws Exception {
        assertThatThrownBy(() -> OutputTarget.parse(dir.toString()).check(false)).hasMessageEndingWith(
                "is a folder; give a file name.");
        Path loop = SpecialFiles.loop(dir, "loop.csv");
        assertThatThrownBy(() -> OutputTarget.parse(loop.toString()).check(false))
                .hasMessageContaining("a symbolic link that leads nowhere");
        assertThatThrownBy(() -> OutputTarget.parse(dir.resolve("no/where.csv").toString()).check(false))
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void check_saveScenarioOrJson_onlyWithForce() throws Exception {
        Path save = dir.resolve("game.txt");
        Files.writeString(save, "{\n  \"format\" : \"amur-save\",\n  \"version\" : 1 }");
        Path scenario = dir.resolve("scen.csv");
        Files.writeString(scenario, "{\n  \"$schema\": \"schema/scenario.schema.json\", \"format\": 1 }");
        Path json = dir.resolve("data.json");
        Files.writeString(json, "[1, 2]");
        assertThatThrownBy(() -> OutputTarget.parse(save.toString()).check(false)).hasMessageContaining(
                "which holds a saved game").hasMessageEndingWith("add --force to replace it.");
        assertThatThrownBy(() -> OutputTarget.parse(scenario.toString()).check(false)).hasMessageContaining(
                "which holds a scenario");
        assertThatThrownBy(() -> OutputTarget.parse(json.toString()).check(false)).hasMessageContaining(
                ".json files are where games and scenarios are kept");
        for (Path p : new Path[] {save, scenario, json}) {
            OutputTarget t = OutputTarget.parse(p.toString());
            t.check(true);
            write(t, "replaced");
            assertThat(Files.readString(p)).isEqualTo("replaced");
        }
    }

    @Test
    void check_inputOfTheCommand_isRefusedEvenWithForce() throws Exception {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "x");
        Path link = dir.resolve("link.txt");
        Files.createSymbolicLink(link, in.getFileName());
        assertThatThrownBy(() -> OutputTarget.parse(link.toString()).check(true, in))
                .hasMessageContaining("which this command reads");
    }

    @Test
    void write_linkToRegularFile_writesTheTargetAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.md");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
        Path link = dir.resolve("link.md");
        Files.createSymbolicLink(link, real.getFileName());
        OutputTarget t = OutputTarget.parse(link.toString());
        t.check(false);
        write(t, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-rw----");
    }

    @Test
    void pending_closedWithoutCommit_leavesTheOldFileAndNoTemporary() throws Exception {
        Path file = dir.resolve("games.csv");
        Files.writeString(file, "old complete file\n");
        OutputTarget t = OutputTarget.parse(file.toString());
        t.check(false);
        try (OutputTarget.Pending p = t.open(null)) {
            p.writer().write("half of a new fi");
            p.writer().flush();
            assertThat(Files.readString(file)).isEqualTo("old complete file\n");
        }
        assertThat(Files.readString(file)).isEqualTo("old complete file\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("games.csv");
        }
        try (OutputTarget.Pending p = t.open(null)) {
            p.writer().write("new\n");
            p.commit();
        }
        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void parse_controlCharactersInTheName_areNeverEchoedRaw() throws Exception {
        assertThatThrownBy(() -> OutputTarget.parse("bad\u0000name")).hasMessage(
                "'bad\uFFFDname' is not a usable file name here.");
        Path odd = dir.resolve("a\u001B[31mb\u009Bc.csv");
        Files.writeString(odd, "{\"format\":\"amur-save\"}");
        assertThatThrownBy(() -> OutputTarget.parse(odd.toString()).check(false))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001B").doesNotContain("\u009B"));
    }
}
