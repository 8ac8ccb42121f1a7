package org.amur.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioLoader;
import org.amur.sim.GameSeeds;
import org.amur.sim.PolicySpec;

/**
 * A pool of real turns to resolve: states from random-policy games of the baseline at every turn, with
 * Moscow's choice committed and Beijing's chosen, plus how many random draws and indicator writes
 * resolving each one takes (for the floor benchmark).
 */
public final class TurnSamples {
    public final Engine engine;
    public final GameState[] committed;
    public final Action.Commit[] beijing;
    /** Mean random draws per resolution (turn resolution plus the next turn's cards). */
    public final double draws;
    /** Mean indicator writes per resolution. */
    public final double writes;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    public TurnSamples(int size) {
        Scenario s;
        try {
            s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        } catch (Exception e) {
            throw new IllegalStateException("run the benchmarks from the project folder", e);
        }
        // AMUR_BENCH_RULES=N measures an older rules version beside the current one
        String rules = System.getenv("AMUR_BENCH_RULES");
        engine = new Engine(s, rules == null || rules.isBlank() ? org.amur.engine.Rules.CURRENT
                : org.amur.engine.Rules.of(Integer.parseInt(rules.strip())).orElseThrow());
        List<GameState> states = new ArrayList<>();
        List<Action.Commit> commits = new ArrayList<>();
        long totalDraws = 0;
        long totalWrites = 0;
        long inverse = inverse(GOLDEN_GAMMA);
        for (long g = 0; states.size() < size; g++) {
            long seed = GameSeeds.game(42, g);
            PolicySpec.SeatPlayer m = new PolicySpec.Random().seat(engine, Side.MOSCOW, seed + 1);
            PolicySpec.SeatPlayer b = new PolicySpec.Random().seat(engine, Side.BEIJING, seed + 2);
            GameState st = engine.newGame(seed).state();
            while (!st.isOver() && states.size() < size) {
                GameState c = engine.apply(st, new Action.Commit(Side.MOSCOW, m.choose(st))).stateOrThrow();
                Action.Commit bc = new Action.Commit(Side.BEIJING, b.choose(c));
                Step.Accepted r = (Step.Accepted) engine.apply(c, bc);
                states.add(c);
                commits.add(bc);
                totalDraws += (r.state().rng() - c.rng()) * inverse;
                for (Event e : r.events()) {
                    if (e instanceof Event.Effect fx) {
                        totalWrites += fx.deltas().size();
                    } else if (e instanceof Event.CardDrawn cd) {
                        totalWrites += cd.deltas().size();
                    }
                }
                st = r.state();
            }
        }
        committed = states.toArray(GameState[]::new);
        beijing = commits.toArray(Action.Commit[]::new);
        draws = (double) totalDraws / size;
        writes = (double) totalWrites / size;
    }

    /** Multiplicative inverse of an odd number modulo 2^64 (Newton's iteration). */
    static long inverse(long a) {
        long x = a;
        for (int i = 0; i < 6; i++) {
            x *= 2 - a * x;
        }
        return x;
    }

    public Variant variant(int i) {
        return Variant.byId(beijing[i].variantId()).orElseThrow();
    }
}
