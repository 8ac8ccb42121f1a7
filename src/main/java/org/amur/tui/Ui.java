package org.amur.tui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The words of the terminal UI, from {@code org/amur/tui/ui.properties} (UTF-8). Placeholders are
 * {@code {0}}, {@code {1}}... and are replaced literally (no MessageFormat quoting rules).
 */
final class Ui {
    private static final Properties TEXT = load();

    private Ui() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Ui.class.getResourceAsStream("ui.properties")) {
            if (in == null) {
                throw new IllegalStateException("ui.properties is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The text for {@code key} with its placeholders filled, or {@code [key]} if it is missing. */
    static String t(String key, Object... args) {
        String s = TEXT.getProperty(key);
        if (s == null) {
            return "[" + key + "]";
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    static boolean has(String key) {
        return TEXT.containsKey(key);
    }
}
