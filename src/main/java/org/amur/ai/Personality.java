package org.amur.ai;

/**
 * The heuristic personalities, each a coherent way of playing either capital that a workshop may want
 * to test against. Each is documented, with the report's sections, in its policy class.
 */
public enum Personality {
    /** As the report reads each capital: steady drills and arms business, treaty kept in reserve. See {@link Historian}. */
    HISTORIAN("historian", new Historian()),
    /** The partnership as a bloc against the United States. See {@link Hawk}. */
    HAWK("hawk", new Hawk()),
    /** Warm partnership, free hands: no treaty, no signals, cheapest deals. See {@link Hedger}. */
    HEDGER("hedger", new Hedger()),
    /** The arms lobby: a deal every year. See {@link Mercantilist}. */
    MERCANTILIST("mercantilist", new Mercantilist());

    private final String id;
    private final Policy policy;

    Personality(String id, Policy policy) {
        this.id = id;
        this.policy = policy;
    }

    /** The bot spec and reason-key prefix, e.g. {@code historian}. */
    public String id() {
        return id;
    }

    /** The stateless policy (shared; it keeps no state of its own). */
    public Policy policy() {
        return policy;
    }
}
