package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.amur.engine.Side;

/**
 * The hot-seat hand-over: a blank screen between two human seats. It says only who should take the
 * keyboard; the side that just committed may take its choice back from here.
 */
final class PassView implements View {
    private final App app;
    private final Game game;
    private final Side to;

    PassView(App app, Game game, Side to) {
        this.app = app;
        this.game = game;
        this.to = to;
    }

    Side to() {
        return to;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("app.name") + " " + c.glyphs().dot() + " " + game.info().title(),
                game.turnLabel());
        int mid = c.height() / 2 - 3;
        Role role = to == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING;
        center(c, mid, Ui.t("pass.title", to.displayName()), role);
        center(c, mid + 2, Ui.t("pass.committed", to.other().displayName()), Role.NORMAL);
        center(c, mid + 4, Ui.t("pass.ready", to.displayName()), Role.BOLD);
        center(c, mid + 6, Ui.t("pass.undo", to.other().displayName()), Role.DIM);
        Bars.keys(c, c.height() - 1, game.withConsoleKey(Ui.t("keys.pass")));
    }

    static void center(Canvas c, int row, String text, Role role) {
        for (String line : Canvas.wrap(text, c.width() - 4)) {
            c.text(Math.max(0, (c.width() - Canvas.columns(line)) / 2), row++, line, role);
        }
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.enter(k)) {
            game.handOver(to);
        } else if (Keys.ch(k, 'u')) {
            game.withdraw(to.other());
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        } else if (Keys.ch(k, 'f') && game.facilitated()) {
            game.askForConsole();
        }
    }
}
