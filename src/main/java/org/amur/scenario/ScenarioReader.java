package org.amur.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.amur.engine.Asymmetry;
import org.amur.engine.Citation;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Scenario;
import org.amur.engine.Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one scenario document and collects every problem in it, instead of stopping at the first.
 * Each problem carries the file, line and column, and the field path. Unknown fields are errors,
 * with a "did you mean" where a known field is close.
 */
final class ScenarioReader {
    static final int FORMAT = 1;

    private final String file;
    private final String json;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, int[]> locations = Map.of();

    ScenarioReader(String file, String json) {
        this.file = file;
        this.json = json;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    // ------------------------------------------------------------------ paths and problems

    /** A position in the document: JSON pointer for locating, dotted path for people. */
    record At(String pointer, String path) {
        static final At ROOT = new At("", "");

        At field(String name) {
            return new At(pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                    path.isEmpty() ? name : path + "." + name);
        }

        At index(int i) {
            return new At(pointer + "/" + i, path + "[" + i + "]");
        }
    }

    void error(At at, String message) {
        add(at, Problem.Severity.ERROR, message);
    }

    void warning(At at, String message) {
        add(at, Problem.Severity.WARNING, message);
    }

    private void add(At at, Problem.Severity severity, String message) {
        int[] loc = locations.get(at.pointer());
        String p = at.pointer();
        while (loc == null && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            loc = locations.get(p);
        }
        problems.add(new Problem(file, loc == null ? 0 : loc[0], loc == null ? 0 : loc[1], at.path(), severity,
                message));
    }

    // ------------------------------------------------------------------ entry

    LoadedScenario read() {
        if (json.isBlank()) {
            problems.add(new Problem(file, 0, 0, "", Problem.Severity.ERROR,
                    "the file is empty; a scenario is a JSON object (copy one from scenarios/ to start)"));
            return null;
        }
        JsonNode root;
        try {
            root = StrictJson.mapper().readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            problems.add(new Problem(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), "",
                    Problem.Severity.ERROR, plain(e.getOriginalMessage())));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem(file, 1, 1, "", Problem.Severity.ERROR,
                    "a scenario must be a JSON object { ... }"));
            return null;
        }
        locations = StrictJson.locate(json);
        return readScenario(root);
    }

    /** Jackson's message in words a scenario author can act on: the limit that was hit, or the syntax error. */
    static String plain(String jacksonMessage) {
        if (jacksonMessage == null) {
            return "unreadable";
        }
        String m = jacksonMessage.replaceAll("\\s+", " ").strip();
        if (m.contains("nesting depth")) {
            return "lists and objects are nested more than " + StrictJson.MAX_NESTING + " levels deep";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than " + StrictJson.MAX_STRING + " characters";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "a number has too many digits";
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "the document is larger than " + StrictJson.MAX_FILE_BYTES / 1024 + " KiB";
        }
        if (m.contains("Name length")) {
            return "a field name is too long";
        }
        if (m.contains("FAIL_ON_TRAILING_TOKENS") || m.contains("Trailing token")) {
            return "there is more text after the end of the JSON object";
        }
        if (m.contains("ALLOW_COMMENTS") || m.contains("ALLOW_YAML_COMMENTS")) {
            return "JSON does not allow comments (// or /* */); remove them";
        }
        if (m.contains("NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers; write a number";
        }
        if (m.contains("Duplicate Object property") || m.contains("Duplicate field")) {
            int q = m.indexOf('"');
            int q2 = q < 0 ? -1 : m.indexOf('"', q + 1);
            return "a field appears twice in the same object" + (q2 > q ? ": " + m.substring(q, q2 + 1) : "");
        }
        int cut = m.indexOf(" at [Source");
        m = cut > 0 ? m.substring(0, cut) : m;
        return "not valid JSON: " + m.replaceAll("\\(bound as [^)]*\\)", "").replaceAll("`[A-Za-z.]*(Feature|Constraints)[^`]*`", "")
                .strip();
    }

    // ------------------------------------------------------------------ the scenario

    private static final List<String> TOP_FIELDS = List.of("$schema", "format", "id", "title", "description",
            "start_year", "turns", "years_per_turn", "briefing", "guidance", "start", "variants", "weights",
            "thresholds", "objectives", "outcome_scores", "max_cards_per_turn", "deck");

    private LoadedScenario readScenario(JsonNode root) {
        At at = At.ROOT;
        fields(root, at, TOP_FIELDS, List.of("format", "id", "title", "description", "start_year", "turns",
                "briefing", "start", "thresholds", "objectives", "outcome_scores", "deck"));
        JsonNode schema = root.get("$schema");
        if (schema != null && !schema.isString()) {
            error(at.field("$schema"), "must be a string (the path of the JSON Schema)");
        }
        int format = integer(root, at, "format", 1, 1000, 0);
        if (format > FORMAT) {
            error(at.field("format"), "format " + format + " is newer than this version of Amur reads (" + FORMAT
                    + "); update Amur");
        } else if (format != 0 && format < FORMAT) {
            error(at.field("format"), "format " + format + " is not supported; expected " + FORMAT);
        }
        String id = string(root, at, "id", false, 64);
        if (id != null && !id.matches("[a-z0-9][a-z0-9_-]*")) {
            error(at.field("id"), "must be lower-case letters, digits, '-' or '_' (e.g. \"taiwan-strait\"), got \""
                    + TextRules.sanitize(id, false) + "\"");
        }
        String title = string(root, at, "title", false, 120);
        String description = string(root, at, "description", false, 400);
        int startYear = integer(root, at, "start_year", 1900, 2200, 2018);
        int before = problems.size();
        int turns = integer(root, at, "turns", 1, 60, 1);
        // With no valid turn count, check card and guidance turns against the largest allowed instead,
        // so one mistake is not reported again on every card.
        int turnBound = problems.size() == before && root.has("turns") ? turns : 60;
        int yearsPerTurn = root.has("years_per_turn") ? integer(root, at, "years_per_turn", 1, 10, 1) : 1;
        int maxCards = root.has("max_cards_per_turn") ? integer(root, at, "max_cards_per_turn", 0, 10, 2) : 2;

        ScenarioInfo.Briefing briefing = briefing(root.get("briefing"), at.field("briefing"));
        List<ScenarioInfo.Guidance> guidance = guidance(root.get("guidance"), at.field("guidance"), turnBound);
        Indicators start = start(root.get("start"), at.field("start"));
        List<Variant> variants = variants(root.get("variants"), at.field("variants"));
        Map<Asymmetry, Double> weights = weights(root.get("weights"), at.field("weights"));
        Scenario.Thresholds thresholds = thresholds(root.get("thresholds"), at.field("thresholds"));
        Map<String, String> notes = new LinkedHashMap<>();
        List<Scenario.Objective> ru = objectives(root.get("objectives"), at.field("objectives"), "moscow", notes);
        List<Scenario.Objective> cn = objectives(root.get("objectives"), at.field("objectives"), "beijing", notes);
        Scenario.OutcomeScores outcomes = outcomes(root.get("outcome_scores"), at.field("outcome_scores"));
        Map<String, String> cardTexts = new LinkedHashMap<>();
        List<Scenario.Card> deck = deck(root.get("deck"), at.field("deck"), turnBound, cardTexts);

        if (hasErrors()) {
            return null;
        }
        Scenario scenario = new Scenario(id, title, startYear, turns, yearsPerTurn, start, variants, ru, cn, deck,
                maxCards, thresholds, weights, outcomes);
        ScenarioInfo info = new ScenarioInfo(id, title, description, startYear, turns, briefing, guidance,
                cardTexts, notes);
        List<Problem> warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
        return new LoadedScenario(scenario, info, file, sha256(json), warnings);
    }

    private ScenarioInfo.Briefing briefing(JsonNode n, At at) {
        if (!object(n, at)) {
            return null;
        }
        fields(n, at, List.of("moscow", "beijing", "facilitator"), List.of("moscow", "beijing", "facilitator"));
        return new ScenarioInfo.Briefing(text(n, at, "moscow", 8000), text(n, at, "beijing", 8000),
                text(n, at, "facilitator", 8000));
    }

    private List<ScenarioInfo.Guidance> guidance(JsonNode n, At at, int turns) {
        List<ScenarioInfo.Guidance> out = new ArrayList<>();
        eachObject(n, at, "{\"turn\": N, \"text\": \"...\"}", (g, gi) -> {
            fields(g, gi, List.of("turn", "text"), List.of("turn", "text"));
            int turn = integer(g, gi, "turn", 0, turns, 0);
            String text = text(g, gi, "text", 4000);
            if (text != null) {
                out.add(new ScenarioInfo.Guidance(turn, text));
            }
        });
        return out;
    }

    private Indicators start(JsonNode n, At at) {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        if (!object(n, at)) {
            return Indicators.zero();
        }
        Set<Indicator> present = java.util.EnumSet.noneOf(Indicator.class);
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            At f = at.field(e.getKey());
            var ind = Indicator.byId(e.getKey());
            if (ind.isEmpty()) {
                error(f, "unknown state id" + didYouMean(e.getKey(), settableIds()));
                continue;
            }
            present.add(ind.get());
            if (ind.get().derived()) {
                error(f, e.getKey() + " is computed by the engine and cannot be set");
                continue;
            }
            Double d = number(e.getValue(), f, ind.get().min(), ind.get().max());
            if (d != null) {
                if (ind.get() == Indicator.ALLIANCE_LEVEL && d != Math.rint(d)) {
                    error(f, "alliance_level must be a whole number 0..4");
                }
                values.put(ind.get(), d);
            }
        }
        for (Indicator i : Indicator.values()) {
            if (!i.derived() && !present.contains(i)) {
                error(at, "missing start value for " + i.id());
            }
        }
        return Indicators.of(values);
    }

    private static List<String> settableIds() {
        List<String> ids = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (!i.derived()) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    private List<Variant> variants(JsonNode n, At at) {
        if (n == null) {
            return List.of(Variant.values());
        }
        if (!n.isArray() || n.isEmpty()) {
            error(at, "must be a non-empty list of variant ids (omit it to offer every variant)");
            return List.of();
        }
        Set<Variant> chosen = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        for (Variant v : Variant.values()) {
            all.add(v.id());
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isString()) {
                error(at.index(i), "must be a variant id string");
                continue;
            }
            var v = Variant.byId(e.stringValue());
            if (v.isEmpty()) {
                error(at.index(i), "unknown variant" + didYouMean(e.stringValue(), all));
            } else if (!chosen.add(v.get())) {
                warning(at.index(i), "variant " + e.stringValue() + " is listed twice");
            }
        }
        // keep the model's order, whatever order the file lists them in
        List<Variant> ordered = new ArrayList<>();
        for (Variant v : Variant.values()) {
            if (chosen.contains(v)) {
                ordered.add(v);
            }
        }
        for (org.amur.engine.Line line : org.amur.engine.Line.values()) {
            if (ordered.stream().noneMatch(v -> v.line() == line)) {
                warning(at, "no variant of the " + line.id() + " line is offered");
            }
        }
        return ordered;
    }

    private Map<Asymmetry, Double> weights(JsonNode n, At at) {
        Map<Asymmetry, Double> out = new EnumMap<>(Asymmetry.class);
        if (n == null) {
            return out;
        }
        if (!object(n, at)) {
            return out;
        }
        List<String> ids = new ArrayList<>();
        for (Asymmetry a : Asymmetry.values()) {
            ids.add(a.id());
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            At f = at.field(e.getKey());
            if (!ids.contains(e.getKey())) {
                error(f, "unknown asymmetry" + didYouMean(e.getKey(), ids) + " (expected A1..A13)");
                continue;
            }
            Double d = number(e.getValue(), f, 0, 5);
            if (d != null) {
                out.put(Asymmetry.valueOf(e.getKey()), d);
            }
        }
        return out;
    }

    private Scenario.Thresholds thresholds(JsonNode n, At at) {
        if (!object(n, at)) {
            return null;
        }
        fields(n, at, List.of("real_threat", "nato_crisis", "rupture_trust"),
                List.of("real_threat", "nato_crisis", "rupture_trust"));
        Double real = numberField(n, at, "real_threat", 0, 100);
        Double nato = numberField(n, at, "nato_crisis", 0, 100);
        Double rupture = numberField(n, at, "rupture_trust", 0, 100);
        if (real == null || nato == null || rupture == null) {
            return null;
        }
        return new Scenario.Thresholds(real, nato, rupture);
    }

    private List<Scenario.Objective> objectives(JsonNode n, At at, String side, Map<String, String> notes) {
        List<Scenario.Objective> out = new ArrayList<>();
        if (n == null || !n.isObject()) {
            if (side.equals("moscow")) {
                object(n, at);
            }
            return out;
        }
        if (side.equals("moscow")) {
            fields(n, at, List.of("moscow", "beijing"), List.of("moscow", "beijing"));
        }
        JsonNode list = n.get(side);
        At ls = at.field(side);
        if (list == null) {
            return out;
        }
        if (!list.isArray() || list.isEmpty()) {
            error(ls, "must be a non-empty list of {\"indicator\": id, \"weight\": number, \"why\": text}");
            return out;
        }
        Set<Indicator> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            At oi = ls.index(i);
            if (!object(o, oi)) {
                continue;
            }
            fields(o, oi, List.of("indicator", "weight", "why"), List.of("indicator", "weight", "why"));
            Indicator ind = indicator(o, oi, "indicator");
            Double w = numberField(o, oi, "weight", -10, 10);
            String why = text(o, oi, "why", 400);
            if (ind != null && w != null) {
                if (ind.derived() && ind != Indicator.INTEROPERABILITY) {
                    error(oi.field("indicator"), "a score cannot be an objective");
                    continue;
                }
                if (!seen.add(ind)) {
                    error(oi.field("indicator"), ind.id() + " is already an objective of " + side);
                    continue;
                }
                out.add(new Scenario.Objective(ind, w));
                if (why != null) {
                    notes.put(side + ":" + ind.id(), why);
                }
            }
        }
        return out;
    }

    private Scenario.OutcomeScores outcomes(JsonNode n, At at) {
        if (!object(n, at)) {
            return null;
        }
        List<String> keys = List.of("war_us_china", "war_russia_nato", "rupture");
        fields(n, at, keys, keys);
        double[] s = new double[6];
        boolean ok = true;
        for (int k = 0; k < keys.size(); k++) {
            JsonNode pair = n.get(keys.get(k));
            At p = at.field(keys.get(k));
            if (pair == null || !object(pair, p)) {
                ok = false;
                continue;
            }
            fields(pair, p, List.of("moscow", "beijing"), List.of("moscow", "beijing"));
            Double ru = numberField(pair, p, "moscow", -500, 500);
            Double cn = numberField(pair, p, "beijing", -500, 500);
            if (ru == null || cn == null) {
                ok = false;
                continue;
            }
            s[2 * k] = ru;
            s[2 * k + 1] = cn;
        }
        return ok ? new Scenario.OutcomeScores(s[0], s[1], s[2], s[3], s[4], s[5]) : null;
    }

    private static final List<String> CARD_FIELDS = List.of("id", "title", "text", "trigger", "first_turn",
            "last_turn", "chance", "effects", "once", "citation");

    private List<Scenario.Card> deck(JsonNode n, At at, int turns, Map<String, String> texts) {
        List<Scenario.Card> out = new ArrayList<>();
        if (n == null) {
            error(at, "missing; a scenario needs a deck of event cards (it may be empty: [])");
            return out;
        }
        Set<String> ids = new HashSet<>();
        eachObject(n, at, "cards", (c, ci) -> {
            fields(c, ci, CARD_FIELDS, List.of("id", "title", "text", "chance", "effects"));
            String id = string(c, ci, "id", false, 64);
            if (id != null && !ids.add(id)) {
                error(ci.field("id"), "another card already has id \"" + TextRules.sanitize(id, false) + "\"");
            }
            String title = string(c, ci, "title", false, 80);
            String text = text(c, ci, "text", 2000);
            int first = c.has("first_turn") ? integer(c, ci, "first_turn", 1, turns, 1) : 1;
            int last = c.has("last_turn") ? integer(c, ci, "last_turn", 1, turns, turns) : turns;
            if (last < first) {
                error(ci.field("last_turn"), "last_turn " + last + " is before first_turn " + first
                        + "; the card could never fire");
            }
            int chance = integer(c, ci, "chance", 0, 100, 0);
            if (c.has("chance") && chance == 0) {
                warning(ci.field("chance"), "a chance of 0 means the card never fires");
            }
            boolean once = c.has("once") && bool(c, ci, "once");
            List<Scenario.Condition> trigger = trigger(c.get("trigger"), ci.field("trigger"));
            List<Scenario.CardEffect> effects = effects(c.get("effects"), ci.field("effects"));
            Citation citation = citation(c.get("citation"), ci.field("citation"));
            if (id != null && title != null) {
                out.add(new Scenario.Card(id, title, trigger, first, last, chance, effects, once, citation));
                if (text != null) {
                    texts.put(id, text);
                }
            }
        });
        return out;
    }

    private List<Scenario.Condition> trigger(JsonNode n, At at) {
        List<Scenario.Condition> out = new ArrayList<>();
        eachObject(n, at, "conditions like {\"indicator\": \"trust\", \"at_least\": 40}", (c, ci) -> {
            fields(c, ci, List.of("indicator", "at_least", "at_most"), List.of("indicator"));
            Indicator ind = indicator(c, ci, "indicator");
            boolean least = c.has("at_least");
            if (least == c.has("at_most")) {
                error(ci, "give exactly one of at_least or at_most");
                return;
            }
            Double value = ind == null ? null : numberField(c, ci, least ? "at_least" : "at_most", ind.min(), ind.max());
            if (value != null) {
                out.add(new Scenario.Condition(ind, least ? Scenario.Op.AT_LEAST : Scenario.Op.AT_MOST, value));
            }
        });
        return out;
    }

    private List<Scenario.CardEffect> effects(JsonNode n, At at) {
        List<Scenario.CardEffect> out = new ArrayList<>();
        if (!object(n, at)) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            At f = at.field(e.getKey());
            var ind = Indicator.byId(e.getKey());
            if (ind.isEmpty()) {
                error(f, "unknown state id" + didYouMean(e.getKey(), settableIds()));
                continue;
            }
            if (ind.get().derived() || ind.get() == Indicator.ALLIANCE_LEVEL) {
                error(f, e.getKey() + " cannot be changed by a card");
                continue;
            }
            Double d = number(e.getValue(), f, -ind.get().range(), ind.get().range());
            if (d != null) {
                out.add(new Scenario.CardEffect(ind.get(), d));
            }
        }
        return out;
    }

    private Citation citation(JsonNode n, At at) {
        if (n == null) {
            return null;
        }
        if (!object(n, at)) {
            return null;
        }
        fields(n, at, List.of("section", "page"), List.of("page"));
        int page = integer(n, at, "page", 1, 30, 0);
        String section = n.has("section") ? string(n, at, "section", false, 120) : null;
        if (page == 0) {
            return null;
        }
        if (section != null) {
            for (Citation c : Citation.SECTIONS) {
                if (c.section().equalsIgnoreCase(section)) {
                    if (c.page() != page) {
                        error(at.field("page"), "section \"" + c.section() + "\" starts on p." + c.page()
                                + ", not p." + page);
                    }
                    return c;
                }
            }
            List<String> names = Citation.SECTIONS.stream().map(Citation::section).toList();
            error(at.field("section"), "not a section of the report" + didYouMean(section, names));
            return null;
        }
        var c = Citation.sectionAtPage(page);
        if (c.isEmpty()) {
            error(at.field("page"), "no section of the report starts on p." + page + " (sections start on pages "
                    + Citation.SECTIONS.stream().map(x -> String.valueOf(x.page())).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("") + ")");
            return null;
        }
        return c.get();
    }

    // ------------------------------------------------------------------ primitives

    /** Runs {@code body} on each object of an optional list, reporting a non-list or non-object element. */
    private void eachObject(JsonNode n, At at, String shape, java.util.function.BiConsumer<JsonNode, At> body) {
        if (n == null) {
            return;
        }
        if (!n.isArray()) {
            error(at, "must be a list of " + shape);
            return;
        }
        for (int i = 0; i < n.size(); i++) {
            if (object(n.get(i), at.index(i))) {
                body.accept(n.get(i), at.index(i));
            }
        }
    }

    private boolean object(JsonNode n, At at) {
        if (n == null) {
            error(at, "missing");
            return false;
        }
        if (!n.isObject()) {
            error(at, "must be an object { ... }, got " + kind(n));
            return false;
        }
        return true;
    }

    /** Reports unknown and missing fields of an object. */
    private void fields(JsonNode n, At at, List<String> known, List<String> required) {
        for (String name : n.propertyNames()) {
            if (!known.contains(name)) {
                String hint = didYouMean(name, known);
                error(at.field(name), "unknown field" + hint
                        + (hint.contains("did you mean") ? "" : "; allowed: " + String.join(", ", known)));
            }
        }
        for (String r : required) {
            if (!n.has(r)) {
                error(at, "missing field \"" + r + "\"");
            }
        }
    }

    private static String kind(JsonNode n) {
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

    private String string(JsonNode n, At at, String name, boolean multiline, int max) {
        JsonNode v = n.get(name);
        At f = at.field(name);
        if (v == null) {
            return null; // missing is reported by fields()
        }
        if (!v.isString()) {
            error(f, "must be a string, got " + kind(v));
            return null;
        }
        String s = v.stringValue();
        if (s.isBlank()) {
            error(f, "must not be empty");
            return null;
        }
        if (s.length() > max) {
            error(f, "is " + s.length() + " characters long; at most " + max + " allowed");
            return null;
        }
        var bad = TextRules.firstForbidden(s, multiline);
        if (bad.isPresent()) {
            error(f, "contains " + bad.get() + "; text shown to players may not contain control, "
                    + "bidirectional or invisible characters");
            return null;
        }
        return s;
    }

    private String text(JsonNode n, At at, String name, int max) {
        return string(n, at, name, true, max);
    }

    private int integer(JsonNode n, At at, String name, int min, int max, int fallback) {
        JsonNode v = n.get(name);
        At f = at.field(name);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            error(f, "must be a whole number from " + min + " to " + max + ", got " + describe(v));
            return fallback;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            error(f, "must be from " + min + " to " + max + ", got " + i);
            return fallback;
        }
        return i;
    }

    private boolean bool(JsonNode n, At at, String name) {
        JsonNode v = n.get(name);
        if (!v.isBoolean()) {
            error(at.field(name), "must be true or false, got " + describe(v));
            return false;
        }
        return v.booleanValue();
    }

    private Double numberField(JsonNode n, At at, String name, double min, double max) {
        JsonNode v = n.get(name);
        if (v == null) {
            return null;
        }
        return number(v, at.field(name), min, max);
    }

    private Double number(JsonNode v, At at, double min, double max) {
        if (!v.isNumber()) {
            error(at, "must be a number from " + fmt(min) + " to " + fmt(max) + ", got " + describe(v));
            return null;
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d) || d < min || d > max) {
            error(at, "must be from " + fmt(min) + " to " + fmt(max) + ", got " + v.asText());
            return null;
        }
        return d;
    }

    private Indicator indicator(JsonNode n, At at, String name) {
        JsonNode v = n.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            error(at.field(name), "must be a state id string, got " + describe(v));
            return null;
        }
        var ind = Indicator.byId(v.stringValue());
        if (ind.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                all.add(i.id());
            }
            error(at.field(name), "unknown state id" + didYouMean(v.stringValue(), all));
            return null;
        }
        return ind.get();
    }

    private static String describe(JsonNode v) {
        if (v.isString()) {
            String s = TextRules.sanitize(v.stringValue(), false);
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v.isContainer()) {
            return kind(v);
        }
        return v.asText();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** {@code " (did you mean \"x\"?)"} when a candidate is close, else empty. */
    static String didYouMean(String got, List<String> candidates) {
        return closest(got, candidates, Function.identity());
    }

    private static <T> String closest(String got, List<T> candidates, Function<T, String> name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = got.toLowerCase(Locale.ROOT);
        for (T c : candidates) {
            String n = name.apply(c);
            int d = levenshtein(g, n.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = n;
            }
        }
        String safe = TextRules.sanitize(got, false);
        if (best != null && bestDistance <= Math.max(2, best.length() / 3)) {
            return " \"" + safe + "\" (did you mean \"" + best + "\"?)";
        }
        return " \"" + safe + "\"";
    }

    private static int levenshtein(String a, String b) {
        if (a.length() > 100 || b.length() > 100) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String sha256(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64);
            for (byte x : h) {
                sb.append(String.format("%02x", x));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
