package org.amur.tui;

import java.nio.charset.Charset;

/**
 * The few non-letter characters the screens use, in Unicode when the terminal's character set can
 * show them and in plain ASCII otherwise (a {@code LANG=C} session would show '?' for each).
 */
record Glyphs(String spark, String pointer, String up, String down, String hline, String vline, String dot,
              String ellipsis, String arrow, String upDown, String leftRight, String check) {

    static final Glyphs UNICODE = new Glyphs("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588", "\u25B6",
            "\u25B2", "\u25BC", "\u2500", "\u2502", "\u00B7", "\u2026", "\u2192", "\u2191\u2193", "\u2190\u2192", "\u2713");
    static final Glyphs ASCII = new Glyphs("_.-~=*#@", ">", "^", "v", "-", "|", "-", "...", "->", "Up/Down", "Left/Right", "*");

    static Glyphs forCharset(Charset cs) {
        try {
            return cs.newEncoder().canEncode("\u2581\u2588\u25B6\u25B2\u25BC\u2500\u2502\u00B7\u2026\u2192\u2191\u2193\u2190\u2713\u21B3")
                    ? UNICODE : ASCII;
        } catch (UnsupportedOperationException e) {
            return ASCII;
        }
    }

    /** Marks a game branched from another (the load screen, the replay viewer). */
    String branch() {
        return equals(ASCII) ? "+" : "\u21B3";
    }

    /** The sparkline character for a level between 0 (lowest) and 1 (highest). */
    char sparkAt(double level) {
        int n = spark.length();
        int i = (int) Math.round(Math.max(0, Math.min(1, level)) * (n - 1));
        return spark.charAt(i);
    }
}
