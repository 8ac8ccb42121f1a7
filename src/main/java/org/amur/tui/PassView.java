package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.amur.engine.Side;

/**
 * The hot-seat hand-over: a blank screen between two human seats. It says only who should take the
 * keyboard; the side that just committed may take its choice back from here.
 */
final class PassView extends HandOverView {
    private final Side to;

    PassView(App app, Game game, Side to) {
        super(app, game);
        this.to = to;
    }

    Side to() {
        return to;
    }

    @Override
    List<Sentence> sentences() {
        return List.of(
                new Sentence(Ui.t("pass.title", to.displayName()), to == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING),
                new Sentence(Ui.t("pass.committed", to.other().displayName()), Role.NORMAL),
                new Sentence(Ui.t("pass.ready", to.displayName()), Role.BOLD),
                new Sentence(Ui.t("pass.undo", to.other().displayName()), Role.DIM));
    }

    @Override
    String keys() {
        return game.whiteCell().withConsoleKey(Ui.t("keys.pass"));
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.enter(k)) {
            game.handOver(to);
        } else if (Keys.ch(k, 'u')) {
            game.withdraw(to.other());
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        } else if (Keys.ch(k, 'f') && game.whiteCell().facilitated()) {
            game.whiteCell().askForConsole();
        }
    }
}
