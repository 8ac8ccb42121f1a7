package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.EndReason;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Text;

/**
 * The end of a game: how it ended, both scores and what made them (each objective's contribution
 * and the ending's points), charts of the main indicators over the turns, and where it was saved.
 */
final class EndView extends DocView {
    /** The indicators charted, in order. */
    static final List<Indicator> CHARTED = List.of(Indicator.RU_SCORE, Indicator.CN_SCORE, Indicator.TRUST,
            Indicator.INTEROPERABILITY, Indicator.US_CHINA_WAR_RISK, Indicator.RUSSIA_NATO_TENSION,
            Indicator.RU_DEFENSE_INDUSTRY, Indicator.RU_FAR_EAST_SECURITY, Indicator.CN_PLA_MODERNIZATION,
            Indicator.CN_LEVERAGE);

    private final Game game;

    EndView(App app, Game game) {
        super(app);
        this.game = game;
    }

    @Override
    String title() {
        return Ui.t("end.title", game.info().title());
    }

    @Override
    String right() {
        return Ui.t("end.after", game.state().turn());
    }

    @Override
    Doc build(int width) {
        Doc d = new Doc(width);
        GameState s = game.state();
        EndReason reason = s.ending();
        d.row(new Span(Ui.t("end.outcome." + reason.id()), Role.WARN));
        d.para(Text.ending(reason, s.allianceLevel() >= 3));
        d.blank();
        Standing ru = game.engine().standing(s, Side.MOSCOW);
        Standing cn = game.engine().standing(s, Side.BEIJING);
        d.row(new Span(Ui.t("end.score", game.seating().name(Side.MOSCOW), Text.standing(ru)), Role.MOSCOW));
        d.row(new Span(Ui.t("end.score", game.seating().name(Side.BEIJING), Text.standing(cn)), Role.BEIJING));
        d.para(Text.verdict(ru, cn), Role.BOLD);
        d.para(Ui.t("end.par_note"), Role.DIM);
        for (Side side : Side.values()) {
            drivers(d, side);
        }
        d.heading(Ui.t("end.charts"));
        charts(d, width);
        d.heading(Ui.t("end.saved_heading"));
        if (game.saving().lastSave() != null) {
            d.para(Ui.t("end.saved", game.saving().lastSave()));
        } else {
            d.para(game.match().saveProblem().isEmpty() ? Ui.t("end.not_saved") : game.match().saveProblem(), Role.WARN);
        }
        String saveName = game.saving().lastSave() == null ? "SAVE" : Saves.name(game.saving().lastSave());
        d.para(Ui.t("end.replay", game.saving().playAgainCommand(), saveName, game.saving().playAgainNote()), Role.DIM);
        return d;
    }

    /** Each objective's share of a side's score, and what the ending added. */
    private void drivers(Doc d, Side side) {
        Scenario sc = game.engine().scenario();
        GameState s = game.state();
        d.heading(Ui.t("end.drivers", side.displayName(), glyphs.arrow()));
        double sum = 0;
        List<String[]> rows = new ArrayList<>();
        for (Scenario.Objective o : sc.objectives(side)) {
            Indicator i = o.indicator();
            double start = sc.start().get(i);
            double end = s.get(i);
            double pts = o.weight() * (end - start) * 100.0 / i.range();
            sum += pts;
            if (!game.seating().audience().sees(i)) {
                rows.add(new String[] {Text.label(i), Ui.t("dash.secret"), ""});
                continue;
            }
            rows.add(new String[] {Text.label(i), Narration.number(start, 1) + " " + glyphs.arrow() + " "
                    + Narration.number(end, 1) + "  x" + Narration.number(o.weight(), 2),
                Narration.signed(pts, 1)});
        }
        int lw = 0;
        for (String[] r : rows) {
            lw = Math.max(lw, Canvas.columns(r[0]));
        }
        for (String[] r : rows) {
            Role role = r[2].startsWith("-") ? Role.DOWN : r[2].startsWith("+") && !r[2].equals("+0") ? Role.UP
                    : Role.NORMAL;
            d.row(new Span("  " + Canvas.pad(r[0], lw) + "  ", Role.NORMAL), new Span(Canvas.pad(r[1], 22), Role.DIM),
                    new Span(Canvas.padLeft(r[2], 7), role));
        }
        double ending = s.score(side) - sum;
        if (Math.abs(ending) >= 0.05) {
            d.row(new Span("  " + Canvas.pad(Ui.t("end.ending_points"), lw) + "  ", Role.NORMAL),
                    new Span(Canvas.pad("", 22), Role.DIM), new Span(Canvas.padLeft(Narration.signed(ending, 1), 7),
                            ending < 0 ? Role.DOWN : Role.UP));
        }
        d.row(new Span("  " + Canvas.pad(Ui.t("end.total"), lw) + "  " + Canvas.pad("", 22), Role.BOLD),
                new Span(Canvas.padLeft(Narration.signed(s.score(side), 1), 7), Role.BOLD));
    }

    private void charts(Doc d, int width) {
        Scenario sc = game.engine().scenario();
        String first = Integer.toString(sc.startYear());
        String last = Ui.t("end.axis_end");
        List<List<List<Span>>> blocks = new ArrayList<>();
        for (Indicator i : CHARTED) {
            if (!game.seating().audience().sees(i)) {
                continue;
            }
            Role role = i.group() == Indicator.Group.MOSCOW ? Role.MOSCOW
                    : i.group() == Indicator.Group.BEIJING ? Role.BEIJING : Role.NORMAL;
            blocks.add(Charts.bars(Text.label(i), game.session().history(i), first, last, 44, 4, role, glyphs));
        }
        Charts.grid(d, blocks, width, 46);
    }

    @Override
    String keys() {
        return Ui.t("keys.end");
    }

    @Override
    void close() {
        app.leaveGame();
    }

    @Override
    void other(KeyStroke k) {
        if (Keys.ch(k, 'l')) {
            app.push(new LogView(app, game));
        } else if (Keys.ch(k, 'r')) {
            app.push(new ReportView(app, game));
        } else if (Keys.ch(k, 'v')) {
            java.nio.file.Path last = game.saving().lastSave();
            app.push(new ReplayView(app, game.session(), game.meta(),
                    last == null || !game.match().saveProblem().isEmpty() ? null : Saves.name(last),
                    last == null ? java.util.List.of() : Saves.ancestors(last, game.meta())));
        }
    }
}
