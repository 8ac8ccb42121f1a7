package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Narration;

/** Text charts: a column of block characters per turn, with the highest and lowest value marked. */
final class Charts {
    private Charts() {
    }

    /**
     * A bar chart of {@code values} ({@code labels} under the first and last bar), {@code height} rows
     * of bars plus a title row and an axis row, at most {@code width} columns.
     */
    static List<List<Span>> bars(String title, double[] values, String firstLabel, String lastLabel, int width,
                                 int height, Role role, Glyphs g) {
        List<List<Span>> rows = new ArrayList<>();
        rows.add(List.of(new Span(title, Role.BOLD)));
        if (values.length == 0) {
            return rows;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        String hiLabel = Narration.number(hi, 1);
        String loLabel = Narration.number(lo, 1);
        int axisW = Math.max(hiLabel.length(), loLabel.length()) + 1;
        // bars fill from a baseline a little below the lowest value, so the lowest still shows
        double span = Math.max(hi - lo, 1e-9);
        double base = lo - span * 0.25;
        if (hi - lo < 1e-9) {
            base = lo - 1;
            span = 1;
        }
        int barW = Math.max(1, Math.min(4, (width - axisW - 1) / values.length));
        int levels = height * 8;
        int[] fill = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            fill[i] = (int) Math.round((values[i] - base) / (hi - base) * levels);
            fill[i] = Math.max(1, Math.min(levels, fill[i]));
        }
        for (int r = 0; r < height; r++) {
            String axis = r == 0 ? hiLabel : r == height - 1 ? loLabel : "";
            StringBuilder sb = new StringBuilder();
            int rowFloor = (height - 1 - r) * 8; // levels below this row
            for (int i = 0; i < values.length; i++) {
                int inRow = Math.max(0, Math.min(8, fill[i] - rowFloor));
                char ch = inRow == 0 ? ' ' : g == Glyphs.ASCII ? (inRow >= 8 ? '#' : inRow >= 4 ? '+' : '.')
                        : g.spark().charAt(inRow - 1);
                String cell = String.valueOf(ch).repeat(Math.max(1, barW - (barW > 1 ? 1 : 0)));
                sb.append(cell).append(barW > 1 ? " " : "");
            }
            rows.add(List.of(new Span(Canvas.padLeft(axis, axisW - 1) + " ", Role.DIM), new Span(sb.toString(), role)));
        }
        int plotW = values.length * barW;
        String left = firstLabel;
        String right = lastLabel;
        int gap = Math.max(1, plotW - left.length() - right.length());
        rows.add(List.of(new Span(" ".repeat(axisW) + left + " ".repeat(gap) + (values.length > 1 ? right : ""),
                Role.DIM)));
        return rows;
    }

    /** Lays {@code blocks} (charts of {@link #bars}) side by side, as many as fit in {@code width}, into {@code d}. */
    static void grid(Doc d, List<List<List<Span>>> blocks, int width, int cell) {
        int perRow = Math.max(1, width / cell);
        for (int b = 0; b < blocks.size(); b += perRow) {
            int h = 0;
            for (int k = b; k < b + perRow && k < blocks.size(); k++) {
                h = Math.max(h, blocks.get(k).size());
            }
            for (int r = 0; r < h; r++) {
                List<Span> row = new ArrayList<>();
                for (int k = b; k < b + perRow && k < blocks.size(); k++) {
                    List<Span> part = r < blocks.get(k).size() ? blocks.get(k).get(r) : List.of();
                    int used = 0;
                    for (Span s : part) {
                        row.add(s);
                        used += Canvas.columns(s.text());
                    }
                    if (k + 1 < b + perRow && k + 1 < blocks.size()) {
                        row.add(new Span(" ".repeat(Math.max(1, cell - used)), Role.NORMAL));
                    }
                }
                d.row(row);
            }
            d.blank();
        }
    }
}
