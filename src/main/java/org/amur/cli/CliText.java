package org.amur.cli;

import org.amur.engine.TextBundle;

/** The words of the command line's own messages (not the plain game's), kept in {@code cli.properties}. */
final class CliText {
    static final TextBundle TEXT = TextBundle.load(CliText.class, "cli.properties");
    /** Every command's {@code --help}: descriptions, options, examples (picocli's texts, not ICU patterns). */
    static final TextBundle HELP = TextBundle.load(CliText.class, "help.properties");

    private CliText() {
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled from {@code args}. */
    static String t(String key, Object... args) {
        return TEXT.format(key, args);
    }
}
