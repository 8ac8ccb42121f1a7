package org.amur.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.ai.RandomBot;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static LoadedScenario baseline() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/baseline.json"));
    }

    private static Session playOut(LoadedScenario sc, long seed) {
        Session s = Session.start(sc, seed);
        Match.of(s, new RandomBot(seed + 1), new RandomBot(seed + 2)).playOut();
        return s;
    }

    @Test
    void replay_ofTheActionLog_rebuildsTheSameGameAndHistory() throws Exception {
        LoadedScenario sc = baseline();
        for (long seed = 0; seed < 50; seed++) {
            Session played = playOut(sc, seed);
            Session again = Session.replay(sc, seed, played.actions());
            assertThat(again.state()).isEqualTo(played.state());
            assertThat(again.events()).isEqualTo(played.events());
            assertThat(again.history(Indicator.TRUST)).containsExactly(played.history(Indicator.TRUST));
        }
    }

    @Test
    void history_hasOneValuePerTurnStartPlusTheFinalState() throws Exception {
        Session s = playOut(baseline(), 3);
        int turns = s.state().turn();
        assertThat(s.resolvedTurns()).isEqualTo(turns);
        double[] trust = s.history(Indicator.TRUST);
        assertThat(trust).hasSize(turns + 1);
        assertThat(trust[0]).isEqualTo(s.stateAtTurnStart(1).get(Indicator.TRUST));
        assertThat(trust[turns]).isEqualTo(s.state().get(Indicator.TRUST));
    }

    @Test
    void eventsOfTurn_splitTheLogAtEachTurnStart() throws Exception {
        Session s = playOut(baseline(), 5);
        List<Event> all = new ArrayList<>();
        for (int t = 1; t <= s.resolvedTurns(); t++) {
            int n = t;
            List<Event> turn = s.eventsOfTurn(t);
            assertThat(turn).filteredOn(e -> e instanceof Event.ChoicesRevealed).hasSize(1);
            assertThat(turn).filteredOn(e -> e instanceof Event.TurnStarted ts && ts.turn() == n).hasSize(1);
            all.addAll(turn);
        }
        assertThat(all).isEqualTo(s.events());
    }

    @Test
    void withdrawnChoices_areKeptInTheLogAndReplay() throws Exception {
        LoadedScenario sc = baseline();
        Session s = Session.start(sc, 9);
        s.apply(new Action.Commit(Side.MOSCOW, Variant.ARMS_SU35));
        s.apply(new Action.Withdraw(Side.MOSCOW));
        s.apply(new Action.Commit(Side.MOSCOW, "arms.downgraded_export", "safer"));
        s.apply(new Action.Commit(Side.BEIJING, Variant.ARMS_DOWNGRADED_EXPORT));
        assertThat(s.actions()).hasSize(4);
        assertThat(Session.replay(sc, 9, s.actions()).state()).isEqualTo(s.state());
    }

    @Test
    void replay_ofAnIllegalLog_namesTheFirstRejectedAction() throws Exception {
        List<Action> log = List.of(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION),
                new Action.Commit(Side.MOSCOW, Variant.EX_TRAINING));
        assertThatThrownBy(() -> Session.replay(baseline(), 1, log))
                .isInstanceOfSatisfying(Session.ReplayException.class, e -> assertThat(e.index()).isEqualTo(1))
                .hasMessageContaining("already committed");
    }
}
