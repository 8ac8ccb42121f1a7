package org.amur.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every choice a side can make in a turn: one variant of one of the three lines of effort. The
 * numbers here are the model's tables; {@code ./amur rules} prints them. Titles and descriptions live
 * in {@code model.properties}.
 *
 * <p>Arms variants come in two directions. A <b>forward</b> variant is offered by Moscow and
 * requested by Beijing; a <b>reverse</b> variant (China supplying Russia) is offered by Beijing and
 * requested by Moscow. A deal needs both sides to pick the arms line; see {@link Engine} for what
 * happens when their picks differ.
 */
public enum Variant {
    // ---- Formal alliance: a ladder, rank = the rung the variant reaches for
    ALLIANCE_CONSULT("alliance.consult", Line.ALLIANCE, Citation.at(Citation.BUILDING, 14), 1),
    ALLIANCE_PREPARE("alliance.prepare", Line.ALLIANCE, Citation.ALLIANCE, 2),
    ALLIANCE_SIGN("alliance.sign", Line.ALLIANCE, Citation.ALLIANCE, 3, "high-risk"),
    ALLIANCE_INVOKE("alliance.invoke", Line.ALLIANCE, Citation.at(Citation.ALLIANCE, 24), 4,
            "high-risk", "crisis-only"),

    // ---- Joint exercises
    EX_PEACE_MISSION("exercise.peace_mission", Line.EXERCISES, Citation.PEACE_MISSION,
            new Exercise(Indicator.INTEROP_GROUND_AIR, 7, 2, false, false).standing(1)),
    EX_MARITIME_HOME("exercise.maritime_home", Line.EXERCISES, Citation.MARITIME,
            new Exercise(Indicator.INTEROP_NAVAL, 7, 2, true, false)),
    EX_MARITIME_SOUTH_CHINA_SEA("exercise.maritime_south_china_sea", Line.EXERCISES, Citation.MARITIME,
            new Exercise(Indicator.INTEROP_NAVAL, 7, 3, true, false).signal(Signal.SOUTH_CHINA_SEA), "signal"),
    EX_MARITIME_BALTIC("exercise.maritime_baltic", Line.EXERCISES, Citation.at(Citation.MARITIME, 19),
            new Exercise(Indicator.INTEROP_NAVAL, 7, 4, true, false).signal(Signal.BALTIC), "signal"),
    EX_MARITIME_MEDITERRANEAN("exercise.maritime_mediterranean", Line.EXERCISES, Citation.MARITIME,
            new Exercise(Indicator.INTEROP_NAVAL, 7, 3, true, false).signal(Signal.MEDITERRANEAN), "signal"),
    EX_MARITIME_EDGE("exercise.maritime_edge", Line.EXERCISES, Citation.at(Citation.MARITIME, 19),
            new Exercise(Indicator.INTEROP_NAVAL, 7, 3, true, true), "russian-edge"),
    EX_AEROSPACE_SECURITY("exercise.aerospace_security", Line.EXERCISES, Citation.at(Citation.OTHER_EXERCISES, 20),
            new Exercise(Indicator.INTEROP_AEROSPACE, 6, 2, false, false).western(1)),
    EX_INTERNAL_SECURITY("exercise.internal_security", Line.EXERCISES, Citation.at(Citation.OTHER_EXERCISES, 20),
            new Exercise(Indicator.INTEROP_INTERNAL_SECURITY, 7, 2, false, false)),
    EX_TRAINING("exercise.training", Line.EXERCISES, Citation.at(Citation.OTHER_EXERCISES, 20),
            new Exercise(null, 1.5, 4, false, false).pla(1)),

    // ---- Arms transfers, forward (Moscow offers, Beijing requests)
    //                                   value$B  pla  border copy complexity tier ruEdge techLoss indigenous trust
    ARMS_ENGINES_HELICOPTERS("arms.engines_helicopters", Citation.TRENDS,
            new Arms(0.8, 2.0, 0.5, 6, 10, 1, true, 0.5, 0, 1)),
    ARMS_SU35("arms.su35", Citation.at(Citation.TRENDS, 21),
            new Arms(1.0, 4.0, 2.0, 12, 20, 2, true, 1.5, 0, 1)),
    ARMS_S400("arms.s400", Citation.at(Citation.TRENDS, 21),
            new Arms(1.0, 4.0, 1.5, 10, 45, 2, true, 1.5, 0, 1)),
    ARMS_S400_40N6("arms.s400_40n6", Citation.at(Citation.TRENDS, 21),
            new Arms(1.3, 5.5, 3.0, 14, 55, 3, true, 2.5, 0, 1)),
    ARMS_LICENSED_ANTISHIP("arms.licensed_antiship", Citation.at(Citation.TRENDS, 21),
            new Arms(0.5, 3.0, 0.5, 25, 10, 2, true, 2.0, 4, 1), "licensed"),
    ARMS_DOWNGRADED_EXPORT("arms.downgraded_export", Citation.at(Citation.BUILDING, 15),
            new Arms(0.8, 2.5, 1.0, 3, 15, 1, false, 0.0, 0, 0), "downgraded"),
    ARMS_DENIED_SYSTEMS("arms.denied_systems", Citation.at(Citation.BUILDING, 16),
            new Arms(2.0, 8.0, 10.0, 20, 35, 4, true, 5.0, 0, 2).western(4), "denied-system", "high-risk"),

    // ---- Arms transfers, reverse (Beijing offers, Moscow requests)
    //                                        ruIndustry ruEconomy cnEconomy leverage indigenous techLoss copy trust tier
    REV_NAVAL_DIESELS("reverse.naval_diesels", Citation.at(Citation.TRENDS, 22),
            new Reverse(3, 0.5, 1, 3, 0, 0, 0, 1, 1)),
    REV_SPACE_ELECTRONICS("reverse.space_electronics", Citation.at(Citation.TRENDS, 22),
            new Reverse(3, 1.5, 1, 4, 0, 0, 0, 1, 1)),
    REV_RD180_FOR_ELECTRONICS("reverse.rd180_for_electronics", Citation.at(Citation.TRENDS, 22),
            new Reverse(4, 1.0, 0.5, 2, 5, 3, 8, 2, 2), "swap");

    /** Where a maritime exercise is held also sends a message (A12). */
    public enum Signal { SOUTH_CHINA_SEA, BALTIC, MEDITERRANEAN }

    /** Numbers of an exercise variant. {@code domain == null} spreads the gain over every domain. */
    public record Exercise(Indicator domain, double interopGain, double trustGain, boolean maritime,
                           boolean russianEdge, Signal signal, double westernPressure, double cnStanding,
                           double plaGain) {
        Exercise(Indicator domain, double interopGain, double trustGain, boolean maritime, boolean russianEdge) {
            this(domain, interopGain, trustGain, maritime, russianEdge, null, 0, 0, 0);
        }

        Exercise signal(Signal s) {
            return new Exercise(domain, interopGain, trustGain, maritime, russianEdge, s, westernPressure, cnStanding, plaGain);
        }

        Exercise western(double w) {
            return new Exercise(domain, interopGain, trustGain, maritime, russianEdge, signal, w, cnStanding, plaGain);
        }

        Exercise standing(double s) {
            return new Exercise(domain, interopGain, trustGain, maritime, russianEdge, signal, westernPressure, s, plaGain);
        }

        Exercise pla(double p) {
            return new Exercise(domain, interopGain, trustGain, maritime, russianEdge, signal, westernPressure, cnStanding, p);
        }
    }

    /**
     * Numbers of a forward arms deal, per turn delivered: value in billions of US dollars, gain to PLA
     * modernization, shift of the border balance against Russia (A2), exposure to copying (A7),
     * production complexity that Russian capacity may fail (A6), sensitivity tier (1 routine .. 4
     * denied), whether the system lies where Russia leads (A4), loss of Russia's tech edge, gain to
     * Chinese industry from a licence, trust gained, and Western pressure raised.
     */
    public record Arms(double valueBusd, double plaGain, double borderShift, double copyExposure,
                       double complexity, int tier, boolean russianEdgeDomain, double techLoss,
                       double indigenousGain, double trustGain, double westernPressure) {
        Arms(double valueBusd, double plaGain, double borderShift, double copyExposure, double complexity,
             int tier, boolean russianEdgeDomain, double techLoss, double indigenousGain, double trustGain) {
            this(valueBusd, plaGain, borderShift, copyExposure, complexity, tier, russianEdgeDomain, techLoss,
                    indigenousGain, trustGain, 0);
        }

        Arms western(double w) {
            return new Arms(valueBusd, plaGain, borderShift, copyExposure, complexity, tier, russianEdgeDomain,
                    techLoss, indigenousGain, trustGain, w);
        }
    }

    /** Numbers of a reverse flow (China supplying Russia), per turn delivered. */
    public record Reverse(double ruIndustry, double ruEconomy, double cnEconomy, double leverage,
                          double indigenousGain, double techLoss, double copyExposure, double trustGain, int tier) {
    }

    private final String id;
    private final Line line;
    private final Citation citation;
    private final int rank;
    private final Exercise exercise;
    private final Arms arms;
    private final Reverse reverse;
    private final List<String> tags;

    Variant(String id, Line line, Citation citation, int rank, String... tags) {
        this(id, line, citation, rank, null, null, null, tags);
    }

    Variant(String id, Line line, Citation citation, Exercise exercise, String... tags) {
        this(id, line, citation, 0, exercise, null, null, tags);
    }

    Variant(String id, Citation citation, Arms arms, String... tags) {
        this(id, Line.ARMS, citation, 0, null, arms, null, tags);
    }

    Variant(String id, Citation citation, Reverse reverse, String... tags) {
        this(id, Line.ARMS, citation, 0, null, null, reverse, tags);
    }

    Variant(String id, Line line, Citation citation, int rank, Exercise exercise, Arms arms, Reverse reverse,
            String... tags) {
        this.id = id;
        this.line = line;
        this.citation = citation;
        this.rank = rank;
        this.exercise = exercise;
        this.arms = arms;
        this.reverse = reverse;
        List<String> t = new ArrayList<>(List.of(tags));
        if (reverse != null) {
            t.add(0, "reverse-flow");
        }
        if (exercise != null && exercise.maritime()) {
            t.add(0, "maritime");
        }
        this.tags = Collections.unmodifiableList(t);
    }

    public String id() {
        return id;
    }

    public Line line() {
        return line;
    }

    public Citation citation() {
        return citation;
    }

    /** Alliance rung this variant reaches for (1 consult .. 4 invoke); 0 for other lines. */
    public int rank() {
        return rank;
    }

    public List<String> tags() {
        return tags;
    }

    public Optional<Exercise> exercise() {
        return Optional.ofNullable(exercise);
    }

    public Optional<Arms> arms() {
        return Optional.ofNullable(arms);
    }

    public Optional<Reverse> reverse() {
        return Optional.ofNullable(reverse);
    }

    /** Sensitivity tier of an arms variant (forward or reverse); 0 for other lines. */
    public int tier() {
        return arms != null ? arms.tier() : reverse != null ? reverse.tier() : 0;
    }

    public boolean isForwardArms() {
        return arms != null;
    }

    public boolean isReverseArms() {
        return reverse != null;
    }

    /** The verb this variant takes for a side: offer, request or propose. */
    public String role(Side side) {
        if (arms != null) {
            return side == Side.MOSCOW ? "offer" : "request";
        }
        if (reverse != null) {
            return side == Side.MOSCOW ? "request" : "offer";
        }
        return "propose";
    }

    public static Optional<Variant> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Lookup by id (only looked up, never iterated). */
    private static final java.util.Map<String, Variant> BY_ID = new java.util.HashMap<>();

    static {
        for (Variant v : values()) {
            BY_ID.put(v.id, v);
        }
    }
}
