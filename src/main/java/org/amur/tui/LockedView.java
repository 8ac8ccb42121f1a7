package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import org.amur.save.SaveException;

/**
 * A game another copy of Amur (or another table of the server) has open: playing it here too would lose
 * one copy's turns, so this offers to read it (the replay viewer) or to play a copy of it from its current
 * turn (a branch, saved under a new name), or to go back.
 */
final class LockedView extends DocView {
    private final Path file;
    private final String why;

    LockedView(App app, Path file, String why) {
        super(app);
        this.file = file;
        this.why = why;
    }

    @Override
    String title() {
        return Ui.t("locked.title");
    }

    @Override
    Doc build(int width) {
        return new Doc(width).para(why).blank().para(Ui.t("locked.choices"));
    }

    @Override
    String keys() {
        return Ui.t("keys.locked");
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.ch(k, 'v')) {
            app.pop();
            Saves.view(app, file, false);
        } else if (Keys.ch(k, 'b')) {
            app.pop();
            branch();
        } else if (Keys.back(k)) {
            app.pop();
        } else {
            scroller.key(k, page);
        }
    }

    /** A copy of the game from the start of its current turn, as the replay viewer's branch makes it. */
    private void branch() {
        org.amur.save.LoadedGame g;
        try {
            g = app.config().saves().load(file, true);
        } catch (SaveException e) {
            app.push(new MessageView(app, Ui.t("load.failed_title"), e.getMessage()));
            return;
        }
        int turn = g.session().state().turn();
        if (g.session().state().isOver()) {
            app.push(new MessageView(app, Ui.t("locked.title"), Ui.t("locked.over")));
            return;
        }
        app.push(new BranchView(app, g.session(), g.meta(), Saves.name(file), turn));
    }
}
