package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Match;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

/** A warm-up running beside a game changes none of its choices, and ends by itself. */
class WarmupTest {

    private static List<Action> play(LoadedScenario sc, long seed) {
        Session s = Session.start(sc, seed);
        Match.of(s, Bots.create("historian", s.engine(), Side.MOSCOW, 3),
                Bots.create("mcts:easy", s.engine(), Side.BEIJING, 4)).playOut();
        return s.actions();
    }

    @Test
    void warmup_runningBesideAGame_sameChoicesAndEndsByItself() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
        List<Action> alone = play(sc, 21);
        Session opening = Session.start(sc, 21);
        Warmup w = Warmup.start(opening.engine(), opening.state(), Side.BEIJING);
        List<Action> beside = play(sc, 21);
        assertThat(w.join(120_000)).as("the warm-up ends after its bounded rounds").isTrue();
        assertThat(w.rounds()).isEqualTo(Warmup.ROUNDS);
        assertThat(new ArrayList<>(beside)).isEqualTo(alone);
    }

    @Test
    void warmup_stopped_endsAfterItsCurrentSearch() throws Exception {
        LoadedScenario sc = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
        Session opening = Session.start(sc, 5);
        Warmup w = Warmup.start(opening.engine(), opening.state(), Side.MOSCOW);
        w.stop();
        assertThat(w.join(120_000)).isTrue();
        assertThat(w.rounds()).isLessThanOrEqualTo(1);
    }
}
