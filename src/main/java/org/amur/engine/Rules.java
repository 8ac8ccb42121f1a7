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
 * @param removed            modifiers no longer in force from this version on (the report does not
 *                           support them, or a newer mechanic replaces them)
 */
public record Rules(int version, List<Mod> added, boolean countsReverseDeals, List<Mod> removed) {

    /** The rules of the first release: reverse flows pay whatever the Western pressure, every time. */
    public static final Rules V1 = new Rules(1, List.of(), false);

    /**
     * Rules 2: Chinese supplies to Russia are a sanctions-driven stopgap (little worth without Western
     * pressure, less with each repeat) that costs Moscow freedom of action.
     */
    public static final Rules V2 = new Rules(2, List.of(Mod.A3_REVERSE_WITHOUT_SANCTIONS,
            Mod.A11_REVERSE_REPEATED, Mod.A3_SUPPLY_DEPENDENCE), true);

    /**
     * Rules 3: burden and spoils sized by Russia's confrontation with the West, not by every bilateral
     * act; interoperability that changes the odds of exercises and of a treaty honoured; leverage that
     * Moscow can lower by keeping its distance and a technological-nationalism ceiling that binds; and
     * denied systems offered unasked that cost Moscow with the West and with Beijing; big sales as
     * contracts delivered in tranches, a repeat smaller and capped; copy progress per class of technology,
     * engines the hardest. Modifiers the report does not support are dropped.
     */
    public static final Rules V3 = new Rules(3, List.of(Mod.A10_CONFRONTATION, Mod.A10_CONFRONTATION_CAP,
            Mod.A13_INTEROP_ODDS, Mod.A3_KEPT_DISTANCE, Mod.A11_NATIONALIST_CEILING,
            Mod.A7_DENIED_OFFER_ALARMS_WEST, Mod.A13_UNASKED_OFFER, Mod.A13_INTEROP_DETERS,
            Mod.A12_CRISIS_COST_BEIJING, Mod.A12_CRISIS_COST_MOSCOW, Mod.A12_CRISIS_BACKDOWN_BEIJING,
            Mod.A12_CRISIS_BACKDOWN_MOSCOW, Mod.A12_CRISIS_PARTNER_BOUND, Mod.A5_HOME_PROCUREMENT,
            Mod.A6_REPEAT_CONTRACT, Mod.A8_ENGINES_HARDEST), true,
            List.of(Mod.A10_BURDEN_TENSION, Mod.A12_SOUTH_CHINA_SEA_RISK, Mod.A12_BALTIC_COSTS_STANDING,
                    Mod.A12_BALTIC_COSTS_EU_TRADE, Mod.A2_ALLY_ON_BORDER, Mod.A11_INTEGRATION_CEILING));

    /**
     * Rules 4: rules 3 as first released (in saves since), with the balance work that followed it. A change
     * that alters the outcome of a rules-3 game goes here as a modifier in force from rules 4, so rules-3
     * games keep replaying bit for bit.
     */
    public static final Rules V4 = new Rules(4, List.of(
            // crises (balance)
            Mod.A12_CRISIS_TALKS_BEIJING, Mod.A12_CRISIS_TALKS_MOSCOW, Mod.A12_CLASH_COST_BEIJING,
            Mod.A12_CLASH_COST_MOSCOW, Mod.A3_CREDIT_ON_TERMS,
            // play (claims)
            Mod.A11_CEILING_NOW, Mod.A11_CEILING_FOLLOWS_TRUST,
            // contracts (issue 13's model items)
            Mod.A7_OLDER_GENERATION, Mod.A7_EXPOSED_BEFORE_THE_GAME,
            // a contained crisis is no gain (issue 13's model items)
            Mod.A12_CRISIS_UNRESOLVED), true,
            List.of(
            // play (claims): rules 4's integration ceiling replaces rules 3's
            Mod.A11_NATIONALIST_CEILING));

    /**
     * Rules 5: the treaty kept in reserve for a real threat to China (Kashin p.24) is a promise: Moscow
     * declining it when Beijing asks at that moment costs trust, as a broken promise does.
     */
    public static final Rules V5 = new Rules(5, List.of(Mod.A13_RESERVE_REFUSED, Mod.A13_RESERVE_HONOURED), true);

    /** The rules new games are played under. */
    public static final Rules CURRENT = V5;

    private static final List<Rules> ALL = List.of(V1, V2, V3, V4, V5);

    /** Rules that only add modifiers to the ones before. */
    public Rules(int version, List<Mod> added, boolean countsReverseDeals) {
        this(version, added, countsReverseDeals, List.of());
    }

    public Rules {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
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
            if (r.removed.contains(m) && r.version <= version) {
                return false;
            }
        }
        for (Rules r : ALL) {
            if (r.added.contains(m)) {
                return r.version <= version;
            }
        }
        return true;
    }

    /**
     * Whether a turn's opening event cards count in the scores as soon as they are drawn (rules 3 on), so
     * the score at a turn start includes that turn's cards; under rules 1 and 2 the cards reach the scores
     * only when the turn resolves.
     */
    public boolean scoresCardsAtTurnStart() {
        return version >= 3;
    }

    /** Whether this version has the rules-3 mechanics (a shorthand the steps use). */
    boolean v3() {
        return version >= 3;
    }
}
