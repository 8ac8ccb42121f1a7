package org.amur.tui;

/** The title bar at the top of a screen and the key bar at the bottom. */
final class Bars {
    private Bars() {
    }

    /** Row 0: {@code left} at the left, {@code right} at the right, on the bar colour. */
    static void header(Canvas c, String left, String right) {
        c.fill(0, 0, c.width(), Role.BAR);
        int rw = Canvas.columns(Canvas.clean(right));
        int room = Math.max(0, c.width() - rw - 3);
        c.text(1, 0, room, c.fitEllipsis(Canvas.clean(left), room), Role.BAR);
        c.text(Math.max(1, c.width() - rw - 1), 0, right, Role.BAR);
    }

    /**
     * A row of key hints from a spec {@code key:what|key:what}, where {@code @ud} and {@code @lr}
     * stand for the arrow keys. Hints that do not fit are left out (help lists them all).
     */
    static void keys(Canvas c, int row, String spec) {
        int col = 0;
        for (String item : spec.split("\\|")) {
            int colon = item.indexOf(':');
            String key = colon < 0 ? item : item.substring(0, colon);
            String what = colon < 0 ? "" : item.substring(colon + 1);
            key = key.replace("@ud", c.glyphs().upDown()).replace("@lr", c.glyphs().leftRight());
            int need = Canvas.columns(key) + (what.isEmpty() ? 0 : 1 + Canvas.columns(what)) + 2;
            if (col + need - 2 > c.width()) {
                break;
            }
            col += c.text(col, row, key, Role.KEY);
            if (!what.isEmpty()) {
                col += c.text(col, row, " " + what, Role.DIM);
            }
            col += 2;
        }
    }
}
