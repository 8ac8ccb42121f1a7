package org.amur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check of {@link TurnBenchmark} that survives a busy machine: it times the same turn
 * resolution and the same floor in alternating rounds by this thread's CPU time (not wall time,
 * which other processes inflate), and prints the median of each and their ratio.
 */
public final class TurnCpuHarness {
    private TurnCpuHarness() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        TurnBenchmark b = new TurnBenchmark();
        b.setup();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        int perRound = 200_000;
        double[] turn = new double[rounds];
        double[] floor = new double[rounds];
        Object sink = null;
        // warm up both paths
        for (int i = 0; i < 400_000; i++) {
            sink = b.resolveTurn();
            sink = b.floor();
        }
        for (int r = 0; r < rounds; r++) {
            long c0 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink = b.resolveTurn();
            }
            long c1 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink = b.floor();
            }
            long c2 = tm.getCurrentThreadCpuTime();
            turn[r] = (double) (c1 - c0) / perRound;
            floor[r] = (double) (c2 - c1) / perRound;
        }
        Arrays.sort(turn);
        Arrays.sort(floor);
        double t = turn[rounds / 2];
        double f = floor[rounds / 2];
        System.out.printf(Locale.ROOT, "CPU time, median of %d rounds of %d: resolveTurn %.0f ns, floor %.0f ns, "
                + "ratio %.1f (%s)%n", rounds, perRound, t, f, t / f, sink != null ? "ok" : "");
    }
}
