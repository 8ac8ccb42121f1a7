package org.amur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check of {@link TurnBenchmark} that survives a busy machine: it times the same turn
 * resolution (with its events, and on the batch path without them) and the same floor in alternating
 * rounds by this thread's CPU time (not wall time, which other processes inflate), and prints the
 * median of each and their ratios to the floor, with the load average; then the bytes each allocates per call
 * (exact: this thread's allocation counter, the load-independent figure).
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
        double[] batch = new double[rounds];
        double[] floor = new double[rounds];
        Object sink = null;
        // warm up every path
        for (int i = 0; i < 400_000; i++) {
            sink = b.resolveTurn();
            sink = b.resolveTurnBatch();
            sink = b.floor();
        }
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int r = 0; r < rounds; r++) {
            long c0 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink = b.resolveTurn();
            }
            long c1 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink = b.resolveTurnBatch();
            }
            long c2 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink = b.floor();
            }
            long c3 = tm.getCurrentThreadCpuTime();
            turn[r] = (double) (c1 - c0) / perRound;
            batch[r] = (double) (c2 - c1) / perRound;
            floor[r] = (double) (c3 - c2) / perRound;
        }
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // bytes allocated per call, exact and independent of load (this thread's allocation counter)
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) tm;
        long a0 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perRound; i++) {
            sink = b.resolveTurn();
        }
        long a1 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perRound; i++) {
            sink = b.resolveTurnBatch();
        }
        long a2 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perRound; i++) {
            sink = b.floor();
        }
        long a3 = alloc.getCurrentThreadAllocatedBytes();
        Arrays.sort(turn);
        Arrays.sort(batch);
        Arrays.sort(floor);
        double t = turn[rounds / 2];
        double q = batch[rounds / 2];
        double f = floor[rounds / 2];
        System.out.printf(Locale.ROOT, "CPU time, median of %d rounds of %d: resolveTurn %.0f ns, resolveTurnBatch "
                + "%.0f ns, floor %.0f ns; ratio to the floor: full %.1f, batch %.1f; load %.1f -> %.1f (%s)%n",
                rounds, perRound, t, q, f, t / f, q / f, load0, load1, sink != null ? "ok" : "");
        System.out.printf(Locale.ROOT, "allocated per call: resolveTurn %.0f bytes, resolveTurnBatch %.0f bytes, "
                + "floor %.0f bytes%n", (double) (a1 - a0) / perRound, (double) (a2 - a1) / perRound,
                (double) (a3 - a2) / perRound);
    }
}
