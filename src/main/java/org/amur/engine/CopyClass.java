package org.amur.engine;

import java.util.Locale;

/**
 * Rules 3: the classes of Russian technology whose unlicensed copying progresses separately. Engines are
 * the hardest to copy ({@link Mod#A8_ENGINES_HARDEST}: the WS-10 story, Kashin 2018 p.16); a copy of one
 * class does not advance another. Beijing's secret, like the copy progress it refines.
 *
 * <p>Under rules 1 and 2 there is one copy pool ({@link Indicator#CN_COPY_PROGRESS}); from rules 3 on that
 * indicator reads the class nearest to a copy, and the classes live in {@link GameState#copyProgress()}.
 */
public enum CopyClass {
    /** Aircraft engines (and rocket engines: the RD-180 swap); also helicopters, sold with them. */
    ENGINES(Variant.ARMS_ENGINES_HELICOPTERS),
    /** Fighters and their airframes (Su-35, the downgraded export versions, the Su-27 line before the game). */
    AIRCRAFT(Variant.ARMS_SU35),
    /** Long-range air defense (S-400, with or without the 40N6 missile). */
    AIR_DEFENSE(Variant.ARMS_S400),
    /** Anti-ship missiles made under licence. */
    MISSILES(Variant.ARMS_LICENSED_ANTISHIP),
    /** The strike systems Russia has always withheld. */
    STRIKE(Variant.ARMS_DENIED_SYSTEMS),
    /**
     * Rules 4 on ({@link Mod#A7_OLDER_GENERATION}): the older generation of fighters, the Su-27 line China
     * has already localized as the J-11B (Kashin p.15), and the downgraded export versions derived from it.
     * Under rules 3 these are {@link #AIRCRAFT}, and no state holds this class.
     */
    OLDER_FIGHTERS(Variant.ARMS_DOWNGRADED_EXPORT);

    /**
     * Every class in declaration order, as {@code values()} gives them, without the new array each call of
     * {@code values()} makes (the turn walks them twice; read only, never written).
     */
    static final CopyClass[] ALL = values();

    private final Variant representative;

    CopyClass(Variant representative) {
        this.representative = representative;
    }

    /** Stable id ({@code engines}, {@code air_defense}...), used in text keys {@code copyclass.<id>}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The variant a copy roll of this class names as its subject (the event log's {@code subject}). */
    public Variant representative() {
        return representative;
    }

    /** The class a variant's technology belongs to, or null when it exposes nothing to copying. */
    public static CopyClass of(Variant v) {
        return switch (v) {
            case ARMS_ENGINES_HELICOPTERS, REV_RD180_FOR_ELECTRONICS -> ENGINES;
            case ARMS_SU35, ARMS_DOWNGRADED_EXPORT -> AIRCRAFT;
            case ARMS_S400, ARMS_S400_40N6 -> AIR_DEFENSE;
            case ARMS_LICENSED_ANTISHIP -> MISSILES;
            case ARMS_DENIED_SYSTEMS -> STRIKE;
            default -> null;
        };
    }

    /**
     * The class a variant's technology belongs to under {@code rules}: {@link #of(Variant)}, except that from
     * rules 4 on ({@link Mod#A7_OLDER_GENERATION}) a downgraded export version is of the older fighters.
     */
    public static CopyClass of(Variant v, Rules rules) {
        return v == Variant.ARMS_DOWNGRADED_EXPORT && rules.inForce(Mod.A7_OLDER_GENERATION) ? OLDER_FIGHTERS : of(v);
    }

    /**
     * Where the copy progress a scenario starts with lies, and what cards or the facilitator add to it: the
     * Su-27 line China bought before the game, airframes under rules 3, the older fighters from rules 4 on.
     */
    public static CopyClass start(Rules rules) {
        return rules.inForce(Mod.A7_OLDER_GENERATION) ? OLDER_FIGHTERS : AIRCRAFT;
    }

    /** The class whose copy roll names {@code subject}, or null. */
    public static CopyClass ofSubject(Variant subject) {
        for (CopyClass c : values()) {
            if (c.representative == subject) {
                return c;
            }
        }
        return null;
    }
}
