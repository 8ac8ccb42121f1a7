package org.amur.tui;

import org.amur.engine.TextBundle;

/**
 * The words of the terminal UI, from {@code org/amur/tui/ui.properties} (UTF-8). Placeholders are
 * {@code {0}}, {@code {1}}... and are replaced literally (no MessageFormat quoting rules).
 */
final class Ui {
    private static final TextBundle TEXT = TextBundle.load(Ui.class, "ui.properties");

    private Ui() {
    }

    /** The text for {@code key} with its placeholders filled, or {@code [key]} if it is missing. */
    static String t(String key, Object... args) {
        return TEXT.format(key, args);
    }

    /** The key bound to {@code key} (its file's letter, whatever the label drawn for it), or -1. */
    static int binding(String key) {
        return TEXT.binding(key);
    }

    static boolean has(String key) {
        return TEXT.has(key);
    }
}
