package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** A window onto a {@link Doc}: the first row shown, moved by the usual keys, kept within bounds. */
final class Scroller {
    private int top;
    private boolean followEnd;

    /** Starts at the end of the document (for logs) instead of the top. */
    Scroller followEnd() {
        followEnd = true;
        return this;
    }

    int top() {
        return top;
    }

    void toTop() {
        top = 0;
        followEnd = false;
    }

    /** Handles a scrolling key; returns true if it was one. {@code page} is the visible height. */
    boolean key(KeyStroke k, int page) {
        KeyType t = k.getKeyType();
        int step = Math.max(1, page - 1);
        switch (t) {
            case ArrowUp -> top -= 1;
            case ArrowDown -> top += 1;
            case PageUp -> top -= step;
            case PageDown -> top += step;
            case Home -> top = 0;
            case End -> top = Integer.MAX_VALUE / 2;
            case Character -> {
                char c = k.getCharacter();
                if (c == ' ' && !k.isCtrlDown()) {
                    top += step;
                } else if ((c == 'k') && !k.isCtrlDown()) {
                    top -= 1;
                } else if ((c == 'j') && !k.isCtrlDown()) {
                    top += 1;
                } else {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        followEnd = false;
        return true;
    }

    /**
     * Draws the window of {@code doc} into the area, with a scroll position marker in the last column
     * when the document is longer than the area. Returns whether there is more below.
     */
    boolean draw(Canvas c, Doc doc, int col, int row, int w, int h) {
        int max = Math.max(0, doc.size() - h);
        if (followEnd) {
            top = max;
        }
        top = Math.max(0, Math.min(top, max));
        boolean scrolls = doc.size() > h;
        int textW = scrolls ? w - 1 : w;
        for (int i = 0; i < h && top + i < doc.size(); i++) {
            c.spans(col, row + i, textW, doc.rows().get(top + i));
        }
        if (scrolls) {
            c.vline(col + w - 1, row, h, Role.DIM);
            int pos = max == 0 ? 0 : (int) Math.round((double) top / max * (h - 1));
            c.text(col + w - 1, row + pos, 1, String.valueOf(c.glyphs().spark().charAt(c.glyphs().spark().length() - 1)),
                    Role.KEY);
            if (top > 0) {
                c.text(col + w - 1, row, 1, c.glyphs().up(), Role.KEY);
            }
            if (top < max) {
                c.text(col + w - 1, row + h - 1, 1, c.glyphs().down(), Role.KEY);
            }
        }
        return top < max;
    }
}
