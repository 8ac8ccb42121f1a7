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
 * Games saved by the releases that made each rules version the rules of new games, kept under
 * src/test/resources/saves/rN: rules 3 from main at 6a93b61, rules 4 from main at 77c0ce6 (the last build with
 * rules 4 current, with {@code ./amur play --plain}), rules 5 from main at 97f47ea (the last build with rules 5
 * current, {@code ./amur play --plain --patient-bots}). They carry their scenarios, so they load with an empty
 * scenario folder; loading verifies every per-turn digest, so a change that alters a game of that version fails
 * here. Changes to the model after a release go into a newer version, never into the frozen ones.
 *
 * <p>Rules 3: Taiwan Strait, Historian against {@code mcts:easy} (an S-400 sale, a treaty signed in turn 5); the
 * baseline, Hawk against Historian (a matched S-400 contract and its tranches); the sanctions squeeze,
 * Mercantilist against Hedger (reverse deals, Su-35 and S-400 offers, denied systems). Rules 4: Taiwan Strait seed
 * 11, Historian against {@code mcts:easy} (both sign the treaty at war risk 47, the moment rules 5 changes); the
 * baseline seed 7, Hawk against Historian; the sanctions squeeze seed 5, Mercantilist against Hedger. Rules 5: the
 * same three games (Taiwan seed 11 now has Beijing, {@code mcts:easy}, holding crisis talks alone in turns 2 and 3,
 * the moment rules 6 changes), and the Baltic standoff seed 3, Historian against Hedger (Moscow's crisis talks alone
 * in turn 2, preparations proposed alone in turn 4).
 */
class GoldenRulesSavesTest {

    @ParameterizedTest(name = "rules {0}: {1}")
    @CsvSource({
        "3, rules3-taiwan-strait-11.json, 6, -45.88244999999996, -5.609784035156238",
        "3, rules3-baseline-7.json, 8, -27.140799145000024, 10.620569699999987",
        "3, rules3-sanctions-squeeze-5.json, 6, -18.513029000000003, 47.519999999999996",
        "4, rules4-taiwan-strait-11.json, 6, -30.8363725, -11.950002628906258",
        "4, rules4-baseline-7.json, 8, -27.140799145000024, 10.620569699999987",
        "4, rules4-sanctions-squeeze-5.json, 6, -26.749395000000007, 55.732",
        "5, rules5-taiwan-strait-11.json, 6, -19.32741249999998, -10.515002628906261",
        "5, rules5-baseline-7.json, 8, -27.140799145000024, 10.620569699999987",
        "5, rules5-sanctions-squeeze-5.json, 6, -26.749395000000007, 55.732",
        "5, rules5-baltic-standoff-3.json, 6, -16.057165288125006, 36.06400000000001"})
    void save_replaysBitForBitUnderItsRules(int rules, String file, int turn, double ru, double cn,
            @TempDir Path empty) throws Exception {
        Path dir = Path.of("src/test/resources/saves/r" + rules);
        Path f = dir.resolve(file);
        assertThat(Files.readString(f)).contains("\"rules\" : " + rules);
        SaveStore store = new SaveStore(dir, new ScenarioLoader(empty), Clock.systemUTC());
        LoadedGame g = store.load(f);
        assertThat(g.warnings()).isEmpty();
        assertThat(g.session().rules()).isEqualTo(Rules.of(rules).orElseThrow());
        assertThat(g.session().state().turn()).isEqualTo(turn);
        assertThat(g.session().state().isOver()).isTrue();
        assertThat(g.session().state().score(Side.MOSCOW)).isEqualTo(ru);
        assertThat(g.session().state().score(Side.BEIJING)).isEqualTo(cn);
    }
}
