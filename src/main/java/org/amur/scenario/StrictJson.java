package org.amur.scenario;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that configures Jackson for files users give us (scenarios, saves). Every feature
 * is set explicitly: duplicate keys are errors, trailing content is an error, and the parser has
 * tight limits on document size, nesting, string and number length, so a hostile file costs little.
 * Polymorphic default typing is never enabled.
 */
public final class StrictJson {
    /** Largest file we read, in bytes (checked before parsing). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    public static final int MAX_NESTING = 64;
    public static final int MAX_STRING = 64 * 1024;

    /** Largest save file we read (a long facilitated game with many notes), checked before parsing. */
    public static final long MAX_SAVE_BYTES = 8L * 1024 * 1024;
    public static final int MAX_TOKENS = 500_000;

    private static final JsonMapper MAPPER = build(MAX_FILE_BYTES, MAX_TOKENS);
    private static final JsonMapper SAVE_MAPPER = build(MAX_SAVE_BYTES, 4 * MAX_TOKENS);

    private static JsonMapper build(long maxBytes, int maxTokens) {
        return JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(maxBytes)
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING)
                            .maxNameLength(256)
                            .maxNumberLength(32)
                            .maxTokenCount(maxTokens)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    }

    private StrictJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** {@link #mapper()} with the limits of a save: up to {@link #MAX_SAVE_BYTES}, so no save the store
     * accepts is then called incomplete. */
    public static JsonMapper saveMapper() {
        return SAVE_MAPPER;
    }

    /**
     * Parses {@code json}; on any failure (syntax or a limit) throws a {@link Malformed} with the line and
     * column where the parser stopped and a plain reason, never Jackson's own text.
     */
    public static tools.jackson.databind.JsonNode readTree(JsonMapper mapper, String json) throws Malformed {
        JsonParser p = mapper.createParser(json);
        try (p) {
            tools.jackson.databind.JsonNode root = mapper.readTree(p);
            if (root != null && p.nextToken() != null) {
                TokenStreamLocation loc = p.currentTokenLocation();
                throw new Malformed(loc.getLineNr(), loc.getColumnNr(),
                        Problems.t("json.trailing"));

            }
            return root;
        } catch (tools.jackson.core.JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String limit = ScenarioReader.limit(e.getOriginalMessage());
            if (loc == null || loc.getLineNr() < 1) {
                // a limit carries no place. A text value too long is caught wherever the reading has got to,
                // which depends on the size of the buffers the parser was lent (recycled between parses): its
                // place is the field it belongs to. Elsewhere the reading position is the place.
                boolean longText = e.getOriginalMessage() != null && e.getOriginalMessage().contains("String value length");
                loc = longText ? p.currentTokenLocation() : p.currentLocation();
            }
            throw new Malformed(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    limit != null ? limit : ScenarioReader.plain(e.getOriginalMessage()), limit == null);
        }
    }

    /** A document that did not parse: where, and why in words. */
    public static final class Malformed extends Exception {
        private final int line;
        private final int column;

        private final boolean syntax;

        Malformed(int line, int column, String reason) {
            this(line, column, reason, false);
        }

        Malformed(int line, int column, String reason, boolean syntax) {
            super(reason, null, false, false);
            this.line = line;
            this.column = column;
            this.syntax = syntax;
        }

        /** Whether the document is not JSON at all (cut short, a stray character), rather than over a limit. */
        public boolean syntax() {
            return syntax;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /**
     * Maps every JSON pointer in {@code json} (e.g. {@code /deck/3/effects/trust}) to the line and
     * column where its value starts. Call only on text that already parsed.
     */
    public static Map<String, int[]> locate(String json) {
        Map<String, int[]> out = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                TokenStreamLocation loc = p.currentTokenLocation();
                String ptr = t.isStructStart()
                        ? parentPointer(p) : p.streamReadContext().pathAsPointer().toString();
                out.putIfAbsent(ptr, new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        }
        return out;
    }

    private static String parentPointer(JsonParser p) {
        // For START_OBJECT/START_ARRAY the context is already the new container; its parent's path
        // names the value.
        return p.streamReadContext().getParent() == null
                ? "" : p.streamReadContext().getParent().pathAsPointer().toString();
    }
}
