package org.amur.engine;

/** The three lines of effort a side chooses among each turn. */
public enum Line {
    ALLIANCE("alliance"),
    EXERCISES("exercises"),
    ARMS("arms");

    private final String id;

    Line(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The name, e.g. "Joint exercises", from the model's bundle ({@code line.exercises.title}). */
    public String title() {
        return Text.get("line." + id + ".title");
    }
}
