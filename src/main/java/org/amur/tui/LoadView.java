package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.amur.save.SaveInfo;
import org.amur.save.UnreadableSave;

/**
 * The saves folder, newest first; Enter resumes one, v opens it in the replay viewer. Files that do not
 * read as saves are listed after them, marked, with the reason and a way to their backup.
 */
final class LoadView implements View {
    /** The save name's column at 80 columns, and the widest it grows. */
    private static final int NAME_AT_80 = 34;
    private static final int NAME_MAX = 64;

    private final App app;
    private final List<SaveInfo> saves;
    private final List<UnreadableSave> broken;
    private int index;
    private int top;

    LoadView(App app) {
        this.app = app;
        this.saves = app.config().saves().list();
        this.broken = app.config().saves().unreadable();
    }

    private int rows() {
        return saves.size() + broken.size();
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("load.title"), app.config().saves().directory().toString());
        int h = c.height() - 6;
        c.text(2, 1, Ui.t("load.columns"), Role.DIM);
        if (rows() == 0) {
            c.text(2, 3, Ui.t("menu.no_saves"), Role.DIM);
        }
        if (index < top) {
            top = index;
        }
        if (index >= top + h) {
            top = index - h + 1;
        }
        // the name column: 34 at 80 columns, wider on a wider screen (branch names end in -from-tN-from-tM)
        int nameWidth = Math.min(NAME_MAX, Math.max(NAME_AT_80, NAME_AT_80 + c.width() - 80));
        for (int i = 0; i < h && top + i < rows(); i++) {
            boolean sel = top + i == index;
            if (top + i >= saves.size()) {
                UnreadableSave b = broken.get(top + i - saves.size());
                String line = (sel ? c.glyphs().pointer() + " " : "  ") + c.cell(Canvas.clean(b.name()), nameWidth) + " "
                        + Ui.t("load.unreadable");
                if (sel) {
                    c.fill(0, 2 + i, c.width(), Role.SELECTED);
                }
                c.text(0, 2 + i, line, sel ? Role.SELECTED : Role.WARN);
                continue;
            }
            SaveInfo s = saves.get(top + i);
            String name = s.parent() == null ? s.name() : c.glyphs().branch() + " " + s.name();
            String line = (sel ? c.glyphs().pointer() + " " : "  ") + c.cell(Canvas.clean(name), nameWidth) + " "
                    + c.cell(s.scenarioId(), 14) + " " + c.cell(Ui.t(s.over() ? "load.over" : "load.turn", s.turn()), 10)
                    + " " + Saves.when(s.savedAt());
            if (sel) {
                c.fill(0, 2 + i, c.width(), Role.SELECTED);
            }
            c.text(0, 2 + i, line, sel ? Role.SELECTED : Role.NORMAL);
        }
        if (index >= saves.size() && index < rows()) {
            UnreadableSave b = broken.get(index - saves.size());
            List<String> why = Canvas.wrap(b.problem(), c.width() - 4);
            for (int i = 0; i < 2 && i < why.size(); i++) {
                c.text(2, c.height() - 4 + i, c.width() - 4, why.get(i), Role.WARN);
            }
            c.text(2, c.height() - 2, c.width() - 4, b.backup() == null ? Ui.t("load.no_backup")
                    : Ui.t("load.has_backup", b.backup().getFileName()), Role.DIM);
        } else if (!saves.isEmpty() && saves.get(index).parent() != null) {
            SaveInfo s = saves.get(index);
            c.text(2, c.height() - 2, c.width() - 4, Ui.t("load.branch", c.glyphs().branch(), s.parent(),
                    s.parentTurn()), Role.DIM);
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.load"));
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.up(k)) {
            index = Math.max(0, index - 1);
        } else if (Keys.down(k)) {
            index = Math.min(Math.max(0, rows() - 1), index + 1);
        } else if (Keys.back(k)) {
            app.pop();
        } else if ((Keys.enter(k) || Keys.ch(k, 'v')) && index >= saves.size() && index < rows()) {
            UnreadableSave b = broken.get(index - saves.size());
            boolean view = Keys.ch(k, 'v');
            if (b.backup() == null) {
                app.push(new MessageView(app, Ui.t("load.failed_title"), b.problem() + "\n\n" + Ui.t("load.no_backup")));
            } else {
                app.push(new ConfirmView(app, Ui.t("load.failed_title"), b.problem() + "\n\n"
                        + Ui.t("load.open_backup", b.backup().getFileName()), () -> {
                            if (view) {
                                Saves.view(app, b.backup(), false);
                            } else {
                                Saves.open(app, b.backup(), false);
                            }
                        }));
            }
        } else if (Keys.enter(k) && !saves.isEmpty()) {
            Saves.open(app, saves.get(index).file(), false);
        } else if (Keys.ch(k, 'v') && !saves.isEmpty()) {
            Saves.view(app, saves.get(index).file(), false);
        }
    }
}
