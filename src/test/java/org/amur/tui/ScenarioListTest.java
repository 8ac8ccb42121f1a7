package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Scenarios screen's list: a file that cannot be used says why, in words counted as words are. */
class ScenarioListTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenFile_saysHowManyErrors_withoutAnErrorSuffix() throws Exception {
        Files.writeString(dir.resolve("cut.json"), "{\"id\": \"cut\", \"title\": \"x\",");
        List<ScenarioList.Entry> list = ScenarioList.read(new ScenarioLoader(dir));
        assertThat(list).hasSize(1);
        // it read "has 1 error(s), first: ..."
        assertThat(list.get(0).problem()).startsWith("has 1 error, first: ").doesNotContain("(s)");
    }
}
