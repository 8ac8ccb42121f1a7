package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.cli.Main;
import org.amur.engine.Action;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Text;
import org.amur.report.GameReport;
import org.amur.report.ReportBuilder;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.amur.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * One score function: at every turn start of a whole game, the dashboard, {@code replay} (text and
 * JSON) and the report as of then, and at the end the report and the end of the log, show what
 * {@code Engine.standing} gives; under rules 2 and under rules 3 (where a turn start's score includes
 * that turn's cards). In a facilitated game on screen, the console at every turn start, the reveal's
 * "where each side stands" (rules 3) and the end screen show the same.
 */
class StandingConsistencyTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(ints = {2, 3})
    void everyTurnStart_screensReplayAndReportAgreeWithEngineStanding(int version) throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("taiwan-strait");
        Session s = Session.start(sc, 31, Rules.of(version).orElseThrow());
        Bot m = Bots.create("hawk", s.engine(), Side.MOSCOW, 1);
        Bot b = Bots.create("historian", s.engine(), Side.BEIJING, 2);
        while (!s.state().isOver()) {
            var dm = m.decide(s.engine().view(s.state(), Side.MOSCOW));
            var db = b.decide(s.engine().view(s.state(), Side.BEIJING));
            s.apply(new Action.Commit(Side.MOSCOW, dm.variant().id(), ""));
            s.apply(new Action.Commit(Side.BEIJING, db.variant().id(), ""));
        }
        SaveMeta meta = new SaveMeta("hawk", "historian");
        Path file = new SaveStore(dir, ScenarioLoader.forInstallation(), Clock.systemUTC()).save(s, "same", meta);

        StringWriter json = new StringWriter();
        assertThat(Main.run(new String[] {"replay", "--json", file.toString()}, new PrintWriter(json, true),
                new PrintWriter(new StringWriter(), true))).isZero();
        JsonNode turns = StrictJson.mapper().readTree(json.toString()).get("turns");
        StringWriter text = new StringWriter();
        assertThat(Main.run(new String[] {"replay", file.toString()}, new PrintWriter(text, true),
                new PrintWriter(new StringWriter(), true))).isZero();

        int starts = s.resolvedTurns() + (s.state().isOver() ? 0 : 1);
        assertThat(starts).isGreaterThan(1);
        for (int t = 1; t <= starts; t++) {
            Session at = Session.replay(sc, s.seed(), s.actionsBefore(t), s.rules());
            String dash = dashboard(at);
            GameReport report = ReportBuilder.build(at, meta, List.of(), "same");
            for (Side side : Side.values()) {
                Standing st = s.engine().standing(s.stateAtTurnStart(t), side);
                assertThat(at.engine().standing(at.state(), side)).isEqualTo(st);
                JsonNode j = turns.get(t - 1).get("standing").get(side.id());
                assertThat(j.get("score").asDouble()).as("replay --json, turn " + t).isEqualTo(st.score());
                assertThat(j.get("result").asDouble()).isEqualTo(st.result());
                assertThat(j.get("victory").asString()).isEqualTo(st.victory().id());
                assertThat(text.toString()).contains(side.displayName() + ": " + Text.standing(st));
                assertThat(dash).as("dashboard, turn " + t).contains(Dashboard.scoreValue(st.result()) + " "
                        + Ui.t("dash.level." + st.victory().id()));
                GameReport.SideScore inReport = report.scores().get(side.ordinal());
                assertThat(inReport.standing()).as("report as of turn " + t).isEqualTo(st);
                assertThat(inReport.total()).isEqualTo(st.score());
            }
        }
        GameReport r = ReportBuilder.build(s, meta, List.of(), "same");
        for (GameReport.SideScore score : r.scores()) {
            Standing st = s.engine().standing(s.state(), score.side());
            assertThat(score.standing()).isEqualTo(st);
            assertThat(score.total()).isEqualTo(st.score());
            assertThat(text.toString()).contains(score.side().displayName() + ": " + Text.standing(st));
        }
    }

    /**
     * The screens of a facilitated game, played at 120x40 with random bots on both seats: at every turn
     * start the facilitator's console shows each side's standing at that moment, under rules 3 the reveal
     * before it says where each side stands as the next year begins (the same numbers), and the end screen
     * the final standing; all of them what {@code Engine.standing} gives. Rules new games are played
     * under ({@code Rules.CURRENT}).
     */
    @org.junit.jupiter.api.Test
    void facilitatedGame_consoleRevealAndEndScreen_showEngineStanding() {
        Harness h = new Harness(120, 40, dir, new Palette(Palette.Mode.MONO), Runnable::run)
                .start(App.Start.game("taiwan-strait", 31L, "random", "random")
                        .facilitated(new SaveMeta.Facilitator(false, SaveMeta.Adjudication.SEMI_RIGID)))
                .enter(); // past the introduction
        Game g = h.app.game();
        boolean cardsAtStart = g.session().rules().scoresCardsAtTurnStart();
        int consoles = 0;
        int reveals = 0;
        while (!g.state().isOver()) {
            assertThat(h.app.top()).isInstanceOf(ConsoleView.class);
            int t = g.session().resolvedTurns() + 1;
            String console = flat(((ConsoleView) h.app.top()).build(200).plain());
            for (Side side : Side.values()) {
                Standing st = g.engine().standing(g.session().stateAtTurnStart(t), side);
                assertThat(console).as("console, turn %d", t).contains(side.displayName() + " now: " + Text.standing(st));
            }
            consoles++;
            h.enter(); // to the teams: both bots choose at once
            assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
            h.enter().enter().keys(Harness.ch('y')); // the ruling screen; the engine's outcome accepted
            assertThat(h.app.top()).isInstanceOf(RevealView.class);
            String reveal = flat(((RevealView) h.app.top()).build(200).plain());
            if (!g.state().isOver() && cardsAtStart) {
                for (Side side : Side.values()) {
                    Standing st = g.engine().standing(g.session().stateAtTurnStart(t + 1), side);
                    assertThat(reveal).as("reveal of turn %d", t).contains(Text.standing(st));
                }
                reveals++;
            }
            h.enter();
        }
        assertThat(h.app.top()).isInstanceOf(EndView.class);
        String end = flat(((EndView) h.app.top()).build(200).plain());
        for (Side side : Side.values()) {
            assertThat(end).as("end screen").contains(Text.standing(g.engine().standing(g.state(), side)));
        }
        assertThat(consoles).isGreaterThan(1);
        assertThat(reveals).isEqualTo(cardsAtStart ? consoles - 1 : 0);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The dashboard of a session's current state, drawn at 120x40, as text. */
    private static String dashboard(Session s) throws Exception {
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        Canvas c = new Canvas(screen.newTextGraphics(), new TerminalSize(120, 40), new Palette(Palette.Mode.MONO),
                Glyphs.UNICODE);
        Dashboard.draw(c, 0, Dashboard.fullHeight(), s.engine().view(s.state(), Side.MOSCOW).values(), s);
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < Dashboard.fullHeight(); y++) {
            for (int x = 0; x < 120; x++) {
                sb.append(screen.getBackCharacter(x, y).getCharacterString());
            }
            sb.append('\n');
        }
        screen.stopScreen();
        return sb.toString();
    }
}
