package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Engine;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.RollKind;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Test;

/**
 * The Historian in a live crisis (war rolled this year) holds the consultations the 2001 treaty calls for: the
 * two parties are to get in touch at once and consult on how to remove a threat to either (Kashin 2018,
 * Building the Defense Partnership, p.14). Beijing does so in a US-China crisis short of
 * the real threat (at the real threat it signs, p.23); Moscow in a Russia-NATO crisis once tension reaches the
 * level where an escalation would be full war (below it China's word adds little in Europe, p.24).
 */
class HistorianCrisisTest {
    private static final List<String> FIELD = List.of("random", "historian", "hawk", "hedger", "mercantilist");

    /** Counts the Historian's decisions in its own live crisis, and those that were consultations. */
    private record Tally(int crisisDecisions, int talks, int talksOutsideCrisis) {
    }

    private interface Crisis {
        boolean live(Engine engine, GameState before);
    }

    private static Tally play(Path scenario, Side seat, Crisis crisis) {
        Engine engine = new Engine(Games.load(scenario));
        int decisions = 0;
        int talks = 0;
        int outside = 0;
        for (String opponent : FIELD) {
            for (long seed = 0; seed < 60; seed++) {
                Bot h = Bots.create("historian", engine, seat, seed);
                Bot o = Bots.create(opponent, engine, seat.other(), seed + 7);
                List<GameState> states = new ArrayList<>();
                List<Games.Move> moves = Games.play(engine, seed, seat == Side.MOSCOW ? h : o,
                        seat == Side.MOSCOW ? o : h, states);
                for (Games.Move m : moves) {
                    if (m.side() != seat) {
                        continue;
                    }
                    GameState before = states.get(m.turn() - 1);
                    boolean consult = m.variant() == Variant.ALLIANCE_CONSULT;
                    if (crisis.live(engine, before)) {
                        decisions++;
                        talks += consult ? 1 : 0;
                    } else {
                        outside += consult ? 1 : 0;
                    }
                }
            }
        }
        return new Tally(decisions, talks, outside);
    }

    @Test
    void taiwanStrait_beijingHoldsCrisisTalksInEveryLiveCrisisShortOfTheRealThreat() {
        Tally t = play(Path.of("scenarios/taiwan-strait.json"), Side.BEIJING, (engine, s) -> {
            double risk = s.get(Indicator.US_CHINA_WAR_RISK);
            return RollKind.US_CHINA_WAR.hazard().rolls(risk) && risk < engine.scenario().thresholds().realThreat()
                    && s.allianceLevel() < 3;
        });
        // The deck pushes war risk past 35 in most Taiwan games: the rule is exercised many times.
        assertThat(t.crisisDecisions()).as("Beijing's decisions in a live crisis").isGreaterThan(100);
        assertThat(t.talks()).as("crisis talks among them (p.14)").isEqualTo(t.crisisDecisions());
    }

    @Test
    void balticStandoff_moscowHoldsCrisisTalksWhenAnEscalationWouldBeWar() {
        Tally t = play(Path.of("scenarios/baltic-standoff.json"), Side.MOSCOW, (engine, s) ->
                s.get(Indicator.RUSSIA_NATO_TENSION) >= engine.scenario().thresholds().natoWar()
                        && s.allianceLevel() < 3
                        && s.get(Indicator.US_CHINA_WAR_RISK) < engine.scenario().thresholds().realThreat());
        assertThat(t.crisisDecisions()).as("Moscow's decisions with tension at the war level").isGreaterThan(50);
        assertThat(t.talks()).as("crisis talks among them (p.14)").isEqualTo(t.crisisDecisions());
        // Below that level (a crisis whose escalation is a limited clash) Moscow keeps its business going:
        // China's word adds little in Europe (p.24). Talks there are rare (the climb from rung 0 after a
        // rupture of the ladder is the only other source).
        assertThat(t.talksOutsideCrisis()).as("Moscow's talks below the war level").isLessThan(t.crisisDecisions() / 5);
    }

    /**
     * At a critical moment for the Russian economy (below 35) both Historians meet on the deal of 2014-2015: Moscow
     * asks for Chinese space-grade electronics and Beijing offers them (Trends, p.22), every year, so the credit
     * China gives at such moments comes with the business (Alliance, p.25).
     */
    @Test
    void sanctionsSqueeze_atACriticalMomentBothHistoriansMeetOnSpaceElectronics() {
        Engine engine = new Engine(Games.load(Path.of("scenarios/sanctions-squeeze.json")));
        int critical = 0;
        int met = 0;
        for (long seed = 0; seed < 200; seed++) {
            List<GameState> states = new ArrayList<>();
            List<Games.Move> moves = Games.play(engine, seed, Bots.create("historian", engine, Side.MOSCOW, seed),
                    Bots.create("historian", engine, Side.BEIJING, seed + 1), states);
            for (int i = 0; i + 1 < moves.size(); i += 2) {
                Games.Move a = moves.get(i);
                Games.Move b = moves.get(i + 1);
                GameState before = states.get(a.turn() - 1);
                if (before.get(Indicator.RU_ECONOMY) < Historian.CRITICAL_ECONOMY && before.allianceLevel() < 3
                        && !RollKind.US_CHINA_WAR.hazard().rolls(before.get(Indicator.US_CHINA_WAR_RISK))
                        && !RollKind.RUSSIA_NATO_WAR.hazard().rolls(before.get(Indicator.RUSSIA_NATO_TENSION))
                        && a.variant().line() != Line.ALLIANCE && b.variant().line() != Line.ALLIANCE) {
                    critical++;
                    met += a.variant() == Variant.REV_SPACE_ELECTRONICS && b.variant() == Variant.REV_SPACE_ELECTRONICS
                            ? 1 : 0;
                }
            }
        }
        // the alliance rules come first (a climb of the ladder when trust allows); every other such year, both meet
        assertThat(critical).as("years at a critical moment outside the alliance ladder").isGreaterThan(100);
        assertThat(met).as("years both chose space electronics").isEqualTo(critical);
    }

    @Test
    void baseline_historianHoldsTalksOnlyInACrisis() {
        // Without a live crisis the Historian's alliance year is the climb or the reserve's renewal, never a
        // bare round of talks once the ladder is past rung 0 (the baseline starts at rung 2).
        for (Side seat : Side.values()) {
            Tally t = play(Path.of("scenarios/baseline.json"), seat, (engine, s) -> seat == Side.BEIJING
                    ? RollKind.US_CHINA_WAR.hazard().rolls(s.get(Indicator.US_CHINA_WAR_RISK))
                    : RollKind.RUSSIA_NATO_WAR.hazard().rolls(s.get(Indicator.RUSSIA_NATO_TENSION)));
            assertThat(t.talksOutsideCrisis()).as("%s's talks outside its own crisis", seat).isZero();
        }
    }
}
