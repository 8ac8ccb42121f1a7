package org.amur.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.amur.engine.Scenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.sim.PolicySpec;
import org.amur.sim.SimConfig;
import org.amur.sim.SimResult;
import org.amur.sim.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole games through the simulator, random policies on the baseline: games per second on 1 thread and
 * on all cores ({@code threads = 0}). One operation is one game (a batch of {@value #GAMES} per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GamesBenchmark {
    static final int GAMES = 20_000;

    @Param({"1", "2", "0"})
    public int threads;

    private SimConfig config;
    private long seed;

    @Setup
    public void setup() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        config = new SimConfig(s, GAMES, 1, PolicySpec.parse("random", s), PolicySpec.parse("random", s), t);
    }

    @Benchmark
    @OperationsPerInvocation(GAMES)
    public SimResult games() {
        // a new master seed per call so that no batch repeats another
        SimConfig c = new SimConfig(config.scenario(), GAMES, ++seed, config.moscow(), config.beijing(),
                config.threads());
        return new Simulator(c).run();
    }
}
