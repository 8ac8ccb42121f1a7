package org.amur.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.ai.Warmup;
import org.amur.engine.Event;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * What a player waits for a search bot in the game screen, from a cold JVM: a person plays Moscow (always
 * the first legal choice) against the bot as Beijing on the baseline, through {@link Match} with a match
 * thread and one bot worker as the game screen runs it. Before each turn the person reads for
 * {@code READ_MS} (the introduction before turn 1, the reveal before the others), then starts the turn and
 * commits <em>at once</em> (the worst case: no time spent choosing); the wait is from that commitment to
 * the turn's resolution (and, in brackets, the part of it until the bot's answer reached the match thread). With {@code ahead} the match thinks ahead ({@link Match#setThinkAhead}), as the
 * game screen does in a game with a person and no facilitator; with {@code now} the bot starts deciding
 * when the turn starts (as before). With {@code SETUP_MS}, a {@link Warmup} runs that long on the opening
 * position first, as the new-game screen runs one once a search bot is chosen, and is stopped when the
 * game begins. With {@code PATIENCE_MS} (the game screen's is {@link Match#PLAYER_PATIENCE}, 800) the match
 * hurries the bot that long after the person has committed ({@link Match.Options#patience}); the line then also
 * gives, per turn, the simulated futures each decision played ({@code -} when it was not hurried, {@code h} when
 * it was hurried before it could play a game to choose its style). Run each in a fresh JVM:
 *
 * <pre>mvn -B -q -o test-compile exec:exec@wait -Dwait.args="ahead mcts:hard 7 2000 [SETUP_MS [PATIENCE_MS]]"</pre>
 */
public final class WaitHarness {
    private WaitHarness() {
    }

    public static void main(String[] args) throws Exception {
        boolean ahead = args.length > 0 && args[0].equals("ahead");
        String spec = args.length > 1 ? args[1] : "mcts:hard";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
        long readMs = args.length > 3 ? Long.parseLong(args[3]) : 2000;
        long setupMs = args.length > 4 ? Long.parseLong(args[4]) : 0;
        long patienceMs = args.length > 5 ? Long.parseLong(args[5]) : -1;
        Session s = Session.start(new ScenarioLoader(Path.of("scenarios")).resolve("baseline"), seed);
        if (setupMs > 0) {
            Session other = Session.start(new ScenarioLoader(Path.of("scenarios")).resolve("baseline"), 1);
            Warmup w = Warmup.start(other.engine(), other.state(), Side.BEIJING);
            Thread.sleep(setupMs);
            w.stop();
        }
        Bot bot = Bots.create(spec, s.engine(), Side.BEIJING, seed);
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Machine(bot),
                Match.Options.NONE.withPatience(patienceMs < 0 ? null : java.time.Duration.ofMillis(patienceMs)));
        ExecutorService matchThread = Executors.newSingleThreadExecutor();
        ExecutorService botWorker = Executors.newSingleThreadExecutor();
        LinkedBlockingQueue<Long> resolved = new LinkedBlockingQueue<>();
        List<Long> decidedAt = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> choices = new ArrayList<>();
        List<String> played = new ArrayList<>();
        m.addListener(new Match.Listener() {
            @Override
            public void stepped(List<Event> events) {
                for (Event e : events) {
                    if (e instanceof Event.ChoicesRevealed) {
                        resolved.add(System.nanoTime());
                    }
                }
            }

            @Override
            public void botDecided(Side side, Bot.Decision d) {
                decidedAt.add(System.nanoTime());
                choices.add(d.variant().id());
                played.add(played(d.reason()));
            }
        });
        matchThread.submit(() -> {
            m.setThinkAhead(ahead);
            m.start(matchThread, botWorker);
            m.thinkAhead(); // the introduction is shown (a no-op unless thinking ahead)
        }).get();
        List<Long> waits = new ArrayList<>();
        List<Long> botWaits = new ArrayList<>();
        while (!s.state().isOver()) {
            Thread.sleep(readMs); // the introduction or the reveal is read
            matchThread.submit(m::startTurn).get();
            long committed = System.nanoTime();
            matchThread.submit(() -> {
                Variant first = m.view(Side.MOSCOW).legalChoices().get(0);
                m.commit(Side.MOSCOW, first, "");
            }).get();
            Long at = resolved.poll(120, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException("the turn did not resolve");
            }
            waits.add(Math.max(0, (at - committed) / 1_000_000));
            botWaits.add(Math.max(0, (decidedAt.get(decidedAt.size() - 1) - committed) / 1_000_000));
        }
        System.out.printf(Locale.ROOT, "%s, %s, seed %d, read %d ms, set-up warm-up %d ms, patience %s, load average %.2f:"
                + " waits ms %s (of which for the bot's answer %s); choices %s; futures played when hurried %s%n",
                ahead ? "ahead" : "now", spec, seed, readMs, setupMs, patienceMs < 0 ? "none" : patienceMs + " ms",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), waits, botWaits, choices, played);
        matchThread.shutdownNow();
        botWorker.shutdownNow();
    }

    private static final java.util.regex.Pattern PLAYED =
            java.util.regex.Pattern.compile("(\\d+) of its \\d+ simulated futures");
    private static final java.util.regex.Pattern STYLE_GAMES =
            java.util.regex.Pattern.compile("(\\d+) of its \\d+ whole games");

    /**
     * From a reason: the futures a hurried decision played ({@code -}: not hurried; {@code h}: before it had
     * played a game to choose a style; {@code N+sG}: N futures after choosing its style on G whole games).
     */
    private static String played(String reason) {
        if (!reason.contains("asked to answer")) {
            return "-";
        }
        java.util.regex.Matcher m = PLAYED.matcher(reason);
        if (!m.find()) {
            return "h";
        }
        java.util.regex.Matcher g = STYLE_GAMES.matcher(reason);
        return g.find() ? m.group(1) + "+s" + g.group(1) : m.group(1);
    }
}
