package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.amur.engine.Side;
import org.amur.scenario.ScenarioInfo;

/** The scenarios folder: pick one on the left, read its description and briefings on the right. */
final class ScenariosView implements View {
    private final App app;
    private final List<ScenarioList.Entry> entries;
    private final Scroller scroller = new Scroller();
    private int index;
    private int page = 10;

    ScenariosView(App app) {
        this.app = app;
        this.entries = ScenarioList.read(app.config().scenarios());
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("scenarios.title"), app.config().scenarios().directory().toString());
        int listW = Math.min(30, c.width() / 3);
        int h = c.height() - 2;
        if (entries.isEmpty()) {
            c.text(1, 2, Ui.t("newgame.no_scenarios", app.config().scenarios().directory()), Role.WARN);
        }
        for (int i = 0; i < entries.size() && i < h; i++) {
            ScenarioList.Entry e = entries.get(i);
            boolean sel = i == index;
            String t = c.fitEllipsis((sel ? c.glyphs().pointer() + " " : "  ") + Canvas.clean(e.title()), listW);
            if (sel) {
                c.fill(0, 1 + i, listW, Role.SELECTED);
            }
            c.text(0, 1 + i, listW, t, sel ? Role.SELECTED : e.problem() == null ? Role.NORMAL : Role.DISABLED);
        }
        c.vline(listW, 1, h, Role.DIM);
        page = h;
        if (!entries.isEmpty()) {
            scroller.draw(c, doc(entries.get(index), c.width() - listW - 3), listW + 2, 1, c.width() - listW - 2, h);
        }
        Bars.keys(c, c.height() - 1, Ui.t("keys.scenarios"));
    }

    private Doc doc(ScenarioList.Entry e, int width) {
        Doc d = new Doc(width);
        d.row(new Span(e.title(), Role.BOLD));
        d.para(Ui.t("scenarios.file", e.id(), e.file()), Role.DIM);
        if (e.problem() != null) {
            d.blank().para(e.problem(), Role.WARN);
            return d;
        }
        ScenarioInfo info = e.scenario().info();
        d.para(Ui.t("newgame.length", e.scenario().scenario().turns(), e.scenario().scenario().startYear()), Role.DIM);
        d.blank().para(info.description());
        for (Side s : Side.values()) {
            d.heading(Ui.t("briefing.for", s.displayName()));
            d.para(s == Side.MOSCOW ? info.briefing().moscow() : info.briefing().beijing());
        }
        if (!info.briefing().facilitator().isBlank()) {
            d.heading(Ui.t("briefing.facilitator"));
            d.para(info.briefing().facilitator());
        }
        return d;
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.is(k, com.googlecode.lanterna.input.KeyType.ArrowUp)) {
            index = Math.max(0, index - 1);
            scroller.toTop();
        } else if (Keys.is(k, com.googlecode.lanterna.input.KeyType.ArrowDown)) {
            index = Math.min(Math.max(0, entries.size() - 1), index + 1);
            scroller.toTop();
        } else if (Keys.back(k)) {
            app.pop();
        } else if (Keys.enter(k) && !entries.isEmpty() && entries.get(index).problem() == null) {
            app.pop();
            app.push(new NewGameView(app, entries.get(index).id(), null, null, null));
        } else {
            scroller.key(k, page);
        }
    }
}
