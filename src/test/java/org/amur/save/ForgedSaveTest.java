package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amur.files.SpecialFiles;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every field of a save is checked before use: ids are never paths, names are player text, files are regular. */
class ForgedSaveTest {
    private static final Path GOLDEN = Path.of("src/test/resources/saves/v1/baseline-seed-2018.json");

    @TempDir
    Path dir;

    private SaveStore store() {
        return new SaveStore(dir, new ScenarioLoader(Path.of("scenarios")),
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    }

    private Path forged(String from, String to) throws Exception {
        String text = Files.readString(GOLDEN);
        assertThat(text).contains(from);
        Path p = dir.resolve("forged.json");
        Files.writeString(p, text.replace(from, to));
        return p;
    }

    @Test
    @Timeout(10)
    void load_scenarioIdThatIsAPath_isRefusedAsAnId() throws Exception {
        for (String id : new String[] {"/dev/zero", "../scenarios/baseline", "baseline.json", "a\\u0000b", "BASE"}) {
            Path p = forged("\"id\" : \"baseline\"", "\"id\" : \"" + id + "\"");
            assertThatThrownBy(() -> store().load(p, true)).isInstanceOf(SaveException.class)
                    .hasMessageContaining("is not a scenario id").hasMessageNotContaining("\u0000");
        }
    }

    @Test
    void load_seatNameWithControlCharacters_isRefused() throws Exception {
        for (String name : new String[] {"\\u001B]0;pwned\\u0007", "a\\u009Bb", "evil\\u202Egnp", "zero\\u200Bwidth"}) {
            Path p = forged("\"moscow\" : \"human\"", "\"moscow\" : \"" + name + "\"");
            assertThatThrownBy(() -> store().load(p, true)).hasMessageContaining("seats.moscow is not a seat");
        }
    }

    @Test
    void load_seatRefusal_namesOnlySeatsThatExist() throws Exception {
        Path p = forged("\"moscow\" : \"human\"", "\"moscow\" : \"a b\"");
        assertThatThrownBy(() -> store().load(p, true)).satisfies(e -> {
            // the examples after "such as" are seats a player can type (it named mcts:strong, which no command takes)
            String examples = e.getMessage().substring(e.getMessage().indexOf("such as") + "such as".length());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z]+(:[a-z]+)?").matcher(examples);
            int n = 0;
            while (m.find()) {
                if (!m.group().equals("or")) {
                    assertThat(org.amur.ai.Bots.specs()).as("a bot the message names").contains(m.group());
                    n++;
                }
            }
            assertThat(n).isPositive();
        });
    }

    @Test
    void load_seatThatIsNotASeatName_isRefused() throws Exception {
        // printable, but no seat: it would reach the report's command line and fenced code blocks
        for (String name : new String[] {"historian```</code><script>", "random --force", "'; rm -rf ~", ""}) {
            Path p = forged("\"moscow\" : \"human\"", "\"moscow\" : \"" + name + "\"");
            assertThatThrownBy(() -> store().load(p, true)).hasMessageContaining("seats.moscow is not a seat");
        }
    }

    @Test
    @Timeout(10)
    void load_fifoDeviceAndLoop_areRefusedInOneSentence() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        if (SpecialFiles.fifo(fifo)) {
            assertThatThrownBy(() -> store().load(fifo)).hasMessageContaining("is not a regular file");
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThatThrownBy(() -> store().load(Path.of("/dev/zero"))).hasMessageContaining("is not a regular file");
        }
        Path loop = SpecialFiles.loop(dir, "loop.json");
        assertThatThrownBy(() -> store().load(loop)).hasMessageContaining("leads nowhere");
        assertThat(store().list()).isEmpty();
    }

    @Test
    void load_saveBetweenTwoAndEightMebibytes_isNotCalledIncompleteJson() throws Exception {
        // a valid save padded with spaces to 3 MiB: the parser's limit is the store's
        String text = Files.readString(GOLDEN);
        Path p = dir.resolve("big.json");
        Files.writeString(p, text + " ".repeat(3 * 1024 * 1024));
        assertThat(store().load(p, true).session().resolvedTurns()).isPositive();
        Files.writeString(p, text + " ".repeat(9 * 1024 * 1024));
        assertThatThrownBy(() -> store().load(p, true)).hasMessage(p + " is larger than 8 MiB, the most a save may be.");
    }
}
