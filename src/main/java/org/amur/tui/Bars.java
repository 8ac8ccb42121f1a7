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
     * stand for the arrow keys. When the row is too narrow, hints are left out from the middle, the
     * first ones (the screen's own keys) and the last two ({@code ? help}, {@code q menu} or
     * {@code Esc back}, which every screen needs) kept as long as possible; help lists them all.
     */
    static void keys(Canvas c, int row, String spec) {
        java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of(spec.split("\\|")));
        while (items.size() > 3 && width(c, items) > c.width()) {
            items.remove(items.size() - 3);
        }
        int col = 0;
        for (String item : items) {
            int colon = item.indexOf(':');
            String key = glyphs(c, colon < 0 ? item : item.substring(0, colon));
            String what = colon < 0 ? "" : item.substring(colon + 1);
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

    private static String glyphs(Canvas c, String key) {
        return key.replace("@ud", c.glyphs().upDown()).replace("@lr", c.glyphs().leftRight());
    }

    /** The columns a row of hints takes, without the gap after the last one. */
    private static int width(Canvas c, java.util.List<String> items) {
        int w = -2;
        for (String item : items) {
            int colon = item.indexOf(':');
            String key = glyphs(c, colon < 0 ? item : item.substring(0, colon));
            String what = colon < 0 ? "" : item.substring(colon + 1);
            w += Canvas.columns(key) + (what.isEmpty() ? 0 : 1 + Canvas.columns(what)) + 2;
        }
        return w;
    }
}
