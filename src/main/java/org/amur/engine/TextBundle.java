package org.amur.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;

/**
 * Player-facing words kept in a UTF-8 {@code .properties} file next to the class that uses them (the
 * model's, the bots', the report's, the game screen's). A missing key reads {@code [key]}, so a gap is
 * visible on screen, and each bundle has a test that none is missing. Placeholders {@code {0}},
 * {@code {1}}... are replaced literally, without MessageFormat's quoting rules, so apostrophes need no
 * doubling.
 */
public final class TextBundle {
    private final Properties text;

    private TextBundle(Properties text) {
        this.text = text;
    }

    /**
     * Reads {@code resource} from {@code owner}'s package. A missing file is a broken build, so it
     * fails at once rather than showing a screen of {@code [key]}s.
     */
    public static TextBundle load(Class<?> owner, String resource) {
        Properties p = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TextBundle(p);
    }

    /** The text for {@code key}, or {@code [key]} if it is missing. */
    public String get(String key) {
        String s = text.getProperty(key);
        return s == null ? "[" + key + "]" : s;
    }

    public boolean has(String key) {
        return text.containsKey(key);
    }

    /**
     * The text for {@code key} with each {@code {i}} replaced by {@code args[i]}, in one pass over the
     * template: an argument's own text is never scanned again, so a player's rationale that happens to
     * contain "{1}" is shown as typed, and {@code {1}} is never taken for the start of {@code {10}}. A
     * placeholder without an argument stays as it is.
     */
    public String format(String key, Object... args) {
        return substitute(get(key), args);
    }

    /** {@link #format} on a template given directly. */
    public static String substitute(String template, Object... args) {
        if (args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            if (ch == '{') {
                int j = i + 1;
                while (j < template.length() && j - i <= 3 && Character.isDigit(template.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < template.length() && template.charAt(j) == '}') {
                    int n = Integer.parseInt(template.substring(i + 1, j));
                    if (n < args.length) {
                        out.append(args[n]);
                        i = j + 1;
                        continue;
                    }
                }
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /** Every key, for completeness tests. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(text.stringPropertyNames());
    }
}
