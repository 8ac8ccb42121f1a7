package org.amur.engine;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One moment of a game, immutable. A game is fully determined by its scenario, seed and the ordered
 * actions applied: the random generator's whole state ({@link #rng}) lives here.
 *
 * @param turn        current turn, 1-based (the last played turn once the game is over)
 * @param year        calendar year of the current turn
 * @param values      every indicator
 * @param moscow      Moscow's committed, still secret choice for this turn, or null
 * @param beijing     Beijing's, likewise
 * @param rng         state of the {@link SplitMix64} generator
 * @param cards       ids of the event cards that fired at the start of this turn
 * @param spentCards  ids of once-only cards already used, in the order they fired
 * @param overdue     arms deals struck but not yet delivered, oldest first (their value is part of
 *                    {@code ru.delivery_backlog_busd}; their consequences come on delivery)
 * @param ending      how the game ended, or null while it goes on
 * @param reverseDeals reverse arms deals (China supplying Russia) delivered so far; kept only under rules
 *                     that count them ({@link Rules#countsReverseDeals()}), always 0 under rules 1
 * @param contracts    rules 3: every arms contract signed so far, in signing order, with its deliveries
 *                     (public); always empty under rules 1 and 2
 * @param copyProgress rules 3: Beijing's secret copy progress per class of technology (its largest is
 *                     {@code cn.copy_progress}); empty under rules 1 and 2, which keep one pool
 */
public record GameState(int turn, int year, Indicators values, Commitment moscow, Commitment beijing, long rng,
                        List<String> cards, List<String> spentCards, List<Variant> overdue, EndReason ending,
                        int reverseDeals, List<Contract> contracts, Map<CopyClass, Double> copyProgress) {

    public GameState {
        cards = List.copyOf(cards);
        spentCards = List.copyOf(spentCards);
        overdue = List.copyOf(overdue);
        contracts = List.copyOf(contracts);
        if (!(copyProgress instanceof CopyMap)) {
            // a state made from another state's map (each turn makes two or three) shares it: it cannot change
            EnumMap<CopyClass, Double> copy = new EnumMap<>(CopyClass.class);
            copy.putAll(copyProgress);
            copyProgress = new CopyMap(copy);
        }
    }

    /** {@code m} as a state's copy progress, without a copy: the caller hands it over and never changes it. */
    static Map<CopyClass, Double> ownedCopyProgress(EnumMap<CopyClass, Double> m) {
        return new CopyMap(m);
    }

    /** Copy progress as a state holds it: read-only, in class order, equal to any map with the same entries. */
    private static final class CopyMap extends AbstractMap<CopyClass, Double> {
        private final Map<CopyClass, Double> m;

        CopyMap(EnumMap<CopyClass, Double> m) {
            this.m = Collections.unmodifiableMap(m);
        }

        @Override
        public Set<Map.Entry<CopyClass, Double>> entrySet() {
            return m.entrySet();
        }

        @Override
        public Double get(Object key) {
            return m.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override
        public int size() {
            return m.size();
        }
    }

    /** A state without rules 3's contracts and copy classes (rules 1 and 2). */
    public GameState(int turn, int year, Indicators values, Commitment moscow, Commitment beijing, long rng,
                     List<String> cards, List<String> spentCards, List<Variant> overdue, EndReason ending,
                     int reverseDeals) {
        this(turn, year, values, moscow, beijing, rng, cards, spentCards, overdue, ending, reverseDeals, List.of(),
                Map.of());
    }

    /** A state with no reverse deals counted (rules 1, or none delivered yet). */
    public GameState(int turn, int year, Indicators values, Commitment moscow, Commitment beijing, long rng,
                     List<String> cards, List<String> spentCards, List<Variant> overdue, EndReason ending) {
        this(turn, year, values, moscow, beijing, rng, cards, spentCards, overdue, ending, 0);
    }

    /** A side's secret choice, with the player's optional rationale. */
    public record Commitment(Variant variant, String rationale) {
    }

    public double get(Indicator i) {
        return values.get(i);
    }

    public boolean isOver() {
        return ending != null;
    }

    public Commitment commitment(Side side) {
        return side == Side.MOSCOW ? moscow : beijing;
    }

    public boolean hasCommitted(Side side) {
        return commitment(side) != null;
    }

    /** The sides whose decision is still pending this turn, in seat order; empty once the game is over. */
    public List<Side> awaiting() {
        List<Side> out = new ArrayList<>(2);
        if (!isOver()) {
            for (Side s : Side.values()) {
                if (!hasCommitted(s)) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    public double score(Side side) {
        return values.get(Indicator.score(side));
    }

    /** The contracts still delivering, in signing order (rules 3). */
    public List<Contract> activeContracts() {
        List<Contract> out = new ArrayList<>(contracts.size());
        for (Contract c : contracts) {
            if (c.active()) {
                out.add(c);
            }
        }
        return out;
    }

    public int allianceLevel() {
        return (int) Math.round(values.get(Indicator.ALLIANCE_LEVEL));
    }

    GameState withCommitment(Side side, Commitment c) {
        return side == Side.MOSCOW
                ? new GameState(turn, year, values, c, beijing, rng, cards, spentCards, overdue, ending, reverseDeals,
                        contracts, copyProgress)
                : new GameState(turn, year, values, moscow, c, rng, cards, spentCards, overdue, ending, reverseDeals,
                        contracts, copyProgress);
    }
}
