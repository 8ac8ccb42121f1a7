package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of one fixed game (golden save v1/baseline-seed-2018.json, replayed with its own scenario
 * copy) must match the files under src/test/resources/report/ exactly, byte for byte, in every format.
 * Any change to the report's wording, layout, numbers, or to the model text or engine results it shows,
 * fails here.
 *
 * <p>Updating the golden files must be a deliberate act: run this test once with
 * {@code -Damur.report.updateGoldens=true} (it rewrites the files and still fails), read the diff, and
 * commit the new files only if every change is intended. Never update them to make a failure go away.
 */
class ReportGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/report");
    private static final String SAVE = "baseline-seed-2018.json";

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void render_goldenSave_matchesTheCommittedFileExactly(ReportFormat format) throws Exception {
        GameReport report = ReportBuilder.build(Games.golden(SAVE), SAVE);
        String actual = format.render(report);
        Path golden = DIR.resolve("baseline-seed-2018" + format.extension());
        if (Boolean.getBoolean("amur.report.updateGoldens")) {
            Files.createDirectories(DIR);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("rewrote " + golden + "; review the diff before committing it");
        }
        assertThat(Files.exists(golden)).as(golden + " exists").isTrue();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertThat(actual).as("report differs from " + golden + " (see the class comment before updating it)")
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void render_sameSaveTwice_isByteForByteTheSame(ReportFormat format) throws Exception {
        String first = format.render(ReportBuilder.build(Games.golden(SAVE), SAVE));
        String second = format.render(ReportBuilder.build(Games.golden(SAVE), SAVE));
        assertThat(second).isEqualTo(first);
    }
}
