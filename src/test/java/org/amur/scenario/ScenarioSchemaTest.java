package org.amur.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amur.engine.Asymmetry;
import org.amur.engine.Citation;
import org.amur.engine.Indicator;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published scenario format: the JSON Schema in {@code scenarios/schema/} is itself a valid draft
 * 2020-12 schema, the jar carries exactly that file, every shipped scenario names it, and it agrees
 * with the engine (state ids and their ranges, variants, asymmetries, report sections, format version,
 * and which characters text may hold).
 */
class ScenarioSchemaTest {

    private static final Path SCHEMA_FILE = Path.of("scenarios", "schema", "scenario.schema.json");
    private static final String REFERENCE = "schema/scenario.schema.json";

    private static JsonNode schemaFile() throws IOException {
        return StrictJson.mapper().readTree(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8));
    }

    /** Checks a document against the draft 2020-12 meta-schema bundled with the validator (no network). */
    private static List<com.networknt.schema.Error> metaSchemaErrors(JsonNode schema) {
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012());
        Schema meta = registry.getSchema(SchemaLocation.of(Dialects.getDraft202012().getId()));
        return meta.validate(schema);
    }

    // ================================================================== the schema itself

    @Test
    void schemaFile_againstTheDraft202012MetaSchema_isValid() throws IOException {
        JsonNode schema = schemaFile();
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(metaSchemaErrors(schema)).isEmpty();
    }

    @Test
    void metaSchemaCheck_brokenSchema_isRejected() throws IOException {
        // The check above is only worth something if it can fail.
        ObjectNode broken = (ObjectNode) schemaFile();
        ((ObjectNode) broken.get("properties").get("turns")).put("type", "whole number");
        ((ObjectNode) broken.get("properties").get("turns")).put("minimum", "one");
        assertThat(metaSchemaErrors(broken)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/properties/turns/type", "/properties/turns/minimum");
    }

    @Test
    void jarCopy_isTheFileInScenariosSchema() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            assertThat(in).as("the schema on the classpath at %s", SchemaCheck.RESOURCE).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA_FILE));
        }
    }

    static Stream<Path> scenarioFiles() {
        return new ScenarioLoader(Path.of("scenarios")).files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void shippedScenario_referencesTheSchema(Path file) throws IOException {
        JsonNode root = StrictJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(root.path("$schema").asString("")).isEqualTo(REFERENCE);
        // relative to the scenario file, as editors resolve it
        assertThat(file.resolveSibling(REFERENCE)).exists().hasSameBinaryContentAs(SCHEMA_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void shippedScenario_hasNoProblemAtAll(Path file) {
        assertThat(ScenarioLoader.check(file)).as("errors and warnings of %s", file).isEmpty();
    }

    // ================================================================== agreement with the engine

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isString() ? n.stringValue() : n.toString()));
        return out;
    }

    @Test
    void startValues_areEverySettableIdWithTheEnginesRange() throws IOException {
        JsonNode start = schemaFile().get("$defs").get("start");
        List<String> settable = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (!i.derived()) {
                settable.add(i.id());
                JsonNode p = start.get("properties").get(i.id());
                assertThat(p).as("schema for start.%s", i.id()).isNotNull();
                assertThat(p.get("minimum").doubleValue()).as("minimum of %s", i.id()).isEqualTo(i.min());
                assertThat(p.get("maximum").doubleValue()).as("maximum of %s", i.id()).isEqualTo(i.max());
                assertThat(p.get("type").stringValue()).isEqualTo(i == Indicator.ALLIANCE_LEVEL ? "integer" : "number");
            }
        }
        assertThat(start.get("properties").propertyNames()).containsExactlyElementsOf(settable);
        assertThat(strings(start.get("required"))).containsExactlyElementsOf(settable);
        assertThat(start.get("additionalProperties").booleanValue()).isFalse();
    }

    @Test
    void cardEffects_areSettableIdsButTheLadderWithPlusMinusTheirRange() throws IOException {
        JsonNode effects = schemaFile().get("$defs").get("effects");
        List<String> ids = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (!i.derived() && i != Indicator.ALLIANCE_LEVEL) {
                ids.add(i.id());
                JsonNode p = effects.get("properties").get(i.id());
                assertThat(p.get("minimum").doubleValue()).isEqualTo(-i.range());
                assertThat(p.get("maximum").doubleValue()).isEqualTo(i.range());
            }
        }
        assertThat(effects.get("properties").propertyNames()).containsExactlyElementsOf(ids);
    }

    @Test
    void idLists_matchTheModel() throws IOException {
        JsonNode defs = schemaFile().get("$defs");
        assertThat(strings(defs.get("stateId").get("enum")))
                .containsExactlyElementsOf(Stream.of(Indicator.values()).map(Indicator::id).toList());
        assertThat(strings(defs.get("objectiveId").get("enum"))).containsExactlyElementsOf(Stream.of(Indicator.values())
                .filter(i -> i != Indicator.RU_SCORE && i != Indicator.CN_SCORE)
                .filter(i -> i.visibility() == Indicator.Visibility.PUBLIC).map(Indicator::id).toList());
        assertThat(strings(defs.get("variantId").get("enum")))
                .containsExactlyElementsOf(Stream.of(Variant.values()).map(Variant::id).toList());
        assertThat(schemaFile().get("properties").get("weights").get("properties").propertyNames())
                .containsExactlyElementsOf(Stream.of(Asymmetry.values()).map(Asymmetry::name).toList());
        JsonNode citation = defs.get("citation").get("properties");
        assertThat(citation.get("page").get("minimum").intValue()).isEqualTo(1);
        assertThat(citation.get("page").get("maximum").intValue()).isEqualTo(Citation.LAST_PAGE);
        assertThat(strings(citation.get("section").get("enum")))
                .containsExactlyElementsOf(Citation.SECTIONS.stream().map(Citation::section).toList());
        assertThat(schemaFile().get("properties").get("format").get("const").intValue())
                .isEqualTo(ScenarioReader.FORMAT);
    }

    /**
     * The schema's text patterns (what an editor checks) and {@link TextRules} (what the game enforces
     * and describes) must agree on every code point, on the JDK's regular expressions as the validator
     * runs them. Planes 0-3 and 14 are checked point by point; planes 4-13 (unassigned) and 15-16
     * (private use) are uniform, so every 61st point of them is checked.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"line", "text"})
    void textPattern_everyCodePoint_agreesWithTextRules(String def) throws IOException {
        Matcher m = Pattern.compile(schemaFile().get("$defs").get(def).get("pattern").stringValue()).matcher("");
        boolean multiline = def.equals("text");
        int disagreements = 0;
        int checked = 0;
        List<String> examples = new ArrayList<>();
        StringBuilder sb = new StringBuilder(4);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int plane = cp >>> 16;
            boolean uniform = (plane >= 4 && plane <= 13) || plane >= 15;
            if (uniform && cp % 61 != 0) {
                continue;
            }
            sb.setLength(0);
            String s = sb.append('a').appendCodePoint(cp).append('b').toString();
            boolean schemaAccepts = m.reset(s).find();
            boolean rulesAccept = TextRules.firstForbidden(s, multiline).isEmpty();
            checked++;
            if (schemaAccepts != rulesAccept) {
                disagreements++;
                if (examples.size() < 10) {
                    examples.add(String.format("U+%04X", cp));
                }
            }
        }
        assertThat(checked).isGreaterThan(5 * 65536);
        assertThat(disagreements).as("code points where the %s pattern and TextRules disagree, e.g. %s", def,
                examples).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"line", "text"})
    void textPattern_blankOrTrailingLineBreak_isHandledLikeTextRules(String def) throws IOException {
        Pattern p = Pattern.compile(schemaFile().get("$defs").get(def).get("pattern").stringValue());
        assertThat(p.matcher("").find()).isFalse();
        assertThat(p.matcher("   ").find()).isFalse();
        assertThat(p.matcher("A title").find()).isTrue();
        // Java's $ would accept a final line break; the pattern must not rely on it.
        assertThat(p.matcher("A title\n").find()).isEqualTo(def.equals("text"));
        assertThat(p.matcher("Two\nlines").find()).isEqualTo(def.equals("text"));
    }

    @Test
    void idPattern_acceptsOnlyLowerCaseIdsWithoutTrailingLineBreak() throws IOException {
        Pattern p = Pattern.compile(schemaFile().get("$defs").get("id").get("pattern").stringValue());
        assertThat(p.matcher("taiwan-strait").find()).isTrue();
        assertThat(p.matcher("su27_offer").find()).isTrue();
        assertThat(p.matcher("Taiwan").find()).isFalse();
        assertThat(p.matcher("-x").find()).isFalse();
        assertThat(p.matcher("a b").find()).isFalse();
        assertThat(p.matcher("baseline\n").find()).isFalse();
    }
}
