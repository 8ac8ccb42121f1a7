package org.amur.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amur.ai.RandomBot;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.save.LoadedGame;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;

/** Games for the report tests: the golden v1 saves (with their own scenario copy) and seeded bot games. */
final class Games {
    static final Path GOLDEN_SAVES = Path.of("src/test/resources/saves/v1");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    private Games() {
    }

    static SaveStore goldenStore() {
        return new SaveStore(GOLDEN_SAVES, new ScenarioLoader(GOLDEN_SAVES.resolve("scenarios")), CLOCK);
    }

    /** A golden save, loaded as the save tests load it. */
    static LoadedGame golden(String file) throws Exception {
        return goldenStore().load(GOLDEN_SAVES.resolve(file));
    }

    static LoadedScenario baseline() throws Exception {
        return ScenarioLoader.load(GOLDEN_SAVES.resolve("scenarios/baseline.json"));
    }

    /** A whole game between two seeded random bots. */
    static Session botGame(LoadedScenario sc, long seed) {
        return finishWithBots(Session.start(sc, seed));
    }

    /** Plays a game to its end with two random bots seeded from the game's seed. */
    static Session finishWithBots(Session s) {
        long seed = s.seed();
        RandomBot ru = new RandomBot(seed * 31 + 1);
        RandomBot cn = new RandomBot(seed * 31 + 2);
        while (!s.state().isOver()) {
            s.apply(new Action.Commit(Side.MOSCOW, ru.decide(s.engine().view(s.state(), Side.MOSCOW)).variant()));
            s.apply(new Action.Commit(Side.BEIJING, cn.decide(s.engine().view(s.state(), Side.BEIJING)).variant()));
        }
        return s;
    }
}
