package org.amur.engine;

import static org.amur.engine.Indicator.*;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.amur.bench.TurnBenchmark;
import org.amur.bench.TurnSamples;

/**
 * Where a batch turn's time goes: the turn of {@link TurnBenchmark}'s samples on the batch path, cut into the
 * phases {@link TurnResolver#resolve} runs (the action's checks, the working copy, each step, scoring, the
 * next turn's cards and the new state). Each round times every prefix of the phases over the same samples
 * (this thread's CPU time), the whole {@code Engine.apply} batch call and the floor; a phase's cost is the
 * median over rounds of its prefix minus the prefix before it; the last phase is split by timing it again on
 * the same scenario without its deck (the new state alone). It also prints the bytes each phase allocates
 * (exact: this thread's allocation counter). Before timing, the phases run in order are
 * checked to hand back exactly the state {@code Engine.apply} does (its digest, for every sample), so the
 * breakdown is of the same work.
 *
 * <p>{@code java -cp target/test-classes:target/classes:CLASSPATH org.amur.engine.StepCostHarness [ROUNDS]}
 * from the project folder ({@code mvn -B -q -o exec:exec@step-cost}).
 */
public final class StepCostHarness {
    private static final int POOL = 4096;
    private static final Recorder QUIET = new Recorder.Quiet(Tally.NONE);

    private StepCostHarness() {
    }

    /** The working objects of one turn as the phases hand them on. */
    static final class Work {
        GameState committed;
        GameState.Commitment moscow;
        GameState.Commitment beijing;
        TurnResolver r;
        boolean cooperated;
        ArmsStep.Result arms;
        EndReason ending;
        GameState out;
    }

    private interface Phase {
        void run(Engine engine, Work w);
    }

    private static final String[] NAMES = {
            "checks (game over, variant, legal)", "working copy (state, generator, lists)", "alliance",
            "arms", "exercises", "burden/spoils, upkeep", "drift", "Chinese credit", "copying",
            "crisis talks, wars, ending", "scoring", "next turn: cards, new state"};

    private static final Phase[] PHASES = {
            (e, w) -> {
                // what Engine.apply checks before resolving (the second commitment of the turn)
                if (w.committed.isOver() || w.committed.hasCommitted(Side.BEIJING)) {
                    throw new IllegalStateException("not a sample turn");
                }
                Variant v = Variant.byId(w.beijing.variant().id()).orElseThrow();
                if (!e.isLegal(w.committed, Side.BEIJING, v)) {
                    throw new IllegalStateException("illegal sample");
                }
            },
            (e, w) -> {
                GameState c = w.committed;
                w.r = new TurnResolver(e, c.values(), c.rng(), c.reverseDeals(), QUIET);
                Turn.addAll(w.r.t.overdue, c.overdue());
                w.r.t.load(c);
                w.r.t.v[RU_ARMS_REVENUE.ordinal()] = 0;
            },
            (e, w) -> w.cooperated = AllianceStep.resolve(w.r.t, w.moscow.variant(), w.beijing.variant()),
            (e, w) -> {
                w.arms = ArmsStep.resolve(w.r.t, w.moscow.variant(), w.beijing.variant());
                w.cooperated |= w.arms.cooperated();
            },
            (e, w) -> w.cooperated |= ExerciseStep.resolve(w.r.t, w.moscow.variant(), w.beijing.variant()),
            (e, w) -> {
                WorldStep.partnership(w.r.t, w.cooperated);
                WorldStep.treatyUpkeep(w.r.t, w.committed.allianceLevel());
            },
            (e, w) -> WorldStep.drift(w.r.t, w.arms.forwardDelivered(), w.moscow.variant().line() == Line.ARMS),
            (e, w) -> WorldStep.chineseCredit(w.r.t, w.moscow.variant().line() == Line.ARMS
                    && w.beijing.variant().line() == Line.ARMS),
            (e, w) -> WorldStep.copying(w.r.t),
            (e, w) -> {
                Turn t = w.r.t;
                WorldStep.crisisTalks(t, w.moscow.variant(), w.beijing.variant());
                EndReason ending = WorldStep.wars(t);
                if (ending == null && t.get(TRUST) <= e.scenario().thresholds().ruptureTrust()) {
                    ending = EndReason.RUPTURE;
                }
                if (ending == null && w.committed.turn() >= e.scenario().turns()) {
                    ending = EndReason.FULL_TERM;
                }
                w.ending = ending;
            },
            (e, w) -> Scoring.score(w.r.t, w.ending),
            (e, w) -> {
                Turn t = w.r.t;
                GameState c = w.committed;
                if (w.ending != null) {
                    w.out = new GameState(c.turn(), c.year(), Indicators.wrap(t.v), null, null, t.rng.state(),
                            List.of(), c.spentCards(), t.overdue, w.ending, t.reverseDeals, t.contracts,
                            t.copyProgress());
                } else {
                    w.out = w.r.startTurn(c.turn() + 1, c.spentCards(), c);
                }
            },
    };

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        TurnSamples s = new TurnSamples(POOL);
        Engine engine = s.engine;
        Work[] work = checked(s);
        // the same scenario without its deck: the next turn's new state without the cards drawn before it
        Scenario sc = engine.scenario();
        Engine noDeck = new Engine(new Scenario(sc.id(), sc.title(), sc.startYear(), sc.turns(), sc.yearsPerTurn(),
                sc.start(), sc.variants(), sc.moscowObjectives(), sc.beijingObjectives(), List.of(),
                sc.maxCardsPerTurn(), sc.thresholds(), sc.weights(), sc.outcomeScores(), sc.par(),
                sc.contractsPerSystem(), sc.contractsSigned()), engine.rules());
        TurnBenchmark floor = new TurnBenchmark();
        floor.setup();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        int perLoop = 100_000;
        double[][] prefix = new double[PHASES.length + 1][rounds];
        double[] apply = new double[rounds];
        double[] noDeckLast = new double[rounds];
        double[] floors = new double[rounds];
        Object sink = null;
        for (int i = 0; i < 300_000; i++) { // warm every path
            runPrefix(engine, work[i & (POOL - 1)], 1 + i % PHASES.length);
            runPrefix(noDeck, work[i & (POOL - 1)], PHASES.length - i % 2);
            sink = floor.resolveTurnBatch();
            sink = floor.floor();
        }
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int r = 0; r < rounds; r++) {
            for (int p = 1; p <= PHASES.length; p++) {
                long c0 = tm.getCurrentThreadCpuTime();
                for (int i = 0; i < perLoop; i++) {
                    runPrefix(engine, work[i & (POOL - 1)], p);
                }
                prefix[p][r] = (double) (tm.getCurrentThreadCpuTime() - c0) / perLoop;
            }
            long d0 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perLoop; i++) {
                runPrefix(noDeck, work[i & (POOL - 1)], PHASES.length - 1);
            }
            long d1 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perLoop; i++) {
                runPrefix(noDeck, work[i & (POOL - 1)], PHASES.length);
            }
            long d2 = tm.getCurrentThreadCpuTime();
            noDeckLast[r] = (double) ((d2 - d1) - (d1 - d0)) / perLoop;
            long c0 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perLoop; i++) {
                sink = floor.resolveTurnBatch();
            }
            long c1 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < perLoop; i++) {
                sink = floor.floor();
            }
            long c2 = tm.getCurrentThreadCpuTime();
            apply[r] = (double) (c1 - c0) / perLoop;
            floors[r] = (double) (c2 - c1) / perLoop;
        }
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // bytes allocated per turn by each prefix: exact, this thread's allocation counter
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) tm;
        double[] bytes = new double[PHASES.length + 1];
        for (int p = 1; p <= PHASES.length; p++) {
            long a0 = alloc.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < perLoop; i++) {
                runPrefix(engine, work[i & (POOL - 1)], p);
            }
            bytes[p] = (double) (alloc.getCurrentThreadAllocatedBytes() - a0) / perLoop;
        }
        long a0 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perLoop; i++) {
            runPrefix(noDeck, work[i & (POOL - 1)], PHASES.length - 1);
        }
        long a1 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perLoop; i++) {
            runPrefix(noDeck, work[i & (POOL - 1)], PHASES.length);
        }
        long a2 = alloc.getCurrentThreadAllocatedBytes();
        double noDeckBytes = (double) ((a2 - a1) - (a1 - a0)) / perLoop;
        a0 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perLoop; i++) {
            sink = floor.resolveTurnBatch();
        }
        a1 = alloc.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < perLoop; i++) {
            sink = floor.floor();
        }
        a2 = alloc.getCurrentThreadAllocatedBytes();
        double applyBytes = (double) (a1 - a0) / perLoop;
        double floorBytes = (double) (a2 - a1) / perLoop;
        double f = median(floors);
        System.out.printf(Locale.ROOT, "%nCPU time per turn, median of %d rounds of %d (load %.1f -> %.1f%s):%n",
                rounds, perLoop, load0, load1, sink != null ? "" : "?");
        System.out.printf(Locale.ROOT, "  %-42s %7s %8s %7s%n", "phase", "ns", "x floor", "bytes");
        double total = 0;
        double model = 0;
        for (int p = 1; p <= PHASES.length; p++) {
            double[] d = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                d[r] = prefix[p][r] - prefix[p - 1][r];
            }
            double cost = median(d);
            total += cost;
            System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f %7.0f%n", NAMES[p - 1], cost, cost / f,
                    bytes[p] - bytes[p - 1]);
            if (p > 2 && p < PHASES.length) {
                model += cost;
            }
            if (p == PHASES.length) {
                double bare = median(noDeckLast);
                System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f %7.0f%n", "  of which the new state (no deck)", bare,
                        bare / f, noDeckBytes);
                System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f %7.0f%n", "  of which the cards (by difference)",
                        cost - bare, (cost - bare) / f, bytes[p] - bytes[p - 1] - noDeckBytes);
                model += cost - bare;
            }
        }
        System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f%n", "the model's steps and cards alone", model,
                model / f);
        System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f%n", "sum of the phases", total, total / f);
        System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f %7.0f%n", "all phases in one go",
                median(prefix[PHASES.length]), median(prefix[PHASES.length]) / f, bytes[PHASES.length]);
        System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f %7.0f%n", "Engine.apply, batch path", median(apply),
                median(apply) / f, applyBytes);
        System.out.printf(Locale.ROOT, "  %-42s %7.0f %8.2f %7.0f%n", "floor", f, 1.0, floorBytes);
    }

    /**
     * The samples' turns as the phases' work, after checking that the phases run in order are the batch path's
     * turn, state for state (the digest of every sample's next state); throws if they are not.
     */
    static Work[] checked(TurnSamples s) {
        int n = s.committed.length;
        Work[] work = new Work[n];
        for (int k = 0; k < n; k++) {
            work[k] = new Work();
            work[k].committed = s.committed[k];
            work[k].moscow = s.committed[k].moscow();
            work[k].beijing = new GameState.Commitment(s.variant(k), s.beijing[k].rationale());
            runPrefix(s.engine, work[k], PHASES.length);
            GameState expected = s.engine.apply(s.committed[k], s.beijing[k], Tally.NONE).stateOrThrow();
            if (!StateDigest.of(expected).equals(StateDigest.of(work[k].out))) {
                throw new IllegalStateException("the phases do not replay sample " + k + " as Engine.apply does");
            }
        }
        return work;
    }

    private static void runPrefix(Engine engine, Work w, int phases) {
        for (int p = 0; p < phases; p++) {
            PHASES[p].run(engine, w);
        }
    }

    private static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
