package org.amur.engine;

/**
 * The odds table: every kind of roll with its base chance in percent, and which modifiers can
 * apply to it. Hazard rolls (wars) may fall to 0 %; cooperative rolls are kept between
 * {@link #floor} and {@link #ceiling} so that nothing is ever certain.
 */
public enum RollKind {
    DELIVERY(90, 5, 95, Citation.TRENDS, Mod.A6_CAPACITY, Mod.A13_TRUST_ODDS),
    CONTRACT_SURVIVES(70, 5, 95, Citation.BUILDING, Mod.A13_TRUST_ODDS),
    NEGOTIATION(40, 5, 95, Citation.TRENDS, Mod.A13_TRUST_ODDS, Mod.A5_SELLER_NEEDS_DEAL),
    PARTICIPATION(55, 5, 95, Citation.EXERCISES, Mod.A13_TRUST_ODDS),
    EXERCISE_SUCCESS(85, 5, 95, Citation.EXERCISES, Mod.A13_TRUST_ODDS, Mod.A9_OLD_FLEET_ODDS),
    TREATY_HONOURED(50, 5, 95, Citation.ALLIANCE, Mod.A13_TRUST_ODDS, Mod.A12_DISTANT_THEATRE),
    CHINESE_CREDIT(50, 5, 95, Citation.ALLIANCE, Mod.A13_TRUST_ODDS),
    /** Base = 0.6 x copy progress, rolled once progress reaches 10. */
    UNLICENSED_COPY(new Hazard(Indicator.CN_COPY_PROGRESS, 0.6, 0, 10), Citation.BUILDING,
            Mod.A8_OVERSTATED_SUCCESS),
    /** Base = 0.6 x (us_china_war_risk - 35). */
    US_CHINA_WAR(new Hazard(Indicator.US_CHINA_WAR_RISK, 0.6, 35, 35), Citation.ALLIANCE,
            Mod.A1_WAR_ODDS_UNDER_TREATY, Mod.A1_WAR_ODDS_INVOKED),
    /** Base = 0.6 x (russia_nato_tension - 70). */
    RUSSIA_NATO_WAR(new Hazard(Indicator.RUSSIA_NATO_TENSION, 0.6, 70, 70), Citation.ALLIANCE,
            Mod.A1_NO_CHINESE_UMBRELLA),
    /** Base = the card's chance. */
    CARD(0, 0, 100, null),
    /**
     * Rules 3 on: once a US-China crisis has broken out (the {@link #US_CHINA_WAR} roll), whether it
     * escalates to war; otherwise it is contained at a cost or defused with a loss of standing.
     */
    US_CHINA_ESCALATION(45, 5, 95, Citation.ALLIANCE, Mod.A13_INTEROP_DETERS),
    /** Rules 3 on: once a Russia-NATO crisis has broken out, whether it escalates to war. */
    RUSSIA_NATO_ESCALATION(45, 5, 95, Citation.ALLIANCE, Mod.A13_INTEROP_DETERS);

    /**
     * Base odds that grow with an indicator: {@code rate x (value - from)} percent, rolled only when
     * the indicator is at least {@code rollFrom} and the odds are positive.
     */
    public record Hazard(Indicator driver, double rate, double from, double rollFrom) {
        public double odds(double value) {
            return rate * (value - from);
        }

        public boolean rolls(double value) {
            return value >= rollFrom && odds(value) > 0;
        }
    }

    private final Hazard hazard;
    private final int base;
    private final int floor;
    private final int ceiling;
    private final Citation citation;
    private final java.util.List<Mod> modifiers;

    RollKind(int base, int floor, int ceiling, Citation citation, Mod... modifiers) {
        this(null, base, floor, ceiling, citation, modifiers);
    }

    RollKind(Hazard hazard, Citation citation, Mod... modifiers) {
        this(hazard, 0, 0, 95, citation, modifiers);
    }

    RollKind(Hazard hazard, int base, int floor, int ceiling, Citation citation, Mod... modifiers) {
        this.hazard = hazard;
        this.base = base;
        this.floor = floor;
        this.ceiling = ceiling;
        this.citation = citation;
        this.modifiers = java.util.List.of(modifiers);
    }

    public int base() {
        return base;
    }

    /** For rolls whose base odds grow with an indicator; null for fixed base odds. */
    public Hazard hazard() {
        return hazard;
    }

    public int floor() {
        return floor;
    }

    public int ceiling() {
        return ceiling;
    }

    public Citation citation() {
        return citation;
    }

    /** The modifiers that can adjust this roll. */
    public java.util.List<Mod> modifiers() {
        return modifiers;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
