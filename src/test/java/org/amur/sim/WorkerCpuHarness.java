package org.amur.sim;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.amur.engine.Scenario;
import org.amur.scenario.ScenarioLoader;

/**
 * What one batch game costs its worker on 1 and on 2 threads, measured where load on the machine cannot
 * reach it: each worker's own CPU time and bytes allocated (the JVM's per-thread counters; the garbage
 * collector's and the JIT's threads are not counted), over the same games as {@link Simulator} plays on
 * its batch path ({@link Simulator#play}, chunks of {@link Simulator#CHUNK} taken from one counter, as its
 * workers take them). If the CPU per game rises from 1 to 2 threads, the workers get in each other's way
 * (sharing, or the memory the allocation sweeps through); wall-clock games/s are printed too but measure
 * the other processes as much. Not a unit test (the name keeps it out of surefire):
 *
 * <pre>mvn -B -q -o test-compile exec:exec@worker-cpu [-Dworkercpu.args="GAMES ROUNDS MOSCOW BEIJING"]</pre>
 */
public final class WorkerCpuHarness {
    private WorkerCpuHarness() {
    }

    public static void main(String[] args) throws Exception {
        long games = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String moscow = args.length > 2 ? args[2] : "random";
        String beijing = args.length > 3 ? args[3] : "random";
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        ThreadMXBean tm = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%s vs %s, baseline, batch path, %d games per run, %d rounds, load %.1f%n",
                moscow, beijing, games, rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int r = 0; r <= rounds; r++) { // round 0 warms the JIT up and is not printed
            for (int threads = 1; threads <= 2; threads++) {
                SimConfig c = new SimConfig(s, games, 1, PolicySpec.parse(moscow, s), PolicySpec.parse(beijing, s),
                        threads);
                Simulator sim = new Simulator(c, true);
                long chunks = (games + Simulator.CHUNK - 1) / Simulator.CHUNK;
                AtomicLong next = new AtomicLong();
                long[] cpu = new long[threads];
                long[] bytes = new long[threads];
                long[] ended = new long[threads];
                Thread[] workers = new Thread[threads];
                long w0 = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    int me = t;
                    workers[t] = new Thread(() -> {
                        long c0 = tm.getCurrentThreadCpuTime();
                        long b0 = tm.getCurrentThreadAllocatedBytes();
                        long played = 0;
                        for (long k; (k = next.getAndIncrement()) < chunks; ) {
                            for (long i = k * Simulator.CHUNK; i < Math.min(games, (k + 1) * Simulator.CHUNK); i++) {
                                played += sim.play(i).turns();
                            }
                        }
                        cpu[me] = tm.getCurrentThreadCpuTime() - c0;
                        bytes[me] = tm.getCurrentThreadAllocatedBytes() - b0;
                        ended[me] = played;
                    }, "worker-cpu-" + t);
                    workers[t].start();
                }
                for (Thread w : workers) {
                    w.join();
                }
                double wall = (System.nanoTime() - w0) / 1e9;
                long totalCpu = 0;
                long totalBytes = 0;
                long turns = 0;
                for (int t = 0; t < threads; t++) {
                    totalCpu += cpu[t];
                    totalBytes += bytes[t];
                    turns += ended[t];
                }
                if (r > 0) {
                    System.out.printf(Locale.ROOT, "round %d, %d thread(s): worker CPU %.2f us/game, %,.0f bytes/game "
                            + "(%d turns in all); wall %.2f s = %,.0f games/s; load %.1f%n", r, threads,
                            totalCpu / 1e3 / games, (double) totalBytes / games, turns, wall, games / wall,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                }
            }
        }
    }
}
