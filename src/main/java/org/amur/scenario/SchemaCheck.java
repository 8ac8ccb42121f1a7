package org.amur.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amur.engine.Indicator;
import tools.jackson.databind.JsonNode;

/**
 * The structural layer of scenario validation: the format's JSON Schema
 * ({@code scenarios/schema/scenario.schema.json}, carried in the jar) checked by the networknt
 * validator. It says what a schema can say (types, required and unknown fields, ranges, ids from a
 * closed list, text that may be shown to players); {@link ScenarioReader} adds what it cannot.
 *
 * <p>The validator's findings are turned into plain sentences for a scenario author: which field,
 * what is wrong, what was expected, and for a misspelt name the closest known one. The wording
 * depends on the keyword that failed and on where in the schema it sits (a start value, a card
 * effect, an asymmetry weight...), never on the validator's own English.
 */
final class SchemaCheck {

    /** Where the schema is in the jar (copied there from {@code scenarios/schema/} by the build). */
    static final String RESOURCE = "/org/amur/scenario/scenario.schema.json";

    /** One thing the schema rejects, at a position in the document. */
    record Finding(ScenarioReader.At at, String message) {
    }

    private static final class Holder {
        static final JsonNode SCHEMA_NODE = readSchema();
        static final Schema SCHEMA = compile(SCHEMA_NODE);
    }

    private SchemaCheck() {
    }

    /** The schema document as shipped (for tests and for the messages' ranges and lists). */
    static JsonNode schemaNode() {
        return Holder.SCHEMA_NODE;
    }

    private static JsonNode readSchema() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario schema " + RESOURCE + " is missing from the build");
            }
            return StrictJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema compile(JsonNode node) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema schema = registry.getSchema(SchemaLocation.of(node.path("$id").asString("urn:amur:scenario")), node);
        schema.initializeValidators();
        return schema;
    }

    /** Every finding of the schema on a parsed document, each once, in no particular order. */
    static List<Finding> check(JsonNode document) {
        Set<Finding> out = new LinkedHashSet<>();
        for (Error e : Holder.SCHEMA.validate(tame(document))) {
            out.add(describe(e, document));
        }
        return new ArrayList<>(out);
    }

    /**
     * Beyond this size (2^53, the widest whole-number range the schema allows, {@code par.seed}'s) a
     * floating-point number is replaced before validation (see {@link #tame}).
     */
    private static final double HUGE = 9007199254740992.0;

    /**
     * The document with every floating-point number larger than {@link #HUGE} in size replaced by a
     * whole number beyond every range of the schema, {@code Long.MAX_VALUE} or {@code Long.MIN_VALUE} (a
     * copy; the original is returned when there is none). The validator
     * (3.0.9 with Jackson 3) converts a number to a {@code long} to compare it with a whole-number
     * minimum or maximum, and Jackson 3 throws for a value such as {@code 1e300} outside the
     * {@code long} range. No field of a scenario allows such a number, so the replacement fails the same
     * range check; the message quotes the original value. (A replacement of 1e15 once let {@code par.seed},
     * whose range is wider, pass 1e20 on to the reader, which then failed inside.)
     */
    static JsonNode tame(JsonNode document) {
        if (!hasHuge(document)) {
            return document;
        }
        JsonNode copy = document.deepCopy();
        replaceHuge(copy);
        return copy;
    }

    private static boolean hasHuge(JsonNode n) {
        if (n.isFloatingPointNumber()) {
            return !(Math.abs(n.doubleValue()) <= HUGE);
        }
        for (JsonNode child : n) {
            if (hasHuge(child)) {
                return true;
            }
        }
        return false;
    }

    private static void replaceHuge(JsonNode n) {
        var factory = StrictJson.mapper().getNodeFactory();
        if (n instanceof tools.jackson.databind.node.ObjectNode o) {
            for (String name : new ArrayList<>(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (v.isFloatingPointNumber() && !(Math.abs(v.doubleValue()) <= HUGE)) {
                    o.set(name, factory.numberNode(v.doubleValue() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE));
                } else {
                    replaceHuge(v);
                }
            }
        } else if (n instanceof tools.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isFloatingPointNumber() && !(Math.abs(v.doubleValue()) <= HUGE)) {
                    a.set(i, factory.numberNode(v.doubleValue() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE));
                } else {
                    replaceHuge(v);
                }
            }
        }
    }

    // ------------------------------------------------------------------ wording

    private static Finding describe(Error e, JsonNode document) {
        ScenarioReader.At at = at(e.getInstanceLocation());
        List<Object> where = elements(e.getSchemaLocation().getFragment());
        String def = definition(where);
        // the value as written, not as tamed for the validator
        JsonNode original = at.pointer().isEmpty() ? document : document.at(at.pointer());
        JsonNode value = original.isMissingNode() ? e.getInstanceNode() : original;
        JsonNode rule = e.getSchemaNode();
        JsonNode subschema = schemaAt(where.subList(0, Math.max(0, where.size() - 1)));
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (keyword) {
            case "type" -> new Finding(at, typeMessage(rule.asString(""), subschema, value));
            case "minimum", "maximum" -> new Finding(at, Problems.t("schema.range", range(subschema), describe(value)));
            case "required" -> required(at, def, e.getProperty());
            case "additionalProperties" -> unknown(at.field(e.getProperty()), def, where, e.getProperty(), subschema);
            case "enum" -> new Finding(at, enumMessage(def, where, value, rule));
            case "const" -> new Finding(at, constMessage(at, value, rule));
            case "pattern" -> new Finding(at, patternMessage(def, value));
            case "maxLength" -> new Finding(at, Problems.t("schema.too_long", length(value), rule.asInt()));
            case "minItems" -> new Finding(at, minItemsMessage(def, at));
            case "minProperties", "maxProperties" -> new Finding(at, "condition".equals(def)
                    ? Problems.t("schema.condition")
                    : Problems.t("schema.fields", value.size()));
            default -> new Finding(at, TextRules.sanitize(e.getMessage(), false));
        };
    }

    private static String typeMessage(String expected, JsonNode subschema, JsonNode value) {
        return switch (expected) {
            case "integer" -> hasRange(subschema) ? Problems.t("schema.integer_in", range(subschema), describe(value))
                    : Problems.t("schema.integer", describe(value));
            case "number" -> hasRange(subschema) ? Problems.t("schema.number_in", range(subschema), describe(value))
                    : Problems.t("schema.number", describe(value));
            case "string" -> Problems.t("schema.string", kind(value));
            case "boolean" -> Problems.t("schema.boolean", describe(value));
            case "object" -> Problems.t("schema.object", kind(value));
            case "array" -> Problems.t("schema.array", kind(value));
            default -> Problems.t("schema.type", expected, kind(value));
        };
    }

    private static Finding required(ScenarioReader.At at, String def, String property) {
        if ("start".equals(def)) {
            return new Finding(at, Problems.t("schema.missing_start", property));
        }
        return new Finding(at, Problems.t("deck".equals(property) ? "schema.missing_deck" : "schema.missing_field",
                property));
    }

    private static Finding unknown(ScenarioReader.At at, String def, List<Object> where, String name,
                                   JsonNode subschema) {
        List<String> known = new ArrayList<>();
        subschema.path("properties").propertyNames().forEach(known::add);
        var indicator = Indicator.byId(name);
        if ("start".equals(def)) {
            if (indicator.isPresent()) {
                return new Finding(at, Problems.t("schema.computed", name));
            }
            return new Finding(at, Problems.t("schema.unknown_state", ScenarioReader.didYouMean(name, known)));
        }
        if ("effects".equals(def)) {
            if (indicator.isPresent()) {
                return new Finding(at, Problems.t("schema.not_by_card", name));
            }
            return new Finding(at, Problems.t("schema.unknown_state", ScenarioReader.didYouMean(name, known)));
        }
        if (where.contains("weights")) {
            return new Finding(at, Problems.t("schema.unknown_asymmetry", ScenarioReader.didYouMean(name, known)));
        }
        String hint = ScenarioReader.didYouMean(name, known);
        return new Finding(at, TextRules.closest(name, known) != null ? Problems.t("schema.unknown_field", hint)
                : Problems.t("schema.unknown_field_allowed", hint, String.join(", ", known)));
    }

    private static String enumMessage(String def, List<Object> where, JsonNode value, JsonNode allowed) {
        List<String> names = new ArrayList<>();
        allowed.forEach(n -> names.add(n.isString() ? n.stringValue() : n.toString()));
        String got = value.isString() ? value.stringValue() : value.toString();
        if (where.contains("page")) {
            return value.isIntegralNumber()
                    ? Problems.t("schema.no_section_page", value, String.join(", ", names))
                    : Problems.t("schema.page", String.join(", ", names), describe(value));
        }
        if (where.contains("section")) {
            return Problems.t("schema.section", ScenarioReader.didYouMean(got, names));
        }
        if (!value.isString()) {
            return Problems.t("schema.enum_id", describe(value));
        }
        return switch (def) {
            case "variantId" -> Problems.t("schema.unknown_variant", ScenarioReader.didYouMean(got, names));
            case "objectiveId" -> Indicator.byId(got).isEmpty()
                    ? Problems.t("schema.unknown_state", ScenarioReader.didYouMean(got, names))
                    : Indicator.byId(got).get().visibility() != Indicator.Visibility.PUBLIC
                    ? Problems.t("schema.secret_objective", got)
                    : Problems.t("schema.score_objective", got);
            case "stateId" -> Problems.t("schema.unknown_state", ScenarioReader.didYouMean(got, names));
            default -> Problems.t("schema.enum", ScenarioReader.didYouMean(got, names));
        };
    }

    private static String constMessage(ScenarioReader.At at, JsonNode value, JsonNode expected) {
        if ("format".equals(at.path()) && value.isIntegralNumber() && value.canConvertToLong()
                && expected.isIntegralNumber()) {
            long got = value.longValue();
            return got > expected.longValue()
                    ? Problems.t("schema.format_newer", got, expected)
                    : Problems.t("schema.format_old", got, expected);
        }
        return Problems.t("schema.const", expected, describe(value));
    }

    private static String patternMessage(String def, JsonNode value) {
        String s = value.asString("");
        if ("id".equals(def)) {
            return Problems.t("schema.id", describe(value));
        }
        boolean multiline = "text".equals(def);
        var bad = TextRules.firstForbidden(s, multiline);
        if (bad.isPresent()) {
            return Problems.t(multiline ? "schema.forbidden_text" : "schema.forbidden_line", bad.get());
        }
        if (s.isBlank()) {
            return Problems.t("schema.empty");
        }
        return Problems.t("schema.form");
    }

    private static String minItemsMessage(String def, ScenarioReader.At at) {
        if ("variants".equals(at.path())) {
            return Problems.t("schema.no_variants");
        }
        if ("objectiveList".equals(def)) {
            return Problems.t("schema.no_objectives");
        }
        return Problems.t("schema.empty_list");
    }

    // ------------------------------------------------------------------ helpers

    /** The instance location as our field position. */
    private static ScenarioReader.At at(NodePath path) {
        ScenarioReader.At at = ScenarioReader.At.ROOT;
        if (path == null) {
            return at;
        }
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            at = el instanceof Integer n ? at.index(n) : at.field(String.valueOf(el));
        }
        return at;
    }

    private static List<Object> elements(NodePath path) {
        List<Object> out = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                out.add(path.getElement(i));
            }
        }
        return out;
    }

    /** The name of the innermost {@code $defs} entry the failing keyword belongs to, or "". */
    private static String definition(List<Object> where) {
        String def = "";
        for (int i = 0; i + 1 < where.size(); i++) {
            if ("$defs".equals(where.get(i))) {
                def = String.valueOf(where.get(i + 1));
            }
        }
        return def;
    }

    private static JsonNode schemaAt(List<Object> where) {
        JsonNode n = Holder.SCHEMA_NODE;
        for (Object el : where) {
            n = el instanceof Integer i ? n.path(i) : n.path(String.valueOf(el));
        }
        return n;
    }

    private static boolean hasRange(JsonNode subschema) {
        return subschema.has("minimum") || subschema.has("maximum");
    }

    private static String range(JsonNode subschema) {
        JsonNode min = subschema.get("minimum");
        JsonNode max = subschema.get("maximum");
        if (min != null && max != null) {
            return Problems.t("schema.from_to", min, max);
        }
        return min != null ? Problems.t("schema.at_least", min) : Problems.t("schema.at_most", max);
    }

    private static int length(JsonNode value) {
        String s = value.asString("");
        return s.codePointCount(0, s.length());
    }

    static String kind(JsonNode n) {
        if (n == null) {
            return Problems.t("kind.nothing");
        }
        return switch (n.getNodeType()) {
            case ARRAY -> Problems.t("kind.list");
            case OBJECT -> Problems.t("kind.object");
            case STRING -> Problems.t("kind.string");
            case NUMBER -> Problems.t("kind.number");
            case BOOLEAN -> Problems.t("kind.boolean");
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String describe(JsonNode v) {
        if (v == null) {
            return Problems.t("kind.nothing");
        }
        if (v.isString()) {
            String s = TextRules.sanitize(v.stringValue(), false);
            return "\"" + org.apache.commons.lang3.StringUtils.abbreviate(s, 43) + "\"";
        }
        if (v.isContainer()) {
            return kind(v);
        }
        if (v.isNumber() && !Double.isFinite(v.doubleValue())) {
            return Problems.t("kind.number_too_large"); // 1e400: never "Infinity", which the file does not say
        }
        return v.toString();
    }
}
