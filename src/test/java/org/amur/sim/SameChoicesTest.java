package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Match;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

/**
 * {@code simulate} and {@code tournament} play through the one match loop, so the same game with the
 * same bots makes the same choices in both, and the search bot hears what its seat was shown in both
 * (before the match loop, {@code simulate}'s bots were never told anything).
 */
class SameChoicesTest {
    private static final String BOT = "mcts:normal";

    @Test
    void simulateAndTournament_withTheSearchBot_makeIdenticalChoicesInTheSameGames() throws Exception {
        Scenario baseline = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        Engine engine = new Engine(baseline);
        Simulator simulate = new Simulator(new SimConfig(baseline, 1, 1, PolicySpec.parse(BOT, baseline),
                PolicySpec.parse(BOT, baseline), 1));
        boolean memoryMattered = false;
        for (int g = 0; g < 2; g++) {
            long seed = Tournament.gameSeed(5, 0, g);
            Session viaTournament = Tournament.game(engine, seed, BOT, BOT);
            Session viaSimulate = simulate.playGame(seed, Match.botSeed(seed, Side.MOSCOW, 1),
                    Match.botSeed(seed, Side.BEIJING, 1));
            assertThat(viaSimulate.actions()).as("game %d", g).isEqualTo(viaTournament.actions());
            assertThat(viaSimulate.actions()).hasSizeGreaterThanOrEqualTo(2);
            memoryMattered |= !variants(deaf(engine, seed)).equals(variants(viaTournament.actions()));
        }
        // The test can fail: bots that hear nothing (the old simulate) choose differently.
        assertThat(memoryMattered).as("a search bot that observes nothing plays some other move").isTrue();
    }

    /** The old simulate loop: the same bots, never told what happened. */
    private static List<Action> deaf(Engine engine, long seed) {
        Bot moscow = Bots.create(BOT, engine, Side.MOSCOW, Match.botSeed(seed, Side.MOSCOW, 1));
        Bot beijing = Bots.create(BOT, engine, Side.BEIJING, Match.botSeed(seed, Side.BEIJING, 1));
        List<Action> out = new ArrayList<>();
        GameState s = engine.newGame(seed).state();
        while (!s.isOver()) {
            Bot.Decision dm = moscow.decide(engine.view(s, Side.MOSCOW));
            Bot.Decision db = beijing.decide(engine.view(s, Side.BEIJING));
            for (Action a : List.of(new Action.Commit(Side.MOSCOW, dm.variant().id(), reason(dm)),
                    new Action.Commit(Side.BEIJING, db.variant().id(), reason(db)))) {
                Step step = engine.apply(s, a);
                s = step.stateOrThrow();
                out.add(a);
            }
        }
        return out;
    }

    private static List<String> variants(List<Action> actions) {
        return actions.stream().map(a -> ((Action.Commit) a).variantId()).toList();
    }

    private static String reason(Bot.Decision d) {
        String r = org.amur.scenario.TextRules.sanitize(d.reason(), false);
        return r.length() > Engine.MAX_RATIONALE ? r.substring(0, Engine.MAX_RATIONALE) : r;
    }
}
