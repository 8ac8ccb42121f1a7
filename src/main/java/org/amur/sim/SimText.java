package org.amur.sim;

import org.amur.engine.TextBundle;

/** The words of the analyst reports, kept in {@code org/amur/sim/sim.properties}. */
public final class SimText {
    private static final TextBundle TEXT = TextBundle.load(SimText.class, "sim.properties");

    private SimText() {
    }

    /** The text for {@code key} with each {@code {name}} replaced by the value that follows it. */
    public static String get(String key, Object... nameValuePairs) {
        return TEXT.fill(key, nameValuePairs);
    }

    public static boolean has(String key) {
        return TEXT.has(key);
    }
}
