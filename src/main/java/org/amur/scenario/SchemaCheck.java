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

    /** Beyond this size a floating-point number is replaced before validation (see {@link #tame}). */
    private static final double HUGE = 1e15;

    /**
     * The document with every floating-point number larger than {@link #HUGE} in size replaced by a
     * whole number of that size (a copy; the original is returned when there is none). The validator
     * (3.0.9 with Jackson 3) converts a number to a {@code long} to compare it with a whole-number
     * minimum or maximum, and Jackson 3 throws for a value such as {@code 1e300} outside the
     * {@code long} range. No field of a scenario allows such a number, so the replacement still fails
     * the same range check; the message quotes the original value.
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
                    o.set(name, factory.numberNode((long) Math.copySign(HUGE, v.doubleValue())));
                } else {
                    replaceHuge(v);
                }
            }
        } else if (n instanceof tools.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isFloatingPointNumber() && !(Math.abs(v.doubleValue()) <= HUGE)) {
                    a.set(i, factory.numberNode((long) Math.copySign(HUGE, v.doubleValue())));
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
            case "minimum", "maximum" -> new Finding(at, "must be " + range(subschema) + ", got " + describe(value));
            case "required" -> required(at, def, e.getProperty());
            case "additionalProperties" -> unknown(at.field(e.getProperty()), def, where, e.getProperty(), subschema);
            case "enum" -> new Finding(at, enumMessage(def, where, value, rule));
            case "const" -> new Finding(at, constMessage(at, value, rule));
            case "pattern" -> new Finding(at, patternMessage(def, value));
            case "maxLength" -> new Finding(at, "is " + length(value) + " characters long; at most " + rule.asInt()
                    + " allowed");
            case "minItems" -> new Finding(at, minItemsMessage(def, at));
            case "minProperties", "maxProperties" -> new Finding(at, "condition".equals(def)
                    ? "give the indicator and exactly one of at_least or at_most"
                    : "has " + value.size() + " fields; see the schema for what is expected");
            default -> new Finding(at, TextRules.sanitize(e.getMessage(), false));
        };
    }

    private static String typeMessage(String expected, JsonNode subschema, JsonNode value) {
        return switch (expected) {
            case "integer" -> "must be a whole number" + (hasRange(subschema) ? " " + range(subschema) : "") + ", got "
                    + describe(value);
            case "number" -> "must be a number" + (hasRange(subschema) ? " " + range(subschema) : "") + ", got "
                    + describe(value);
            case "string" -> "must be a string, got " + kind(value);
            case "boolean" -> "must be true or false, got " + describe(value);
            case "object" -> "must be an object { ... }, got " + kind(value);
            case "array" -> "must be a list [ ... ], got " + kind(value);
            default -> "must be of type " + expected + ", got " + kind(value);
        };
    }

    private static Finding required(ScenarioReader.At at, String def, String property) {
        if ("start".equals(def)) {
            return new Finding(at, "missing start value for " + property);
        }
        String hint = "deck".equals(property) ? " (a scenario needs a deck of event cards; it may be empty: [])" : "";
        return new Finding(at, "missing field \"" + property + "\"" + hint);
    }

    private static Finding unknown(ScenarioReader.At at, String def, List<Object> where, String name,
                                   JsonNode subschema) {
        List<String> known = new ArrayList<>();
        subschema.path("properties").propertyNames().forEach(known::add);
        var indicator = Indicator.byId(name);
        if ("start".equals(def)) {
            if (indicator.isPresent()) {
                return new Finding(at, name + " is computed by the engine and cannot be set");
            }
            return new Finding(at, "unknown state id" + ScenarioReader.didYouMean(name, known));
        }
        if ("effects".equals(def)) {
            if (indicator.isPresent()) {
                return new Finding(at, name + " cannot be changed by a card");
            }
            return new Finding(at, "unknown state id" + ScenarioReader.didYouMean(name, known));
        }
        if (where.contains("weights")) {
            return new Finding(at, "unknown asymmetry" + ScenarioReader.didYouMean(name, known)
                    + " (expected A1..A13)");
        }
        String hint = ScenarioReader.didYouMean(name, known);
        return new Finding(at, "unknown field" + hint
                + (hint.contains("did you mean") ? "" : "; allowed: " + String.join(", ", known)));
    }

    private static String enumMessage(String def, List<Object> where, JsonNode value, JsonNode allowed) {
        List<String> names = new ArrayList<>();
        allowed.forEach(n -> names.add(n.isString() ? n.stringValue() : n.toString()));
        String got = value.isString() ? value.stringValue() : value.toString();
        if (where.contains("page")) {
            return value.isIntegralNumber()
                    ? "no section of the report starts on p." + value + " (sections start on pages "
                    + String.join(", ", names) + ")"
                    : "must be the page number on which a section of the report starts (" + String.join(", ", names)
                    + "), got " + describe(value);
        }
        if (where.contains("section")) {
            return "not a section of the report" + ScenarioReader.didYouMean(got, names);
        }
        if (!value.isString()) {
            return "must be one of the ids listed in the schema, got " + describe(value);
        }
        return switch (def) {
            case "variantId" -> "unknown variant" + ScenarioReader.didYouMean(got, names);
            case "objectiveId" -> Indicator.byId(got).isEmpty()
                    ? "unknown state id" + ScenarioReader.didYouMean(got, names)
                    : Indicator.byId(got).get().visibility() != Indicator.Visibility.PUBLIC
                    ? got + " is a secret of one side, and both sides see both scores; a score cannot depend on it"
                    : got + " is a score; a score cannot be an objective";
            case "stateId" -> "unknown state id" + ScenarioReader.didYouMean(got, names);
            default -> "not one of the allowed values" + ScenarioReader.didYouMean(got, names);
        };
    }

    private static String constMessage(ScenarioReader.At at, JsonNode value, JsonNode expected) {
        if ("format".equals(at.path()) && value.isIntegralNumber() && value.canConvertToLong()
                && expected.isIntegralNumber()) {
            long got = value.longValue();
            return got > expected.longValue()
                    ? "format " + got + " is newer than this version of Amur reads (" + expected + "); update Amur"
                    : "format " + got + " is not supported; expected " + expected;
        }
        return "must be " + expected + ", got " + describe(value);
    }

    private static String patternMessage(String def, JsonNode value) {
        String s = value.asString("");
        if ("id".equals(def)) {
            return "must be lower-case letters, digits, '-' or '_' (e.g. \"taiwan-strait\"), got " + describe(value);
        }
        boolean multiline = "text".equals(def);
        var bad = TextRules.firstForbidden(s, multiline);
        if (bad.isPresent()) {
            return "contains " + bad.get() + "; text shown to players may not contain control, bidirectional "
                    + "or invisible characters" + (multiline ? "" : ", and this field must be a single line");
        }
        if (s.isBlank()) {
            return "must not be empty";
        }
        return "is not in the expected form";
    }

    private static String minItemsMessage(String def, ScenarioReader.At at) {
        if ("variants".equals(at.path())) {
            return "must list at least one variant id (or leave \"variants\" out to offer every variant)";
        }
        if ("objectiveList".equals(def)) {
            return "must list at least one objective {\"indicator\": id, \"weight\": number, \"why\": text}";
        }
        return "must not be an empty list";
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
            return "from " + min + " to " + max;
        }
        return min != null ? "at least " + min : "at most " + max;
    }

    private static int length(JsonNode value) {
        String s = value.asString("");
        return s.codePointCount(0, s.length());
    }

    static String kind(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String describe(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        if (v.isString()) {
            String s = TextRules.sanitize(v.stringValue(), false);
            return "\"" + org.apache.commons.lang3.StringUtils.abbreviate(s, 43) + "\"";
        }
        if (v.isContainer()) {
            return kind(v);
        }
        return v.toString();
    }
}
