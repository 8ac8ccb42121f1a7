package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Test;

/**
 * The Historian behaves as the report reads the two capitals: in the 2018 baseline the treaty stays in
 * reserve; when US-China war risk reaches the real-threat level, it is signed (Kashin 2018, The Issue
 * of the Sino-Russian Alliance, p.23).
 */
class HistorianTest {
    /** The Taiwan Strait crisis scenario, written on main by the scenarios issue. */
    static final Path TAIWAN = Path.of("scenarios/taiwan-strait.json");
    private static final List<String> FIELD = List.of("random", "historian", "hawk", "hedger", "mercantilist");

    @Test
    void baseline_historianRarelyProposesATreaty() {
        Engine engine = new Engine(Games.load(Path.of("scenarios/baseline.json")));
        int games = 0;
        int gamesWithProposal = 0;
        int decisions = 0;
        for (Side seat : Side.values()) {
            for (String opponent : FIELD) {
                for (long seed = 0; seed < 100; seed++, games++) {
                    Bot h = Bots.create("historian", engine, seat, seed);
                    Bot o = Bots.create(opponent, engine, seat.other(), seed + 1);
                    List<Games.Move> moves = Games.play(engine, seed, seat == Side.MOSCOW ? h : o,
                            seat == Side.MOSCOW ? o : h, null);
                    boolean proposed = false;
                    for (Games.Move m : moves) {
                        if (m.side() == seat) {
                            decisions++;
                            proposed |= m.variant() == Variant.ALLIANCE_SIGN;
                        }
                    }
                    gamesWithProposal += proposed ? 1 : 0;
                }
            }
        }
        assertThat(games).isEqualTo(1000);
        assertThat(decisions).isGreaterThan(5000);
        // The baseline starts far below the real-threat level (US-China war risk 15 vs 45); only a run of
        // incidents could bring it there. Stated margin: at most 2 % of games.
        assertThat(gamesWithProposal).as("games in which the Historian proposed a treaty").isLessThanOrEqualTo(20);
    }

    /**
     * China cannot be a security provider to Russia: its nuclear forces could not affect a war with NATO in
     * Europe (Kashin 2018, The Issue of the Sino-Russian Alliance, p.24). So in the Baltic standoff, where
     * Russia-NATO tension sits at the crisis level, Moscow's Historian never asks Beijing to sign for it; it
     * holds the treaty's consultations instead (p.14, {@link HistorianCrisisTest}).
     */
    @Test
    void balticStandoff_moscowHistorianNeverAsksBeijingToSignForANatoCrisis() {
        Engine engine = new Engine(Games.load(Path.of("scenarios/baltic-standoff.json")));
        double threat = engine.scenario().thresholds().realThreat();
        double crisis = engine.scenario().thresholds().natoCrisis();
        int games = 400;
        int ruptures = 0;
        int crisisDecisions = 0;
        int askedWithoutUsChinaThreat = 0;
        for (long seed = 0; seed < games; seed++) {
            List<GameState> states = new ArrayList<>();
            List<Games.Move> moves = Games.play(engine, seed, Bots.create("historian", engine, Side.MOSCOW, seed),
                    Bots.create("historian", engine, Side.BEIJING, seed + 1), states);
            for (Games.Move m : moves) {
                GameState before = states.get(m.turn() - 1);
                if (m.side() == Side.MOSCOW && before.get(Indicator.RUSSIA_NATO_TENSION) >= crisis) {
                    crisisDecisions++;
                    askedWithoutUsChinaThreat += m.variant() == Variant.ALLIANCE_SIGN
                            && before.get(Indicator.US_CHINA_WAR_RISK) < threat ? 1 : 0;
                }
            }
            GameState last = states.get(states.size() - 1);
            ruptures += last.ending() == org.amur.engine.EndReason.RUPTURE ? 1 : 0;
        }
        assertThat(crisisDecisions).as("Moscow's decisions with tension at the crisis level").isGreaterThan(games);
        assertThat(askedWithoutUsChinaThreat).as("treaty proposals for a NATO crisis alone").isZero();
        // Asking every year used to wear trust down to a rupture in about 3 % of these games.
        assertThat(ruptures).as("ruptures in %d historian games", games).isLessThanOrEqualTo(games / 200);
    }

    @Test
    void baseline_historiansKeepTheAllianceInReserveAndDoBusiness() {
        Engine engine = new Engine(Games.load(Path.of("scenarios/baseline.json")));
        int signed = 0;
        int arms = 0;
        int exercises = 0;
        int moves = 0;
        for (long seed = 0; seed < 300; seed++) {
            List<GameState> states = new ArrayList<>();
            for (Games.Move m : Games.play(engine, seed, Bots.create("historian", engine, Side.MOSCOW, seed),
                    Bots.create("historian", engine, Side.BEIJING, seed + 1), states)) {
                moves++;
                arms += m.variant().line() == org.amur.engine.Line.ARMS ? 1 : 0;
                exercises += m.variant().line() == org.amur.engine.Line.EXERCISES ? 1 : 0;
            }
            signed += states.stream().anyMatch(s -> s.allianceLevel() >= 3) ? 1 : 0;
        }
        assertThat(signed).as("baseline games with a signed treaty").isLessThanOrEqualTo(3);
        // Steady business: arms at least two choices in five, exercises at least one in five.
        assertThat(arms).isGreaterThan(moves * 2 / 5);
        assertThat(exercises).isGreaterThan(moves / 5);
    }

    @Test
    void taiwanCrisis_historianSignsOnceWarRiskReachesTheRealThreat() {
        assumeTrue(Files.exists(TAIWAN), "the Taiwan Strait scenario (" + TAIWAN + ") is not on this branch yet");
        Engine engine = new Engine(Games.load(TAIWAN));
        double threat = engine.scenario().thresholds().realThreat();
        int chances = 0;
        int proposals = 0;
        int gamesWithChance = 0;
        int gamesSigned = 0;
        for (long seed = 0; seed < 300; seed++) {
            List<GameState> states = new ArrayList<>();
            List<Games.Move> moves = Games.play(engine, seed, Bots.create("historian", engine, Side.MOSCOW, seed),
                    Bots.create("historian", engine, Side.BEIJING, seed + 1), states);
            boolean chance = false;
            for (Games.Move m : moves) {
                GameState s = states.get(m.turn() - 1);
                if (s.allianceLevel() == 2 && s.get(Indicator.US_CHINA_WAR_RISK) >= threat) {
                    chances++;
                    chance = true;
                    proposals += m.variant() == Variant.ALLIANCE_SIGN ? 1 : 0;
                }
            }
            if (chance) {
                gamesWithChance++;
                gamesSigned += states.stream().anyMatch(s -> s.allianceLevel() >= 3) ? 1 : 0;
            }
        }
        assumeTrue(gamesWithChance >= 30, "war risk reached the real-threat level at level 2 in only "
                + gamesWithChance + " of 300 games: the scenario does not test this claim");
        // Stated margins: at least 95 % of such decisions propose the treaty, and at least 90 % of the
        // games that reach that point see it signed.
        assertThat(proposals).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * chances));
        assertThat(gamesSigned).isGreaterThanOrEqualTo((int) Math.ceil(0.90 * gamesWithChance));
    }

    /**
     * Peace Mission answers exactly a town seized by militants in an SCO state (Kashin 2018, Peace Mission,
     * p.17): in the Central Asian crisis both Historians hold it every year that the alliance rules leave
     * free, so two Historians act together; in the baseline it stays one exercise of the calendar.
     */
    @Test
    void centralAsia_historiansMakePeaceMissionTheOperation() {
        Engine crisis = new Engine(Games.load(Path.of("scenarios/central-asia.json")));
        int moves = 0;
        int peace = 0;
        int alliance = 0;
        for (long seed = 0; seed < 200; seed++) {
            for (Games.Move m : Games.play(crisis, seed, Bots.create("historian", crisis, Side.MOSCOW, seed),
                    Bots.create("historian", crisis, Side.BEIJING, seed + 1), null)) {
                moves++;
                peace += m.variant() == Variant.EX_PEACE_MISSION ? 1 : 0;
                alliance += m.variant().line() == org.amur.engine.Line.ALLIANCE ? 1 : 0;
            }
        }
        assertThat(moves).isGreaterThan(1000);
        assertThat(peace).as("Peace Mission choices in the Central Asian crisis").isEqualTo(moves - alliance);
        assertThat(alliance).as("alliance moves (the reserve kept up)").isLessThan(moves / 4);

        Engine baseline = new Engine(Games.load(Path.of("scenarios/baseline.json")));
        int baseMoves = 0;
        int basePeace = 0;
        for (long seed = 0; seed < 200; seed++) {
            for (Games.Move m : Games.play(baseline, seed, Bots.create("historian", baseline, Side.MOSCOW, seed),
                    Bots.create("historian", baseline, Side.BEIJING, seed + 1), null)) {
                baseMoves++;
                basePeace += m.variant() == Variant.EX_PEACE_MISSION ? 1 : 0;
            }
        }
        assertThat(basePeace).as("Peace Mission choices in the baseline").isLessThan(baseMoves / 5);
    }
}
