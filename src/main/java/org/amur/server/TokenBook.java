package org.amur.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amur.save.AtomicFiles;
import org.amur.scenario.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's tokens, one per seat per table and one for the teacher, kept in {@code tokens.json} in the
 * server folder (owner-only permissions) so that a restart with the same folder lets everyone back in with
 * the line on the board. A token names its table and seat ({@code t3-beijing-...}) and carries
 * {@value #RANDOM_CHARS} base-32 characters ({@value #RANDOM_CHARS}×5 = 100 bits) from {@link SecureRandom}.
 */
public final class TokenBook {
    public static final String FILE = "tokens.json";
    static final int RANDOM_CHARS = 20;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32 symbols, no l/o/0/1
    private static final long MAX_BYTES = 256 * 1024;
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern TABLE = Pattern.compile("t[1-9][0-9]{0,2}");

    /** One table's settings as the server started it; restored with the table. */
    public record TableEntry(String id, String scenario, Map<Seat, String> tokens) {
    }

    private final Path file;
    private final SecureRandom random;
    private String teacher;
    private final List<TableEntry> tables = new ArrayList<>();
    private final Map<String, Ticket> byToken = new LinkedHashMap<>();

    private TokenBook(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    /**
     * The book of {@code folder}: read from its file when there is one (its tables kept as they were), with new
     * tables added until there are {@code tables}, then written back. Throws {@link IOException} with one
     * sentence when the file cannot be read or written.
     */
    public static TokenBook open(Path folder, int tables, String scenario, SecureRandom random) throws IOException {
        TokenBook book = new TokenBook(folder.resolve(FILE), random);
        if (Files.exists(book.file, LinkOption.NOFOLLOW_LINKS)) {
            book.read();
        } else {
            book.teacher = book.newToken("teacher");
        }
        while (book.tables.size() < tables) {
            String id = "t" + (book.tables.size() + 1);
            Map<Seat, String> tokens = new LinkedHashMap<>();
            for (Seat s : Seat.tableSeats()) {
                tokens.put(s, book.newToken(id + "-" + s.id()));
            }
            book.tables.add(new TableEntry(id, scenario, Collections.unmodifiableMap(tokens)));
        }
        book.index();
        book.write();
        return book;
    }

    private String newToken(String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append('-');
        for (int i = 0; i < RANDOM_CHARS; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private void index() {
        byToken.clear();
        byToken.put(teacher, new Ticket(teacher, null, Seat.TEACHER));
        for (TableEntry t : tables) {
            t.tokens().forEach((seat, token) -> byToken.put(token, new Ticket(token, t.id(), seat)));
        }
    }

    /** The ticket a user name opens, if it is one of this server's tokens. */
    public Optional<Ticket> find(String username) {
        if (username == null || !TOKEN.matcher(username).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byToken.get(username));
    }

    public String teacher() {
        return teacher;
    }

    public List<TableEntry> tables() {
        return Collections.unmodifiableList(tables);
    }

    private void read() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(ServerText.t("tokens.not_a_file", file));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(ServerText.t("tokens.too_big", file, MAX_BYTES / 1024));
        }
        try {
            JsonNode root = StrictJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
            teacher = text(root, "teacher");
            if (!TOKEN.matcher(teacher).matches()) {
                throw new IOException(ServerText.t("tokens.bad", file, "teacher"));
            }
            for (JsonNode t : root.path("tables")) {
                String id = text(t, "id");
                if (!TABLE.matcher(id).matches()) {
                    throw new IOException(ServerText.t("tokens.bad", file, "id"));
                }
                Map<Seat, String> tokens = new LinkedHashMap<>();
                for (Seat s : Seat.tableSeats()) {
                    String token = text(t.path("tokens"), s.id());
                    if (!TOKEN.matcher(token).matches()) {
                        throw new IOException(ServerText.t("tokens.bad", file, s.id()));
                    }
                    tokens.put(s, token);
                }
                tables.add(new TableEntry(id, text(t, "scenario"), Collections.unmodifiableMap(tokens)));
            }
        } catch (JacksonException e) {
            throw new IOException(ServerText.t("tokens.unreadable", file), e);
        }
    }

    private String text(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isString()) {
            throw new IOException(ServerText.t("tokens.bad", file, field));
        }
        return v.asString();
    }

    private void write() throws IOException {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("format", 1);
        root.put("teacher", teacher);
        var list = root.putArray("tables");
        for (TableEntry t : tables) {
            ObjectNode o = list.addObject();
            o.put("id", t.id());
            o.put("scenario", t.scenario());
            ObjectNode tokens = o.putObject("tokens");
            t.tokens().forEach((s, token) -> tokens.put(s.id(), token));
        }
        byte[] bytes = (StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes, false);
        ownerOnly(file);
    }

    /** Restricts a secret file to its owner where the file system knows POSIX permissions. */
    static void ownerOnly(Path p) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
