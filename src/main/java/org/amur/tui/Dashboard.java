package org.amur.tui;

import java.util.List;
import java.util.Map;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Text;
import org.amur.session.Session;

/**
 * The state at a glance, in three columns (Shared, Moscow, Beijing): each indicator's value, its
 * change since the start of the previous turn, and a sparkline of its value at the start of every
 * turn so far. Indicators a seat may not see are shown as secret, never with a value.
 */
final class Dashboard {
    static final List<Indicator> SHARED = List.of(Indicator.TRUST, Indicator.INTEROPERABILITY,
            Indicator.ALLIANCE_LEVEL, Indicator.US_CHINA_WAR_RISK, Indicator.RUSSIA_NATO_TENSION,
            Indicator.WESTERN_PRESSURE, Indicator.INTEROP_GROUND_AIR, Indicator.INTEROP_NAVAL,
            Indicator.INTEROP_AEROSPACE, Indicator.INTEROP_INTERNAL_SECURITY);
    static final List<Indicator> MOSCOW = List.of(Indicator.RU_SCORE, Indicator.RU_DEFENSE_INDUSTRY,
            Indicator.RU_FAR_EAST_SECURITY, Indicator.RU_TECH_EDGE, Indicator.RU_ECONOMY, Indicator.RU_FREEDOM,
            Indicator.RU_ARMS_REVENUE, Indicator.RU_DELIVERY_BACKLOG);
    static final List<Indicator> BEIJING = List.of(Indicator.CN_SCORE, Indicator.CN_PLA_MODERNIZATION,
            Indicator.CN_INDIGENOUS_INDUSTRY, Indicator.CN_ECONOMY, Indicator.CN_STANDING, Indicator.CN_FREEDOM,
            Indicator.CN_LEVERAGE, Indicator.CN_COPY_PROGRESS);

    private Dashboard() {
    }

    /** Rows the dashboard would like (a heading plus the longest column). */
    static int fullHeight() {
        return 1 + Math.max(SHARED.size(), 1 + Math.max(MOSCOW.size(), BEIJING.size()));
    }

    /** Draws the dashboard in rows {@code top .. top+rows-1} across the whole width. */
    static void draw(Canvas c, int top, int rows, Map<Indicator, Double> visible, Session session) {
        draw(c, top, rows, visible, new History() {
            @Override
            public double[] of(Indicator i) {
                return session.history(i);
            }

            @Override
            public boolean over() {
                return session.state().isOver();
            }

            @Override
            public Standing standing(Side side) {
                return session.engine().standing(session.state(), side);
            }
        });
    }

    /** The values at the start of every turn so far (the trends), and whether the game is over. */
    interface History {
        double[] of(Indicator i);

        boolean over();

        /** A side's standing now, or null where it is not known (a remote snapshot without par). */
        default Standing standing(Side side) {
            return null;
        }
    }

    /** Draws from a {@link History} instead of a session (a remote seat's snapshot). */
    static void draw(Canvas c, int top, int rows, Map<Indicator, Double> visible, History session) {
        int colW = (c.width() - 2) / 3;
        List<List<Indicator>> groups = List.of(SHARED, MOSCOW, BEIJING);
        String[] titles = {Ui.t("group.shared"), Ui.t("group.moscow"), Ui.t("group.beijing")};
        Role[] roles = {Role.BOLD, Role.MOSCOW, Role.BEIJING};
        for (int g = 0; g < 3; g++) {
            int x = g * (colW + 1);
            if (g > 0) {
                c.vline(x - 1, top, rows, Role.DIM);
            }
            Cell cell = new Cell(colW);
            c.text(x, top, cell.labelW, titles[g], roles[g]);
            String caption = c.cellLeft(Ui.t("dash.now"), 4) + " " + c.cellLeft(Ui.t("dash.change"), cell.deltaW);
            if (Canvas.columns(caption) + 1 + Canvas.columns(Ui.t("dash.trend")) <= colW - cell.labelW - 1) {
                caption += " " + Ui.t("dash.trend");
            }
            List<Indicator> list = groups.get(g);
            if (g == 0 || rows - 1 >= list.size() + 1) {
                c.text(x + cell.labelW + 1, top, colW - cell.labelW - 1, caption, Role.DIM);
            }
            if (list == SHARED && rows - 1 < list.size()) {
                // short of rows (80x24): the four branches of interoperability share one compact row
                List<Indicator> shown = list.subList(0, list.indexOf(Indicator.INTEROP_GROUND_AIR));
                for (int i = 0; i < shown.size() && i < rows - 1; i++) {
                    drawCell(c, x, top + 1 + i, cell, shown.get(i), visible, session);
                }
                if (shown.size() < rows - 1) {
                    drawBranches(c, x, top + 1 + shown.size(), cell, visible);
                }
                continue;
            }
            // a side's column: its score, then its result against par (engine.Standing), then the rest;
            // short of rows, the result goes on the column's heading instead of the caption (the shared
            // column's caption names the columns for all three)
            Side side = list == MOSCOW ? Side.MOSCOW : list == BEIJING ? Side.BEIJING : null;
            boolean ownRow = side != null && rows - 1 >= list.size() + 1;
            if (side != null && !ownRow) {
                drawHeadingResult(c, x + Canvas.columns(titles[g]) + 1, top, x + colW, side, visible, session);
            }
            for (int i = 0, row = 0; i < list.size() && row < rows - 1; i++, row++) {
                drawCell(c, x, top + 1 + row, cell, list.get(i), visible, session);
                if (ownRow && list.get(i) == Indicator.score(side)) {
                    drawResult(c, x, top + 1 + ++row, cell, side, visible, session, true);
                }
            }
        }
    }

    /** Column widths of one cell. */
    private static final class Cell {
        final int width;
        final int sparkW;
        final int deltaW;
        final int labelW;

        Cell(int width) {
            this.width = width;
            this.deltaW = width >= 34 ? 6 : 4;
            this.sparkW = Math.max(3, Math.min(9, width - 22));
            this.labelW = width - 4 - deltaW - sparkW - 3;
        }
    }

    /**
     * A side's result against par now ({@link org.amur.engine.Engine#standing}) and the victory level it
     * would earn if the game ended now.
     */
    private static void drawResult(Canvas c, int x, int y, Cell cell, Side side, Map<Indicator, Double> visible,
                                   History session, boolean label) {
        Standing st = session.standing(side);
        if (st == null) {
            return;
        }
        if (label) {
            c.text(x, y, cell.labelW - 1, Ui.t("dash.result"), Role.NORMAL);
        }
        int vx = x + cell.labelW + 1;
        if (!visible.containsKey(Indicator.score(side))) {
            c.text(vx, y, cell.width - cell.labelW - 1, Ui.t("dash.secret"), Role.DIM);
            return;
        }
        String shown = scoreValue(st.result()); // as wide as a score: a fifth column from the label
        int sw = Canvas.columns(shown) > 4 ? 5 : 4;
        c.text(vx + 4 - sw, y, sw, Canvas.padLeft(shown, sw), Role.BOLD);
        c.text(vx + 5, y, cell.width - cell.labelW - 6, Ui.t("dash.level." + st.victory().id()), levelRole(st));
    }

    private static Role levelRole(Standing st) {
        return st.victory().isWin() ? Role.UP : st.victory().isLoss() ? Role.DOWN : Role.DIM;
    }

    /**
     * A side's result against par on its column's heading, between {@code from} and {@code end} (short of rows,
     * at 80x24), right-aligned and labelled, so that it does not read as a second score: "vs par +1.2 draw",
     * signed as a difference is. Where that does not fit, the value loses its decimal, then the label its "vs".
     */
    private static void drawHeadingResult(Canvas c, int from, int y, int end, Side side,
                                          Map<Indicator, Double> visible, History session) {
        Standing st = session.standing(side);
        if (st == null) {
            return;
        }
        boolean known = visible.containsKey(Indicator.score(side));
        String level = known ? Ui.t("dash.level." + st.victory().id()) : Ui.t("dash.secret");
        String whole = Narration.signed(st.result(), 1);
        String[][] tries = {{Ui.t("dash.result"), whole}, {Ui.t("dash.result"), fitted(st.result())},
                {Ui.t("dash.result_short"), whole}, {Ui.t("dash.result_short"), fitted(st.result())}};
        String label = tries[tries.length - 1][0];
        String shown = known ? tries[tries.length - 1][1] : "";
        for (String[] t : tries) {
            String v = known ? t[1] : "";
            if (Canvas.columns(t[0]) + 1 + Canvas.columns(v) + (v.isEmpty() ? 0 : 1) + Canvas.columns(level)
                    <= end - from) {
                label = t[0];
                shown = v;
                break;
            }
        }
        int w = Math.min(end - from, Canvas.columns(label) + 1 + Canvas.columns(shown) + (shown.isEmpty() ? 0 : 1)
                + Canvas.columns(level));
        int col = end - w;
        col += c.text(col, y, end - col, label + " ", Role.DIM);
        if (!shown.isEmpty()) {
            col += c.text(col, y, end - col, shown + " ", Role.BOLD);
        }
        c.text(col, y, end - col, level, known ? levelRole(st) : Role.DIM);
    }

    /** A signed value in at most 4 columns. */
    private static String fitted(double v) {
        String s = Narration.signed(v, 1);
        return s.length() > 4 ? Narration.signed(v, 0) : s;
    }

    /** The four interoperability branches in one row: ground/air, naval, aerospace, internal security. */
    private static void drawBranches(Canvas c, int x, int y, Cell cell, Map<Indicator, Double> visible) {
        c.text(x, y, cell.labelW, Ui.t("dash.interop_branches"), Role.NORMAL);
        StringBuilder values = new StringBuilder();
        for (Indicator i : List.of(Indicator.INTEROP_GROUND_AIR, Indicator.INTEROP_NAVAL, Indicator.INTEROP_AEROSPACE,
                Indicator.INTEROP_INTERNAL_SECURITY)) {
            Double v = visible.get(i);
            values.append(values.length() == 0 ? "" : " ").append(v == null ? "?" : Narration.number(v, 0));
        }
        c.text(x + cell.labelW + 1, y, cell.width - cell.labelW - 1, values.toString(), Role.NORMAL);
    }

    private static void drawCell(Canvas c, int x, int y, Cell cell, Indicator i, Map<Indicator, Double> visible,
                                 History session) {
        String full = Text.label(i);
        String label = Canvas.columns(full) <= cell.labelW ? full : Ui.t("dash." + i.id());
        // a score takes a fifth column from its label, so that -10.4 keeps its decimal
        boolean score = i == Indicator.RU_SCORE || i == Indicator.CN_SCORE;
        c.text(x, y, score ? cell.labelW - 1 : cell.labelW, label, score ? Role.BOLD : Role.NORMAL);
        int vx = x + cell.labelW + 1;
        Double v = visible.get(i);
        if (v == null) {
            c.text(vx, y, cell.width - cell.labelW - 1, Ui.t("dash.secret"), Role.DIM);
            return;
        }
        // the alliance level is a rung of a 0..4 ladder: shown with its top so it reads as a step
        String shown = i == Indicator.ALLIANCE_LEVEL ? Math.round(v) + "/4" : score ? scoreValue(v) : value(v);
        int sw = Canvas.columns(shown) > 4 ? 5 : 4;
        c.text(vx + 4 - sw, y, sw, Canvas.padLeft(shown, sw), Role.NORMAL);
        double[] h = session.of(i).clone();
        // the last point is the value now: the same as at the turn's start unless the facilitator has
        // injected an event since (then the change and the trend include it)
        if (h.length >= 2 && !session.over()) {
            h[h.length - 1] = v;
        } else if (h.length == 1 && v != h[0] && !session.over()) {
            h = new double[] {h[0], v}; // the first turn: the change since the game began
        }
        double change = h.length >= 2 ? Narration.shownDifference(h[h.length - 2], h[h.length - 1]) : 0;
        String d = delta(change, cell.deltaW >= 6, h.length >= 2, c.glyphs());
        Role role = Math.abs(change) < 0.05 ? Role.DIM : change > 0 ? Role.UP : Role.DOWN;
        c.text(vx + 5, y, cell.deltaW, Canvas.padLeft(d, cell.deltaW), role);
        c.text(vx + 5 + cell.deltaW + 1, y, cell.sparkW, spark(h, cell.sparkW, i, c.glyphs()), Role.NORMAL);
    }

    /** A score in at most 5 columns: one decimal up to -99.9. */
    static String scoreValue(double v) {
        String s = Narration.number(v, 1);
        return s.length() > 5 ? Narration.number(v, 0) : s;
    }

    /** A value in at most 4 columns. */
    static String value(double v) {
        String s = Narration.number(v, 1);
        return s.length() > 4 ? Narration.number(v, 0) : s;
    }

    /** A change in at most 4 columns ({@code +1.2}), or 6 with an arrow; a dot when nothing moved. */
    static String delta(double d, boolean arrows, boolean known, Glyphs g) {
        return delta(d, arrows, known, g, 4);
    }

    /**
     * The same with up to {@code chars} characters for the number ({@code +10.3} needs 5). A change whose decimal
     * does not fit is rounded to the unit and marked so ({@code ~+10}, "dash.rounded"), so that it is not read
     * as exact; past ±99.5 there is no room for the mark.
     */
    static String delta(double d, boolean arrows, boolean known, Glyphs g, int chars) {
        if (!known || Math.abs(d) < 0.05) {
            return g.dot();
        }
        String s = Narration.signed(d, 1);
        if (s.length() > chars) {
            s = Narration.signed(d, 0);
            String marked = Ui.t("dash.rounded", s);
            if (Canvas.columns(marked) <= chars) {
                s = marked;
            }
        }
        return arrows ? (d > 0 ? g.up() : g.down()) + " " + s : s;
    }

    /**
     * The last {@code width} values as a sparkline, scaled between their own lowest and highest
     * (at least a small span, so noise does not look like a trend).
     */
    static String spark(double[] h, int width, Indicator i, Glyphs g) {
        int n = Math.min(width, h.length);
        if (n == 0) {
            return "";
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int k = h.length - n; k < h.length; k++) {
            lo = Math.min(lo, h[k]);
            hi = Math.max(hi, h[k]);
        }
        double minSpan = (i == Indicator.RU_SCORE || i == Indicator.CN_SCORE) ? 2 : i.range() * 0.03;
        if (hi - lo < minSpan) {
            double mid = (hi + lo) / 2;
            lo = mid - minSpan / 2;
            hi = mid + minSpan / 2;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = h.length - n; k < h.length; k++) {
            sb.append(g.sparkAt((h[k] - lo) / (hi - lo)));
        }
        return sb.toString();
    }
}
