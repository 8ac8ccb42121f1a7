package org.amur.report;

import org.amur.engine.TextBundle;

/**
 * The after-action report's own words (headings, labels, discussion questions), kept in
 * {@code org/amur/report/report.properties} (UTF-8). Placeholders are {@code {0}}, {@code {1}}...,
 * replaced literally (no MessageFormat quoting rules, so apostrophes need no doubling).
 */
public final class ReportText {
    private static final TextBundle TEXT = TextBundle.load(ReportText.class, "report.properties");

    private ReportText() {
    }

    /** The text for {@code key}, or {@code [key]} if it is missing (a test checks that none is). */
    public static String get(String key) {
        return TEXT.get(key);
    }

    public static boolean has(String key) {
        return TEXT.has(key);
    }

    /**
     * A count in words by the language's plural rules, from {@code count.<noun>} ("once", "twice",
     * "no contract", "3 times").
     */
    public static String count(String noun, int n) {
        return fmt("count." + noun, n);
    }

    /** The text for {@code key} with {@code {i}} replaced by {@code args[i]}. */
    public static String fmt(String key, Object... args) {
        return TEXT.format(key, args);
    }
}
