package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Standing;

/**
 * The teacher's console: one line per table (its name or scenario, turn, who has chosen, timer, scores), Enter opens
 * that table's facilitator console, {@code p} pauses or resumes every table, {@code E} ends the session
 * (after a {@code y}).
 */
final class TeacherView implements View, AutoCloseable {
    private final App app;
    private final Remote.Classroom classroom;
    private final List<AutoCloseable> watches = new ArrayList<>();
    private int cursor;
    private boolean confirmEnd;
    private boolean paused;

    TeacherView(App app, Remote.Classroom classroom) {
        this.app = app;
        this.classroom = classroom;
        for (Remote.Table t : classroom.tables()) {
            watches.add(t.watch(() -> app.post(() -> { })));
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable w : watches) {
            w.close();
        }
    }

    @Override
    public void draw(Canvas c) {
        List<Remote.Table> tables = classroom.tables();
        Bars.header(c, Ui.t("app.name") + " " + c.glyphs().dot() + " " + Ui.t("remote.teacher.title"),
                Ui.t("remote.teacher.count", tables.size()));
        String format = "%-4s %-12s %-5s %-8s %-8s %-7s %s";
        c.text(0, 2, c.fitEllipsis(" " + String.format(format, Ui.t("remote.teacher.table"), Ui.t("remote.teacher.scenario"),
                Ui.t("remote.teacher.turn"), Side.MOSCOW.displayName(), Side.BEIJING.displayName(),
                Ui.t("remote.teacher.timer"), Ui.t("remote.teacher.scores")), c.width()), Role.DIM);
        int rows = c.height() - 6;
        int first = Math.max(0, Math.min(cursor - rows / 2, tables.size() - rows));
        int row = 3;
        for (int i = first; i < tables.size() && row < 3 + rows; i++) {
            Remote.Snapshot s = tables.get(i).snapshot(Remote.Role.FACILITATOR);
            String turn = s.over() ? Ui.t("remote.teacher.over") : s.turn() + "/" + s.lastTurn();
            String timer = s.timeLeft() == null ? "-" : RemoteView.clock(s.timeLeft());
            if (s.clockWaits()) {
                timer = Ui.t("remote.teacher.waits"); // for both teams to join
            }
            if (!s.over() && !s.ruling().isEmpty()) {
                timer = Ui.t("remote.teacher.ruling");
            }
            if (s.paused()) {
                timer = Ui.t("remote.teacher.paused");
            }
            String scores = result(s, Side.MOSCOW) + " / " + result(s, Side.BEIJING);
            String name = s.names().table().isEmpty() ? s.title() : s.names().table();
            String line = String.format(format, s.table(), c.fitEllipsis(name, 12), turn,
                    chosen(s, Side.MOSCOW), chosen(s, Side.BEIJING), timer, scores);
            c.text(0, row++, c.fitEllipsis((i == cursor ? c.glyphs().pointer() : " ") + line, c.width()),
                    i == cursor ? Role.SELECTED : Role.NORMAL);
        }
        if (confirmEnd) {
            c.text(0, c.height() - 2, Ui.t("remote.teacher.confirm_end"), Role.WARN);
            Bars.keys(c, c.height() - 1, Ui.t("keys.confirm"));
        } else {
            Bars.keys(c, c.height() - 1, Ui.t(paused ? "remote.keys.teacher_paused" : "remote.keys.teacher"));
        }
    }

    /** A side's result against par so far ({@code Engine.standing}), and its level in a word or two. */
    private static String result(Remote.Snapshot s, Side side) {
        Standing st = s.standings().get(side);
        return st == null ? "?" : Narration.signed(st.result(), 1) + " " + Ui.t("dash.level." + st.victory().id());
    }

    private static String chosen(Remote.Snapshot s, Side side) {
        return s.over() ? "" : Ui.t(s.chosen(side) ? "remote.teacher.chosen" : "remote.teacher.choosing");
    }

    @Override
    public void key(KeyStroke k) {
        List<Remote.Table> tables = classroom.tables();
        if (confirmEnd) {
            if (Keys.ch(k, 'y')) {
                classroom.end();
                app.interrupt();
            }
            confirmEnd = false;
            return;
        }
        if (Keys.up(k) || Keys.down(k)) {
            cursor = Math.floorMod(cursor + (Keys.up(k) ? -1 : 1), Math.max(1, tables.size()));
        } else if (Keys.enter(k) && cursor < tables.size()) {
            app.push(new RemoteView(app, tables.get(cursor), Remote.Role.FACILITATOR, this));
        } else if (Keys.ch(k, 'p')) {
            paused = !paused;
            classroom.pauseAll(paused);
        } else if (Keys.ch(k, 'E')) {
            confirmEnd = true;
        } else if (Keys.ch(k, 'q')) {
            app.interrupt();
        }
    }

    @Override
    public View help(App a) {
        return new RemoteHelpView(a, "teacher");
    }
}
