package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.amur.engine.Side;

/** Bot against bot, between reveals: the public dashboard while the bots think. */
final class WatchView extends GameScreen {

    WatchView(App app, Game game) {
        super(app, game);
    }

    @Override
    void body(Canvas c) {
        int row = 1;
        for (Side s : Side.values()) {
            String what = game.state().hasCommitted(s) ? Ui.t("watch.chosen", game.seating().name(s))
                    : (Ui.t("watch.thinking", game.seating().name(s)) + " "
                            + game.thinking().indicator(s, c.glyphs())).stripTrailing();
            c.text(0, row++, what, s == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING);
        }
        Dashboard.draw(c, row + 1, Math.min(Dashboard.fullHeight(), c.height() - row - 3), game.visibleValues(null),
                game.session());
    }

    @Override
    String keys() {
        return game.whiteCell().withConsoleKey(Ui.t("keys.watch"));
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.ch(k, 'l')) {
            app.push(new LogView(app, game));
        } else if (Keys.ch(k, 's')) {
            app.push(new SaveAsView(app, game));
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        } else if (Keys.ch(k, 'f') && game.whiteCell().facilitated()) {
            game.whiteCell().askForConsole();
        }
    }
}
