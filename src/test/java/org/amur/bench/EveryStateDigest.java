package org.amur.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.StateDigest;
import org.amur.engine.Step;
import org.amur.engine.Tally;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioLoader;

/**
 * The proof that a speed change changes nothing: seeded random games of every shipped scenario under every
 * rules version, each played on the full path and on the batch path side by side, folded into one digest
 * line per scenario and rules (every state's {@link StateDigest} and text, and every event of the full
 * path as text). Run it on the build before a change and on the build after, from the same folder: the
 * two outputs must be identical. It fails at once if a batch-path state differs from the full path's.
 *
 * <pre>mvn -B -q -o test-compile exec:exec@digest [-Ddigest.games=200] &gt; after.txt</pre>
 */
public final class EveryStateDigest {
    private EveryStateDigest() {
    }

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        for (Path file : new ScenarioLoader(Path.of("scenarios")).files()) {
            Scenario scenario = ScenarioLoader.load(file).scenario();
            for (Rules rules : Rules.all()) {
                Engine engine = new Engine(scenario, rules);
                long full = 0;
                long batch = 0;
                for (int g = 0; g < games; g++) {
                    SplittableRandom r = new SplittableRandom(g);
                    Step.Accepted start = engine.newGame(g * 7919L);
                    GameState s = start.state();
                    GameState b = engine.newGame(g * 7919L, Tally.NONE).state();
                    full = full * 31 + start.events().toString().hashCode();
                    while (!s.isOver()) {
                        for (Side side : Side.values()) {
                            List<Variant> legal = engine.legalChoices(s, side);
                            Action act = new Action.Commit(side, legal.get(r.nextInt(legal.size())));
                            Step.Accepted x = (Step.Accepted) engine.apply(s, act);
                            s = x.state();
                            b = engine.apply(b, act, Tally.NONE).stateOrThrow();
                            full = full * 31 + x.events().toString().hashCode();
                            full = full * 31 + StateDigest.of(s).hashCode() + s.toString().hashCode();
                            batch = batch * 31 + StateDigest.of(b).hashCode() + b.toString().hashCode();
                        }
                    }
                    if (!s.equals(b)) {
                        throw new AssertionError("batch path differs from the full path: " + file.getFileName()
                                + ", rules " + rules.version() + ", game " + g);
                    }
                }
                System.out.printf(Locale.ROOT, "%s rules %d: %d games, full %016x, batch %016x%n", file.getFileName(),
                        rules.version(), games, full, batch);
            }
        }
    }
}
