package org.amur.cli;

import org.amur.files.Terminal;

/**
 * JSON meant for a terminal: Jackson escapes only characters below U+0020, so C1 controls (U+009B is a
 * CSI), bidirectional overrides and zero-width characters from rationales, notes and names would reach
 * the terminal raw. Every such character is written as a {@code \\uXXXX} escape instead; the JSON means
 * the same to any parser.
 */
final class TerminalJson {
    private TerminalJson() {
    }

    static String escape(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean bad = Character.isSurrogate(c)
                    ? !(Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(json.charAt(i - 1)))
                    : c != '\n' && Terminal.unsafe(c);
            if (Character.isHighSurrogate(c) && !bad && i + 1 < json.length()) {
                int cp = Character.toCodePoint(c, json.charAt(i + 1));
                bad = Terminal.unsafe(cp);
                if (bad) {
                    sb = sb == null ? new StringBuilder(json.length() + 16).append(json, 0, i) : sb;
                    sb.append(String.format("\\u%04x\\u%04x", (int) c, (int) json.charAt(i + 1)));
                    i++;
                    continue;
                }
            }
            if (bad && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }
}
