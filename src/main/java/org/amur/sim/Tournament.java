package org.amur.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * A seeded round-robin between bots: every bot plays Moscow against every bot playing Beijing,
 * {@code gamesPerPairing} games each, the games spread over the scenarios in turn (game {@code g} of a
 * pairing is played on scenario {@code g mod S}). Strength is the <em>own</em> score a bot earns from
 * a seat against the whole field (the game is not zero-sum).
 *
 * <p>Common random numbers: game {@code g} of every pairing uses the same game seed and the same bot
 * seeds, so two bots at one seat are compared on identical dice and opponents, and the paired
 * differences ({@link #paired}) are much tighter than the separate intervals. Games run in parallel
 * but each is independent and results are gathered in a fixed order, so the whole table depends only
 * on the seed.
 */
public final class Tournament {

    /** What to play. {@code scenarios} are played in the given order. */
    public record Config(List<String> bots, List<Scenario> scenarios, int gamesPerPairing, long seed, int threads) {
        public Config {
            bots = List.copyOf(bots);
            scenarios = List.copyOf(scenarios);
            if (bots.isEmpty() || scenarios.isEmpty() || gamesPerPairing < 1 || threads < 1) {
                throw new IllegalArgumentException("a tournament needs bots, scenarios, games and threads");
            }
        }

        /** Games in the whole tournament. */
        public int totalGames() {
            return bots.size() * bots.size() * gamesPerPairing;
        }
    }

    /** One finished game: who sat where, on which scenario, and both scores. */
    public record Game(int moscowBot, int beijingBot, int scenario, int index, double moscowScore,
                       double beijingScore) {
        public double score(Side side) {
            return side == Side.MOSCOW ? moscowScore : beijingScore;
        }

        public int bot(Side side) {
            return side == Side.MOSCOW ? moscowBot : beijingBot;
        }
    }

    /** Mean with a normal-approximation 95 % confidence interval. */
    public record Estimate(int n, double mean, double halfWidth) {
        public double low() {
            return mean - halfWidth;
        }

        public double high() {
            return mean + halfWidth;
        }

        static Estimate of(double[] xs, int n) {
            if (n == 0) {
                return new Estimate(0, Double.NaN, Double.NaN);
            }
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += xs[i];
            }
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (xs[i] - mean) * (xs[i] - mean);
            }
            double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
            return new Estimate(n, mean, 1.96 * sd / Math.sqrt(n));
        }
    }

    private final Config config;
    private final List<Game> games;

    private Tournament(Config config, List<Game> games) {
        this.config = config;
        this.games = List.copyOf(games);
    }

    public Config config() {
        return config;
    }

    public List<Game> games() {
        return games;
    }

    /** Plays the whole tournament; {@code progress} hears the number of games finished so far (may be null). */
    public static Tournament run(Config config, IntConsumer progress) throws InterruptedException {
        List<Engine> engines = new ArrayList<>();
        for (Scenario s : config.scenarios()) {
            engines.add(new Engine(s));
        }
        int nb = config.bots().size();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "amur-tournament");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Game>> futures = new ArrayList<>();
            for (int g = 0; g < config.gamesPerPairing(); g++) {
                for (int m = 0; m < nb; m++) {
                    for (int b = 0; b < nb; b++) {
                        int mi = m;
                        int bi = b;
                        int gi = g;
                        int si = g % config.scenarios().size();
                        futures.add(pool.submit(() -> play(config, engines.get(si), mi, bi, si, gi)));
                    }
                }
            }
            List<Game> out = new ArrayList<>(futures.size());
            for (Future<Game> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a tournament game failed: " + e.getCause(), e.getCause());
                }
                if (progress != null) {
                    progress.accept(out.size());
                }
            }
            return new Tournament(config, out);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The seed of game {@code g} on scenario {@code s}: the same for every pairing (common random numbers). */
    public static long gameSeed(long seed, int scenario, int g) {
        return new SplitMix64(SplitMix64.seedState(seed) ^ (scenario * 0x9E3779B97F4A7C15L) ^ g * 0xC2B2AE3D27D4EB4FL)
                .nextLong();
    }

    private static Game play(Config c, Engine engine, int m, int b, int s, int g) {
        GameState state = game(engine, gameSeed(c.seed(), s, g), c.bots().get(m), c.bots().get(b)).state();
        return new Game(m, b, s, g, state.score(Side.MOSCOW), state.score(Side.BEIJING));
    }

    /**
     * Plays one tournament game between two bot specs through the match loop, each bot seeded as the
     * game screen seeds a bot seated at turn 1 of a game with this seed ({@link Match#botSeed}), and
     * returns it whole. Never hurried: the game screen's game is this one unless a search bot there was asked
     * to answer early ({@link Match#PLAYER_PATIENCE}; {@code --patient-bots} never asks).
     */
    public static Session game(Engine engine, long seed, String moscowSpec, String beijingSpec) {
        Bot moscow = Bots.create(moscowSpec, engine, Side.MOSCOW, Match.botSeed(seed, Side.MOSCOW, 1));
        Bot beijing = Bots.create(beijingSpec, engine, Side.BEIJING, Match.botSeed(seed, Side.BEIJING, 1));
        Session session = Session.start(engine, seed);
        Match.of(session, moscow, beijing).playOut();
        return session;
    }

    /** A bot's own score from a seat against the whole field (every opponent, every scenario). */
    public Estimate ownScore(int bot, Side seat) {
        return ownScore(bot, seat, -1);
    }

    /** Likewise on one scenario only ({@code scenario < 0}: all). */
    public Estimate ownScore(int bot, Side seat, int scenario) {
        double[] xs = new double[games.size()];
        int n = 0;
        for (Game g : games) {
            if (g.bot(seat) == bot && (scenario < 0 || g.scenario() == scenario)) {
                xs[n++] = g.score(seat);
            }
        }
        return Estimate.of(xs, n);
    }

    /**
     * Bot {@code a}'s own score minus bot {@code b}'s from the same seat, paired game by game (same
     * opponent, same game seed).
     */
    public Estimate paired(int a, int b, Side seat) {
        int nb = config.bots().size();
        int per = config.gamesPerPairing();
        double[][] scoreA = new double[nb][per];
        double[][] scoreB = new double[nb][per];
        for (Game g : games) {
            int opp = g.bot(seat.other());
            if (g.bot(seat) == a) {
                scoreA[opp][g.index()] = g.score(seat);
            }
            if (g.bot(seat) == b) {
                scoreB[opp][g.index()] = g.score(seat);
            }
        }
        double[] d = new double[nb * per];
        int n = 0;
        for (int o = 0; o < nb; o++) {
            for (int i = 0; i < per; i++) {
                d[n++] = scoreA[o][i] - scoreB[o][i];
            }
        }
        return Estimate.of(d, n);
    }
}
