package org.amur.tui;

import java.util.List;

/**
 * A hand-over screen: blank but for a few centred sentences saying who should take the terminal
 * next, so nothing on it shows what anyone chose. The hot seat's pass between sides
 * ({@link PassView}) and the pass to the facilitator for a ruling ({@link RulingPassView}) are its two
 * kinds; each says what its lines are and what its keys do.
 */
abstract class HandOverView extends GameScreen {

    /** One centred sentence and how it is drawn. */
    record Sentence(String text, Role role) {
    }

    HandOverView(App app, Game game) {
        super(app, game);
    }

    /** The sentences, top to bottom, one blank row between two. */
    abstract List<Sentence> sentences();

    /** The row of the first sentence. */
    int top(Canvas c) {
        return c.height() / 2 - 3;
    }

    @Override
    final void body(Canvas c) {
        List<Sentence> lines = sentences();
        int row = top(c);
        for (Sentence s : lines) {
            center(c, row, s.text(), s.role());
            row += 2;
        }
    }

    /** {@code text} centred at {@code row}, wrapped to the width less a margin. */
    static void center(Canvas c, int row, String text, Role role) {
        for (String line : Canvas.wrap(text, c.width() - 4)) {
            c.text(Math.max(0, (c.width() - Canvas.columns(line)) / 2), row++, line, role);
        }
    }
}
