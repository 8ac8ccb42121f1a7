package org.amur.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.amur.engine.Asymmetry;
import org.amur.engine.Citation;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Line;
import org.amur.engine.Scenario;
import org.amur.engine.Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one scenario document and collects every problem in it, instead of stopping at the first.
 * Each problem carries the file, line and column, and the field path.
 *
 * <p>Three layers, each reporting a mistake once: the strict parser (syntax, duplicate keys, size and
 * nesting limits); the format's JSON Schema ({@link SchemaCheck}: types, required and unknown fields,
 * ranges, closed lists of ids, text safe to show); and the checks a schema cannot express, here: ids
 * that must be unique, turns that must fall inside the scenario, citations whose page and section must
 * agree, and what the game can actually reach (an objective nothing can move, a card trigger that can
 * never hold). A semantic check looks only at values the schema accepted, so a wrong value is never
 * reported twice. Only a document without errors is turned into a {@link Scenario}.
 */
final class ScenarioReader {
    static final int FORMAT = 1;

    private final String file;
    private final String json;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, int[]> locations = Map.of();
    /** JSON pointers at which the schema found something wrong. */
    private final TreeSet<String> rejected = new TreeSet<>();

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

    /** True when the schema accepted the value at {@code at} and everything inside it. */
    private boolean clean(At at) {
        String p = at.pointer();
        for (String r : rejected.tailSet(p)) {
            if (!r.startsWith(p)) {
                return true;
            }
            if (r.length() == p.length() || r.charAt(p.length()) == '/') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ entry

    LoadedScenario read() {
        if (json.isBlank()) {
            problems.add(new Problem(file, 0, 0, "", Problem.Severity.ERROR,
                    Problems.t("read.empty")));
            return null;
        }
        JsonNode root;
        try {
            root = StrictJson.readTree(StrictJson.mapper(), json);
        } catch (StrictJson.Malformed e) {
            problems.add(new Problem(file, e.line(), e.column(), "", Problem.Severity.ERROR,
                    TextRules.sanitize(e.getMessage(), false)));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem(file, 1, 1, "", Problem.Severity.ERROR,
                    Problems.t("read.not_object")));
            return null;
        }
        locations = StrictJson.locate(json);
        for (SchemaCheck.Finding f : SchemaCheck.check(root)) {
            error(f.at(), f.message());
            rejected.add(f.at().pointer());
        }
        new Semantics(root).check();
        // document order: by line and column, problems without a place first
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (hasErrors()) {
            return null;
        }
        return build(root);
    }

    /** Jackson's message in words a scenario author can act on: the limit that was hit, or the syntax error. */
    static String plain(String jacksonMessage) {
        String limit = limit(jacksonMessage);
        if (limit != null) {
            return limit;
        }
        return syntax(jacksonMessage.replaceAll("\\s+", " ").strip());
    }

    /** The scenario a par's command was run on. */
    private static final java.util.regex.Pattern PAR_SCENARIO =
            java.util.regex.Pattern.compile("--scenario[ =](\\S+)");

    private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile("[(,] ?code (-?\\d+)");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("escape '(.)'");
    private static final java.util.regex.Pattern CLOSE = java.util.regex.Pattern.compile("close marker '(.)'");

    /**
     * A syntax error in the author's words, chosen from what the JSON reader reports; never the reader's own
     * text (its vocabulary, "end-of-input", "close marker", "CTRL-CHAR", means nothing to an author). What
     * the reader does not say in a form known here is "not valid JSON here" with the place around it.
     */
    static String syntax(String m) {
        java.util.regex.Matcher code = FOUND.matcher(m);
        String found = code.find() ? described(Integer.parseInt(code.group(1))) : null;
        if (m.startsWith("Unexpected end-of-input")) {
            return Problems.t(m.contains("closing quote") ? "json.syntax.eof_string" : "json.syntax.eof");
        }
        if (m.startsWith("Illegal unquoted character") && found != null) {
            return Problems.t("json.syntax.control", found);
        }
        if (m.startsWith("Illegal character") && found != null) {
            return Problems.t("json.syntax.between", found);
        }
        if (m.contains("double-quote to start") && found != null) {
            return Problems.t("json.syntax.name_quote", found);
        }
        if (m.contains("a colon to separate") && found != null) {
            return Problems.t("json.syntax.colon", found);
        }
        if (m.contains("comma to separate Object") && found != null) {
            return Problems.t("json.syntax.comma_object", found);
        }
        if (m.contains("comma to separate Array") && found != null) {
            return Problems.t("json.syntax.comma_array", found);
        }
        java.util.regex.Matcher close = CLOSE.matcher(m);
        if (m.startsWith("Unexpected close marker") && close.find()) {
            return Problems.t("json.syntax.close", close.group(1));
        }
        java.util.regex.Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return Problems.t("json.syntax.token", TextRules.sanitize(token.group(1), false));
        }
        java.util.regex.Matcher escape = ESCAPE.matcher(m);
        if (m.startsWith("Unrecognized character escape") && escape.find()) {
            return Problems.t("json.syntax.escape", described(escape.group(1).codePointAt(0)));
        }
        if (m.startsWith("Invalid numeric value") || m.contains("in numeric value")) {
            return Problems.t("json.syntax.number");
        }
        if ((m.startsWith("Unexpected character") || m.contains("expected a valid value")) && found != null) {
            return Problems.t("json.syntax.value", found);
        }
        return Problems.t("json.syntax.other");
    }

    /** A character as an author can find it: itself in quotes when printable, else its code point. */
    private static String described(int cp) {
        if (cp < 0) {
            return Problems.t("json.syntax.char_code", Integer.toString(cp));
        }
        String c = new String(Character.toChars(cp));
        boolean printable = !Character.isWhitespace(cp) && TextRules.firstForbidden(c, false).isEmpty();
        return printable ? Problems.t("json.syntax.char", c) : Problems.t("json.syntax.char_code", String.format("U+%04X", cp));
    }

    /**
     * Jackson's message in words when it is about a limit that was hit, a comment, a duplicate field or a
     * number JSON does not have; {@code null} when it is a plain syntax error.
     */
    static String limit(String jacksonMessage) {
        if (jacksonMessage == null) {
            return Problems.t("json.unreadable");
        }
        String m = jacksonMessage.replaceAll("\\s+", " ").strip();
        if (m.contains("nesting depth")) {
            return Problems.t("json.nesting", StrictJson.MAX_NESTING);
        }
        if (m.contains("String value length")) {
            return Problems.t("json.string_length", StrictJson.MAX_STRING);
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return Problems.t("json.number_length", 32);
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return Problems.t("json.document_length");
        }
        if (m.contains("Token count")) {
            return Problems.t("json.tokens", StrictJson.MAX_TOKENS);
        }
        if (m.contains("Name length")) {
            return Problems.t("json.name_length", 256);
        }
        if (m.contains("FAIL_ON_TRAILING_TOKENS") || m.contains("Trailing token")) {
            return Problems.t("json.trailing");
        }
        if (m.contains("ALLOW_COMMENTS") || m.contains("ALLOW_YAML_COMMENTS")) {
            return Problems.t("json.comments");
        }
        if (m.contains("NON_NUMERIC_NUMBERS")) {
            return Problems.t("json.non_numeric");
        }
        if (m.contains("Duplicate Object property") || m.contains("Duplicate field")) {
            int q = m.indexOf('"');
            int q2 = q < 0 ? -1 : m.indexOf('"', q + 1);
            return q2 > q ? Problems.t("json.duplicate_named", m.substring(q, q2 + 1)) : Problems.t("json.duplicate");
        }
        return null;
    }

    // ------------------------------------------------------------------ checks a schema cannot make

    /**
     * The semantic layer. It reads the document defensively (any part may be missing or of the wrong
     * type, which the schema has already reported) and looks only at values the schema accepted.
     */
    private final class Semantics {
        private final JsonNode root;
        /** The scenario's number of turns, or 0 when it is missing or wrong. */
        private int turns;
        /**
         * The last turn any game of the scenario can reach: max_turns when it is given and sound, else
         * {@link #turns} (0 when that is missing or wrong).
         */
        private int lastTurn;

        Semantics(JsonNode root) {
            this.root = root;
        }

        void check() {
            At top = At.ROOT;
            JsonNode t = root.get("turns");
            turns = t != null && clean(top.field("turns")) ? t.intValue() : 0;
            JsonNode mx = root.get("max_turns");
            lastTurn = turns > 0 && mx != null && mx.isIntegralNumber() && clean(top.field("max_turns"))
                    && mx.intValue() > turns ? mx.intValue() : turns;
            guidance(top.field("guidance"));
            lengths(top);
            List<Variant> offered = variants(top.field("variants"));
            contractsSigned(top);
            uniqueObjectives(top.field("objectives"));
            zeroWeights(top.field("objectives"));
            parOfThisScenario(top);
            Map<Indicator, Double> start = startValues(top.field("start"));
            List<Indicator> cardEffects = new ArrayList<>();
            boolean effectsKnown = deck(top.field("deck"), cardEffects);
            Set<Indicator> movable = offered != null && effectsKnown && start != null
                    ? Reach.movable(offered, cardEffects, start) : null;
            if (movable != null) {
                reachableObjectives(top.field("objectives"), movable);
            }
            triggers(top.field("deck"), movable, start);
            ruptureAtStart(start, top);
            translatedCards(top);
        }

        /** Every card a translation words is a card of the deck. */
        private void translatedCards(At top) {
            JsonNode tr = root.get("translations");
            JsonNode deck = root.get("deck");
            if (tr == null || !tr.isObject() || deck == null || !deck.isArray()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode c : deck) {
                if (c.path("id").isString()) {
                    ids.add(c.path("id").stringValue());
                }
            }
            for (String lang : tr.propertyNames()) {
                JsonNode cards = tr.get(lang).get("cards");
                if (cards == null || !cards.isObject()) {
                    continue;
                }
                for (String id : cards.propertyNames()) {
                    if (!ids.contains(id)) {
                        error(top.field("translations").field(lang).field("cards").field(id),
                                Problems.t("sense.translated_card_unknown", TextRules.sanitize(id, false), lang)
                                        + didYouMean(id, ids));
                    }
                }
            }
        }

        /** min_turns <= turns <= max_turns, and every named length within them, each name once. */
        private void lengths(At top) {
            if (turns == 0) {
                return;
            }
            JsonNode mn = root.get("min_turns");
            JsonNode mx = root.get("max_turns");
            int min = mn != null && clean(top.field("min_turns")) ? mn.intValue() : 1;
            int max = mx != null && clean(top.field("max_turns")) ? mx.intValue() : turns;
            if (min > turns) {
                error(top.field("min_turns"), Problems.t("sense.min_turns", min, turns));
            }
            if (max < turns) {
                error(top.field("max_turns"), Problems.t("sense.max_turns", max, turns));
            }
            if (min > max) {
                error(top.field("min_turns"), Problems.t("sense.min_over_max", min, max));
            }
            JsonNode ls = root.get("lengths");
            At at = top.field("lengths");
            if (ls == null || !ls.isArray() || !clean(at)) {
                return;
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < ls.size(); i++) {
                int n = ls.get(i).path("turns").asInt();
                if (n < min || n > max) {
                    error(at.index(i).field("turns"), Problems.t("sense.length_outside", n, min, max));
                }
                String name = ls.get(i).path("name").asText("").strip().toLowerCase(Locale.ROOT);
                if (!names.add(name)) {
                    error(at.index(i).field("name"), Problems.t("sense.length_twice", ls.get(i).path("name").asText("")));
                }
            }
        }

        private JsonNode node(At at) {
            return at.pointer().isEmpty() ? root : root.at(at.pointer());
        }

        private void guidance(At at) {
            JsonNode g = node(at);
            if (turns == 0 || !g.isArray()) {
                return;
            }
            for (int i = 0; i < g.size(); i++) {
                At turn = at.index(i).field("turn");
                JsonNode v = node(turn);
                if (v.isIntegralNumber() && clean(turn) && v.intValue() > lastTurn) {
                    error(turn, lastTurn > turns ? Problems.t("sense.guidance_turn_max", v.intValue(), lastTurn)
                            : Problems.t("sense.guidance_turn", v.intValue(), turns));
                }
            }
        }

        /** Rules 3: no big system signed before the game more often than contracts_per_system allows. */
        private void contractsSigned(At top) {
            At at = top.field("contracts_signed");
            JsonNode n = node(at);
            JsonNode capNode = node(top.field("contracts_per_system"));
            if (!n.isArray() || !clean(at) || !(capNode.isMissingNode() || clean(top.field("contracts_per_system")))) {
                return;
            }
            int cap = capNode.isMissingNode() ? Scenario.DEFAULT_CONTRACTS_PER_SYSTEM : capNode.intValue();
            Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < n.size(); i++) {
                Variant v = Variant.byId(n.get(i).stringValue()).orElseThrow();
                String family = org.amur.engine.Contract.terms(v).orElseThrow().family();
                if (seen.merge(family, 1, Integer::sum) == cap + 1) {
                    error(at.index(i), Problems.t("sense.contracts_signed_over_cap", v.id(), cap));
                }
            }
        }

        /** The variants on offer in the model's order, or null when the list is not usable. */
        private List<Variant> variants(At at) {
            JsonNode n = node(at);
            if (n.isMissingNode()) {
                return List.of(Variant.values());
            }
            if (!clean(at)) {
                return null;
            }
            Set<Variant> chosen = EnumSet.noneOf(Variant.class);
            for (int i = 0; i < n.size(); i++) {
                Variant v = Variant.byId(n.get(i).stringValue()).orElseThrow();
                if (!chosen.add(v)) {
                    warning(at.index(i), Problems.t("sense.variant_twice", v.id()));
                }
            }
            List<Variant> ordered = new ArrayList<>(chosen); // EnumSet iterates in the model's order
            // rules 3: big systems are sold under a capped number of contracts, and signing or invoking a treaty
            // is legal only on one rung, so a scenario offering nothing else runs out of legal choices
            if (ordered.stream().allMatch(v -> org.amur.engine.Contract.terms(v).isPresent()
                    || v == Variant.ALLIANCE_SIGN || v == Variant.ALLIANCE_INVOKE)) {
                error(at, Problems.t("sense.variants_can_run_out"));
            }
            for (Line line : Line.values()) {
                if (ordered.stream().noneMatch(v -> v.line() == line)) {
                    warning(at, Problems.t("sense.line_missing", line.id()));
                }
            }
            return ordered;
        }

        /** The objectives' sides, as the file names them. */
        private static final List<String> OBJECTIVE_SIDES = List.of("moscow", "beijing");

        /** Where each of {@code side}'s objectives is (none when its list is not an array). */
        private List<At> objectives(At at, String side) {
            At list = at.field(side);
            JsonNode n = node(list);
            List<At> out = new ArrayList<>();
            for (int i = 0; n.isArray() && i < n.size(); i++) {
                out.add(list.index(i));
            }
            return out;
        }

        private void uniqueObjectives(At at) {
            for (String side : OBJECTIVE_SIDES) {
                Set<String> seen = new HashSet<>();
                for (At o : objectives(at, side)) {
                    At ind = o.field("indicator");
                    JsonNode v = node(ind);
                    if (v.isString() && clean(ind) && !seen.add(v.stringValue())) {
                        error(ind, Problems.t("sense.objective_twice", v.stringValue(), side));
                    }
                }
            }
        }

        /** An objective of weight 0 scores nothing, though the side's briefing and handout list it. */
        private void zeroWeights(At at) {
            for (String side : OBJECTIVE_SIDES) {
                for (At o : objectives(at, side)) {
                    At w = o.field("weight");
                    JsonNode v = node(w);
                    if (v.isNumber() && clean(w) && v.doubleValue() == 0) {
                        warning(w, Problems.t("sense.objective_weight_zero"));
                    }
                }
            }
        }

        /**
         * A par names the scenario it was measured on in its command ({@code --scenario ID}). A file copied
         * from a shipped scenario keeps that scenario's par, which would silently set every result and victory
         * level of the new one.
         */
        private void parOfThisScenario(At top) {
            At at = top.field("par").field("command");
            JsonNode command = node(at);
            JsonNode id = root.get("id");
            if (!command.isString() || !clean(at) || id == null || !id.isString() || !clean(top.field("id"))) {
                return;
            }
            java.util.regex.Matcher m = PAR_SCENARIO.matcher(command.stringValue());
            if (m.find() && !m.group(1).equals(id.stringValue())) {
                warning(at, Problems.t("sense.par_other_scenario", TextRules.sanitize(m.group(1), false),
                        id.stringValue()));
            }
        }

        private Map<Indicator, Double> startValues(At at) {
            JsonNode n = node(at);
            if (!n.isObject() || !clean(at)) {
                return null;
            }
            Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.put(Indicator.byId(e.getKey()).orElseThrow(), e.getValue().doubleValue());
            }
            return out;
        }

        /** Checks each card; collects what the cards change; returns false if some card's effects are unusable. */
        private boolean deck(At at, List<Indicator> cardEffects) {
            JsonNode deck = node(at);
            if (!deck.isArray()) {
                return false;
            }
            boolean effectsKnown = true;
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < deck.size(); i++) {
                At ci = at.index(i);
                JsonNode c = deck.get(i);
                if (!c.isObject()) {
                    continue;
                }
                JsonNode id = c.get("id");
                if (id != null && id.isString() && clean(ci.field("id")) && !ids.add(id.stringValue())) {
                    error(ci.field("id"), Problems.t("sense.card_id_twice", id.stringValue()));
                }
                cardTurns(c, ci);
                JsonNode chance = c.get("chance");
                if (chance != null && clean(ci.field("chance")) && chance.intValue() == 0) {
                    warning(ci.field("chance"), Problems.t("sense.chance_zero"));
                }
                citation(c.get("citation"), ci.field("citation"));
                JsonNode effects = c.get("effects");
                if (effects != null && effects.isObject() && clean(ci.field("effects"))) {
                    for (String name : effects.propertyNames()) {
                        cardEffects.add(Indicator.byId(name).orElseThrow());
                    }
                } else {
                    effectsKnown = false;
                }
            }
            return effectsKnown;
        }

        private void cardTurns(JsonNode c, At ci) {
            At firstAt = ci.field("first_turn");
            At lastAt = ci.field("last_turn");
            JsonNode f = c.get("first_turn");
            JsonNode l = c.get("last_turn");
            // a value the schema rejected is not looked at again; a missing first_turn means turn 1
            Integer first = f == null ? Integer.valueOf(1) : wholeNumber(f, firstAt);
            Integer last = l == null ? null : wholeNumber(l, lastAt);
            // a card may be meant for the years only a longer game (up to max_turns) reaches
            boolean longer = lastTurn > turns;
            if (turns > 0 && f != null && first != null && first > lastTurn) {
                error(firstAt, longer ? Problems.t("sense.first_turn_late_max", first, lastTurn)
                        : Problems.t("sense.first_turn_late", first, turns));
                return;
            }
            if (turns > 0 && last != null && last > lastTurn) {
                error(lastAt, longer ? Problems.t("sense.last_turn_late_max", last, lastTurn)
                        : Problems.t("sense.last_turn_late", last, turns));
                return;
            }
            if (first != null && last != null && last < first) {
                error(lastAt, Problems.t("sense.last_before_first", last, first));
            }
        }

        /** The value if the schema accepted it as a whole number, else null. */
        private Integer wholeNumber(JsonNode n, At at) {
            return n.isIntegralNumber() && n.canConvertToInt() && clean(at) ? Integer.valueOf(n.intValue()) : null;
        }

        private void citation(JsonNode n, At at) {
            if (n == null || !n.isObject() || !clean(at)) {
                return;
            }
            if (!n.has("section")) {
                int page = n.path("page").intValue();
                if (Citation.sectionAtPage(page).isEmpty()) {
                    java.util.StringJoiner starts = new java.util.StringJoiner(", ");
                    Citation.SECTIONS.stream().map(Citation::page).distinct().forEach(x -> starts.add(x.toString()));
                    error(at.field("page"), Problems.t("sense.page_no_section", page, starts));
                }
                return;
            }
            Citation c = section(n.get("section").stringValue());
            int page = n.get("page").intValue();
            if (page < c.firstPage() || page > c.lastPage()) {
                error(at.field("page"), Problems.t("sense.page_outside", c.section(), c.firstPage(), c.lastPage(), page));
            }
        }

        private void reachableObjectives(At at, Set<Indicator> movable) {
            for (String side : OBJECTIVE_SIDES) {
                for (At o : objectives(at, side)) {
                    At ind = o.field("indicator");
                    JsonNode v = node(ind);
                    if (!v.isString() || !clean(ind)) {
                        continue;
                    }
                    Indicator indicator = Indicator.byId(v.stringValue()).orElseThrow();
                    if (!movable.contains(indicator)) {
                        warning(ind, Problems.t("sense.objective_unmovable", indicator.id()));
                    }
                }
            }
        }

        /**
         * Warns about conditions that can never hold: beyond the indicator's bounds, contradicting another
         * condition of the same card, or on a value nothing in the scenario moves from a start that fails it.
         */
        private void triggers(At at, Set<Indicator> movable, Map<Indicator, Double> start) {
            JsonNode deck = node(at);
            if (!deck.isArray()) {
                return;
            }
            for (int i = 0; i < deck.size(); i++) {
                At trigger = at.index(i).field("trigger");
                JsonNode list = node(trigger);
                if (!list.isArray() || !clean(trigger)) {
                    continue;
                }
                Map<Indicator, double[]> window = new EnumMap<>(Indicator.class);
                for (int j = 0; j < list.size(); j++) {
                    At cj = trigger.index(j);
                    JsonNode c = list.get(j);
                    Indicator ind = Indicator.byId(c.get("indicator").stringValue()).orElseThrow();
                    boolean least = c.has("at_least");
                    double value = c.get(least ? "at_least" : "at_most").doubleValue();
                    double[] w = window.computeIfAbsent(ind, k -> new double[] {k.min(), k.max()});
                    if (least) {
                        w[0] = Math.max(w[0], value);
                    } else {
                        w[1] = Math.min(w[1], value);
                    }
                    if (least && value > ind.max()) {
                        warning(cj, Problems.t("sense.never_above", ind.id(), fmt(ind.max())));
                    } else if (!least && value < ind.min()) {
                        warning(cj, Problems.t("sense.never_below", ind.id(), fmt(ind.min())));
                    } else if (movable != null && start != null && !movable.contains(ind)) {
                        double s = startOf(ind, start);
                        if (least ? s < value : s > value) {
                            warning(cj, Problems.t("sense.never_moves", ind.id(), fmt(s)));
                        }
                    }
                }
                for (Map.Entry<Indicator, double[]> e : window.entrySet()) {
                    double[] w = e.getValue();
                    Indicator ind = e.getKey();
                    if (w[0] > w[1] && w[0] <= ind.max() && w[1] >= ind.min()) {
                        warning(trigger, Problems.t("sense.contradiction", ind.id(), fmt(w[0]), fmt(w[1])));
                    }
                }
            }
        }

        private void ruptureAtStart(Map<Indicator, Double> start, At top) {
            At thresholds = top.field("thresholds");
            JsonNode rupture = node(thresholds.field("rupture_trust"));
            if (start == null || !rupture.isNumber() || !clean(thresholds)) {
                return;
            }
            double trust = start.get(Indicator.TRUST);
            if (trust <= rupture.doubleValue()) {
                warning(top.field("start").field("trust"), Problems.t("sense.rupture_at_start", fmt(trust),
                        fmt(rupture.doubleValue())));

            }
        }
    }

    /** Value of {@code i} at the start of a game (derived values as the engine computes them). */
    private static double startOf(Indicator i, Map<Indicator, Double> start) {
        if (i == Indicator.INTEROPERABILITY) {
            return (start.get(Indicator.INTEROP_GROUND_AIR) + start.get(Indicator.INTEROP_NAVAL)
                    + start.get(Indicator.INTEROP_AEROSPACE) + start.get(Indicator.INTEROP_INTERNAL_SECURITY)) / 4;
        }
        return start.getOrDefault(i, 0.0);
    }

    private static Citation section(String name) {
        for (Citation c : Citation.SECTIONS) {
            if (c.section().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a section: " + name);
    }

    // ------------------------------------------------------------------ building the scenario

    /** Turns a document that passed every check into the engine's scenario and its words. */
    private LoadedScenario build(JsonNode root) {
        String id = root.get("id").stringValue();
        String title = words(root, "title");
        int startYear = root.get("start_year").intValue();
        int turns = root.get("turns").intValue();
        int yearsPerTurn = root.path("years_per_turn").asInt(1);
        int minTurns = root.path("min_turns").asInt(1);
        int maxTurns = root.path("max_turns").asInt(turns);
        List<LoadedScenario.Preset> presets = new ArrayList<>();
        for (JsonNode l : root.path("lengths")) {
            presets.add(new LoadedScenario.Preset(words(l.get("name").stringValue()), l.get("turns").intValue()));
        }
        int maxCards = root.path("max_cards_per_turn").asInt(2);
        int contractsPerSystem = root.path("contracts_per_system").asInt(Scenario.DEFAULT_CONTRACTS_PER_SYSTEM);
        List<Variant> contractsSigned = new ArrayList<>();
        for (JsonNode v : root.path("contracts_signed")) {
            contractsSigned.add(Variant.byId(v.stringValue()).orElseThrow());
        }

        JsonNode b = root.get("briefing");
        ScenarioInfo.Briefing briefing = new ScenarioInfo.Briefing(words(root, "briefing", "moscow"),
                words(root, "briefing", "beijing"), words(root, "briefing", "facilitator"));
        List<ScenarioInfo.Guidance> guidance = new ArrayList<>();
        for (JsonNode g : root.path("guidance")) {
            guidance.add(new ScenarioInfo.Guidance(g.get("turn").intValue(), words(g.get("text").stringValue())));
        }

        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        for (Map.Entry<String, JsonNode> e : root.get("start").properties()) {
            values.put(Indicator.byId(e.getKey()).orElseThrow(), e.getValue().doubleValue());
        }
        Indicators start = Indicators.of(values);

        Set<Variant> offered = EnumSet.noneOf(Variant.class);
        if (root.has("variants")) {
            for (JsonNode v : root.get("variants")) {
                offered.add(Variant.byId(v.stringValue()).orElseThrow());
            }
        } else {
            offered.addAll(List.of(Variant.values()));
        }

        Map<Asymmetry, Double> weights = new EnumMap<>(Asymmetry.class);
        for (Map.Entry<String, JsonNode> e : root.path("weights").properties()) {
            weights.put(Asymmetry.valueOf(e.getKey()), e.getValue().doubleValue());
        }

        JsonNode th = root.get("thresholds");
        Scenario.Thresholds thresholds = new Scenario.Thresholds(th.get("real_threat").doubleValue(),
                th.get("nato_crisis").doubleValue(), th.get("rupture_trust").doubleValue());

        Map<String, String> notes = new LinkedHashMap<>();
        List<Scenario.Objective> ru = objectives(root.get("objectives").get("moscow"), "moscow", notes);
        List<Scenario.Objective> cn = objectives(root.get("objectives").get("beijing"), "beijing", notes);

        JsonNode os = root.get("outcome_scores");
        Scenario.OutcomeScores outcomes = new Scenario.OutcomeScores(
                os.get("war_us_china").get("moscow").doubleValue(), os.get("war_us_china").get("beijing").doubleValue(),
                os.get("war_russia_nato").get("moscow").doubleValue(),
                os.get("war_russia_nato").get("beijing").doubleValue(),
                os.get("rupture").get("moscow").doubleValue(), os.get("rupture").get("beijing").doubleValue());

        Map<String, String> cardTexts = new LinkedHashMap<>();
        List<Scenario.Card> deck = new ArrayList<>();
        for (JsonNode c : root.get("deck")) {
            List<Scenario.Condition> trigger = new ArrayList<>();
            for (JsonNode t : c.path("trigger")) {
                boolean least = t.has("at_least");
                trigger.add(new Scenario.Condition(Indicator.byId(t.get("indicator").stringValue()).orElseThrow(),
                        least ? Scenario.Op.AT_LEAST : Scenario.Op.AT_MOST,
                        t.get(least ? "at_least" : "at_most").doubleValue()));
            }
            List<Scenario.CardEffect> effects = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : c.get("effects").properties()) {
                effects.add(new Scenario.CardEffect(Indicator.byId(e.getKey()).orElseThrow(),
                        e.getValue().doubleValue()));
            }
            Citation citation = null;
            JsonNode ct = c.get("citation");
            if (ct != null) {
                citation = ct.has("section")
                        ? Citation.at(section(ct.get("section").stringValue()), ct.get("page").intValue())
                        : Citation.sectionAtPage(ct.get("page").intValue()).orElseThrow();
            }
            String cardId = c.get("id").stringValue();
            deck.add(new Scenario.Card(cardId, words(root, c, "cards", cardId, "title"), trigger, c.path("first_turn").asInt(1),
                    c.path("last_turn").asInt(maxTurns), c.get("chance").intValue(), effects,
                    c.path("once").asBoolean(false), citation));
            cardTexts.put(cardId, words(root, c, "cards", cardId, "text"));
        }

        Scenario.Par par = Scenario.Par.NONE;
        JsonNode pn = root.get("par");
        if (pn != null) {
            par = new Scenario.Par(pn.get("moscow").doubleValue(), pn.get("beijing").doubleValue(),
                    pn.get("spread").get("moscow").doubleValue(), pn.get("spread").get("beijing").doubleValue(),
                    pn.get("games").intValue(), pn.get("seed").longValue(), pn.get("rules").intValue());
        }
        Scenario scenario = new Scenario(id, title, startYear, turns, yearsPerTurn, start, List.copyOf(offered), ru,
                cn, deck, maxCards, thresholds, weights, outcomes, par, contractsPerSystem, contractsSigned);
        ScenarioInfo info = new ScenarioInfo(id, title, words(root, "description"), startYear, turns,
                briefing, guidance, cardTexts, notes);
        List<Problem> warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
        return new LoadedScenario(scenario, info, file, sha256(json), warnings, json,
                new LoadedScenario.Length(turns, minTurns, maxTurns, presets));
    }

    private static List<Scenario.Objective> objectives(JsonNode list, String side, Map<String, String> notes) {
        List<Scenario.Objective> out = new ArrayList<>();
        for (JsonNode o : list) {
            Indicator ind = Indicator.byId(o.get("indicator").stringValue()).orElseThrow();
            out.add(new Scenario.Objective(ind, o.get("weight").doubleValue()));
            notes.put(side + ":" + ind.id(), words(o.get("why").stringValue()));
        }
        return out;
    }

    /**
     * A player's text from the file in the current language: as written (the pseudo-locale marks it,
     * {@link org.amur.engine.TextBundle#data}). Only words pass through here, never ids or numbers.
     */
    private static String words(String text) {
        return org.amur.engine.TextBundle.data(text);
    }

    /**
     * The text at {@code path} (e.g. {@code "briefing", "moscow"}) in the current language: from
     * {@code translations.<language>} when the file has it there (the most specific language first:
     * {@code pt-BR}, then {@code pt}), else as written at the top of the file.
     */
    private static String words(JsonNode root, String... path) {
        JsonNode english = root;
        for (String p : path) {
            english = english.get(p);
        }
        return words(translated(root, path).orElse(english.stringValue()));
    }

    /** A card's {@code field}: the translation's {@code cards.<id>.<field>}, else the card's own. */
    private static String words(JsonNode root, JsonNode card, String cards, String id, String field) {
        return words(translated(root, cards, id, field).orElse(card.get(field).stringValue()));
    }

    private static java.util.Optional<String> translated(JsonNode root, String... path) {
        JsonNode tr = root.get("translations");
        if (tr == null) {
            return java.util.Optional.empty();
        }
        Locale l = org.amur.engine.TextBundle.locale();
        List<String> tags = new ArrayList<>();
        if (!l.getCountry().isEmpty() || !l.getScript().isEmpty()) {
            tags.add(l.toLanguageTag());
        }
        tags.add(l.getLanguage());
        for (String tag : tags) {
            JsonNode n = tr.get(tag);
            for (String p : path) {
                n = n == null ? null : n.get(p);
            }
            if (n != null && n.isString()) {
                return java.util.Optional.of(n.stringValue());
            }
        }
        return java.util.Optional.empty();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** {@code " (did you mean \"x\"?)"} when a candidate is close, else empty. */
    static String didYouMean(String got, List<String> candidates) {
        return closest(got, candidates, Function.identity());
    }

    private static <T> String closest(String got, List<T> candidates, Function<T, String> name) {
        String best = TextRules.closest(got, candidates.stream().map(name).toList());
        String safe = TextRules.sanitize(got, false);
        return best != null ? Problems.t("hint.did_you_mean", safe, best) : Problems.t("hint.got", safe);
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
