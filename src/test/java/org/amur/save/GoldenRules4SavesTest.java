package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Games saved by the release that made rules 3 the rules of new games (main at 6a93b61), kept under
 * src/test/resources/saves/r4. They carry their scenarios, so they load with an empty scenario folder;
 * loading verifies every per-turn digest, so a change that alters a rules-3 game fails here. Changes to
 * the model after that release go into {@link Rules#V4} and later, never into rules 3.
 *
 * <p>The games: Taiwan Strait, Historian against {@code mcts:easy} (an S-400 sale, a treaty signed in
 * turn 5); the baseline, Hawk against Historian (a matched S-400 contract and its tranches); the
 * sanctions squeeze, Mercantilist against Hedger (reverse deals, Su-35 and S-400 offers, denied systems).
 */
class GoldenRules4SavesTest {

    @ParameterizedTest
    @CsvSource({
        "rules4-taiwan-strait-11.json, 6, -30.8363725, -11.950002628906258",
        "rules4-baseline-7.json, 8, -27.140799145000024, 10.620569699999987",
        "rules4-sanctions-squeeze-5.json, 6, -26.749395000000007, 55.732"})
    void rules4Save_replaysBitForBitUnderRules4(String file, int turn, double ru, double cn, @TempDir Path empty)
            throws Exception {
        Path f = Path.of("src/test/resources/saves/r4", file);
        assertThat(Files.readString(f)).contains("\"rules\" : 4");
        SaveStore store = new SaveStore(Path.of("src/test/resources/saves/r4"), new ScenarioLoader(empty),
                Clock.systemUTC());
        LoadedGame g = store.load(f);
        assertThat(g.warnings()).isEmpty();
        assertThat(g.session().rules()).isEqualTo(Rules.V4);
        assertThat(g.session().state().turn()).isEqualTo(turn);
        assertThat(g.session().state().isOver()).isTrue();
        assertThat(g.session().state().score(Side.MOSCOW)).isEqualTo(ru);
        assertThat(g.session().state().score(Side.BEIJING)).isEqualTo(cn);
    }
}
