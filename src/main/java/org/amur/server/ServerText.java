package org.amur.server;

import org.amur.engine.TextBundle;

/** The server's words, from {@code org/amur/server/server.properties} (UTF-8). */
public final class ServerText {
    private static final TextBundle TEXT = TextBundle.load(ServerText.class, "server.properties");

    private ServerText() {
    }

    public static String t(String key, Object... args) {
        return TEXT.format(key, args);
    }
}
