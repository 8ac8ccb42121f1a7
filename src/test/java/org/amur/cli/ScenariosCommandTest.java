package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 13: {@code amur scenarios} without a scenarios folder, or with an empty one, says so. */
class ScenariosCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final String home = System.getProperty("amur.home");

    @TempDir
    Path dir;

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty("amur.home");
        } else {
            System.setProperty("amur.home", home);
        }
    }

    private int run(Path amurHome) {
        System.setProperty("amur.home", amurHome.toString());
        return Main.run(new String[] {"scenarios"}, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void scenarios_withNoFolder_exitsOneWithOneSentence_andNoHeader() {
        assertThat(run(dir)).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("There is no scenarios folder at " + dir.resolve("scenarios")
                + "; reinstall Amur or run it from the folder that holds scenarios/.");
    }

    @Test
    void scenarios_withAnEmptyFolder_saysItHoldsNone_andExitsOne() throws Exception {
        Files.createDirectory(dir.resolve("scenarios"));
        assertThat(run(dir)).isEqualTo(1);
        assertThat(out.toString().strip()).isEqualTo("The folder " + dir.resolve("scenarios")
                + " holds no scenario files (*.json); copy one from the game's scenarios/ folder to start.");
    }

    @Test
    void scenarios_withTheShippedFolder_listsThem_andABrokenFileIsCounted() throws Exception {
        Path s = Files.createDirectory(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios", "baseline.json"), s.resolve("baseline.json"));
        Files.writeString(s.resolve("broken.json"), "{");
        assertThat(run(dir)).isZero();
        assertThat(out.toString()).startsWith("Scenarios in " + s + ":").contains("baseline")
                .contains("1 file could not be loaded; see: amur validate FILE");
    }
}
