package org.amur.tui;

import org.amur.engine.Side;
import org.amur.engine.Variant;

/** Everything about one variant at today's values: description, odds, each modifier's condition and source. */
final class DetailsView extends DocView {
    private final Game game;
    private final Side side;
    private final Variant variant;

    DetailsView(App app, Game game, Side side, Variant variant) {
        super(app);
        this.game = game;
        this.side = side;
        this.variant = variant;
    }

    @Override
    String title() {
        return Ui.t("details.title", side.displayName());
    }

    @Override
    String right() {
        return game.turnLabel();
    }

    @Override
    Doc build(int width) {
        return new Preview(game.engine(), game.state(), side, variant).doc(width, true);
    }
}
