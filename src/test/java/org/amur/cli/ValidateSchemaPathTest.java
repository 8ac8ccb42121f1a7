package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "Write your own scenario": keep "$schema" pointing at the format's schema, "relative to" the file when
 * it is elsewhere, so that editors check the file as it is typed. A path that leads nowhere loses that help
 * without a word from the editor; validate says so, at the line, as a warning.
 */
class ValidateSchemaPathTest {
    @TempDir
    Path dir;

    private String out;

    private int validate(Path f) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new String[] {"validate", f.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o + "" + e;
        return code;
    }

    private Path copy(Path folder, String schema) throws Exception {
        Files.createDirectories(folder);
        Path f = folder.resolve("baseline.json");
        Files.writeString(f, Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"$schema\": \"schema/scenario.schema.json\"", "\"$schema\": \"" + schema + "\""));
        return f;
    }

    @Test
    void aSchemaPathThatLeadsNowhere_isAWarningAtItsLine() throws Exception {
        Path f = copy(dir.resolve("mine"), "schemas/scenario.schema.json");
        assertThat(validate(f)).isZero();
        assertThat(out).contains(f + ":2:14: warning: $schema: \"schemas/scenario.schema.json\" is not a file "
                + "(looked for from this file's folder), so editors cannot check this scenario as you type; give "
                + "the path to scenarios/schema/scenario.schema.json relative to this file")
                .contains("0 errors, 1 warning in 1 file.").doesNotContain("Exception");
    }

    @Test
    void aSchemaPathThatLeadsToTheSchema_orAnAddress_isQuiet() throws Exception {
        Path here = copy(dir.resolve("a"), "schema/scenario.schema.json");
        Files.createDirectories(dir.resolve("a/schema"));
        Files.copy(Path.of("scenarios/schema/scenario.schema.json"), dir.resolve("a/schema/scenario.schema.json"));
        assertThat(validate(here)).isZero();
        assertThat(out).contains("0 errors, 0 warnings");
        Path up = copy(dir.resolve("a/deeper"), "../schema/scenario.schema.json");
        assertThat(validate(up)).isZero();
        assertThat(out).contains("0 errors, 0 warnings");
        Path web = copy(dir.resolve("b"), "https://example.org/scenario.schema.json");
        assertThat(validate(web)).isZero();
        assertThat(out).contains("0 errors, 0 warnings");
        assertThat(validate(Path.of("scenarios/baseline.json"))).isZero();
        assertThat(out).contains("0 errors, 0 warnings");
    }
}
