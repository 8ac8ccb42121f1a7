package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bot cannot see what it must not: the other side's pending choice, the game's random generator, or
 * a hidden indicator. The same bot (same seed, same history) facing the same position decides the
 * same whatever those are.
 */
class BotInformationTest {
    private static final Engine ENGINE = new Engine(Games.load(Path.of("scenarios/baseline.json")));

    static List<String> specs() {
        List<String> out = new ArrayList<>(Bots.specs());
        out.remove("mcts:normal");
        out.remove("mcts:hard");
        return out;
    }

    /** Positions from random games, at various turns. */
    private static List<GameState> positions(int n) {
        List<GameState> out = new ArrayList<>();
        for (long seed = 0; out.size() < n; seed++) {
            List<GameState> states = new ArrayList<>();
            Games.play(ENGINE, seed, Bots.create("random", ENGINE, Side.MOSCOW, seed),
                    Bots.create("random", ENGINE, Side.BEIJING, seed + 1), states);
            for (GameState s : states) {
                if (!s.isOver() && out.size() < n) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void decision_doesNotDependOnTheOtherSidesPendingChoice(String spec) {
        int compared = 0;
        for (GameState s : positions(spec.startsWith("mcts") ? 12 : 120)) {
            for (Side seat : Side.values()) {
                List<Variant> theirs = ENGINE.legalChoices(s, seat.other());
                Variant x = theirs.get(0);
                Variant y = theirs.get(theirs.size() - 1);
                GameState withX = ENGINE.apply(s, new Action.Commit(seat.other(), x.id(), "x")).stateOrThrow();
                GameState withY = ENGINE.apply(s, new Action.Commit(seat.other(), y.id(), "a different plan")).stateOrThrow();
                long seed = compared * 17L;
                Bot.Decision a = Bots.create(spec, ENGINE, seat, seed).decide(ENGINE.view(withX, seat));
                Bot.Decision b = Bots.create(spec, ENGINE, seat, seed).decide(ENGINE.view(withY, seat));
                assertThat(b).as("%s as %s, turn %d, other side committed %s vs %s", spec, seat, s.turn(),
                        x.id(), y.id()).isEqualTo(a);
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void decision_doesNotDependOnTheGamesGeneratorOrMoscowHiddenCopyProgress(String spec) {
        for (GameState s : positions(spec.startsWith("mcts") ? 8 : 60)) {
            GameState otherDice = new GameState(s.turn(), s.year(), s.values(), null, null, ~s.rng() * 31,
                    s.cards(), s.spentCards(), s.overdue(), null, s.reverseDeals(), s.contracts(), s.copyProgress());
            // Beijing's secret, the copy progress and (rules 3) its classes, set to something else
            java.util.Map<org.amur.engine.CopyClass, Double> copy = new java.util.EnumMap<>(
                    org.amur.engine.CopyClass.class);
            s.copyProgress().forEach((c, x) -> copy.put(c, 100 - x));
            GameState otherCopy = new GameState(s.turn(), s.year(),
                    s.values().with(Indicator.CN_COPY_PROGRESS, 100 - s.get(Indicator.CN_COPY_PROGRESS)), null, null,
                    s.rng(), s.cards(), s.spentCards(), s.overdue(), null, s.reverseDeals(), s.contracts(), copy);
            for (Side seat : Side.values()) {
                Bot.Decision a = Bots.create(spec, ENGINE, seat, 9).decide(ENGINE.view(s, seat));
                Bot.Decision b = Bots.create(spec, ENGINE, seat, 9).decide(ENGINE.view(otherDice, seat));
                assertThat(b).as("%s as %s: the game's generator changed", spec, seat).isEqualTo(a);
            }
            Bot.Decision a = Bots.create(spec, ENGINE, Side.MOSCOW, 9).decide(ENGINE.view(s, Side.MOSCOW));
            Bot.Decision b = Bots.create(spec, ENGINE, Side.MOSCOW, 9).decide(ENGINE.view(otherCopy, Side.MOSCOW));
            assertThat(b).as("%s as Moscow: Beijing's secret copy progress changed", spec).isEqualTo(a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void policiesAndSearch_neverReadAnIndicatorHiddenFromTheirSeat(String spec) {
        // Situation throws on a hidden read; a whole game per spec with Moscow bots exercises every rule.
        for (long seed = 0; seed < (spec.startsWith("mcts") ? 2 : 30); seed++) {
            Games.play(ENGINE, seed, Bots.create(spec, ENGINE, Side.MOSCOW, seed),
                    Bots.create("random", ENGINE, Side.BEIJING, seed), null);
        }
        GameState s = ENGINE.newGame(1).state();
        Situation moscow = Situation.of(ENGINE.view(s, Side.MOSCOW), ENGINE.scenario());
        assertThatThrownBy(() -> moscow.get(Indicator.CN_COPY_PROGRESS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hidden from Moscow");
        Situation beijing = Situation.of(ENGINE.view(s, Side.BEIJING), ENGINE.scenario());
        assertThat(beijing.get(Indicator.CN_COPY_PROGRESS)).isEqualTo(s.get(Indicator.CN_COPY_PROGRESS));
    }
}
