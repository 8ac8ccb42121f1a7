package org.amur.engine;

/** The three lines of effort a side chooses among each turn. */
public enum Line {
    ALLIANCE("alliance", "Formal alliance"),
    EXERCISES("exercises", "Joint exercises"),
    ARMS("arms", "Arms transfers");

    private final String id;
    private final String title;

    Line(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
