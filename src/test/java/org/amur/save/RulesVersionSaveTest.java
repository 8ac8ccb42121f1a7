package org.amur.save;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amur.engine.Action;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.engine.StateDigest;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves record the rules version their game is played under, and replay under it. */
class RulesVersionSaveTest {
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
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
        baseline = new ScenarioLoader(scenarios).resolve("baseline");
    }

    /** Both sides buy Chinese space electronics every turn, for {@code turns} turns. */
    private static Session reverseEveryTurn(Session s, int turns) {
        for (int t = 0; t < turns && !s.state().isOver(); t++) {
            s.apply(new Action.Commit(Side.MOSCOW, "reverse.space_electronics", ""));
            s.apply(new Action.Commit(Side.BEIJING, "reverse.space_electronics", ""));
        }
        return s;
    }

    @Test
    void newGame_savedAndLoaded_recordsTheCurrentRulesAndReplaysToTheSameState() throws Exception {
        Session s = reverseEveryTurn(Session.start(baseline, 11), 4);
        assertThat(s.rules()).isEqualTo(Rules.CURRENT).isEqualTo(Rules.V5);
        assertThat(s.state().reverseDeals()).as("rules 5 counts the deals delivered").isEqualTo(4);
        Path f = store.save(s, "rules five", new SaveMeta("human", "human"));
        assertThat(Files.readString(f)).contains("\"rules\" : 5,");
        LoadedGame g = store.load(f);
        assertThat(g.session().rules()).isEqualTo(Rules.V5);
        assertThat(g.session().state()).isEqualTo(s.state());
        assertThat(StateDigest.of(g.session().state())).isEqualTo(StateDigest.of(s.state()));
    }

    @Test
    void rules1Game_savedToday_recordsRules1AndReplaysUnderIt_notUnderRules2() throws Exception {
        Session old = reverseEveryTurn(Session.start(baseline, 11, Rules.V1), 4);
        assertThat(old.state().reverseDeals()).as("rules 1 keeps no count").isZero();
        Path f = store.save(old, "rules one", new SaveMeta("human", "human"));
        assertThat(Files.readString(f)).contains("\"rules\" : 1,");
        LoadedGame g = store.load(f);
        assertThat(g.session().rules()).isEqualTo(Rules.V1);
        assertThat(g.session().state()).isEqualTo(old.state());
        Session underV2 = reverseEveryTurn(Session.start(baseline, 11, Rules.V2), 4);
        assertThat(underV2.state().score(Side.MOSCOW)).as("the version really changes the game")
                .isNotEqualTo(old.state().score(Side.MOSCOW));
    }

    @Test
    void rules2Game_savedToday_recordsRules2AndReplaysUnderIt_notUnderRules3() throws Exception {
        Session old = reverseEveryTurn(Session.start(baseline, 11, Rules.V2), 4);
        Path f = store.save(old, "rules two", new SaveMeta("human", "human"));
        assertThat(Files.readString(f)).contains("\"rules\" : 2,");
        LoadedGame g = store.load(f);
        assertThat(g.session().rules()).isEqualTo(Rules.V2);
        assertThat(g.session().state()).isEqualTo(old.state());
        assertThat(StateDigest.of(g.session().state())).isEqualTo(StateDigest.of(old.state()));
        Session underV3 = reverseEveryTurn(Session.start(baseline, 11, Rules.V3), 4);
        assertThat(StateDigest.of(underV3.state())).as("the version really changes the game")
                .isNotEqualTo(StateDigest.of(old.state()));
    }

    @Test
    void saveWithoutRulesField_isRules1() throws Exception {
        Session old = reverseEveryTurn(Session.start(baseline, 5, Rules.V1), 3);
        Path f = store.save(old, "no field", new SaveMeta("human", "human"));
        Files.writeString(f, Files.readString(f).replace("  \"rules\" : 1,\n", ""));
        assertThat(Files.readString(f)).doesNotContain("\"rules\"");
        LoadedGame g = store.load(f);
        assertThat(g.session().rules()).isEqualTo(Rules.V1);
        assertThat(g.session().state()).isEqualTo(old.state());
    }

    @Test
    void unknownFutureRulesVersion_isRefusedInOneSentence_andTheFileIsKept() throws Exception {
        Session s = reverseEveryTurn(Session.start(baseline, 5), 2);
        Path f = store.save(s, "future", new SaveMeta("human", "human"));
        Files.writeString(f, Files.readString(f).replace("\"rules\" : 5,", "\"rules\" : 9,"));
        byte[] before = Files.readAllBytes(f);
        SaveException e = org.junit.jupiter.api.Assertions.assertThrows(SaveException.class, () -> store.load(f));
        assertThat(e.kind()).isEqualTo(SaveException.Kind.NEWER_VERSION);
        assertThat(e.getMessage()).isEqualTo("future.json was played under rules version 9, newer than this Amur "
                + "knows (up to 5); update Amur to open it.");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        Files.writeString(f, Files.readString(f).replace("\"rules\" : 9,", "\"rules\" : \"two\","));
        SaveException bad = org.junit.jupiter.api.Assertions.assertThrows(SaveException.class, () -> store.load(f));
        assertThat(bad.kind()).isEqualTo(SaveException.Kind.DAMAGED);
        assertThat(bad.getMessage()).doesNotContain("\n").endsWith(".");
    }

    @Test
    void branch_keepsItsParentsRules() throws Exception {
        Session old = reverseEveryTurn(Session.start(baseline, 8, Rules.V1), 4);
        Session branch = old.branchAt(3);
        assertThat(branch.rules()).isEqualTo(Rules.V1);
        assertThat(branch.state()).isEqualTo(old.stateAtTurnStart(3));
        Session branched = store.load(store.save(branch, "what if", new SaveMeta("human", "human")
                .branchedFrom("rules one", 3))).session();
        assertThat(branched.rules()).isEqualTo(Rules.V1);
    }
}
