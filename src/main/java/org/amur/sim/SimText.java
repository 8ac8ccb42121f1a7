package org.amur.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The words of the analyst reports, kept in {@code org/amur/sim/sim.properties}. */
public final class SimText {
    private static final Properties TEXT = load();

    private SimText() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SimText.class.getResourceAsStream("sim.properties")) {
            if (in == null) {
                throw new IllegalStateException("sim.properties is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The text for {@code key} with each {@code {name}} replaced by the value that follows it. */
    public static String get(String key, Object... nameValuePairs) {
        String s = TEXT.getProperty(key);
        if (s == null) {
            return "[" + key + "]";
        }
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            s = s.replace("{" + nameValuePairs[i] + "}", String.valueOf(nameValuePairs[i + 1]));
        }
        return s;
    }

    public static boolean has(String key) {
        return TEXT.containsKey(key);
    }
}
