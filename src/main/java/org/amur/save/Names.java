package org.amur.save;

import java.util.Optional;
import org.amur.scenario.TextRules;

/**
 * The optional names of a game: the table (for example "Table 3" or "Period 2") and each side's team.
 * Empty strings when not given. They are player text: at most {@value #MAX} characters, no control,
 * bidirectional or invisible characters, no surrounding spaces.
 */
public record Names(String table, String moscow, String beijing) {
    /** The longest name. */
    public static final int MAX = 40;
    /** No names. */
    public static final Names NONE = new Names("", "", "");

    public Names {
        table = table == null ? "" : table.strip();
        moscow = moscow == null ? "" : moscow.strip();
        beijing = beijing == null ? "" : beijing.strip();
        for (String n : new String[] {table, moscow, beijing}) {
            if (whyNot("a name", n).isPresent()) {
                throw new IllegalArgumentException(whyNot("a name", n).get());
            }
        }
    }

    /**
     * Why {@code text} cannot be a name, as one sentence about {@code what} ("the table name"), or empty
     * when it can (the words are {@code save.properties}' {@code name.*}).
     */
    public static Optional<String> whyNot(String what, String text) {
        String t = text == null ? "" : text.strip();
        if (t.codePointCount(0, t.length()) > MAX) {
            return Optional.of(SaveLock.TEXT.format("name.too_long", cap(what), MAX));
        }
        Optional<String> bad = TextRules.firstForbidden(t, false);
        return bad.map(b -> SaveLock.TEXT.format("name.forbidden", cap(what), b));
    }

    /** The team name of a side, or empty. */
    public String team(org.amur.engine.Side side) {
        return side == org.amur.engine.Side.MOSCOW ? moscow : beijing;
    }

    public boolean isEmpty() {
        return table.isEmpty() && moscow.isEmpty() && beijing.isEmpty();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
