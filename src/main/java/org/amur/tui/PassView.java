package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Side;

/**
 * The hot-seat hand-over: a blank screen between two human seats. It says only who should take the
 * keyboard; the side that just committed may take its choice back from here.
 */
final class PassView extends HandOverView {
    private final Side to;
    /** Why the last take-back was refused, shown until the keyboard changes hands; empty when none was. */
    private String refused = "";

    PassView(App app, Game game, Side to) {
        super(app, game);
        this.to = to;
    }

    Side to() {
        return to;
    }

    @Override
    List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>(List.of(
                new Sentence(Ui.t("pass.title", to.displayName()), to == Side.MOSCOW ? Role.MOSCOW : Role.BEIJING),
                new Sentence(Ui.t("pass.committed", to.other().displayName()), Role.NORMAL),
                new Sentence(Ui.t("pass.ready", to.displayName()), Role.BOLD),
                refused.isEmpty() ? new Sentence(Ui.t("pass.undo", to.other().displayName()), Role.DIM)
                        : new Sentence(refused, Role.WARN)));
        // the turn's clock runs on while the keyboard changes hands
        game.clock().left(to).ifPresent(l -> out.add(new Sentence(Ui.t("pass.time_left", to.displayName(),
                TurnTimer.clock(l)), Role.WARN)));
        return out;
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
            refused = game.withdraw(to.other()).orElse("");
        } else if (Keys.ch(k, 'q')) {
            app.leaveGame();
        } else if (Keys.ch(k, 'f') && game.whiteCell().facilitated()) {
            game.whiteCell().askForConsole();
        }
    }
}
