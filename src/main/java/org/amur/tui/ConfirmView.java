package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** A question answered with y (go ahead) or n / Esc (leave it). */
final class ConfirmView extends DocView {
    private final String title;
    private final String text;
    private final Runnable yes;

    ConfirmView(App app, String title, String text, Runnable yes) {
        super(app);
        this.title = title;
        this.text = text;
        this.yes = yes;
    }

    @Override
    String title() {
        return title;
    }

    @Override
    Doc build(int width) {
        return new Doc(width).para(text);
    }

    @Override
    String keys() {
        return Ui.t("keys.confirm");
    }

    @Override
    public void key(KeyStroke k) {
        if (Keys.ch(k, 'y')) {
            app.pop();
            yes.run();
        } else if (Keys.ch(k, 'n') || Keys.back(k)) {
            app.pop();
        } else {
            scroller.key(k, page);
        }
    }
}
