package org.amur.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The after-action report's own words (headings, labels, discussion questions), kept in
 * {@code org/amur/report/report.properties} (UTF-8). Placeholders are {@code {0}}, {@code {1}}...,
 * replaced literally (no MessageFormat quoting rules, so apostrophes need no doubling).
 */
public final class ReportText {
    private static final Properties TEXT = load();

    private ReportText() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream("report.properties")) {
            if (in == null) {
                throw new IllegalStateException("report.properties is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The text for {@code key}, or {@code [key]} if it is missing (a test checks that none is). */
    public static String get(String key) {
        String s = TEXT.getProperty(key);
        return s == null ? "[" + key + "]" : s;
    }

    public static boolean has(String key) {
        return TEXT.containsKey(key);
    }

    /**
     * A count in words: {@code count.<noun>.<n>} if there is one (e.g. "once", "twice", "no contract"),
     * else {@code count.<noun>.n} with {@code {0}} = n (e.g. "3 times").
     */
    public static String count(String noun, int n) {
        String exact = "count." + noun + "." + n;
        return has(exact) ? get(exact) : fmt("count." + noun + ".n", n);
    }

    /** The text for {@code key} with {@code {i}} replaced by {@code args[i]}. */
    public static String fmt(String key, Object... args) {
        String s = get(key);
        // replace from the highest index down so that {1} is never mistaken for part of {10}
        for (int i = args.length - 1; i >= 0; i--) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
