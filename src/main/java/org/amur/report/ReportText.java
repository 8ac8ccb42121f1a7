package org.amur.report;

import org.amur.engine.TextBundle;

/**
 * The words of the reports and documents (the after-action report's headings, labels and discussion
 * questions, the handouts, the debrief, the rule book's {@code book.*}), kept in
 * {@code org/amur/report/report.properties} (UTF-8) and read through {@link TextBundle}: ICU MessageFormat
 * patterns in the chosen language, {@code {0}}, {@code {1}}... for values, plural rules for counts, and
 * {@code ''} for an apostrophe in a text with values.
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

    /** The text for {@code key} with {@code {i}} filled from {@code args[i]}. */
    public static String fmt(String key, Object... args) {
        return TEXT.format(key, args);
    }
}
