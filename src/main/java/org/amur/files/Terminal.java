package org.amur.files;

/**
 * What may reach a terminal from a file, a save or a command line. A character is unsafe when it is a
 * control character (C0 except newline where lines are allowed, DEL, C1), a bidirectional control, a
 * zero-width or other invisible format character, a private-use, unassigned or lone surrogate code
 * point: printed raw, it could reprogram the terminal (ESC, CSI U+009B, OSC) or make text read
 * differently from what it is (U+202E). The same set as {@code scenario.TextRules}, which also names
 * the character for authors.
 */
public final class Terminal {
    private Terminal() {
    }

    /** Whether {@code cp} must not be printed raw (newline and tab excluded; callers decide about them). */
    public static boolean unsafe(int cp) {
        if (cp == '\n' || cp == '\t') {
            return false;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            return true;
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || cp == 0x00AD) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }

    /** One line safe to print: unsafe characters, tabs and line breaks become U+FFFD or a space. */
    public static String safe(String s) {
        return clean(s, false);
    }

    /** Text safe to print that keeps its line breaks ({@code \r\n} becomes {@code \n}). */
    public static String safeLines(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean lines) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\t') {
                replacement = " ";
            } else if (cp == '\r' && lines) {
                replacement = "";
            } else if (cp == '\n') {
                replacement = lines ? null : " ";
            } else if (unsafe(cp)) {
                replacement = "\uFFFD";
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }
}
