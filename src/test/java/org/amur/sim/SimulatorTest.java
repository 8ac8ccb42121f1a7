package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amur.ai.RandomBot;
import org.amur.engine.Action;
import org.amur.engine.Asymmetry;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    static Scenario baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
    }

    private static SimConfig config(long games, String moscow, String beijing, int threads) {
        return new SimConfig(baseline, games, 7, PolicySpec.parse(moscow, baseline),
                PolicySpec.parse(beijing, baseline), threads);
    }

    @Test
    void run_oneTwoOrThreeThreads_sameJsonByteForByte() {
        // 1,000 games = 4 chunks of 256 minus some: the threads really split the work unevenly
        String one = Reports.jsonText(new Simulator(config(1000, "random", "random", 1)).run(), null);
        String two = Reports.jsonText(new Simulator(config(1000, "random", "random", 2)).run(), null);
        String three = Reports.jsonText(new Simulator(config(1000, "random", "random", 3)).run(), null);
        assertThat(two).isEqualTo(one);
        assertThat(three).isEqualTo(one);
    }

    @Test
    void run_differentMasterSeeds_differentResults() {
        SimResult a = new Simulator(config(500, "random", "random", 1)).run();
        SimConfig c = config(500, "random", "random", 1);
        SimResult b = new Simulator(new SimConfig(baseline, 500, 8, c.moscow(), c.beijing(), 1)).run();
        assertThat(Reports.jsonText(a, null)).isNotEqualTo(Reports.jsonText(b, null));
    }

    @Test
    void run_countsEveryGameOnceAndOutcomesAddUp() {
        SimResult r = new Simulator(config(777, "random", "random", 2)).run();
        assertThat(r.games()).isEqualTo(777);
        long ends = r.count(SimResult.Outcome.FULL_TERM) + r.count(SimResult.Outcome.RUPTURE)
                + r.count(SimResult.Outcome.WAR_US_CHINA) + r.count(SimResult.Outcome.WAR_RUSSIA_NATO);
        assertThat(ends).isEqualTo(777);
        assertThat(r.fin(Indicator.TRUST).n()).isEqualTo(777);
        assertThat(r.perTurn().get(0).games()).isEqualTo(777);
        assertThat(r.perTurn()).hasSize(baseline.turns());
    }

    @Test
    void run_finalMeanEqualsMeanOfPlayedGames() {
        SimConfig c = config(300, "random", "script:arms.su35", 2);
        Simulator sim = new Simulator(c);
        SimResult r = sim.run();
        double sum = 0;
        int copies = 0;
        for (int i = 0; i < 300; i++) {
            GameRecord g = sim.play(i);
            sum += g.finalState().get(Indicator.RU_DEFENSE_INDUSTRY);
            copies += g.unlicensedCopies();
        }
        assertThat(r.fin(Indicator.RU_DEFENSE_INDUSTRY).mean()).isCloseTo(sum / 300, org.assertj.core.data.Offset
                .offset(1e-5));
        assertThat(r.unlicensedCopies()).isEqualTo(copies);
    }

    @Test
    void gameSeeds_areTheMasterGeneratorsOutputsInOrder() {
        SplitMix64 g = new SplitMix64(SplitMix64.seedState(99));
        for (int i = 0; i < 5; i++) {
            assertThat(GameSeeds.game(99, i)).isEqualTo(g.nextLong());
        }
        assertThat(GameSeeds.seat(5, Side.MOSCOW)).isNotEqualTo(GameSeeds.seat(5, Side.BEIJING));
    }

    @Test
    void randomPolicy_choosesWhatRandomBotChoosesWithTheSameSeed() {
        Engine engine = new Engine(baseline);
        for (long seed = 1; seed <= 20; seed++) {
            PolicySpec.SeatPlayer p = new PolicySpec.Random().seat(engine, Side.MOSCOW, seed * 31);
            RandomBot bot = new RandomBot(seed * 31);
            RandomBot other = new RandomBot(seed);
            GameState s = engine.newGame(seed).state();
            while (!s.isOver()) {
                Variant mine = p.choose(s);
                assertThat(mine).isEqualTo(bot.decide(engine.view(s, Side.MOSCOW)).variant());
                s = engine.apply(s, new Action.Commit(Side.MOSCOW, mine)).stateOrThrow();
                s = engine.apply(s, new Action.Commit(Side.BEIJING,
                        other.decide(engine.view(s, Side.BEIJING)).variant())).stateOrThrow();
            }
        }
    }

    @Test
    void botPolicy_decidesFromTheSeatViewAndMatchesTheSameChoicesAsRandom() {
        PolicySpec bot = new PolicySpec.BotPolicy("random", (e, side, seed) -> new RandomBot(seed));
        SimConfig viaBot = new SimConfig(baseline, 600, 7, bot, bot, 2);
        SimConfig direct = config(600, "random", "random", 2);
        String a = Reports.jsonText(new Simulator(viaBot).run(), null);
        String b = Reports.jsonText(new Simulator(direct).run(), null);
        assertThat(a).isEqualTo(b);
    }

    /** Plays a whole game with two scripts and returns what each side committed, turn by turn. */
    private static List<Variant[]> playScripts(String moscow, String beijing, int[] fallbacks) {
        Engine engine = new Engine(baseline);
        PolicySpec.SeatPlayer m = PolicySpec.parse(moscow, baseline).seat(engine, Side.MOSCOW, 1);
        PolicySpec.SeatPlayer b = PolicySpec.parse(beijing, baseline).seat(engine, Side.BEIJING, 2);
        GameState s = engine.newGame(3).state();
        List<Variant[]> out = new ArrayList<>();
        while (!s.isOver()) {
            Variant vm = m.choose(s);
            s = engine.apply(s, new Action.Commit(Side.MOSCOW, vm)).stateOrThrow();
            Variant vb = b.choose(s);
            s = engine.apply(s, new Action.Commit(Side.BEIJING, vb)).stateOrThrow();
            out.add(new Variant[] {vm, vb});
        }
        fallbacks[0] = m.fallbacks();
        fallbacks[1] = b.fallbacks();
        return out;
    }

    @Test
    void scriptedPolicy_oneVariantPerTurnThenTheLastRepeats() {
        int[] fb = new int[2];
        List<Variant[]> turns = playScripts("script:exercise.training,arms.su35,exercise.peace_mission",
                "script:arms.engines_helicopters", fb); // a yearly sale (rules 3 caps the Su-35's contracts)
        assertThat(turns).hasSize(baseline.turns());
        assertThat(turns.get(0)[0]).isEqualTo(Variant.EX_TRAINING);
        assertThat(turns.get(1)[0]).isEqualTo(Variant.ARMS_SU35);
        for (int t = 2; t < turns.size(); t++) {
            assertThat(turns.get(t)[0]).isEqualTo(Variant.EX_PEACE_MISSION);
            assertThat(turns.get(t)[1]).isEqualTo(Variant.ARMS_ENGINES_HELICOPTERS);
        }
        assertThat(fb).containsExactly(0, 0);
    }

    @Test
    void scriptedPolicy_illegalVariant_fallsBackToFirstLegalOfSameLineAndCounts() {
        int[] fb = new int[2];
        // Baseline starts at alliance level 2: both sign in turn 1; from turn 2 the treaty is signed, so
        // sign is no longer legal and the first legal alliance variant (consultations) is used instead.
        List<Variant[]> turns = playScripts("script:alliance.sign", "script:alliance.sign", fb);
        assertThat(turns.get(0)[0]).isEqualTo(Variant.ALLIANCE_SIGN);
        assertThat(turns.get(0)[1]).isEqualTo(Variant.ALLIANCE_SIGN);
        for (int t = 1; t < turns.size(); t++) {
            assertThat(turns.get(t)[0]).isEqualTo(Variant.ALLIANCE_CONSULT);
        }
        assertThat(fb[0]).isEqualTo(turns.size() - 1);
        assertThat(fb[1]).isEqualTo(turns.size() - 1);
    }

    @Test
    void scriptedPolicy_fallbacksAppearInTheBatchResult() {
        SimResult r = new Simulator(config(50, "script:alliance.invoke", "random", 1)).run();
        // invoke is never legal at alliance level 2 without a treaty: every Moscow choice falls back
        long turnsPlayed = 0;
        for (SimResult.TurnMeans t : r.perTurn()) {
            turnsPlayed += t.games();
        }
        assertThat(r.fallbacks(Side.MOSCOW)).isEqualTo(turnsPlayed);
        assertThat(r.fallbacks(Side.BEIJING)).isZero();
    }

    @Test
    void parse_botSpecs_becomeBotPoliciesInCanonicalForm() {
        assertThat(PolicySpec.parse("Historian", baseline)).isInstanceOf(PolicySpec.BotPolicy.class)
                .extracting(PolicySpec::text).isEqualTo("historian");
        assertThat(PolicySpec.parse("mcts", baseline).text()).isEqualTo("mcts:normal");
        assertThat(PolicySpec.parse("mcts:hard", baseline).text()).isEqualTo("mcts:hard");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicySpec.parse("mcts:insane", baseline))
                .hasMessageContaining("hawk").hasMessageContaining("script:");
    }

    @Test
    void run_personalityBots_sameResultOnOneOrTwoThreadsAndUnlikeRandom() {
        String one = Reports.jsonText(new Simulator(config(400, "hawk", "hedger", 1)).run(), null);
        String two = Reports.jsonText(new Simulator(config(400, "hawk", "hedger", 2)).run(), null);
        assertThat(two).isEqualTo(one);
        assertThat(one).contains("\"moscow\" : \"hawk\"");
        assertThat(one).isNotEqualTo(Reports.jsonText(new Simulator(config(400, "random", "random", 2)).run(), null));
    }

    @Test
    void parse_acceptsRandomAndScriptsCaseInsensitively() {
        assertThat(PolicySpec.parse(" Random ", baseline)).isInstanceOf(PolicySpec.Random.class);
        PolicySpec s = PolicySpec.parse("SCRIPT:arms.su35, exercise.training", baseline);
        assertThat(s.text()).isEqualTo("script:arms.su35,exercise.training");
    }

    @Test
    void run_scaledAsymmetry_changesTheOutcomeItDrives() {
        // A7 drives copying: with copying switched off no unlicensed copy is ever made
        SimConfig c = config(400, "script:arms.licensed_antiship", "script:arms.licensed_antiship", 2);
        SimResult normal = new Simulator(c).run();
        SimResult off = new Simulator(c.withScale(Map.of(Asymmetry.A7, 0.0))).run();
        assertThat(normal.rate(SimResult.Outcome.UNLICENSED_COPY)).isGreaterThan(0.5);
        assertThat(off.rate(SimResult.Outcome.UNLICENSED_COPY)).isZero();
    }

    @Test
    void csv_oneRowPerGameInGameOrderWhateverTheThreads() throws Exception {
        StringWriter one = new StringWriter();
        StringWriter two = new StringWriter();
        new Simulator(config(700, "random", "random", 1)).run(null, one);
        Simulator sim = new Simulator(config(700, "random", "random", 2));
        sim.run(null, two);
        assertThat(two.toString()).isEqualTo(one.toString());
        String[] rows = one.toString().split("\n");
        assertThat(rows).hasSize(700);
        int columns = Reports.csvHeader().strip().split(",").length;
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split(",");
            assertThat(cells).hasSize(columns);
            assertThat(cells[0]).isEqualTo(Integer.toString(i));
            assertThat(cells[1]).isEqualTo(org.amur.report.Escape.csvSeed(GameSeeds.game(7, i))); // kept as text by spreadsheets
        }
        GameRecord g = sim.play(123);
        assertThat(rows[123].split(",")[2]).isEqualTo(g.ending().id());
    }

    @Test
    void sensitivity_ranksTheAsymmetryThatDrivesAnOutcomeFirst() {
        SimConfig c = config(300, "script:arms.licensed_antiship", "script:arms.licensed_antiship", 2);
        Sensitivity.Tornado t = Sensitivity.run(c, List.of(Asymmetry.A9, Asymmetry.A7), 0.0, 1.5, null);
        List<Sensitivity.Bar> copy = t.bars().get(Sensitivity.Metric.UNLICENSED_COPY);
        assertThat(copy.get(0).asymmetry()).isEqualTo(Asymmetry.A7);
        assertThat(copy.get(0).low()).isZero();
        assertThat(copy.get(1).swing()).isZero(); // no exercise is ever held: A9 changes nothing here
        assertThat(Reports.jsonText(t.base(), null)).isEqualTo(Reports.jsonText(new Simulator(c).run(), null));
    }
}
