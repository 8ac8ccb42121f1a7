package org.amur.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(10)
    void read_fifo_isRefusedBeforeOpening() {
        Path fifo = dir.resolve("f.json");
        assumeTrue(SpecialFiles.fifo(fifo));
        assertThatThrownBy(() -> InputFile.read(fifo, 1024, "a scenario")).isInstanceOf(FileRefused.class)
                .hasMessage(fifo + " is not a regular file (it is a device, a pipe or a socket), so Amur does not read it.");
    }

    @Test
    @Timeout(10)
    void read_devZero_isRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> InputFile.read(zero, 1024, "a save")).hasMessageContaining("is not a regular file");
    }

    @Test
    void read_folderLoopDanglingAndMissing() throws Exception {
        assertThatThrownBy(() -> InputFile.read(dir, 10, "a save")).hasMessage(dir + " is a folder, not a file.");
        Path loop = SpecialFiles.loop(dir, "loop.json");
        assertThatThrownBy(() -> InputFile.read(loop, 10, "a save"))
                .hasMessage(loop + " is a symbolic link that leads nowhere (a loop or a missing target).");
        Path dangling = dir.resolve("dangling.json");
        Files.createSymbolicLink(dangling, dir.resolve("gone.json"));
        assertThatThrownBy(() -> InputFile.read(dangling, 10, "a save")).hasMessageContaining("leads nowhere");
        assertThatThrownBy(() -> InputFile.read(dir.resolve("none.json"), 10, "a save"))
                .hasMessage("There is no file " + dir.resolve("none.json") + ".");
    }

    @Test
    void read_overTheLimit_isRefusedWithTheLimitSaidOnce() throws Exception {
        Path f = dir.resolve("big.json");
        Files.write(f, new byte[2 * 1024 * 1024 + 1]);
        assertThatThrownBy(() -> InputFile.read(f, 2 * 1024 * 1024, "a scenario"))
                .hasMessage(f + " is larger than 2 MiB, the most a scenario may be.");
        assertThat(InputFile.read(f, 3 * 1024 * 1024, "a scenario")).hasSize(2 * 1024 * 1024 + 1);
    }

    @Test
    void path_withNul_isOneSentence() {
        assertThatThrownBy(() -> InputFile.path("a\u0000b")).hasMessage("'a\uFFFDb' is not a usable file name here.");
    }

    @Test
    void terminal_safe_replacesEveryKindOfUnsafeCharacter() {
        assertThat(Terminal.safe("a\u001B[2Jb\u0007c\u009Bd\u202Ee\u200Bf\nok")).isEqualTo(
                "a\uFFFD[2Jb\uFFFDc\uFFFDd\uFFFDe\uFFFDf ok");
        assertThat(Terminal.safeLines("one\r\ntwo")).isEqualTo("one\ntwo");
    }
}
