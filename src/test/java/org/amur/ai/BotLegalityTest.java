package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amur.engine.Engine;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bot, over thousands of seeded games in every scenario file (and in stressed variants of each,
 * where crises, invocations, wars and ruptures happen), only ever picks a legal choice, and explains
 * it in one readable line that fits the engine's rationale limit.
 */
class BotLegalityTest {

    private static final List<String> FAST = List.of("random", "historian", "hawk", "hedger", "mercantilist");
    /** Games per pairing of fast bots per scenario: 25 pairings x 80 = 2,000 games. */
    private static final int GAMES = 80;
    /** Stressed variants per scenario, and games per pairing on each: 8 x 25 x 6 = 1,200 games. */
    private static final int STRESS_VARIANTS = 8;
    private static final int STRESS_GAMES = 6;

    static java.util.stream.Stream<Path> scenarioFiles() throws java.io.IOException {
        return Games.scenarioFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void heuristicBots_thousandsOfGames_onlyLegalChoicesWithReadableReasons(Path file) {
        Scenario scenario = Games.load(file);
        Tally t = new Tally();
        playAll(new Engine(scenario), GAMES, 1, t);
        for (int k = 0; k < STRESS_VARIANTS; k++) {
            playAll(new Engine(Games.stressed(scenario, 100 + k, 16)), STRESS_GAMES, 1000L * (k + 1), t);
        }
        assertThat(t.games).isEqualTo(25 * GAMES + STRESS_VARIANTS * 25 * STRESS_GAMES);
        assertThat(t.illegal).as("illegal choices").isEmpty();
        assertThat(t.badReasons).as("reasons that are missing, unfilled or too long").isEmpty();
        // The personalities are not one fixed move: each uses several variants from each seat (the
        // tutorial offers only eight, so "several" is scaled to what the scenario has).
        int several = scenario.variants().size() >= 15 ? 3 : 1;
        for (String spec : FAST) {
            for (Side side : Side.values()) {
                assertThat(t.variantsUsed(spec, side)).as("%s as %s uses several variants", spec, side)
                        .hasSizeGreaterThan(several);
            }
        }
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void searchBots_manySeededGames_onlyLegalChoicesWithReadableReasons(Path file) {
        Scenario scenario = Games.load(file);
        Tally t = new Tally();
        List<Engine> engines = new ArrayList<>();
        engines.add(new Engine(scenario));
        for (int k = 0; k < 4; k++) {
            engines.add(new Engine(Games.stressed(scenario, 500 + k, 10)));
        }
        int g = 0;
        for (Engine engine : engines) {
            for (String opponent : FAST) {
                for (int i = 0; i < 4; i++, g++) {
                    long seed = 31L * g + 7;
                    // A small budget keeps this fast; legality does not depend on the budget.
                    Bot search = new SearchBot(engine, g % 2 == 0 ? Side.MOSCOW : Side.BEIJING, 12, seed, "mcts:easy");
                    Bot other = Bots.create(opponent, engine, g % 2 == 0 ? Side.BEIJING : Side.MOSCOW, seed + 1);
                    Bot m = g % 2 == 0 ? search : other;
                    Bot b = g % 2 == 0 ? other : search;
                    t.record(Games.play(engine, seed, m, b, null), m.name(), b.name());
                }
            }
        }
        // And the real easy level, a few whole games against itself.
        Engine engine = engines.get(0);
        for (int i = 0; i < 3; i++, g++) {
            t.record(Games.play(engine, i, Bots.create("mcts:easy", engine, Side.MOSCOW, i),
                    Bots.create("mcts:easy", engine, Side.BEIJING, i + 9), null), "mcts:easy", "mcts:easy");
        }
        assertThat(t.games).isEqualTo(g);
        assertThat(t.illegal).as("illegal choices").isEmpty();
        assertThat(t.badReasons).as("reasons that are missing, unfilled or too long").isEmpty();
    }

    private static void playAll(Engine engine, int games, long seedBase, Tally t) {
        for (String ms : FAST) {
            for (String bs : FAST) {
                for (int g = 0; g < games; g++) {
                    long seed = seedBase * 7919 + g;
                    Bot m = Bots.create(ms, engine, Side.MOSCOW, seed * 31 + 1);
                    Bot b = Bots.create(bs, engine, Side.BEIJING, seed * 31 + 2);
                    t.record(Games.play(engine, seed, m, b, null), ms, bs);
                }
            }
        }
    }

    /** What the games showed. */
    static final class Tally {
        int games;
        final List<String> illegal = new ArrayList<>();
        final Set<String> badReasons = new TreeSet<>();
        final java.util.Map<String, Set<Variant>> used = new java.util.TreeMap<>();

        void record(List<Games.Move> moves, String moscow, String beijing) {
            games++;
            for (Games.Move mv : moves) {
                String spec = mv.side() == Side.MOSCOW ? moscow : beijing;
                if (!mv.wasLegal()) {
                    illegal.add(spec + " as " + mv.side() + " chose " + mv.variant().id() + " on turn " + mv.turn());
                }
                String r = mv.reason();
                String prefix = mv.side().displayName() + " (" + Reasons.botName(spec) + ") ";
                if (r.isBlank() || r.length() > Engine.MAX_RATIONALE || r.contains("[") || r.contains("{")
                        || r.contains("?") || !r.startsWith(prefix)) {
                    badReasons.add(r);
                }
                used.computeIfAbsent(spec + "/" + mv.side(), k -> EnumSet.noneOf(Variant.class)).add(mv.variant());
            }
        }

        Set<Variant> variantsUsed(String spec, Side side) {
            return used.getOrDefault(spec + "/" + side, EnumSet.noneOf(Variant.class));
        }
    }
}
