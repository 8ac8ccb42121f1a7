package org.amur.engine;

import java.util.List;
import java.util.Optional;

/**
 * A version of the model's rules. A save records the version its game was played under and replays
 * under it, so a change to the model never alters an old game; new games use {@link #CURRENT}.
 *
 * <p>Everything that differs between versions lives here, nowhere else: the modifiers a version adds
 * to rules 1 ({@link #added}; a modifier not listed by any version is in force in all of them) and
 * whether the state counts delivered reverse deals. Rules 1 is the model as first released.
 *
 * @param version            the number a save records
 * @param added              modifiers in force from this version on (rules 1 adds none)
 * @param countsReverseDeals whether {@link GameState#reverseDeals()} is kept (and so digested)
 */
public record Rules(int version, List<Mod> added, boolean countsReverseDeals) {

    /** The rules of the first release: reverse flows pay whatever the Western pressure, every time. */
    public static final Rules V1 = new Rules(1, List.of(), false);

    /**
     * Rules 2: Chinese supplies to Russia are a sanctions-driven stopgap (little worth without Western
     * pressure, less with each repeat) that costs Moscow freedom of action.
     */
    public static final Rules V2 = new Rules(2, List.of(Mod.A3_REVERSE_WITHOUT_SANCTIONS,
            Mod.A11_REVERSE_REPEATED, Mod.A3_SUPPLY_DEPENDENCE), true);

    /** The rules new games are played under. */
    public static final Rules CURRENT = V2;

    private static final List<Rules> ALL = List.of(V1, V2);

    public Rules {
        added = List.copyOf(added);
    }

    /** The rules of a version number, or empty for one this Amur does not know (a newer release's). */
    public static Optional<Rules> of(int version) {
        for (Rules r : ALL) {
            if (r.version == version) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every known version, oldest first. */
    public static List<Rules> all() {
        return ALL;
    }

    /** Whether a modifier is part of these rules. */
    public boolean inForce(Mod m) {
        for (Rules r : ALL) {
            if (r.added.contains(m)) {
                return r.version <= version;
            }
        }
        return true;
    }
}
