package org.amur.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;
import org.amur.scenario.TextRules;
import org.amur.text.Columns;

/**
 * Where a view draws: the screen's text graphics plus the palette and glyphs. Every string is
 * sanitized ({@link TextRules#sanitize}) and clipped to the screen before it reaches Lanterna, so
 * text from scenario files or players can neither reprogram the terminal nor make Lanterna throw.
 */
final class Canvas {
    private final TextGraphics g;
    private final TerminalSize size;
    private final Palette palette;
    private final Glyphs glyphs;

    Canvas(TextGraphics g, TerminalSize size, Palette palette, Glyphs glyphs) {
        this.g = g;
        this.size = size;
        this.palette = palette;
        this.glyphs = glyphs;
    }

    int width() {
        return size.getColumns();
    }

    int height() {
        return size.getRows();
    }

    Glyphs glyphs() {
        return glyphs;
    }

    Palette palette() {
        return palette;
    }

    /** Makes any text safe to draw on one line. */
    static String clean(String s) {
        return TextRules.sanitize(s, false);
    }

    /** Terminal columns {@code s} takes (CJK characters take two). */
    static int columns(String s) {
        return Columns.of(s);
    }

    /** {@code s} cut to at most {@code width} columns. */
    static String fit(String s, int width) {
        return Columns.fit(s, width);
    }

    /** {@code s} cut to {@code width} columns with an ellipsis if it was longer. */
    String fitEllipsis(String s, int width) {
        if (columns(s) <= width) {
            return s;
        }
        String e = glyphs.ellipsis();
        return fit(s, Math.max(0, width - columns(e))) + e;
    }

    /** {@code s} within {@code width} columns, always ending in an ellipsis: for text known to go on elsewhere. */
    String continued(String s, int width) {
        String e = glyphs.ellipsis();
        if (columns(s) > width) {
            return fitEllipsis(s, width);
        }
        String t = s.stripTrailing();
        return columns(t) + columns(e) <= width ? t + e : fit(t, Math.max(0, width - columns(e))) + e;
    }

    /**
     * Draws {@code s} at (col,row), at most {@code maxWidth} columns, ending in an ellipsis when it had to be
     * cut (a cut text never passes for a whole one, in any language); returns the columns used.
     */
    int text(int col, int row, int maxWidth, String s, Role role) {
        if (row < 0 || row >= height() || col >= width() || col < 0) {
            return 0;
        }
        String t = fitEllipsis(clean(s), Math.min(maxWidth, width() - col));
        if (t.isEmpty()) {
            return 0;
        }
        apply(role);
        g.putString(col, row, t);
        return columns(t);
    }

    int text(int col, int row, String s, Role role) {
        return text(col, row, width() - col, s, role);
    }

    /** Draws spans one after the other from (col,row) within {@code maxWidth}; returns the columns used. */
    int spans(int col, int row, int maxWidth, List<Span> spans) {
        int used = 0;
        for (Span s : spans) {
            if (used >= maxWidth) {
                break;
            }
            used += text(col + used, row, maxWidth - used, s.text(), s.role());
        }
        return used;
    }

    /** Fills {@code width} cells of a row with spaces in a role (bars, selection backgrounds). */
    void fill(int col, int row, int w, Role role) {
        if (row < 0 || row >= height()) {
            return;
        }
        int end = Math.min(width(), col + w);
        if (end <= col) {
            return;
        }
        apply(role);
        g.putString(col, row, " ".repeat(end - col));
    }

    void hline(int col, int row, int w, Role role) {
        if (w > 0) {
            text(col, row, w, glyphs.hline().repeat(w), role);
        }
    }

    void vline(int col, int top, int h, Role role) {
        for (int r = top; r < top + h; r++) {
            text(col, r, 1, glyphs.vline(), role);
        }
    }

    private void apply(Role role) {
        Palette.Style st = palette.style(role);
        g.setForegroundColor(st.fg());
        g.setBackgroundColor(st.bg());
        g.clearModifiers();
        if (!st.sgr().isEmpty()) {
            g.enableModifiers(st.sgr().toArray(new SGR[0]));
        }
    }

    /**
     * Word-wraps text (already any length, may hold newlines) into lines of at most {@code width}
     * columns, without control characters; a word longer than the width is cut ({@link Columns#wrap}).
     */
    static List<String> wrap(String text, int width) {
        return Columns.wrap(TextRules.sanitize(text, true), width);
    }

    /** {@code s} padded with spaces to exactly {@code w} columns (cut if longer). */
    static String pad(String s, int w) {
        String t = fit(s, w);
        return t + " ".repeat(Math.max(0, w - columns(t)));
    }

    /** {@code s} in exactly {@code w} columns: padded with spaces, or cut with an ellipsis if longer. */
    String cell(String s, int w) {
        return pad(fitEllipsis(s, w), w);
    }

    /** {@code s} right-aligned in exactly {@code w} columns, cut with an ellipsis if longer. */
    String cellLeft(String s, int w) {
        return padLeft(fitEllipsis(s, w), w);
    }

    /** {@code s} right-aligned in {@code w} columns. */
    static String padLeft(String s, int w) {
        String t = fit(s, w);
        return " ".repeat(Math.max(0, w - columns(t))) + t;
    }
}
