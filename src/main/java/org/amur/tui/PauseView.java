package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Audience;
import org.amur.engine.Event;
import org.amur.engine.Indicator;

/**
 * The room pauses for discussion: a full screen fit for a projector. It shows the turn, this turn's
 * discussion notes and injected events, and the indicators both sides may see; nothing secret (no
 * hidden indicator, no pending choice, nothing of the console). Only Enter or p resumes.
 */
final class PauseView extends GameScreen {

    PauseView(App app, Game game) {
        super(app, game);
    }

    @Override
    String keys() {
        return Ui.t("keys.pause");
    }

    @Override
    void body(Canvas c) {
        int w = c.width();
        int dashH = Dashboard.fullHeight();
        int bottom = c.height() - 2;
        List<String> lines = new ArrayList<>();
        for (Event e : game.whiteCell().eventsNow(Audience.PUBLIC)) {
            if (e instanceof Event.FacilitatorNote n) {
                lines.add(n.text());
            } else if (e instanceof Event.Injected i) {
                lines.add(Ui.t("pause.inject", i.title()));
            }
        }
        int row = 2;
        HandOverView.center(c, row, Ui.t("pause.title"), Role.WARN);
        row += 2;
        HandOverView.center(c, row, Ui.t("pause.turn", game.state().turn(), game.state().year()), Role.BOLD);
        row += 2;
        int roomForText = Math.max(0, bottom - dashH - row - 1);
        for (String l : lines) {
            for (String part : Canvas.wrap(l, w - 8)) {
                if (roomForText-- <= 0) {
                    break;
                }
                c.text(4, row++, part, Role.NORMAL);
            }
        }
        int dashTop = Math.max(row + 1, bottom - dashH + 1);
        if (dashTop + 2 <= bottom) {
            java.util.Map<Indicator, Double> shown = new java.util.EnumMap<>(Indicator.class);
            for (Indicator i : Indicator.values()) {
                if (Audience.PUBLIC.sees(i)) {
                    shown.put(i, game.state().get(i));
                }
            }
            Dashboard.draw(c, dashTop, Math.min(dashH, bottom - dashTop + 1), shown, game.session());
        }
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.enter(k) || Keys.ch(k, 'p')) {
            app.pop();
        }
    }
}
