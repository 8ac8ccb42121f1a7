package org.amur.server;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's log file ({@code server.log} in the server folder): one line per join, leave, failed or
 * refused attempt, with its UTC time. Anything a client chose (a mistyped token, a command it asked to run)
 * is written escaped and cut short, so the log cannot be forged or flooded with control bytes. A write
 * that fails is given up silently: the game goes on.
 */
public final class ServerLog implements AutoCloseable {
    public static final String FILE = "server.log";
    private static final int MAX_FIELD = 80;
    private final Clock clock;
    private Writer out;

    public ServerLog(Path folder, Clock clock) throws IOException {
        this.clock = clock;
        Path file = folder.resolve(FILE);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(ServerText.t("log.not_a_file", file));
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        TokenBook.ownerOnly(file);
    }

    /** Writes {@code event} and its details, each detail escaped. */
    public synchronized void log(String event, Object... details) {
        if (out == null) {
            return;
        }
        StringBuilder sb = new StringBuilder(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString())
                .append(' ').append(event);
        for (Object d : details) {
            sb.append(' ').append(escape(String.valueOf(d)));
        }
        try {
            out.write(sb.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            // a full disk must not stop the lesson
        }
    }

    /** Printable ASCII kept; anything else as {@code \\uXXXX}; spaces as {@code _}; at most 80 characters. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < MAX_FIELD; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7f && c != '\\') {
                sb.append(c);
            } else if (c == ' ') {
                sb.append('_');
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (sb.length() >= MAX_FIELD && s.length() > sb.length()) {
            sb.append("...");
        }
        return sb.toString();
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more to do
            }
            out = null;
        }
    }
}
