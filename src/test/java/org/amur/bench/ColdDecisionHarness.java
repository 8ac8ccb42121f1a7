package org.amur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.ai.Warmup;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;

/**
 * Every decision of a search bot in one game, from a cold JVM, as the game screen meets them: the
 * bot plays Beijing against a Moscow that always takes its first legal choice, on the baseline, and
 * each {@code decide} is timed by wall clock and by this thread's CPU time. Run it in a fresh JVM
 * each time (the first decision is the point):
 *
 * <pre>mvn -B -q -o test-compile exec:exec@cold-decision [-Dcold.args="mcts:hard 7 [WARM_MS [RESUME_TURN]]"]</pre>
 *
 * <p>With {@code WARM_MS}, a {@link Warmup} runs first for that long on the opening position, as the
 * game screen runs one while the introduction is read, and is stopped before the first decision
 * ({@code 0}: none). With {@code RESUME_TURN}, the game is a resumed one: its first turns are replayed
 * without the search (Beijing takes its first legal choice, as a saved log would be replayed), and the
 * search bot joins at that turn, as Continue or Load brings it back in a new program; the warm-up then
 * runs on that position, as the menu runs one for the game it offers to continue.
 */
public final class ColdDecisionHarness {
    private ColdDecisionHarness() {
    }

    public static void main(String[] args) throws Exception {
        String spec = args.length > 0 ? args[0] : "mcts:hard";
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Session s = Session.start(new ScenarioLoader(Path.of("scenarios")).resolve("baseline"), seed);
        int resumeTurn = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        while (s.state().turn() < resumeTurn && !s.state().isOver()) {
            for (Side side : Side.values()) {
                s.apply(new Action.Commit(side, s.engine().legalChoices(s.state(), side).get(0).id(), "replayed"));
            }
        }
        Bot bot = Bots.create(spec, s.engine(), Side.BEIJING, seed);
        long warmMs = args.length > 2 ? Long.parseLong(args[2]) : 0;
        String warmed = (resumeTurn > 1 ? "resumed at turn " + resumeTurn + ", " : "") + "no warm-up";
        if (warmMs > 0) {
            Warmup w = Warmup.start(s.engine(), s.state(), Side.BEIJING);
            Thread.sleep(warmMs);
            w.stop();
            w.join(30_000);
            warmed = (resumeTurn > 1 ? "resumed at turn " + resumeTurn + ", " : "") + "warm-up " + warmMs + " ms: "
                    + w.rounds() + " searches";
        }
        List<String> rows = new ArrayList<>();
        int turn = resumeTurn - 1;
        while (!s.state().isOver()) {
            turn++;
            s.apply(new Action.Commit(Side.MOSCOW,
                    s.engine().legalChoices(s.state(), Side.MOSCOW).get(0).id(), "first"));
            if (s.state().isOver()) {
                break;
            }
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            Bot.Decision d = bot.decide(s.engine().view(s.state(), Side.BEIJING));
            long c1 = mx.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            rows.add(String.format(java.util.Locale.ROOT, "decision %d: %d ms wall, %d ms CPU (%s)", turn,
                    (w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000, d.variant().id()));
            s.apply(new Action.Commit(Side.BEIJING, d.variant().id(), "bot"));
        }
        System.out.println(spec + ", seed " + seed + ", " + warmed + ", load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        rows.forEach(System.out::println);
    }
}
