package org.amur.scenario;

import org.amur.engine.TextBundle;

/** The words of scenario problems (reading, schema and sense checks), from {@code problems.properties}. */
final class Problems {
    private static final TextBundle TEXT = TextBundle.load(Problems.class, "problems.properties");

    private Problems() {
    }

    /** The problem {@code key} with {@code {0}}, {@code {1}}... filled from {@code args}. */
    static String t(String key, Object... args) {
        return TEXT.format(key, args);
    }
}
