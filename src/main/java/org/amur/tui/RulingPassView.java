package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.amur.engine.Side;

/**
 * Both sides have chosen and the turn is to be ruled on (semi-rigid or free adjudication): a blank
 * screen asks to hand the terminal to the facilitator. Nothing shows either choice. A human side that
 * chose last may still take its choice back from here.
 */
final class RulingPassView implements View {
    private final App app;
    private final Game game;

    RulingPassView(App app, Game game) {
        this.app = app;
        this.game = game;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("app.name") + " " + c.glyphs().dot() + " " + game.info().title(),
                game.turnLabel());
        int mid = c.height() / 2 - 4;
        PassView.center(c, mid, Ui.t("rulingpass.title"), Role.WARN);
        PassView.center(c, mid + 2, Ui.t("rulingpass.both"), Role.NORMAL);
        PassView.center(c, mid + 4, Ui.t("rulingpass.mode", Ui.t("adjudication." + game.adjudication().id())),
                Role.NORMAL);
        PassView.center(c, mid + 6, Ui.t("rulingpass.ready"), Role.BOLD);
        Side last = game.heldForRuling() == null ? null : game.heldForRuling().side();
        if (last != null && game.human(last)) {
            PassView.center(c, mid + 8, Ui.t("pass.undo", last.displayName()), Role.DIM);
        }
        Bars.keys(c, c.height() - 1, Ui.t(last != null && game.human(last) ? "keys.rulingpass" : "keys.rulingpass_bot"));
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.enter(k)) {
            game.takeRuling();
        } else if (Keys.ch(k, 'u')) {
            game.takeBackHeld();
        } else if (Keys.ch(k, 'q')) {
            game.leaveAsking();
        }
    }
}
