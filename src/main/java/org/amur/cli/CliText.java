package org.amur.cli;

import org.amur.engine.TextBundle;

/** The words of the command line's own messages (not the plain game's), kept in {@code cli.properties}. */
final class CliText {
    static final TextBundle TEXT = TextBundle.load(CliText.class, "cli.properties");

    private CliText() {
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled from {@code args}. */
    static String t(String key, Object... args) {
        return TEXT.format(key, args);
    }
}
