package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Engine;
import org.amur.engine.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Same seed, same choices (and reasons); different seeds give some variety. */
class BotDeterminismTest {
    private static final Engine ENGINE = new Engine(Games.load(Path.of("scenarios/baseline.json")));

    static List<String> specs() {
        return Bots.specs().stream().filter(s -> !s.equals("mcts:normal") && !s.equals("mcts:hard")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void sameSeed_sameChoicesAndReasons(String spec) {
        for (long seed = 0; seed < (spec.startsWith("mcts") ? 3 : 40); seed++) {
            List<Games.Move> a = game(spec, seed, seed);
            List<Games.Move> b = game(spec, seed, seed);
            assertThat(b).as("%s, seed %d", spec, seed).isEqualTo(a);
        }
    }

    @Test
    void hardSearch_sameSeed_sameFirstChoice() {
        // One decision of the real hard budget, twice: no clock, no hidden shared state.
        var view = ENGINE.view(ENGINE.newGame(3).state(), Side.BEIJING);
        Bot.Decision first = Bots.create("mcts:hard", ENGINE, Side.BEIJING, 42).decide(view);
        Bot.Decision second = Bots.create("mcts:hard", ENGINE, Side.BEIJING, 42).decide(view);
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void differentBotSeeds_sameGameSeed_varyTheChoicesSometimes(String spec) {
        // The game's dice are fixed; only the bots' own seeds change.
        List<List<Games.Move>> games = new ArrayList<>();
        for (long botSeed = 0; botSeed < 12; botSeed++) {
            games.add(game(spec, 5, botSeed));
        }
        assertThat(games.stream().map(g -> g.stream().map(Games.Move::variant).toList()).distinct().count())
                .as("distinct choice sequences of %s over 12 bot seeds", spec).isGreaterThan(1);
    }

    private static List<Games.Move> game(String spec, long gameSeed, long botSeed) {
        Bot m = Bots.create(spec, ENGINE, Side.MOSCOW, botSeed);
        Bot b = Bots.create(spec, ENGINE, Side.BEIJING, botSeed + 1000);
        return Games.play(ENGINE, gameSeed, m, b, null);
    }
}
