package org.amur.tui;

/** A titled text to read (guidance, warnings after loading), closed with Enter or Esc. */
class MessageView extends DocView {
    private final String title;
    private final String text;

    MessageView(App app, String title, String text) {
        super(app);
        this.title = title;
        this.text = text;
    }

    @Override
    final String title() {
        return title;
    }

    @Override
    final Doc build(int width) {
        return new Doc(width).para(text);
    }

    @Override
    String keys() {
        return Ui.t("keys.message");
    }
}
