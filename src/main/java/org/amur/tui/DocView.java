package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * A screen of text longer than the terminal: a title bar, the document laid out for the current
 * width and scrolled with the arrow and page keys, and a key bar. Esc, q or Enter closes it.
 */
abstract class DocView implements View {
    protected final App app;
    protected final Scroller scroller = new Scroller();
    protected int page = 10;
    /** The glyphs of the terminal last drawn on (Unicode or ASCII), for what {@link #build} draws. */
    protected Glyphs glyphs = Glyphs.UNICODE;

    DocView(App app) {
        this.app = app;
    }

    abstract String title();

    String right() {
        return "";
    }

    /** The content for a width. Called on every frame, so it always fits the current size. */
    abstract Doc build(int width);

    String keys() {
        return Ui.t("keys.doc");
    }

    /** Rows reserved at the top under the title bar (for subclasses that draw something fixed there). */
    int fixedRows(Canvas c) {
        return 0;
    }

    void drawFixed(Canvas c, int top) {
    }

    @Override
    public void draw(Canvas c) {
        glyphs = c.glyphs();
        Bars.header(c, title(), right());
        int fixed = fixedRows(c);
        drawFixed(c, 1);
        int top = 1 + fixed;
        page = c.height() - 2 - fixed;
        Doc d = build(c.width() - 2);
        scroller.draw(c, d, 1, top, c.width() - 1, page);
        Bars.keys(c, c.height() - 1, keys());
    }

    @Override
    public void key(KeyStroke k) {
        if (scroller.key(k, page)) {
            return;
        }
        if (Keys.back(k) || Keys.enter(k)) {
            close();
        } else {
            other(k);
        }
    }

    void close() {
        app.pop();
    }

    /** Keys beyond scrolling and closing. */
    void other(KeyStroke k) {
    }
}
