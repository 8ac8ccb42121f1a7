package org.amur.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.amur.ai.AfterChecks;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Match;
import org.amur.session.Session;
import org.amur.sim.GameSeeds;

/**
 * What a hurry costs a search bot: the same games (seeds, dice, the bots' own seeds) played with every decision of
 * {@code mcts:hard} cut after {@code CUT} readings of its hurry (one per simulated game in the search, one per round
 * of the style choice), against the same bot never hurried. A count, not a clock, so a run is reproducible; the cut
 * stands for a busy machine (the hurried decisions of session 11 played 1,000-4,000 of 5,000 games, and 436-548 of
 * the first decision's 2,500 style games, about 110-140 rounds).
 *
 * <pre>java -cp target/test-classes:target/classes:CLASSPATH org.amur.bench.HurriedQualityHarness [GAMES [CUT [SCENARIO [OPPONENT]]]]</pre>
 *
 * Prints, per arm, the search bot's (Beijing's) and the opponent's mean final score with its standard error, and
 * the mean paired difference of Beijing's score, hurried minus whole.
 */
public final class HurriedQualityHarness {
    private HurriedQualityHarness() {
    }

    /** The search bot, each decision given a fresh {@link AfterChecks} (or none). */
    private record Cutting(Bot inner, int cut) implements Bot {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Decision decide(SeatView view) {
            return cut < 0 ? inner.decide(view) : inner.decide(view, new AfterChecks(cut));
        }

        @Override
        public void observe(List<Event> events) {
            inner.observe(events);
        }
    }

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int cut = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String scenario = args.length > 2 ? args[2] : "baseline";
        String opponent = args.length > 3 ? args[3] : "historian";
        LoadedScenario sc = new ScenarioLoader(Path.of("scenarios")).resolve(scenario);
        double[][] bj = new double[2][games];
        double[][] ru = new double[2][games];
        for (int g = 0; g < games; g++) {
            long seed = GameSeeds.game(2026, g);
            for (int arm = 0; arm < 2; arm++) {
                Session s = Session.start(sc, seed);
                Bot moscow = Bots.create(opponent, s.engine(), Side.MOSCOW, Match.botSeed(seed, Side.MOSCOW, 1));
                Bot search = Bots.create("mcts:hard", s.engine(), Side.BEIJING, Match.botSeed(seed, Side.BEIJING, 1));
                GameState end = Match.of(s, moscow, new Cutting(search, arm == 0 ? -1 : cut)).playOut();
                bj[arm][g] = end.score(Side.BEIJING);
                ru[arm][g] = end.score(Side.MOSCOW);
            }
        }
        String[] names = {"whole budget", "cut at " + cut};
        for (int arm = 0; arm < 2; arm++) {
            System.out.printf(Locale.ROOT, "%-14s Beijing (mcts:hard) %6.2f +- %4.2f   Moscow (%s) %6.2f +- %4.2f%n",
                    names[arm], mean(bj[arm]), se(bj[arm]), opponent, mean(ru[arm]), se(ru[arm]));
        }
        double[] diff = new double[games];
        for (int g = 0; g < games; g++) {
            diff[g] = bj[1][g] - bj[0][g];
        }
        System.out.printf(Locale.ROOT, "%s, %d games: Beijing hurried - whole, paired: %+.2f +- %.2f%n",
                scenario, games, mean(diff), se(diff));
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double se(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1) / x.length);
    }
}
