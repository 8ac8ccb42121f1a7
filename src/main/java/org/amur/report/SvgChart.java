package org.amur.report;

import static org.amur.report.Escape.html;

import java.util.List;
import java.util.Locale;
import org.amur.engine.Narration;
import org.amur.engine.Side;

/**
 * A small line chart as inline SVG, drawn by hand: no library, no fonts to fetch, no script. The
 * vertical scale fits the values (with a minimum span so that small wobbles do not look like cliffs)
 * and never leaves the indicator's bounds; a ladder of at most five rungs is drawn on whole steps.
 * Colours and line styles are attributes, so the chart looks the same when copied out of the page.
 */
final class SvgChart {
    static final int WIDTH = 300;
    static final int HEIGHT = 150;
    private static final double LEFT = 38;
    private static final double RIGHT = 10;
    private static final double TOP = 10;
    private static final double BOTTOM = 24;

    private SvgChart() {
    }

    /** The colour and dash of a side's lines (Moscow blue, Beijing red and dashed, shared dark grey). */
    static String stroke(Side side) {
        if (side == Side.MOSCOW) {
            return "stroke=\"#005a9c\"";
        } else if (side == Side.BEIJING) {
            return "stroke=\"#b45f06\" stroke-dasharray=\"5 3\"";
        }
        return "stroke=\"#37474f\"";
    }

    static String render(GameReport.Chart c, List<String> labels, String title) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (GameReport.Series s : c.series()) {
            for (double v : s.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double range = c.max() - c.min();
        double step;
        if (range <= 4) { // a ladder (alliance level): the whole range, rung by rung
            lo = c.min();
            hi = c.max();
            step = 1;
        } else {
            double minSpan = Math.min(range / 10, 10);
            if (hi - lo < minSpan) {
                double mid = (hi + lo) / 2;
                lo = mid - minSpan / 2;
                hi = mid + minSpan / 2;
            }
            step = niceStep((hi - lo) / 4);
            lo = Math.max(c.min(), Math.floor(lo / step) * step);
            hi = Math.min(c.max(), Math.ceil(hi / step) * step);
            if (hi <= lo) {
                hi = lo + step;
            }
        }
        double pw = WIDTH - LEFT - RIGHT;
        double ph = HEIGHT - TOP - BOTTOM;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"10\">");
        sb.append("<title>").append(html(title)).append("</title>");
        for (double v = lo; v <= hi + step / 1000; v += step) {
            double y = TOP + ph * (1 - (v - lo) / (hi - lo));
            boolean zero = Math.abs(v) < step / 1000 && lo < 0;
            sb.append("<line x1=\"").append(f(LEFT)).append("\" x2=\"").append(f(LEFT + pw)).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"")
                    .append(zero ? "#777" : "#ddd").append("\" stroke-width=\"1\"/>");
            sb.append("<text x=\"").append(f(LEFT - 4)).append("\" y=\"").append(f(y + 3.5))
                    .append("\" text-anchor=\"end\" fill=\"#555\">").append(html(Narration.number(v, 2)))
                    .append("</text>");
        }
        int n = labels.size();
        int every = n <= 10 ? 1 : (n + 9) / 10;
        for (int i = 0; i < n; i++) {
            if (i % every == 0 || i == n - 1) {
                sb.append("<text x=\"").append(f(x(i, n, pw))).append("\" y=\"").append(HEIGHT - 8)
                        .append("\" text-anchor=\"middle\" fill=\"#555\">").append(html(shortLabel(labels.get(i))))
                        .append("</text>");
            }
        }
        for (GameReport.Series s : c.series()) {
            StringBuilder pts = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                double v = s.values().get(i);
                String px = f(x(i, n, pw));
                String py = f(TOP + ph * (1 - (v - lo) / (hi - lo)));
                pts.append(i == 0 ? "" : " ").append(px).append(',').append(py);
                dots.append("<circle cx=\"").append(px).append("\" cy=\"").append(py).append("\" r=\"2.5\" fill=\"")
                        .append(s.side() == Side.BEIJING ? "#b45f06" : s.side() == Side.MOSCOW ? "#005a9c" : "#37474f")
                        .append("\"><title>").append(html(s.label() + ", " + labels.get(i) + ": "
                                + Narration.number(v, 1))).append("</title></circle>");
            }
            if (s.values().size() > 1) {
                sb.append("<polyline fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\" ")
                        .append(stroke(s.side())).append(" points=\"").append(pts).append("\"/>");
            }
            sb.append(dots);
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /** Years as two digits ('18) when there are many points, so the axis stays legible. */
    private static String shortLabel(String label) {
        return label.matches("\\d{4}") ? "\u2019" + label.substring(2) : label;
    }

    private static double x(int i, int n, double pw) {
        return n == 1 ? LEFT + pw / 2 : LEFT + i * pw / (n - 1);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
        return nice * mag;
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
