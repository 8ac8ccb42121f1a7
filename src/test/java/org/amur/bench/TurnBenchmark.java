package org.amur.bench;

import java.util.concurrent.TimeUnit;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.SplitMix64;
import org.amur.engine.Step;
import org.amur.engine.Tally;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of resolving one turn, and the floor it is compared with.
 *
 * <ul>
 *   <li>{@code resolveTurn}: {@code Engine.apply} of Beijing's commitment on a state where Moscow has
 *       committed: the whole resolution, the events, and the next turn's cards. Cycles through 4,096
 *       real turns of random-policy baseline games.</li>
 *   <li>{@code resolveTurnBatch}: the same on the engine's batch path ({@code Engine.apply} with a
 *       {@link Tally}): the same resolution and state, no events.</li>
 *   <li>{@code floor}: only what one turn must do at least: as many d100 draws and clamped indicator
 *       writes as the average real turn makes (measured on the same 4,096 turns), on a copied state
 *       vector, and one new state object.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TurnBenchmark {
    private static final int POOL = 4096;
    private TurnSamples samples;
    private int i;
    private int draws;
    private int writes;
    private double[] vector;
    private long rngState;
    private static final Indicator[] IND = Indicator.values();

    /** What a minimal immutable state would hold. */
    record Floor(double[] values, long rng) {
    }

    @Setup
    public void setup() {
        samples = new TurnSamples(POOL);
        draws = (int) Math.round(samples.draws);
        writes = (int) Math.round(samples.writes);
        vector = new double[IND.length];
        for (Indicator ind : IND) {
            vector[ind.ordinal()] = samples.committed[0].get(ind);
        }
        rngState = 12345;
        System.out.printf("%n[turn] %.2f draws and %.2f indicator writes per resolution (floor uses %d and %d)%n",
                samples.draws, samples.writes, draws, writes);
    }

    @Benchmark
    public Step resolveTurn() {
        int k = i++ & (POOL - 1);
        return samples.engine.apply(samples.committed[k], samples.beijing[k]);
    }

    @Benchmark
    public Step resolveTurnBatch() {
        int k = i++ & (POOL - 1);
        return samples.engine.apply(samples.committed[k], samples.beijing[k], Tally.NONE);
    }

    @Benchmark
    public Floor floor() {
        double[] v = vector.clone();
        SplitMix64 rng = new SplitMix64(rngState);
        int sum = 0;
        for (int d = 0; d < draws; d++) {
            sum += rng.d100();
        }
        for (int w = 0; w < writes; w++) {
            int idx = (w * 7 + sum) % IND.length;
            v[idx] = IND[idx].clamp(v[idx] + (sum & 3) - 1.5);
        }
        rngState = rng.state();
        return new Floor(v, rngState);
    }

    /** Both seats choose at random and commit: a whole turn as the simulator plays it. */
    @Benchmark
    public void playTurnRandomPolicies(Blackhole bh) {
        int k = i++ & (POOL - 1);
        GameState c = samples.committed[k];
        bh.consume(samples.engine.legalChoices(c, org.amur.engine.Side.BEIJING));
        bh.consume(samples.engine.apply(c, samples.beijing[k]));
    }
}
