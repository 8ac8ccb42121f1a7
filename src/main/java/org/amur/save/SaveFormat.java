package org.amur.save;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amur.engine.Action;
import org.amur.engine.GameState;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.StateDigest;
import org.amur.scenario.StrictJson;
import org.amur.session.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The save file format, version {@value #VERSION}. Field order is fixed and the version comes first.
 * Older versions are migrated one step at a time ({@link #migrate}) before reading.
 *
 * <pre>
 * { "format": "amur-save", "version": 1,
 *   "scenario": {"id": "baseline", "sha256": "...",      (sha256 of the scenario file's text)
 *                "text": "{ \"format\": 1, ... }"},       (that text, whole: the game replays from the save
 *                                                        alone, on any machine and from any folder.
 *                                                        Optional in v1: absent means the scenario is
 *                                                        looked up by id in the scenarios folder)
 *   "turns": 4,                                          (the number of turns this game is played at,
 *                                                        chosen at a new game within the scenario's
 *                                                        min_turns..max_turns; optional in v1: absent
 *                                                        means the scenario's own turns)
 *   "rng": {"algorithm": "SplitMix64", "seed": 7},
 *   "rules": 2,                                          (the rules version the game is played under,
 *                                                        {@link Rules}; optional in v1: absent means
 *                                                        rules 1, the model of the first release)
 *   "seats": {"moscow": "human", "beijing": "random"},
 *   "names": {"table": "Table 3", "moscow": "Red team", "beijing": "Blue team"},  (optional, each name
 *                                                        optional: at most 40 characters of player text)
 *   "parent": {"save": "class-a", "turn": 3},            (only for a branched game)
 *   "facilitation": {"play": "closed", "adjudication": "semi-rigid"},  (only for a facilitated game;
 *                                                        play is closed or open, adjudication rigid,
 *                                                        semi-rigid or free: the default of every turn.
 *                                                        Optional in v1: absent means no facilitator.
 *                                                        Early v1 saves hold an empty "facilitator"
 *                                                        list, which is ignored.)
 *   "created_at": "...", "saved_at": "...",
 *   "summary": {"turn": 4, "year": 2021, "over": false, "ending": null},
 *   "log": [{"turn": 1, "side": "moscow", "action": "commit", "variant": "arms.s400", "rationale": "..."},
 *           {"turn": 1, "side": "moscow", "action": "withdraw"},
 *           {"turn": 2, "side": "facilitator", "action": "inject", "card": "new-sanctions", "rationale": "..."},
 *           {"turn": 2, "side": "facilitator", "action": "note", "text": "..."},
 *           {"turn": 2, "side": "beijing", "action": "adjudicated", "variant": "...", "rationale": "...",
 *            "ruling": "...", "overrides": [{"roll": "delivery", "subject": "arms.s400", "success": true}],
 *            "adjustments": {"trust": -5}}, ...],
 *   "checkpoints": [{"turn": 2, "digest": "..."}, ...],   (state at the start of each later turn)
 *   "final_digest": "..." }                               (state when saved)
 * </pre>
 */
final class SaveFormat {
    static final String FORMAT = "amur-save";
    static final int VERSION = 1;

    private SaveFormat() {
    }

    /** Everything a save file holds, after migration and validation. */
    record Data(int version, String scenarioId, String scenarioSha, long seed, SaveMeta meta, Instant createdAt,
                Instant savedAt, int turn, boolean over, List<Action> log, List<Checkpoint> checkpoints,
                String finalDigest, Rules rules, String scenarioText, int turns) {
    }

    record Checkpoint(int turn, String digest) {
    }

    static byte[] write(Session s, SaveMeta meta, Instant createdAt, Instant savedAt) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode sc = root.putObject("scenario");
        sc.put("id", s.scenario().id());
        sc.put("sha256", s.scenario().sha256());
        if (s.scenario().json() != null) {
            sc.put("text", s.scenario().json());
        }
        ObjectNode rng = root.putObject("rng");
        rng.put("algorithm", SplitMix64.ALGORITHM);
        rng.put("seed", s.seed());
        root.put("rules", s.rules().version());
        root.put("turns", s.scenario().turns());
        ObjectNode seats = root.putObject("seats");
        seats.put("moscow", meta.moscow());
        seats.put("beijing", meta.beijing());
        if (!meta.names().isEmpty()) {
            ObjectNode names = root.putObject("names");
            for (String[] kv : new String[][] {{"table", meta.names().table()}, {"moscow", meta.names().moscow()},
                {"beijing", meta.names().beijing()}}) {
                if (!kv[1].isEmpty()) {
                    names.put(kv[0], kv[1]);
                }
            }
        }
        if (meta.parent() != null) {
            ObjectNode parent = root.putObject("parent");
            parent.put("save", meta.parent());
            parent.put("turn", meta.parentTurn());
        }
        if (meta.facilitator() != null) {
            ObjectNode f = root.putObject("facilitation");
            f.put("play", meta.facilitator().openPlay() ? "open" : "closed");
            f.put("adjudication", meta.facilitator().adjudication().id());
        }
        root.put("created_at", createdAt.toString());
        root.put("saved_at", savedAt.toString());
        GameState st = s.state();
        ObjectNode summary = root.putObject("summary");
        summary.put("turn", st.turn());
        summary.put("year", st.year());
        summary.put("over", st.isOver());
        if (st.isOver()) {
            summary.put("ending", st.ending().id());
        } else {
            summary.putNull("ending");
        }
        ArrayNode log = root.putArray("log");
        List<Action> actions = s.actions();
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            ObjectNode e = log.addObject();
            e.put("turn", s.turnOfAction(i));
            e.put("side", a.side() == null ? "facilitator" : a.side().id());
            writeAction(e, a);
        }
        ArrayNode cps = root.putArray("checkpoints");
        for (int t = 2; t <= s.resolvedTurns() + 1; t++) {
            ObjectNode cp = cps.addObject();
            cp.put("turn", t);
            cp.put("digest", StateDigest.of(s.stateAtTurnStart(t)));
        }
        root.put("final_digest", StateDigest.of(st));
        return StrictJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    }

    private static void writeAction(ObjectNode e, Action a) {
        if (a instanceof Action.Commit c) {
            e.put("action", "commit");
            e.put("variant", c.variantId());
            if (!c.rationale().isEmpty()) {
                e.put("rationale", c.rationale());
            }
        } else if (a instanceof Action.Withdraw) {
            e.put("action", "withdraw");
        } else if (a instanceof Action.Note n) {
            e.put("action", "note");
            e.put("text", n.text());
        } else if (a instanceof Action.Inject in) {
            e.put("action", "inject");
            if (in.cardId() != null) {
                e.put("card", in.cardId());
            } else {
                e.put("title", in.title());
                effects(e.putObject("effects"), in.effects());
            }
            e.put("rationale", in.rationale());
        } else if (a instanceof Action.Adjudicated adj) {
            e.put("action", "adjudicated");
            e.put("variant", adj.commit().variantId());
            if (!adj.commit().rationale().isEmpty()) {
                e.put("rationale", adj.commit().rationale());
            }
            e.put("ruling", adj.rationale());
            ArrayNode os = e.putArray("overrides");
            for (Action.RollOverride o : adj.overrides()) {
                ObjectNode on = os.addObject();
                on.put("roll", o.kind().id());
                if (o.subject() != null) {
                    on.put("subject", o.subject().id());
                }
                on.put("success", o.success());
            }
            effects(e.putObject("adjustments"), adj.adjustments());
        }
    }

    private static void effects(ObjectNode o, List<org.amur.engine.Scenario.CardEffect> effects) {
        for (org.amur.engine.Scenario.CardEffect c : effects) {
            o.put(c.indicator().id(), c.delta());
        }
    }

    private static List<org.amur.engine.Scenario.CardEffect> readEffects(JsonNode n, String where) {
        List<org.amur.engine.Scenario.CardEffect> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException(t("field.effects_not_list", where));
        }
        for (var entry : n.properties()) {
            var ind = org.amur.engine.Indicator.byId(entry.getKey());
            if (ind.isEmpty() || !entry.getValue().isNumber()) {
                throw new IllegalArgumentException(t("field.effects_unknown", where, clip(entry.getKey())));
            }
            out.add(new org.amur.engine.Scenario.CardEffect(ind.get(), entry.getValue().doubleValue()));
        }
        return out;
    }

    /** Parses and validates a save's text; {@code name} is used in messages. */
    static Data read(String name, String text) throws SaveException {
        if (text.isBlank()) {
            throw damaged(SaveException.Kind.UNREADABLE, t("read.empty", name));
        }
        JsonNode root;
        try {
            root = StrictJson.readTree(StrictJson.saveMapper(), text);
        } catch (StrictJson.Malformed e) {
            String why = e.syntax() ? t("read.incomplete") : e.getMessage();
            throw damaged(SaveException.Kind.UNREADABLE, t("read.unreadable", name, why, e.line(), e.column()));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(str(root, "format"))) {
            throw damaged(SaveException.Kind.NOT_A_SAVE, t("read.not_a_save", name));
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw damaged(SaveException.Kind.DAMAGED, t("read.damaged", name, t("read.no_version")));
        }
        int version = v.intValue();
        if (version > VERSION) {
            throw new SaveException(SaveException.Kind.NEWER_VERSION, t("read.newer_format", name, version, VERSION));
        }
        root = migrate((ObjectNode) root, version);
        JsonNode r = root.get("rules");
        if (r != null && !r.isNull() && (!r.isIntegralNumber() || !r.canConvertToInt() || r.intValue() < 1)) {
            throw damaged(SaveException.Kind.DAMAGED, t("read.damaged", name, t("read.bad_rules")));
        }
        int rulesVersion = r == null || r.isNull() ? 1 : r.intValue();
        Optional<Rules> rules = Rules.of(rulesVersion);
        if (rules.isEmpty()) {
            throw new SaveException(SaveException.Kind.NEWER_VERSION, t("read.newer_rules", name, rulesVersion,
                    Rules.CURRENT.version()));
        }
        try {
            return parse(root, rules.get());
        } catch (IllegalArgumentException e) {
            throw damaged(SaveException.Kind.DAMAGED, t("read.damaged", name, e.getMessage()));
        }
    }

    /**
     * Brings an older save up to {@link #VERSION}, one version at a time. Version 1 is the first; when
     * version 2 comes, add {@code if (version == 1) { ...; version = 2; }} here and a fixture save of
     * version 1 to the tests.
     */
    static ObjectNode migrate(ObjectNode root, int version) {
        return root;
    }

    private static Data parse(JsonNode root, Rules rules) {
        JsonNode sc = obj(root, "scenario");
        String scenarioId = reqStr(sc, "scenario.id");
        if (!scenarioId.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            // an id, never a path: a forged "/dev/zero" or "../x" must not be opened as a scenario file
            throw new IllegalArgumentException(t("field.scenario_id", clip(scenarioId)));
        }
        String sha = reqStr(sc, "scenario.sha256");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(t("field.sha"));
        }
        String scenarioText = null;
        if (sc.has("text") && !sc.get("text").isNull()) {
            JsonNode t = sc.get("text");
            if (!t.isString() || t.stringValue().length() > org.amur.scenario.StrictJson.MAX_FILE_BYTES) {
                throw new IllegalArgumentException(t("field.scenario_text"));
            }
            scenarioText = t.stringValue();
        }
        int turns = root.has("turns") && !root.get("turns").isNull() ? reqInt(root, "turns", t("field.turns"), 1, 60)
                : 0;
        JsonNode rng = obj(root, "rng");
        String algorithm = reqStr(rng, "rng.algorithm");
        if (!SplitMix64.ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException(t("field.rng", clip(algorithm)));
        }
        JsonNode seedNode = rng.get("seed");
        if (seedNode == null || !seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
            throw new IllegalArgumentException(t("field.seed"));
        }
        JsonNode seats = obj(root, "seats");
        String parent = null;
        int parentTurn = 0;
        if (root.has("parent") && !root.get("parent").isNull()) {
            JsonNode p = obj(root, "parent");
            parent = reqStr(p, "parent.save");
            parentTurn = reqInt(p, "parent.turn", 1, 1000);
            if (parent.length() > 200 || org.amur.scenario.TextRules.firstForbidden(parent, false).isPresent()
                    || parent.contains("/") || parent.contains("\\")) {
                throw new IllegalArgumentException(t("field.parent"));
            }
        }
        SaveMeta meta = new SaveMeta(seat(seats, "seats.moscow"), seat(seats, "seats.beijing"), parent, parentTurn,
                facilitator(root), names(root));
        Instant created = instant(root, "created_at");
        Instant saved = instant(root, "saved_at");
        JsonNode summary = obj(root, "summary");
        int turn = reqInt(summary, "summary.turn", 1, 1000);
        JsonNode overNode = summary.get("over");
        if (overNode == null || !overNode.isBoolean()) {
            throw new IllegalArgumentException(t("field.missing", "summary.over"));
        }
        JsonNode log = root.get("log");
        if (log == null || !log.isArray()) {
            throw new IllegalArgumentException(t("field.log"));
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            JsonNode e = log.get(i);
            String where = t("field.move", i + 1);
            if (!e.isObject()) {
                throw new IllegalArgumentException(t("field.not_a_move", where));
            }
            String kind = reqStr(e, where + " action");
            if (kind.equals("note")) {
                actions.add(new Action.Note(reqStr(e, where + " text")));
                continue;
            }
            if (kind.equals("inject")) {
                String card = e.has("card") ? reqStr(e, where + " card") : null;
                actions.add(new Action.Inject(card, card == null ? reqStr(e, where + " title") : null,
                        readEffects(e.get("effects"), where), e.has("rationale") ? reqStr(e, where + " rationale") : ""));
                continue;
            }
            Side side;
            try {
                side = Side.parse(reqStr(e, where + " side"));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(t("field.no_side", where));
            }
            if (kind.equals("adjudicated")) {
                String rationale = e.has("rationale") ? reqStr(e, where + " rationale") : "";
                List<Action.RollOverride> overrides = new ArrayList<>();
                JsonNode os = e.get("overrides");
                if (os != null && os.isArray()) {
                    for (JsonNode o : os) {
                        org.amur.engine.RollKind rk = null;
                        for (org.amur.engine.RollKind k : org.amur.engine.RollKind.values()) {
                            if (k.id().equals(o.path("roll").asText(""))) {
                                rk = k;
                            }
                        }
                        if (rk == null || !o.path("success").isBoolean()) {
                            throw new IllegalArgumentException(t("field.override_roll", where));
                        }
                        org.amur.engine.Variant subject = o.has("subject")
                                ? org.amur.engine.Variant.byId(o.path("subject").asText("")).orElseThrow(
                                        () -> new IllegalArgumentException(t("field.override_subject", where)))
                                : null;
                        overrides.add(new Action.RollOverride(rk, subject, o.path("success").booleanValue()));
                    }
                }
                actions.add(new Action.Adjudicated(new Action.Commit(side, reqStr(e, where + " variant"), rationale),
                        overrides, readEffects(e.get("adjustments"), where), reqStr(e, where + " ruling")));
                continue;
            }
            if (kind.equals("commit")) {
                String rationale = e.has("rationale") ? reqStr(e, where + " rationale") : "";
                actions.add(new Action.Commit(side, reqStr(e, where + " variant"), rationale));
            } else if (kind.equals("withdraw")) {
                actions.add(new Action.Withdraw(side));
            } else {
                throw new IllegalArgumentException(t("field.unknown_kind", where));
            }
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        JsonNode cps = root.get("checkpoints");
        if (cps == null || !cps.isArray()) {
            throw new IllegalArgumentException(t("field.checkpoints"));
        }
        for (int i = 0; i < cps.size(); i++) {
            JsonNode cp = cps.get(i);
            checkpoints.add(new Checkpoint(reqInt(cp, "checkpoint turn", 1, 1000), reqStr(cp, "checkpoint digest")));
        }
        String finalDigest = reqStr(root, "final_digest");
        return new Data(VERSION, scenarioId, sha, seedNode.longValue(), meta, created, saved, turn,
                overNode.booleanValue(), actions, checkpoints, finalDigest, rules, scenarioText, turns);
    }

    /** The optional table and team names (absent: none); each must be usable player text. */
    private static Names names(JsonNode root) {
        if (!root.has("names") || root.get("names").isNull()) {
            return Names.NONE;
        }
        JsonNode n = obj(root, "names");
        String[] v = new String[3];
        String[] keys = {"table", "moscow", "beijing"};
        for (int i = 0; i < 3; i++) {
            if (n.has(keys[i]) && !n.get(keys[i]).isNull()) {
                String s = reqStr(n, "names." + keys[i]);
                if (Names.whyNot("name", s).isPresent()) {
                    throw new IllegalArgumentException(t("field.name", keys[i]));
                }
                v[i] = s;
            }
        }
        return new Names(v[0], v[1], v[2]);
    }

    /** The optional facilitator settings (absent or null: a game without a facilitator). */
    private static SaveMeta.Facilitator facilitator(JsonNode root) {
        if (!root.has("facilitation") || root.get("facilitation").isNull()) {
            return null;
        }
        JsonNode f = obj(root, "facilitation");
        String play = reqStr(f, "facilitation.play");
        if (!play.equals("open") && !play.equals("closed")) {
            throw new IllegalArgumentException(t("field.play", clip(play)));
        }
        String adjudication = reqStr(f, "facilitation.adjudication");
        SaveMeta.Adjudication a = SaveMeta.Adjudication.byId(adjudication).orElseThrow(() ->
                new IllegalArgumentException(t("field.adjudication", clip(adjudication))));
        return new SaveMeta.Facilitator(play.equals("open"), a);
    }

    private static JsonNode obj(JsonNode n, String field) {
        JsonNode o = n.get(field);
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException(t("field.section", field));
        }
        return o;
    }

    private static String str(JsonNode n, String field) {
        JsonNode s = n.get(field);
        return s != null && s.isString() ? s.stringValue() : null;
    }

    private static String reqStr(JsonNode n, String label) {
        String field = label.contains(".") ? label.substring(label.lastIndexOf('.') + 1)
                : label.contains(" ") ? label.substring(label.lastIndexOf(' ') + 1) : label;
        String s = str(n, field);
        if (s == null || s.length() > 10_000) {
            throw new IllegalArgumentException(t("field.text", label));
        }
        return s;
    }

    /** A seat's player (human, a bot spec or a name): player text, one line, no control characters. */
    /** A seat as Amur writes it: human or a bot spec (letters, digits, {@code : . _ -}), like an id. */
    private static final java.util.regex.Pattern SEAT = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9:._-]{0,63}");

    private static String seat(JsonNode seats, String label) {
        String s = reqStr(seats, label);
        if (!SEAT.matcher(s).matches()) {
            throw new IllegalArgumentException(t("field.seat", label));
        }
        return s;
    }

    private static int reqInt(JsonNode n, String label, int min, int max) {
        String field = label.contains(".") ? label.substring(label.lastIndexOf('.') + 1)
                : label.substring(label.lastIndexOf(' ') + 1);
        return reqInt(n, field, label, min, max);
    }

    /** The whole number in {@code field}, named {@code label} in the message if it is missing or out of range. */
    private static int reqInt(JsonNode n, String field, String label, int min, int max) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw new IllegalArgumentException(t("field.range", label));
        }
        return v.intValue();
    }

    private static Instant instant(JsonNode n, String field) {
        String s = str(n, field);
        if (s == null) {
            throw new IllegalArgumentException(t("field.time_missing", field.replace('_', ' ')));
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(t("field.time_not_date", field.replace('_', ' ')));
        }
    }

    private static String clip(String s) {
        String t = org.amur.scenario.TextRules.sanitize(s, false);
        return org.apache.commons.lang3.StringUtils.abbreviate(t, 43); // 40 characters and "..."
    }

    /** The words of {@code key} in save.properties, filled from {@code args}. */
    static String t(String key, Object... args) {
        return SaveLock.TEXT.format(key, args);
    }

    private static SaveException damaged(SaveException.Kind kind, String sentence) {

        return new SaveException(kind, sentence + ".");
    }
}
