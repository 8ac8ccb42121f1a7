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

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_FILE_BYTES)
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING)
                            .maxNameLength(256)
                            .maxNumberLength(32)
                            .maxTokenCount(500_000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private StrictJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
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
