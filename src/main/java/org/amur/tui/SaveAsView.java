package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Saves the game under a name the player types (besides the automatic save). */
final class SaveAsView extends TypingView {
    private final Game game;
    private final TextField name = new TextField(60);
    private Role messageRole = Role.NORMAL;
    private boolean done;

    SaveAsView(App app, Game game) {
        super(app);
        this.game = game;
    }

    @Override
    public boolean typing() {
        return !done;
    }

    @Override
    public int[] cursor() {
        return done ? null : cursor;
    }

    @Override
    public void draw(Canvas c) {
        Bars.header(c, Ui.t("saveas.title"), "");
        int row = 2;
        for (String l : Canvas.wrap(Ui.t("saveas.intro", app.config().saves().directory()), c.width() - 2)) {
            c.text(1, row++, l, Role.NORMAL);
        }
        row++;
        int col = 1 + c.text(1, row, Ui.t("saveas.prompt") + " ", Role.BOLD);
        cursor = new int[] {name.drawLine(c, col, row, c.width() - col - 1, Role.NORMAL), row};
        row += 2;
        for (String l : Canvas.wrap(message, c.width() - 2)) {
            c.text(1, row++, l, messageRole);
        }
        Bars.keys(c, c.height() - 1, Ui.t(done ? "keys.message" : "keys.saveas"));
    }

    @Override
    public void key(KeyStroke k) {
        if (done) {
            app.pop();
            return;
        }
        if (Keys.is(k, KeyType.Escape)) {
            app.pop();
        } else if (Keys.enter(k)) {
            String err = game.saving().saveAs(name.text());
            if (err == null) {
                message = Ui.t("saveas.saved", game.saving().lastSave());
                messageRole = Role.GOOD;
                done = true;
            } else {
                message = err;
                messageRole = Role.WARN;
            }
        } else {
            name.key(k);
        }
    }
}
