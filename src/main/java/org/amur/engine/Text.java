package org.amur.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's player-facing text, kept out of Java code in {@code org/amur/engine/model.properties}
 * (UTF-8): names and summaries of asymmetries, variants, indicators and lines, the condition under
 * which each modifier applies, what each roll decides, and the narration of each effect.
 *
 * <p>Narration templates may use {@code {subject}} (the variant's title) and {@code {actor}} (the side).
 */
public final class Text {
    private static final TextBundle TEXT = TextBundle.load(Text.class, "model.properties");

    private Text() {
    }

    /** The text for {@code key}, or {@code [key]} if it is missing (a test checks that none is). */
    public static String get(String key) {
        return TEXT.get(key);
    }

    public static boolean has(String key) {
        return TEXT.has(key);
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled from {@code args}. */
    public static String format(String key, Object... args) {
        return TEXT.format(key, args);
    }

    /**
     * A standing in words, the same on every screen, in {@code replay} and in the report: raw score, par,
     * result against par and the level it would earn ("score -12.3, par -12.8, result +0.5: draw"). The result
     * shown is the shown score minus the shown par, so the line adds up as read (score -0.36 and par -1.44 read
     * "score -0.4, par -1.4, result +1", not "+1.1"); for display only: the standing's own result and level are
     * the engine's, unrounded.
     */
    public static String standing(Standing s) {
        return fill(s.hasPar() ? "standing.line" : "standing.line.no_par", "score", Narration.signed(s.score(), 1), "par", Narration.signed(s.par(), 1),
                "result", Narration.signed(Narration.shownDifference(s.par(), s.score()), 1), "level", s.victory().words());
    }

    /**
     * Each side's standing in {@code state} as indented lines ("  Moscow: score ..., par ..."), and at the
     * end who did better against par: the one form {@code replay} and the plain game print.
     */
    public static List<String> standingLines(Engine engine, GameState state, boolean end) {
        Standing ru = engine.standing(state, Side.MOSCOW);
        Standing cn = engine.standing(state, Side.BEIJING);
        List<String> out = new ArrayList<>();
        out.add("  " + fill("standing.side", "side", Side.MOSCOW.displayName(), "line", standing(ru)));
        out.add("  " + fill("standing.side", "side", Side.BEIJING.displayName(), "line", standing(cn)));
        if (end) {
            out.add("  " + verdict(ru, cn));
        }
        return out;
    }

    /** Who did better against par, in one sentence (raw scores are never compared). */
    public static String verdict(Standing moscow, Standing beijing) {
        if (moscow.victory().isWin() && beijing.victory().isWin()) {
            return get("verdict.both_won");
        }
        if (moscow.victory().isLoss() && beijing.victory().isLoss()) {
            return get("verdict.both_lost");
        }
        Side better = Standing.better(moscow, beijing);
        return get(better == null ? "verdict.even" : "verdict." + better.id());
    }

    /** Every key the model needs, for the completeness test. */
    public static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (Asymmetry a : Asymmetry.values()) {
            keys.add("asymmetry." + a.id() + ".summary");
        }
        for (Variant v : Variant.values()) {
            keys.add("variant." + v.id() + ".title");
            keys.add("variant." + v.id() + ".summary");
        }
        for (Indicator i : Indicator.values()) {
            keys.add("indicator." + i.id() + ".label");
            keys.add("indicator." + i.id() + ".help");
        }
        for (Line l : Line.values()) {
            keys.add("line." + l.id() + ".summary");
        }
        for (Mod m : Mod.values()) {
            keys.add("mod." + m.name());
        }
        for (RollKind r : RollKind.values()) {
            keys.add("roll." + r.id());
            keys.add("rollname." + r.id());
        }
        for (EndReason e : EndReason.values()) {
            keys.add("end." + e.id());
            if (e == EndReason.WAR_US_CHINA || e == EndReason.WAR_RUSSIA_NATO) {
                keys.add("end." + e.id() + ".treaty");
                keys.add("end." + e.id() + ".no_treaty");
            }
        }
        keys.addAll(NARRATION_KEYS);
        for (Rejection.Reason r : Rejection.Reason.values()) {
            keys.add(r.key());
        }
        keys.addAll(List.of("rules.intro", "rules.asymmetries", "rules.modifiers", "rules.scoring",
                "rules.sequence.1", "rules.lines.1"));
        for (Standing.Victory v : Standing.Victory.values()) {
            keys.add("victory." + v.id());
        }
        keys.addAll(List.of("standing.line", "standing.line.no_par", "verdict.both_won", "verdict.both_lost", "verdict.even",
                "verdict.moscow", "verdict.beijing"));
        for (String k : EFFECT_KEYS) {
            keys.add("effect." + k);
        }
        return keys;
    }

    /** Fixed phrases of the event log (Narration). */
    static final List<String> NARRATION_KEYS = List.of("narration.game_started", "narration.turn_started",
            "narration.card", "narration.card_citation", "narration.committed", "narration.withdrawn",
            "narration.revealed", "narration.reason.moscow", "narration.reason.beijing", "narration.scaled_by",
            "narration.alliance", "narration.turn_resolved", "narration.game_ended", "narration.final_scores",
            "narration.roll", "narration.roll_subject", "narration.roll_result", "narration.yes", "narration.no",
            "narration.both_sides", "narration.injected", "narration.adjudicated", "narration.overridden", "narration.note",
            "narration.ruling.rolls", "narration.ruling.values", "narration.ruling.none",
            "narration.rung.0", "narration.rung.1", "narration.rung.2", "narration.rung.3", "narration.rung.4",
            "narration.contract_signed", "narration.contract_due", "narration.contract_name", "narration.contract_size",
            "narration.contract_tranche", "narration.contract_unit.aircraft", "narration.contract_unit.regiments",
            "narration.contract_unit.packages",
            "narration.copy_unlicensed_class", "copyclass.engines", "copyclass.aircraft", "copyclass.air_defense",
            "copyclass.missiles", "copyclass.strike", "copyclass.older_fighters");

    /** Every narration key the resolver emits. */
    static final List<String> EFFECT_KEYS = List.of(
            "burden_and_spoils", "no_contact", "alliance.upkeep", "card",
            "alliance.consultations", "alliance.consultations_established", "alliance.preparations_begun",
            "alliance.preparations_kept", "alliance.consult_alone", "alliance.prepare_alone", "alliance.signed",
            "alliance.treaty_declined", "alliance.reserve_refused", "alliance.invocation_refused", "alliance.invoked",
            "arms.talks_stalled", "arms.compromise", "arms.cross_purposes", "arms.offer_unanswered",
            "arms.request_unanswered", "arms.reverse_unanswered", "arms.delayed", "arms.contract_broken",
            "arms.delivered", "arms.backlog_delivered", "arms.overdue_delivered", "arms.reverse_delivered",
            "arms.contract_signed", "arms.tranche_delivered", "arms.tranche_late",
            "exercise.held_jointly", "exercise.held_split", "exercise.held_token", "exercise.declined",
            "exercise.troubled",
            "world.drift", "world.chinese_credit", "copy.unlicensed", "facilitator.adjustment",
            "crisis.us_china_contained", "crisis.us_china_backed_down", "crisis.nato_contained",
            "crisis.nato_backed_down");

    /**
     * What a roll was about: the variant's title, or for a rules-3 copy roll the class of technology it
     * names ({@code fighter aircraft}, not the class's representative variant).
     */
    public static String rollSubject(RollKind kind, Variant subject) {
        CopyClass c = kind == RollKind.UNLICENSED_COPY ? CopyClass.ofSubject(subject) : null;
        return c != null ? copyClass(c) : title(subject);
    }

    /** A class of technology's name (rules 3's copy classes), e.g. "aircraft engines". */
    public static String copyClass(CopyClass c) {
        return get("copyclass." + c.id());
    }

    public static String asymmetrySummary(Asymmetry a) {
        return get("asymmetry." + a.id() + ".summary");
    }

    public static String title(Variant v) {
        return get("variant." + v.id() + ".title");
    }

    public static String summary(Variant v) {
        return get("variant." + v.id() + ".summary");
    }

    public static String label(Indicator i) {
        return get("indicator." + i.id() + ".label");
    }

    public static String help(Indicator i) {
        return get("indicator." + i.id() + ".help");
    }

    public static String summary(Line l) {
        return get("line." + l.id() + ".summary");
    }

    public static String condition(Mod m) {
        return get("mod." + m.name());
    }

    /** Short name of a roll, e.g. "Delivery". */
    public static String name(RollKind r) {
        return get("rollname." + r.id());
    }

    public static String describe(RollKind r) {
        return get("roll." + r.id());
    }

    /** What an ending means in general (the rules): a war's text says what a treaty would do. */
    public static String describe(EndReason e) {
        return get("end." + e.id());
    }

    /**
     * How this game ended: a war's text says whether a treaty dragged the partner in ({@code treaty})
     * or the partner stayed out.
     */
    public static String ending(EndReason e, boolean treaty) {
        String key = "end." + e.id() + (treaty ? ".treaty" : ".no_treaty");
        return has(key) ? get(key) : describe(e);
    }

    /**
     * The text for {@code key} with named placeholders filled: {@code fill("narration.turn", "turn", 3,
     * "year", 2020)} replaces {@code {turn}} and {@code {year}}.
     */
    public static String fill(String key, Object... namesAndValues) {
        return TEXT.fill(key, namesAndValues);
    }

    /** The narration of an effect, with {@code {subject}} and {@code {actor}} filled in. */
    public static String narrate(Event.Effect e) {
        // rules 3: a copy roll names the class of technology copied
        CopyClass copied = e.key().equals("copy.unlicensed") && e.subject() != null ? CopyClass.ofSubject(e.subject())
                : null;
        if (copied != null) {
            return fill("narration.copy_unlicensed_class", "class", copyClass(copied));
        }
        return fill("effect." + e.key(), "subject", e.subject() == null ? "" : title(e.subject()),
                "actor", e.actor() == null ? get("narration.both_sides") : e.actor().displayName());
    }
}
