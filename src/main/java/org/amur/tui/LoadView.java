package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.amur.save.SaveInfo;

/** The saves folder, newest first; Enter resumes one, v opens it in the replay viewer. */
final class LoadView implements View {
    private final App app;
    private final List<SaveInfo> saves;
    private int index;
    private int top;

    LoadView(App app) {
        this.app = app;
        this.saves = app.config().saves().list();
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("load.title"), app.config().saves().directory().toString());
        int h = c.height() - 5;
        c.text(2, 1, Ui.t("load.columns"), Role.DIM);
        if (saves.isEmpty()) {
            c.text(2, 3, Ui.t("menu.no_saves"), Role.DIM);
        }
        if (index < top) {
            top = index;
        }
        if (index >= top + h) {
            top = index - h + 1;
        }
        for (int i = 0; i < h && top + i < saves.size(); i++) {
            SaveInfo s = saves.get(top + i);
            boolean sel = top + i == index;
            String name = s.parent() == null ? s.name() : c.glyphs().branch() + " " + s.name();
            String line = (sel ? c.glyphs().pointer() + " " : "  ") + Canvas.pad(name, 34) + " "
                    + Canvas.pad(s.scenarioId(), 14) + " " + Canvas.pad(Ui.t(s.over() ? "load.over" : "load.turn", s.turn()), 10)
                    + " " + Saves.when(s.savedAt());
            if (sel) {
                c.fill(0, 2 + i, c.width(), Role.SELECTED);
            }
            c.text(0, 2 + i, line, sel ? Role.SELECTED : Role.NORMAL);
        }
        if (!saves.isEmpty() && saves.get(index).parent() != null) {
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
            index = Math.min(Math.max(0, saves.size() - 1), index + 1);
        } else if (Keys.back(k)) {
            app.pop();
        } else if (Keys.enter(k) && !saves.isEmpty()) {
            Saves.open(app, saves.get(index).file(), false);
        } else if (Keys.ch(k, 'v') && !saves.isEmpty()) {
            Saves.view(app, saves.get(index).file(), false);
        }
    }
}
