package org.amur.sim;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.amur.engine.Scenario;
import org.amur.scenario.ScenarioLoader;

/**
 * Games per second on 1 and 2 worker threads, on the batch path and on the full path (every event
 * built), in alternating rounds within one JVM so that load on the machine falls on all four alike:
 * per run the wall time, the process's CPU time and the garbage collectors' time; then the median
 * games/s of each and the ratios. Not a unit test (the name keeps it out of surefire):
 *
 * <pre>mvn -B -q -o test-compile exec:exec@threads [-Dthreads.args="GAMES ROUNDS MOSCOW BEIJING"]</pre>
 */
public final class ThreadsHarness {
    private ThreadsHarness() {
    }

    public static void main(String[] args) throws Exception {
        long games = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String moscow = args.length > 2 ? args[2] : "random";
        String beijing = args.length > 3 ? args[3] : "random";
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String[] names = {"batch 1 thread", "batch 2 threads", "full 1 thread", "full 2 threads"};
        double[][] rates = new double[4][rounds];
        System.out.printf(Locale.ROOT, "%s vs %s, baseline, %d games per run, %d rounds, load %.1f%n", moscow, beijing,
                games, rounds, os.getSystemLoadAverage());
        // warm-up: the JIT compiles both paths before the first timed run
        for (int k = 0; k < 4; k++) {
            run(s, Math.min(games, 20_000), moscow, beijing, k, os);
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 4; k++) {
                double[] m = run(s, games, moscow, beijing, k, os);
                rates[k][r] = games / m[0];
                System.out.printf(Locale.ROOT, "round %d %-16s %6.2f s wall, %6.2f s CPU, %5.2f s GC: %,8.0f games/s%n",
                        r + 1, names[k], m[0], m[1], m[2], games / m[0]);
            }
        }
        double[] med = new double[4];
        for (int k = 0; k < 4; k++) {
            double[] c = rates[k].clone();
            Arrays.sort(c);
            med[k] = c[rounds / 2];
        }
        System.out.printf(Locale.ROOT, "median games/s: batch %,.0f -> %,.0f (x%.2f), full %,.0f -> %,.0f (x%.2f); "
                + "batch/full on 1 thread x%.2f; load %.1f%n", med[0], med[1], med[1] / med[0], med[2], med[3],
                med[3] / med[2], med[0] / med[2], os.getSystemLoadAverage());
    }

    /** One batch: wall seconds, process CPU seconds, GC seconds. */
    private static double[] run(Scenario s, long games, String moscow, String beijing, int kind,
                                OperatingSystemMXBean os) {
        int threads = kind % 2 == 0 ? 1 : 2;
        boolean batch = kind < 2;
        SimConfig c = new SimConfig(s, games, 1, PolicySpec.parse(moscow, s), PolicySpec.parse(beijing, s), threads);
        System.gc();
        long gc0 = gcMillis();
        long cpu0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        new Simulator(c, batch).run();
        long w1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        long gc1 = gcMillis();
        return new double[] {(w1 - w0) / 1e9, (cpu1 - cpu0) / 1e9, (gc1 - gc0) / 1e3};
    }

    private static long gcMillis() {
        long t = 0;
        List<GarbageCollectorMXBean> gcs = new ArrayList<>(ManagementFactory.getGarbageCollectorMXBeans());
        for (GarbageCollectorMXBean g : gcs) {
            t += Math.max(0, g.getCollectionTime());
        }
        return t;
    }
}
