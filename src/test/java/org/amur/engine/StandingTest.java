package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class StandingTest {
    private static final Scenario.Par PAR = new Scenario.Par(-10, 20, 8, 5, 2000, 2018, 2);

    @Test
    void victory_levelsFollowTheSpread() {
        // Moscow: par -10, spread 8 -> draw within 1.6, decisive beyond 8
        assertThat(Standing.of(Side.MOSCOW, -10, PAR).victory()).isEqualTo(Standing.Victory.DRAW);
        assertThat(Standing.of(Side.MOSCOW, -8.5, PAR).victory()).isEqualTo(Standing.Victory.DRAW);
        assertThat(Standing.of(Side.MOSCOW, -8.3, PAR).victory()).isEqualTo(Standing.Victory.MARGINAL_WIN);
        assertThat(Standing.of(Side.MOSCOW, -2, PAR).victory()).isEqualTo(Standing.Victory.MARGINAL_WIN);
        assertThat(Standing.of(Side.MOSCOW, -1.9, PAR).victory()).isEqualTo(Standing.Victory.DECISIVE_WIN);
        assertThat(Standing.of(Side.MOSCOW, -12, PAR).victory()).isEqualTo(Standing.Victory.MARGINAL_LOSS);
        assertThat(Standing.of(Side.MOSCOW, -18.1, PAR).victory()).isEqualTo(Standing.Victory.DECISIVE_LOSS);
        // Beijing: par 20, spread 5
        Standing b = Standing.of(Side.BEIJING, 26, PAR);
        assertThat(b.result()).isEqualTo(6);
        assertThat(b.par()).isEqualTo(20);
        assertThat(b.victory()).isEqualTo(Standing.Victory.DECISIVE_WIN);
    }

    @Test
    void better_comparesResultsNotRawScores() {
        // Moscow's raw score is far below Beijing's, but it beat its par and Beijing missed its own
        Standing ru = Standing.of(Side.MOSCOW, -4, PAR);
        Standing cn = Standing.of(Side.BEIJING, 18, PAR);
        assertThat(Standing.better(ru, cn)).isEqualTo(Side.MOSCOW);
        assertThat(Text.verdict(ru, cn)).contains("Moscow did better");
        Standing even = Standing.of(Side.BEIJING, 26, PAR);
        assertThat(Standing.better(Standing.of(Side.MOSCOW, -4, PAR), even)).isNull();
    }

    @Test
    void noPar_measuresAgainstZero() {
        Standing s = Standing.of(Side.MOSCOW, 3, Scenario.Par.NONE);
        assertThat(s.hasPar()).isFalse();
        assertThat(s.result()).isEqualTo(3);
        assertThat(s.victory()).isEqualTo(Standing.Victory.MARGINAL_WIN);
    }

    @Test
    void standingInWords_fillsEveryPlaceholder() {
        String w = Text.standing(Standing.of(Side.MOSCOW, -4, PAR));
        assertThat(w).isEqualTo("score -4, par -10, result +6: marginal win").doesNotContain("{", "}");
    }

    @Test
    void engineStanding_readsTheStateScoreAndTheScenarioPar() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        assertThat(s.par().stated()).isTrue();
        Engine e = new Engine(s);
        GameState g = e.newGame(5).state();
        Standing st = e.standing(g, Side.BEIJING);
        assertThat(st.score()).isEqualTo(g.score(Side.BEIJING));
        // at the start of turn 1 no turn has been played: par 0, so the result is the score (under rules 3
        // the score already counts the turn's opening cards) and the victory level is the one it reads as
        assertThat(st.par()).isZero();
        assertThat(st.result()).isEqualTo(g.score(Side.BEIJING));
        assertThat(st.victory()).isEqualTo(Standing.Victory.of(g.score(Side.BEIJING), s.par().spread(Side.BEIJING)));
        Engine rules2 = new Engine(s, Rules.V2);
        assertThat(rules2.standing(rules2.newGame(5).state(), Side.BEIJING).victory())
                .as("under rules 2 nothing counts before the first turn resolves: a draw")
                .isEqualTo(Standing.Victory.DRAW);
        assertThat(e.standingAtTurnStart(Side.BEIJING, g.score(Side.BEIJING), 1)).isEqualTo(st);
        // half way, half the par; once over, all of it
        assertThat(e.standingAtTurnStart(Side.MOSCOW, 0, 1 + s.turns() / 2).par())
                .isCloseTo(s.par().moscow() / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.standing(Side.MOSCOW, 0).par()).isEqualTo(s.par().moscow());
    }

    @Test
    void shorterGame_isMeasuredAgainstParInProportionToItsTurns_asAGameUnderWayIs() throws Exception {
        Scenario full = ScenarioLoader.load(Path.of("scenarios/baseline.json")).scenario();
        Scenario four = full.withTurns(4);
        Engine e = new Engine(four);
        assertThat(e.standing(Side.BEIJING, 0).par()).isCloseTo(full.par().beijing() * 4 / full.turns(),
                org.assertj.core.api.Assertions.within(1e-9));
        // the same as the full game's standing at the start of turn 5, and the spread is the full game's
        assertThat(e.standing(Side.BEIJING, 0).par()).isCloseTo(new Engine(full).standingAtTurnStart(Side.BEIJING, 0,
                5).par(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.standing(Side.BEIJING, 0).spread()).isEqualTo(full.par().spread(Side.BEIJING));
        assertThat(full.withTurns(full.turns()).par()).isEqualTo(full.par());
    }
}
