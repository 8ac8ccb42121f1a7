package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario states a par, and recomputing it with the stored batch (Historian against
 * Historian, the stored games and seed) under the current rules gives the stored numbers. When the
 * model changes, recompute with {@code ./amur balance --par --write-par} and review the diff.
 */
class ParTest {

    static Stream<Path> scenarios() throws Exception {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void par_recomputed_equalsTheStoredPar(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file).scenario();
        Scenario.Par stored = s.par();
        assertThat(stored.stated()).as(file + " states a par").isTrue();
        assertThat(stored.rules()).as("par computed under the current rules").isEqualTo(Rules.CURRENT.version());
        Scenario.Par again = Balance.par(s, stored.games(), stored.seed(), Rules.CURRENT, 2);
        assertThat(again).isEqualTo(stored);
        assertThat(Files.readString(file)).contains(Balance.parCommand(s, stored));
    }
}
