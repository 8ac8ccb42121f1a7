package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** A question: a {@link MessageView} answered with y (go ahead) or n / Esc (leave it). */
final class ConfirmView extends MessageView {
    private final Runnable yes;

    ConfirmView(App app, String title, String text, Runnable yes) {
        super(app, title, text);
        this.yes = yes;
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
