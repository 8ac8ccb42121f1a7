package org.amur.engine;

/** How a game ended. */
public enum EndReason {
    /** The scenario's last turn was played. */
    FULL_TERM("full_term"),
    /** Trust fell to the scenario's rupture threshold: the partnership broke. */
    RUPTURE("rupture"),
    /** The United States and China went to war. */
    WAR_US_CHINA("war_us_china"),
    /** Russia and NATO went to war. */
    WAR_RUSSIA_NATO("war_russia_nato");

    private final String id;

    EndReason(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
