package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Side;

/**
 * Both sides have chosen and the turn is to be ruled on (semi-rigid or free adjudication): a blank
 * screen asks to hand the terminal to the facilitator. Nothing shows either choice. A human side that
 * chose last may still take its choice back from here.
 */
final class RulingPassView extends HandOverView {

    /** Why the last take-back was refused; empty when none was. */
    private String refused = "";

    RulingPassView(App app, Game game) {
        super(app, game);
    }

    /** The human side whose choice is held, or null. */
    private Side heldHuman() {
        Side last = game.whiteCell().held() == null ? null : game.whiteCell().held().side();
        return last != null && game.seating().human(last) ? last : null;
    }

    /** The human side whose choice is held and may be taken back (its time has not run out), or null. */
    private Side undoable() {
        Side last = heldHuman();
        return last != null && !game.match().timeRanOut(last) ? last : null;
    }

    @Override
    int top(Canvas c) {
        return c.height() / 2 - 4;
    }

    @Override
    List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>(List.of(
                new Sentence(Ui.t("rulingpass.title"), Role.WARN),
                new Sentence(Ui.t("rulingpass.both"), Role.NORMAL),
                new Sentence(Ui.t("rulingpass.mode", Ui.t("adjudication." + game.whiteCell().adjudication().id())), Role.NORMAL),
                new Sentence(Ui.t("rulingpass.ready"), Role.BOLD)));
        Side last = undoable();
        if (!refused.isEmpty()) {
            out.add(new Sentence(refused, Role.WARN));
        } else if (last != null) {
            out.add(new Sentence(Ui.t("pass.undo", last.displayName()), Role.DIM));
        } else if (heldHuman() != null) {
            out.add(new Sentence(Ui.t("pass.stands", heldHuman().displayName()), Role.DIM)); // the timer chose
        }
        return out;
    }

    @Override
    String keys() {
        return Ui.t(undoable() != null ? "keys.rulingpass" : "keys.rulingpass_bot");
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.enter(k)) {
            game.whiteCell().takeRuling();
        } else if (Keys.ch(k, 'u')) {
            refused = game.whiteCell().takeBackHeld().orElse("");
        } else if (Keys.ch(k, 'q')) {
            game.whiteCell().leaveAsking();
        }
    }
}
