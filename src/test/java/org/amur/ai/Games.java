package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;

/** Helpers shared by the bot tests: the scenario files, stressed variants of them, and a game loop that records decisions. */
final class Games {
    private Games() {
    }

    /** Every scenario file in {@code scenarios/}, sorted (new files are picked up automatically). */
    static Stream<Path> scenarioFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).filter(Files::isRegularFile)
                    .sorted().toList();
        }
        assertThat(files).as("scenario files").isNotEmpty();
        return files.stream();
    }

    static Scenario load(Path file) {
        try {
            return ScenarioLoader.load(file).scenario();
        } catch (ScenarioException e) {
            return fail("%s does not load: %s", file, e.problems());
        }
    }

    /**
     * The scenario with extreme start values (each settable indicator anywhere in its range, any
     * alliance level) and a longer game, so that crises, invocations, wars and ruptures happen.
     */
    static Scenario stressed(Scenario base, long seed, int turns) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<Indicator, Double> start = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i.derived()) {
                continue;
            }
            double x = switch (r.nextInt(4)) {
                case 0 -> i.min();
                case 1 -> i.max();
                default -> i.min() + r.nextDouble() * i.range();
            };
            if (i == Indicator.ALLIANCE_LEVEL) {
                x = r.nextInt(4);
            }
            if (i == Indicator.TRUST) {
                x = 20 + r.nextDouble() * 80;
            }
            start.put(i, x);
        }
        return new Scenario(base.id() + "-stress-" + seed, base.title(), base.startYear(), Math.max(turns, base.turns()),
                base.yearsPerTurn(), Indicators.of(start), base.variants(), base.moscowObjectives(),
                base.beijingObjectives(), base.deck(), base.maxCardsPerTurn(), base.thresholds(), base.weights(),
                base.outcomeScores());
    }

    /** One decision made in a game. */
    record Move(int turn, Side side, Variant variant, String reason, boolean wasLegal) {
    }

    /**
     * Plays a game between two bots the way the front ends do (each bot told what its seat was shown),
     * checking each choice against the engine before committing it with the reason as rationale.
     */
    static List<Move> play(Engine engine, long seed, Bot moscow, Bot beijing, List<GameState> statesOut) {
        List<Move> moves = new ArrayList<>();
        Step.Accepted start = engine.newGame(seed);
        moscow.observe(Audience.MOSCOW.redact(start.events()));
        beijing.observe(Audience.BEIJING.redact(start.events()));
        GameState s = start.state();
        while (!s.isOver()) {
            if (statesOut != null) {
                statesOut.add(s);
            }
            for (Side side : Side.values()) {
                Bot bot = side == Side.MOSCOW ? moscow : beijing;
                Bot.Decision d = bot.decide(engine.view(s, side));
                boolean legal = engine.legalChoices(s, side).contains(d.variant())
                        && engine.whyIllegal(s, side, d.variant()).isEmpty();
                moves.add(new Move(s.turn(), side, d.variant(), d.reason(), legal));
                Step step = engine.apply(s, new Action.Commit(side, d.variant().id(), d.reason()));
                if (step instanceof Step.Rejected r) {
                    fail("%s's %s bot chose %s, rejected: %s", side.displayName(), bot.name(), d.variant().id(),
                            r.rejection().message());
                }
                moscow.observe(Audience.MOSCOW.redact(step.eventsOrEmpty()));
                beijing.observe(Audience.BEIJING.redact(step.eventsOrEmpty()));
                s = step.stateOrThrow();
            }
        }
        if (statesOut != null) {
            statesOut.add(s);
        }
        return moves;
    }
}
