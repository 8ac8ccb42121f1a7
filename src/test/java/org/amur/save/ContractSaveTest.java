package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amur.engine.Action;
import org.amur.engine.Contract;
import org.amur.engine.CopyClass;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.engine.StateDigest;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules 3 and 4: a game saved while contracts are still delivering loads to the same contracts and plays on alike. */
class ContractSaveTest {
    @TempDir
    Path tmp;
    SaveStore store;
    LoadedScenario baseline;

    @BeforeEach
    void setUp() throws Exception {
        Path scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.copy(Path.of("scenarios/baseline.json"), scenarios.resolve("baseline.json"));
        store = new SaveStore(tmp.resolve("saves"), new ScenarioLoader(scenarios),
                Clock.fixed(Instant.parse("2026-12-05T17:00:00Z"), ZoneOffset.UTC));
        baseline = new ScenarioLoader(scenarios).resolve("baseline");
    }

    private static void turn(Session s, String moscow, String beijing) {
        s.apply(new Action.Commit(Side.MOSCOW, moscow, ""));
        s.apply(new Action.Commit(Side.BEIJING, beijing, ""));
    }

    @Test
    void saveAndLoad_midContract_keepsContractsAndCopyClasses_andTheGamePlaysOnBitForBit() throws Exception {
        Session s = Session.start(baseline, 21, Rules.V4);
        turn(s, "arms.su35", "arms.su35");
        turn(s, "arms.s400", "arms.s400");
        // the baseline's S-400 and Su-35 contracts of 2014-2015, then the game's repeats
        assertThat(s.state().contracts()).extracting(Contract::family).containsExactly("s400", "su35", "su35", "s400");
        assertThat(s.state().activeContracts()).isNotEmpty();
        Path f = store.save(s, "mid contract", new SaveMeta("human", "human"));
        String text = Files.readString(f);
        assertThat(text).contains("\"rules\" : 4,");
        // the file keeps choices and digests, never Beijing's copy classes in the clear
        for (CopyClass c : CopyClass.values()) {
            assertThat(text).doesNotContain("\"" + c.id() + "\"");
        }
        LoadedGame g = store.load(f);
        Session loaded = g.session();
        assertThat(loaded.state()).isEqualTo(s.state());
        assertThat(loaded.state().contracts()).isEqualTo(s.state().contracts());
        assertThat(loaded.state().copyProgress()).isEqualTo(s.state().copyProgress());
        assertThat(StateDigest.of(loaded.state())).isEqualTo(StateDigest.of(s.state()));
        for (int t = 0; t < 3 && !s.state().isOver(); t++) {
            turn(s, "exercise.peace_mission", "exercise.peace_mission");
            turn(loaded, "exercise.peace_mission", "exercise.peace_mission");
            assertThat(StateDigest.of(loaded.state())).isEqualTo(StateDigest.of(s.state()));
        }
        assertThat(loaded.state().contracts()).isEqualTo(s.state().contracts());
        assertThat(s.state().contracts().get(2).delivered()).isPositive();
    }
}
