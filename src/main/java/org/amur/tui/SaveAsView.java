package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Saves the game under a name the player types (besides the automatic save). */
final class SaveAsView implements View {
    private final App app;
    private final Game game;
    private String name = "";
    private String message = "";
    private Role messageRole = Role.NORMAL;
    private boolean done;
    private int[] cursor;

    SaveAsView(App app, Game game) {
        this.app = app;
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
        col += c.text(col, row, name, Role.NORMAL);
        cursor = new int[] {Math.min(col, c.width() - 1), row};
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
            String err = game.saveAs(name);
            if (err == null) {
                message = Ui.t("saveas.saved", game.lastSave());
                messageRole = Role.GOOD;
                done = true;
            } else {
                message = err;
                messageRole = Role.WARN;
            }
        } else if (Keys.is(k, KeyType.Backspace)) {
            if (!name.isEmpty()) {
                name = name.substring(0, name.length() - 1);
            }
        } else if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && name.length() < 60) {
            name += Canvas.clean(String.valueOf(k.getCharacter()));
        }
    }
}
