package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saves written by format version 1, kept under src/test/resources/saves/v1, replayed on today's engine,
 * with the scenario files as they were when the saves were made (kept beside them, so editing a
 * shipped scenario does not disturb this test). Loading verifies every per-turn digest, so any change that alters an old game's
 * outcome fails here: such a change must come with a deliberate save-format (or scenario) version bump
 * and a migration, not with new pinned numbers.
 */
class GoldenSavesTest {
    private final SaveStore store = new SaveStore(Path.of("src/test/resources/saves/v1"),
            new ScenarioLoader(Path.of("src/test/resources/saves/v1/scenarios")), Clock.systemUTC());

    @ParameterizedTest
    @CsvSource({
        "baseline-seed-7.json, 8, true, -34.309803008799996, 8.683999999999985",
        "baseline-seed-2018.json, 8, true, -27.018204000000033, 11.834",
        "baseline-seed-424242.json, 5, false, -0.5035600000000127, 11.018000000000002"})
    void goldenSave_v1_replaysToTheRecordedGame(String file, int turn, boolean over, double ru, double cn)
            throws Exception {
        Path f = Path.of("src/test/resources/saves/v1", file);
        assertThat(Files.readString(f)).startsWith("{\n  \"format\" : \"amur-save\",\n  \"version\" : 1,");
        LoadedGame g = store.load(f);
        assertThat(g.warnings()).isEmpty();
        assertThat(g.session().rules()).as("a save without a rules field was played under rules 1")
                .isEqualTo(Rules.V1);
        assertThat(g.meta().facilitator()).as("a save without the optional facilitator field has none").isNull();
        assertThat(g.session().state().turn()).isEqualTo(turn);
        assertThat(g.session().state().isOver()).isEqualTo(over);
        assertThat(g.session().state().score(Side.MOSCOW)).isEqualTo(ru);
        assertThat(g.session().state().score(Side.BEIJING)).isEqualTo(cn);
    }
}
