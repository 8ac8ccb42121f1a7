package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * One text field, the widget every form types into: the text so far (at most {@code max} characters,
 * cleaned of control bytes as it is typed), the keys that edit it (a character, Backspace, Ctrl+U to
 * clear) and its drawing, which keeps the end of a long text in view and says where the cursor is.
 */
final class TextField {
    private final int max;
    private String text = "";

    TextField(int max) {
        this.max = max;
    }

    String text() {
        return text;
    }

    int max() {
        return max;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    void clear() {
        text = "";
    }

    /** Puts {@code s} in the field (cleaned, cut to {@code max} characters), as if it had been typed. */
    void set(String s) {
        String clean = Canvas.clean(s == null ? "" : s);
        text = clean.length() <= max ? clean : clean.substring(0, max);
    }

    /** Edits the text with {@code k}; false when {@code k} is not an editing key (the form may use it). */
    boolean key(KeyStroke k) {
        String edited = Keys.edit(text, k, max);
        if (edited == null) {
            return false;
        }
        text = edited;
        return true;
    }

    /**
     * Draws the text on one row from column {@code x} within {@code width} columns; a text longer than
     * that shows its end. Returns the cursor's column (after the text).
     */
    int drawLine(Canvas c, int x, int row, int width, Role role) {
        String shown = text;
        while (Canvas.columns(shown) > width - 1 && !shown.isEmpty()) {
            shown = shown.substring(shown.offsetByCodePoints(0, 1));
        }
        int used = c.text(x, row, width, shown, role);
        return Math.min(x + used, c.width() - 1);
    }

    /**
     * Draws the text wrapped over up to {@code rows} rows from ({@code x}, {@code row}) within
     * {@code width} columns; a longer text shows its end. Returns the cursor's {column, row}.
     */
    int[] drawWrapped(Canvas c, int x, int row, int width, int rows, Role role) {
        List<String> lines = Canvas.wrap(text, width);
        int shown = Math.min(rows, lines.size());
        int first = lines.size() - shown;
        int col = x;
        for (int i = 0; i < shown; i++) {
            col = x + c.text(x, row, lines.get(first + i), role);
            if (i < shown - 1) {
                row++;
            }
        }
        if (!text.isEmpty() && text.endsWith(" ") && col < c.width() - 1) {
            col++; // the wrap drops a trailing space: the cursor still moves past it
        }
        return new int[] {Math.min(col, c.width() - 1), row};
    }
}
