package org.amur.files;

/**
 * A file name or other text from outside made safe to print on a terminal: control characters (C0,
 * DEL, C1), bidirectional controls and zero-width characters become U+FFFD, and very long names are
 * shortened with an ellipsis in the middle so a message stays one readable line.
 */
public final class Names {
    private static final int MAX = 200;

    private Names() {
    }

    public static String shown(String name) {
        String s = Terminal.safe(name == null ? "" : name);
        if (s.isEmpty()) {
            return "\"" + s + "\""; // an empty name (--scenario "") still shows where the message begins
        }
        if (s.length() > MAX) {
            s = s.substring(0, MAX / 2 - 1) + "\u2026" + s.substring(s.length() - MAX / 2);
        }
        return s;
    }
}
