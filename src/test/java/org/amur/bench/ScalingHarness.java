package org.amur.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.amur.engine.Scenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.sim.PolicySpec;
import org.amur.sim.SimConfig;
import org.amur.sim.SimResult;
import org.amur.sim.Simulator;

/**
 * 10k -> 1M games: is the time linear and the memory flat? For each batch size given on the command
 * line it runs a batch (random policies, baseline, all cores) and prints the wall time, games per
 * second, the process's CPU time, and the largest heap in use right after any garbage collection
 * during the batch (what the simulation really holds, plus whatever the collector left in place). Run it with a small {@code -Xmx} to show that a million games fit.
 */
public final class ScalingHarness {
    private ScalingHarness() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (java.lang.management.MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(e.getKey())) { // the heap only, not metaspace or code
                        used += e.getValue().getUsed();
                    }
                }
                peakAfterGc.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }, null, null);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "max heap %d MiB, %d threads%n", Runtime.getRuntime().maxMemory() >> 20,
                threads);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%10s %10s %12s %12s %16s %18s %8s%n", "games", "seconds", "games/s",
                "CPU s", "CPU us/game", "peak live heap", "GCs");
        // warm up the JIT so that the first batch size is not measured half interpreted
        for (int i = 0; i < 5; i++) {
            run(s, 100_000, threads);
        }
        for (String a : args) {
            long n = Long.parseLong(a);
            System.gc();
            peakAfterGc.set(0);
            collections.set(0);
            long t0 = System.nanoTime();
            long cpu0 = os.getProcessCpuTime();
            SimResult r = run(s, n, threads);
            double sec = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            if (r.games() != n) {
                throw new IllegalStateException("lost games");
            }
            System.out.printf(Locale.ROOT, "%10d %10.2f %12.0f %12.2f %16.1f %14.1f MiB %8d%n", n, sec, n / sec,
                    cpu, cpu * 1e6 / n, peakAfterGc.get() / 1048576.0, collections.get());
        }
    }

    private static SimResult run(Scenario s, long n, int threads) {
        return new Simulator(new SimConfig(s, n, 1, PolicySpec.parse("random", s), PolicySpec.parse("random", s),
                threads)).run();
    }
}
