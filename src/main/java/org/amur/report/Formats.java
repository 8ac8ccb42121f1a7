package org.amur.report;

import java.util.List;
import org.amur.engine.Narration;
import org.amur.engine.Side;

/** Small helpers shared by the report writers: numbers, sparklines, grouping a turn's entries. */
final class Formats {
    private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    private Formats() {
    }

    static String n(double d) {
        return Narration.number(d, 1);
    }

    static String signed(double d) {
        return Narration.signed(d, 1);
    }

    /** A change as its shown values make it ({@link Narration#change}). */
    static String change(Entry.Change c) {
        return Narration.change(c.before(), c.after(), 1);
    }

    /** Points with two decimals at most, for weights. */
    static String n2(double d) {
        return Narration.number(d, 2);
    }

    /** A unicode sparkline of the values, scaled between their own minimum and maximum. */
    static String sparkline(List<Double> values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            int k = hi - lo < 1e-9 ? 3 : (int) Math.round((v - lo) / (hi - lo) * (BARS.length() - 1));
            sb.append(BARS.charAt(k));
        }
        return sb.toString();
    }

    /** The phase of a turn an entry belongs to, for the headings of a timeline; null keeps the current one. */
    static String phase(Entry e) {
        if (e instanceof Entry.Card) {
            return "timeline.world";
        } else if (e instanceof Entry.Choices || e instanceof Entry.Withdrawn) {
            return "timeline.choices";
        } else if (e instanceof Entry.Net) {
            return "timeline.net";
        } else if (e instanceof Entry.Ended) {
            return "timeline.ended";
        } else if (e.source() == Entry.Source.FACILITATOR) {
            return null; // shown where it happened, under the current heading
        }
        return "timeline.resolution";
    }

    /** The words of a facilitator entry's marker, e.g. "Facilitator inject". */
    static String facilitatorMarker(String kind) {
        String key = "facilitator." + kind;
        return ReportText.has(key) ? ReportText.get(key) : ReportText.fmt("facilitator.other", kind);
    }

    /** The CSS class suffix of a side's colour ({@code moscow}, {@code beijing}, or {@code shared}). */
    static String sideClass(Side s) {
        return s == null ? "shared" : s.id();
    }
}
