package org.amur.tui;

/**
 * A full screen of one game on screen: its top bar names the game and the turn, its body is the
 * screen's own, and its bottom row is the key bar.
 */
abstract class GameScreen implements View {
    protected final App app;
    protected final Game game;

    GameScreen(App app, Game game) {
        this.app = app;
        this.game = game;
    }

    /** Everything between the top bar and the key bar. */
    abstract void body(Canvas c);

    /** The key bar's spec. */
    abstract String keys();

    @Override
    public final void draw(Canvas c) {
        header(c);
        body(c);
        Bars.keys(c, c.height() - 1, keys());
    }

    /** The top bar: "Amur · the scenario's title", the table and turn on the right. */
    static void header(Canvas c, Game game) {
        Bars.header(c, Ui.t("app.name") + " " + c.glyphs().dot() + " " + game.info().title(), game.turnLabel());
    }

    private void header(Canvas c) {
        header(c, game);
    }
}
