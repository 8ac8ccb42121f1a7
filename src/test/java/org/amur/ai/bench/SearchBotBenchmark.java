package org.amur.ai.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one search-bot decision takes, per difficulty, seat and stage of the game (turn 1 of the
 * 2018 baseline is the worst case: the most turns to simulate). The claim "hard decides within a
 * second on a 2-core machine" is read off this benchmark's percentiles, never asserted in a unit test.
 *
 * <p>Run: {@code mvn -B test-compile exec:exec@bench -Dbench.args="SearchBotBenchmark"}; one difficulty only:
 * {@code mvn -B test-compile exec:exec@bench -Dbench.args="SearchBotBenchmark -p spec=mcts:hard"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class SearchBotBenchmark {

    @Param({"mcts:easy", "mcts:normal", "mcts:hard"})
    public String spec;

    @Param({"moscow", "beijing"})
    public String seat;

    @Param({"1", "5"})
    public int turn;

    private Engine engine;
    private SeatView view;
    private Side side;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = new Engine(ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario());
        side = Side.parse(seat);
        GameState s = engine.newGame(2018).state();
        Bot m = Bots.create("historian", engine, Side.MOSCOW, 1);
        Bot b = Bots.create("historian", engine, Side.BEIJING, 2);
        while (s.turn() < turn && !s.isOver()) {
            String mv = m.decide(engine.view(s, Side.MOSCOW)).variant().id();
            String bv = b.decide(engine.view(s, Side.BEIJING)).variant().id();
            s = engine.apply(s, new Action.Commit(Side.MOSCOW, mv, "")).stateOrThrow();
            s = engine.apply(s, new Action.Commit(Side.BEIJING, bv, "")).stateOrThrow();
        }
        view = engine.view(s, side);
    }

    /** One whole decision of a fresh bot (a new seed each time, as in a new game). */
    @Benchmark
    public Bot.Decision decide() {
        return Bots.create(spec, engine, side, seed++).decide(view);
    }
}
