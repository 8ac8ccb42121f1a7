package org.amur.engine;

/** The two seats at the table. */
public enum Side {
    MOSCOW("moscow", "ru"),
    BEIJING("beijing", "cn");

    private final String id;
    private final String prefix;

    Side(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    /** Stable lower-case id used in files and on the command line. */
    public String id() {
        return id;
    }

    /** Prefix of this side's state ids ({@code ru} or {@code cn}). */
    public String prefix() {
        return prefix;
    }

    public Side other() {
        return this == MOSCOW ? BEIJING : MOSCOW;
    }

    /** The side's name as players read it, from the model's bundle ({@code side.moscow}). */
    public String displayName() {
        return Text.get("side." + id);
    }

    /** Parses {@code moscow}/{@code beijing} (also {@code ru}/{@code cn}), case-insensitively. */
    public static Side parse(String s) {
        for (Side side : values()) {
            if (side.id.equalsIgnoreCase(s) || side.prefix.equalsIgnoreCase(s)) {
                return side;
            }
        }
        throw new IllegalArgumentException("unknown side '" + s + "' (expected moscow or beijing)");
    }
}
