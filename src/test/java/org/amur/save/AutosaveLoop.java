package org.amur.save;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;

/**
 * Child process for {@link SaveCrashTest}: plays random games forever, autosaving after every move,
 * until it is killed, or until its standard input closes (the test's JVM is gone: a child must not
 * outlive it, writing saves for ever). Arguments: saves folder, scenarios folder, seed.
 */
public final class AutosaveLoop {
    private AutosaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Thread orphanGuard = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent; only the end of the pipe matters
                }
            } catch (java.io.IOException e) {
                // the pipe is broken: the parent is gone as well
            }
            Runtime.getRuntime().halt(3);
        }, "orphan-guard");
        orphanGuard.setDaemon(true);
        orphanGuard.start();
        Path saves = Path.of(args[0]);
        ScenarioLoader loader = new ScenarioLoader(Path.of(args[1]));
        SplittableRandom r = new SplittableRandom(Long.parseLong(args[2]));
        SaveStore store = new SaveStore(saves, loader, java.time.Clock.systemUTC());
        LoadedScenario sc = loader.resolve("baseline");
        boolean ready = false;
        while (true) {
            Session s = Session.start(sc, r.nextInt(4)); // few seeds: the same autosave files get rewritten
            while (!s.state().isOver()) {
                for (Side side : Side.values()) {
                    if (s.state().isOver()) {
                        break;
                    }
                    List<Variant> legal = s.engine().legalChoices(s.state(), side);
                    s.apply(new Action.Commit(side, legal.get(r.nextInt(legal.size())).id(), "loop"));
                    store.autosave(s, new SaveMeta("random", "random"));
                    if (!ready) {
                        // only once it is writing in its loop: a kill from now on is a kill while saving
                        System.out.println("ready");
                        System.out.flush();
                        ready = true;
                    }
                }
            }
        }
    }
}
