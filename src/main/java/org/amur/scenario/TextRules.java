package org.amur.scenario;

import java.util.Optional;

/**
 * What text from files and players may contain before it is drawn on a terminal: no control
 * characters (C0, DEL, C1), no bidirectional overrides or isolates, no zero-width or other invisible
 * format characters. The terminal would otherwise be reprogrammed (ANSI escapes), crash (Lanterna
 * rejects control characters) or show text that reads differently from what it is (bidi tricks).
 */
public final class TextRules {

    /**
     * The candidate a mistyped name most likely meant ({@code basline} -> {@code baseline}), ignoring
     * case, or null when none is within about a third of its length (at least two edits).
     */
    public static String closest(String typed, java.util.Collection<String> candidates) {
        if (typed == null || typed.isBlank() || typed.length() > 200) {
            return null;
        }
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
                    .apply(t, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    private TextRules() {
    }

    /** Describes the first forbidden character in {@code s}, if any. Newlines are allowed when {@code multiline}. */
    public static Optional<String> firstForbidden(String s, boolean multiline) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String what = classify(cp, multiline);
            if (what != null) {
                return Optional.of(Problems.t("char.at", Problems.t(what), String.format("%04X", cp), i + 1));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** The bundle key of what kind of forbidden character {@code cp} is, or {@code null} if it is allowed. */
    private static String classify(int cp, boolean multiline) {
        if (cp == '\n' && multiline) {
            return null;
        }
        if (cp == 0x1B) {
            return "char.escape";
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            return "char.control";
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C) {
            return "char.bidi";
        }
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD) {
            return "char.invisible";
        }
        if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.PRIVATE_USE
                || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
            return "char.unassigned";

        }
        return null;
    }

    /**
     * Makes any string safe to draw: forbidden characters become U+FFFD, tabs become a space, and
     * newlines are kept only when {@code multiline}. Use on everything from players or files.
     */
    public static String sanitize(String s, boolean multiline) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '\t') {
                sb.append(' ');
            } else if (cp == '\r') {
                // dropped: CRLF becomes LF
            } else if (classify(cp, multiline) != null) {
                sb.append('\uFFFD');
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
