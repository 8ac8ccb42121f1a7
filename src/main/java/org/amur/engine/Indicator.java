package org.amur.engine;

/**
 * Every quantity the engine tracks, with its stable id (used by scenarios, saves and
 * {@code simulate --json}), its bounds and who may see it. Values are clamped into bounds on every
 * write, so an indicator can never leave its range.
 */
public enum Indicator {
    // Shared
    TRUST("trust", Group.SHARED, 0, 100),
    INTEROPERABILITY("interoperability", Group.SHARED, 0, 100),
    INTEROP_GROUND_AIR("interoperability.ground_air", Group.SHARED, 0, 100),
    INTEROP_NAVAL("interoperability.naval", Group.SHARED, 0, 100),
    INTEROP_AEROSPACE("interoperability.aerospace", Group.SHARED, 0, 100),
    INTEROP_INTERNAL_SECURITY("interoperability.internal_security", Group.SHARED, 0, 100),
    ALLIANCE_LEVEL("alliance_level", Group.SHARED, 0, 4),
    US_CHINA_WAR_RISK("us_china_war_risk", Group.SHARED, 0, 100),
    RUSSIA_NATO_TENSION("russia_nato_tension", Group.SHARED, 0, 100),
    WESTERN_PRESSURE("western_pressure", Group.SHARED, 0, 100),
    // Moscow
    RU_DEFENSE_INDUSTRY("ru.defense_industry", Group.MOSCOW, 0, 100),
    RU_ARMS_REVENUE("ru.arms_revenue_busd", Group.MOSCOW, 0, 10),
    RU_DELIVERY_BACKLOG("ru.delivery_backlog_busd", Group.MOSCOW, 0, 20),
    RU_FAR_EAST_SECURITY("ru.far_east_security", Group.MOSCOW, 0, 100),
    RU_TECH_EDGE("ru.tech_edge", Group.MOSCOW, 0, 100),
    RU_ECONOMY("ru.economy", Group.MOSCOW, 0, 100),
    RU_FREEDOM("ru.freedom_of_action", Group.MOSCOW, 0, 100),
    RU_SCORE("ru.score", Group.MOSCOW, -1000, 1000),
    // Beijing
    CN_PLA_MODERNIZATION("cn.pla_modernization", Group.BEIJING, 0, 100),
    CN_INDIGENOUS_INDUSTRY("cn.indigenous_industry", Group.BEIJING, 0, 100),
    CN_LEVERAGE("cn.leverage_over_russia", Group.BEIJING, 0, 100),
    CN_ECONOMY("cn.economy", Group.BEIJING, 0, 100),
    CN_FREEDOM("cn.freedom_of_action", Group.BEIJING, 0, 100),
    CN_STANDING("cn.international_standing", Group.BEIJING, 0, 100),
    /** Progress of Chinese engineers towards an unlicensed copy of what Russia sold; Beijing's secret. */
    CN_COPY_PROGRESS("cn.copy_progress", Group.BEIJING, 0, 100, Visibility.BEIJING_ONLY),
    CN_SCORE("cn.score", Group.BEIJING, -1000, 1000);

    /** Which part of the dashboard an indicator belongs to. */
    public enum Group { SHARED, MOSCOW, BEIJING }

    /** Who may see an indicator in a per-seat view. */
    public enum Visibility {
        PUBLIC, MOSCOW_ONLY, BEIJING_ONLY;

        public boolean visibleTo(Side side) {
            return this == PUBLIC
                    || (this == MOSCOW_ONLY && side == Side.MOSCOW)
                    || (this == BEIJING_ONLY && side == Side.BEIJING);
        }
    }

    private static final Indicator[] ALL = values();

    private final String id;
    private final Group group;
    private final double min;
    private final double max;
    private final Visibility visibility;

    Indicator(String id, Group group, double min, double max) {
        this(id, group, min, max, Visibility.PUBLIC);
    }

    Indicator(String id, Group group, double min, double max, Visibility visibility) {
        this.id = id;
        this.group = group;
        this.min = min;
        this.max = max;
        this.visibility = visibility;
    }

    public String id() {
        return id;
    }

    public Group group() {
        return group;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double range() {
        return max - min;
    }

    public Visibility visibility() {
        return visibility;
    }

    /** True for values the engine computes from others (never set directly by a scenario). */
    public boolean derived() {
        return this == INTEROPERABILITY || this == RU_SCORE || this == CN_SCORE;
    }

    public double clamp(double v) {
        return v < min ? min : (v > max ? max : v);
    }

    /** The score indicator of a side. */
    public static Indicator score(Side side) {
        return side == Side.MOSCOW ? RU_SCORE : CN_SCORE;
    }

    /** Looks an indicator up by its stable id. */
    public static java.util.Optional<Indicator> byId(String id) {
        for (Indicator i : ALL) {
            if (i.id.equals(id)) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    static Indicator[] all() {
        return ALL;
    }
}
