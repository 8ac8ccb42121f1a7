package org.amur.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.session.Match;
import org.amur.session.Session;
import org.amur.engine.EndReason;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Variant;

/**
 * The balance harness: for each scenario, how often each side wins, draws and loses against par under
 * history-like play, under search against search and across the personalities' round robin; which
 * strategy is each side's best response to the field; how much the choices matter compared with the
 * dice; and the war rates under each of Moscow's lines. {@code amur balance} prints it as
 * {@code BALANCE.md} ({@link BalanceReport}).
 *
 * <p>Every number comes from a <em>cell</em>: one Moscow strategy against one Beijing strategy on one
 * scenario, {@code n} games. Game {@code i} of every cell has the same game seed
 * ({@link GameSeeds#game}) and each seat the same bot seed ({@link GameSeeds#seat}), as in
 * {@code amur simulate}, so strategies are compared on identical dice (common random numbers), a
 * cell of bots that do not learn from events gives exactly what {@code simulate} gives with the same
 * policies and seed, and the whole result depends only on the configuration, never on the number of
 * threads. Bots are told the events their seat sees after every step ({@link Match#playOut}).
 *
 * <p>A <em>strategy</em> is a personality ({@code historian}, {@code hawk}, {@code hedger},
 * {@code mercantilist}), the search bot, or a <em>line</em>: a fixed script that stays on one line of
 * effort ({@link #lines}), written as a {@code simulate} script so it can be replayed there.
 */
public final class Balance {

    /** The round robin's field: the heuristic personalities. */
    public static final List<String> FIELD = Bots.personalities();

    /** The search bot whose self-play is measured. */
    public static final String SEARCH = "mcts:normal";

    /**
     * What to play.
     *
     * @param games     games per cell of personalities and lines (the round robin, history, the lines)
     * @param mctsGames games of search against search per scenario (0: skip)
     */
    public record Config(List<Scenario> scenarios, int games, int mctsGames, long seed, int threads, Rules rules) {
        public Config {
            scenarios = List.copyOf(scenarios);
            if (scenarios.isEmpty() || games < 2 || mctsGames < 0 || threads < 1) {
                throw new IllegalArgumentException("a balance run needs scenarios, at least 2 games per cell and a thread");
            }
        }
    }

    /**
     * One way to play a seat: a bot spec or a {@code script:} of variant ids. Its name is the bot's spec or,
     * for a line, an id ({@code line.peace_mission}) that the report words from {@code balance.properties}.
     */
    public record Strategy(String name, String spec) {
        boolean scripted() {
            return spec.startsWith("script:");
        }

        Bot create(Engine engine, Side side, long seed) {
            if (!scripted()) {
                return Bots.create(spec, engine, side, seed);
            }
            List<Variant> script = new ArrayList<>();
            for (String id : spec.substring("script:".length()).split(",")) {
                script.add(Variant.byId(id).orElseThrow());
            }
            return new ScriptBot(name, script);
        }
    }

    /**
     * The fixed lines of effort each side can hold all game, for the choice/dice ratio and Moscow's war
     * rates: only consultations (cooperation kept to talks), the alliance ladder (consult, prepare,
     * sign, invoke when a crisis allows), Peace Mission every year, a rotation of exercises, a rotation
     * of arms deals. Variants the scenario does not offer are left out; a line with none is dropped.
     */
    public static List<Strategy> lines(Scenario s) {
        Map<String, List<Variant>> raw = new LinkedHashMap<>();
        raw.put("line.consultations_only", List.of(Variant.ALLIANCE_CONSULT));
        raw.put("line.alliance_ladder", List.of(Variant.ALLIANCE_CONSULT, Variant.ALLIANCE_PREPARE,
                Variant.ALLIANCE_SIGN, Variant.ALLIANCE_INVOKE));
        raw.put("line.peace_mission", List.of(Variant.EX_PEACE_MISSION));
        raw.put("line.exercise_rotation", cycle(s, List.of(Variant.EX_PEACE_MISSION, Variant.EX_MARITIME_HOME,
                Variant.EX_AEROSPACE_SECURITY, Variant.EX_TRAINING, Variant.EX_MARITIME_EDGE)));
        raw.put("line.arms_rotation", cycle(s, List.of(Variant.ARMS_ENGINES_HELICOPTERS, Variant.ARMS_SU35,
                Variant.ARMS_S400, Variant.ARMS_DOWNGRADED_EXPORT)));
        List<Strategy> out = new ArrayList<>();
        for (Map.Entry<String, List<Variant>> e : raw.entrySet()) {
            List<Variant> offered = e.getValue().stream().filter(s.variants()::contains).toList();
            if (offered.isEmpty()) {
                continue;
            }
            StringBuilder spec = new StringBuilder("script:");
            for (int i = 0; i < offered.size(); i++) {
                spec.append(i == 0 ? "" : ",").append(offered.get(i).id());
            }
            Strategy st = new Strategy(e.getKey(), spec.toString());
            if (out.stream().noneMatch(o -> o.spec().equals(st.spec()))) {
                out.add(st);
            }
        }
        return out;
    }

    /** A rotation written out for every turn of the scenario (a script's last entry repeats). */
    private static List<Variant> cycle(Scenario s, List<Variant> rotation) {
        List<Variant> offered = rotation.stream().filter(s.variants()::contains).toList();
        List<Variant> out = new ArrayList<>();
        for (int t = 0; t < s.turns() && !offered.isEmpty(); t++) {
            out.add(offered.get(t % offered.size()));
        }
        return out;
    }

    /** Every strategy a side is measured with: the personalities, then the lines. */
    public static List<Strategy> strategies(Scenario s) {
        List<Strategy> out = new ArrayList<>();
        for (String p : FIELD) {
            out.add(new Strategy(p, p));
        }
        out.addAll(lines(s));
        return out;
    }

    /** The results of one cell, game by game in seed order. */
    public record Cell(Strategy moscow, Strategy beijing, double[] moscowResult, double[] beijingResult,
                       Standing.Victory[] moscowLevel, Standing.Victory[] beijingLevel, EndReason[] endings) {
        public int games() {
            return endings.length;
        }

        public double[] result(Side side) {
            return side == Side.MOSCOW ? moscowResult : beijingResult;
        }

        public Standing.Victory[] level(Side side) {
            return side == Side.MOSCOW ? moscowLevel : beijingLevel;
        }

        public double mean(Side side) {
            double sum = 0;
            for (double x : result(side)) {
                sum += x;
            }
            return sum / games();
        }

        /** Per-game variance (n - 1 denominator). */
        public double variance(Side side) {
            double m = mean(side);
            double ss = 0;
            for (double x : result(side)) {
                ss += (x - m) * (x - m);
            }
            return ss / (games() - 1);
        }

        public double rate(EndReason e) {
            int k = 0;
            for (EndReason x : endings) {
                k += x == e ? 1 : 0;
            }
            return (double) k / games();
        }
    }

    /** Win, draw and loss shares of a side over some games, with the number of games. */
    public record Wdl(int games, double win, double draw, double loss) {
    }

    /** The choice-spread / dice-spread measure of one side ({@link ScenarioResult#choiceDice}). */
    public record ChoiceDice(Side side, double choice, double dice, double ratio, Strategy best, double bestMean,
                             Strategy worst, double worstMean) {
    }

    /** Everything measured on one scenario. */
    public record ScenarioResult(Scenario scenario, List<Strategy> strategies, Map<String, Cell> cells, Cell search) {

        /** The cell of Moscow strategy {@code m} against Beijing strategy {@code b} (by name), or null. */
        public Cell cell(String m, String b) {
            return cells.get(m + "|" + b);
        }

        /** (a) History against history. */
        public Cell history() {
            return cell("historian", "historian");
        }

        /** The cell of {@code st} on {@code side} against field member {@code opponent} on the other seat. */
        public Cell against(Side side, Strategy st, String opponent) {
            return side == Side.MOSCOW ? cell(st.name(), opponent) : cell(opponent, st.name());
        }

        /** The cells of {@code st} on {@code side} against each member of the field. */
        public List<Cell> vsField(Side side, Strategy st) {
            List<Cell> out = new ArrayList<>();
            for (String f : FIELD) {
                out.add(against(side, st, f));
            }
            return out;
        }

        /** Mean result of {@code st} on {@code side} against the field, each opponent weighted equally. */
        public double meanVsField(Side side, Strategy st) {
            double sum = 0;
            List<Cell> cs = vsField(side, st);
            for (Cell c : cs) {
                sum += c.mean(side);
            }
            return sum / cs.size();
        }

        /** A share of endings of {@code st} on {@code side} against the field, each opponent weighted equally. */
        public double rateVsField(Side side, Strategy st, EndReason e) {
            double sum = 0;
            List<Cell> cs = vsField(side, st);
            for (Cell c : cs) {
                sum += c.rate(e);
            }
            return sum / cs.size();
        }

        /** (c) The round robin of the personalities: the cells where both seats are in the field. */
        public List<Cell> roundRobin() {
            List<Cell> out = new ArrayList<>();
            for (String m : FIELD) {
                for (String b : FIELD) {
                    out.add(cell(m, b));
                }
            }
            return out;
        }

        /**
         * How much a side's choices move its result compared with the dice: the range of its strategies'
         * mean results against the field ({@code choice}), the pooled per-game standard deviation within
         * cells, where both seats' strategies are fixed and only the dice vary ({@code dice}), their ratio,
         * and the strategy with the best mean (the best response to the field).
         */
        public ChoiceDice choiceDice(Side side) {
            double best = Double.NEGATIVE_INFINITY;
            double worst = Double.POSITIVE_INFINITY;
            Strategy bestS = null;
            Strategy worstS = null;
            double var = 0;
            int cellsN = 0;
            for (Strategy st : strategies) {
                double m = meanVsField(side, st);
                if (m > best) {
                    best = m;
                    bestS = st;
                }
                if (m < worst) {
                    worst = m;
                    worstS = st;
                }
                for (Cell c : vsField(side, st)) {
                    var += c.variance(side);
                    cellsN++;
                }
            }
            double dice = Math.sqrt(var / cellsN);
            return new ChoiceDice(side, best - worst, dice, (best - worst) / dice, bestS, best, worstS, worst);
        }

        /** Win/draw/loss shares of a side over cells, pooled game by game (null cells are skipped). */
        public static Wdl wdl(Side side, List<Cell> over) {
            int n = 0;
            int w = 0;
            int d = 0;
            for (Cell c : over) {
                if (c == null) {
                    continue;
                }
                for (Standing.Victory v : c.level(side)) {
                    n++;
                    w += v.isWin() ? 1 : 0;
                    d += v == Standing.Victory.DRAW ? 1 : 0;
                }
            }
            return n == 0 ? new Wdl(0, Double.NaN, Double.NaN, Double.NaN)
                    : new Wdl(n, (double) w / n, (double) d / n, (double) (n - w - d) / n);
        }
    }

    /**
     * The par of a scenario: each side's median final score (so that history-like play beats par about as
     * often as it falls short, however skewed the scores; a war's points make them skewed), and its per-game
     * standard deviation, over
     * {@code games} seeded games of Historian against Historian under {@code rules}, played by
     * {@link Simulator} exactly as {@code amur simulate --moscow historian --beijing historian} plays them.
     */
    public static Scenario.Par par(Scenario scenario, int games, long seed, Rules rules, int threads) {
        SimConfig c = new SimConfig(scenario, games, seed, PolicySpec.parse("historian", scenario),
                PolicySpec.parse("historian", scenario), threads, Map.of(), rules);
        SimResult r = new Simulator(c).run();
        return new Scenario.Par(round2(r.score(Side.MOSCOW).p50()), round2(r.score(Side.BEIJING).p50()),
                Math.max(0.01, round2(r.score(Side.MOSCOW).sd())), Math.max(0.01, round2(r.score(Side.BEIJING).sd())),
                games, seed, rules.version());
    }

    /** The command that recomputes a par (what the scenario file stores with it). */
    public static String parCommand(Scenario scenario, Scenario.Par par) {
        return "./amur simulate --scenario " + scenario.id() + " --moscow historian --beijing historian --games "
                + par.games() + " --seed " + par.seed() + " --rules " + par.rules();
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private final Config config;

    public Balance(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /** Plays every cell of every scenario; {@code progress} hears the games finished so far (may be null). */
    public List<ScenarioResult> run(LongConsumer progress) throws InterruptedException {
        List<Job> jobs = new ArrayList<>();
        List<Map<String, Cell>> cellMaps = new ArrayList<>();
        List<Cell> searchCells = new ArrayList<>();
        for (Scenario s : config.scenarios()) {
            Engine engine = new Engine(s, Map.of(), config.rules());
            Map<String, Cell> cells = new LinkedHashMap<>();
            List<Strategy> all = strategies(s);
            for (Strategy m : all) {
                for (Strategy b : all) {
                    boolean fieldM = FIELD.contains(m.spec());
                    boolean fieldB = FIELD.contains(b.spec());
                    if (fieldM || fieldB) {
                        Cell c = newCell(m, b, config.games());
                        cells.put(m.name() + "|" + b.name(), c);
                        addJobs(jobs, engine, c);
                    }
                }
            }
            cellMaps.add(cells);
            Cell search = null;
            if (config.mctsGames() > 0) {
                Strategy mcts = new Strategy(SEARCH, SEARCH);
                search = newCell(mcts, mcts, config.mctsGames());
                addJobs(jobs, engine, search);
            }
            searchCells.add(search);
        }
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "amur-balance");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> {
                    j.run();
                    long d = done.addAndGet(j.to - j.from);
                    if (progress != null) {
                        progress.accept(d);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a balance game failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<ScenarioResult> out = new ArrayList<>();
        for (int i = 0; i < config.scenarios().size(); i++) {
            Scenario s = config.scenarios().get(i);
            out.add(new ScenarioResult(s, strategies(s), cellMaps.get(i), searchCells.get(i)));
        }
        return out;
    }

    /** Games in the whole run. */
    public long totalGames() {
        long n = 0;
        for (Scenario s : config.scenarios()) {
            int k = strategies(s).size();
            int f = FIELD.size();
            n += (long) (k * k - (k - f) * (k - f)) * config.games() + config.mctsGames();
        }
        return n;
    }

    private static Cell newCell(Strategy m, Strategy b, int n) {
        return new Cell(m, b, new double[n], new double[n], new Standing.Victory[n], new Standing.Victory[n],
                new EndReason[n]);
    }

    /** Games per job: small enough to share the slow search games between threads. */
    private static final int JOB = 16;

    private void addJobs(List<Job> jobs, Engine engine, Cell c) {
        for (int from = 0; from < c.games(); from += JOB) {
            jobs.add(new Job(engine, c, from, Math.min(c.games(), from + JOB)));
        }
    }

    private final class Job {
        final Engine engine;
        final Cell cell;
        final int from;
        final int to;

        Job(Engine engine, Cell cell, int from, int to) {
            this.engine = engine;
            this.cell = cell;
            this.from = from;
            this.to = to;
        }

        void run() {
            for (int i = from; i < to; i++) {
                long seed = GameSeeds.game(config.seed(), i);
                Bot m = cell.moscow().create(engine, Side.MOSCOW, GameSeeds.seat(seed, Side.MOSCOW));
                Bot b = cell.beijing().create(engine, Side.BEIJING, GameSeeds.seat(seed, Side.BEIJING));
                GameState end = Match.of(Session.start(engine, seed), m, b).playOut();
                Standing ru = engine.standing(end, Side.MOSCOW);
                Standing cn = engine.standing(end, Side.BEIJING);
                cell.moscowResult()[i] = ru.result();
                cell.beijingResult()[i] = cn.result();
                cell.moscowLevel()[i] = ru.victory();
                cell.beijingLevel()[i] = cn.victory();
                cell.endings()[i] = end.ending();
            }
        }
    }

    /**
     * Plays a fixed script like {@code simulate}'s {@code script:} policy: one variant per turn, the last
     * repeating; a variant not legal now falls back to the first legal choice of its line, else the first.
     */
    static final class ScriptBot implements Bot {
        private final String name;
        private final List<Variant> script;

        ScriptBot(String name, List<Variant> script) {
            this.name = name;
            this.script = List.copyOf(script);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Decision decide(SeatView view) {
            Variant wanted = script.get(Math.min(view.turn(), script.size()) - 1);
            List<Variant> legal = view.legalChoices();
            if (legal.contains(wanted)) {
                return new Decision(wanted, "");
            }
            for (Variant v : legal) {
                if (v.line() == wanted.line()) {
                    return new Decision(v, "");
                }
            }
            return new Decision(legal.get(0), "");
        }
    }
}
