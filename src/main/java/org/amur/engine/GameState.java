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
            copyProgress = CopyMap.of(copyProgress);
        }
    }

    /**
     * Copy progress as a state holds it: read-only, in class order, equal to any map with the same entries.
     * The values live in a {@code double[]} by class ordinal ({@code present} marks the classes the map
     * holds), so a turn writes its copy classes without boxing or an {@code EnumMap}; a turn that changes
     * none hands on its predecessor's map itself ({@link Turn#copyProgress()}).
     */
    static final class CopyMap extends AbstractMap<CopyClass, Double> {
        static final CopyMap EMPTY = new CopyMap(new double[CopyClass.ALL.length], 0);

        private final double[] values;
        private final long present;

        private CopyMap(double[] values, long present) {
            this.values = values;
            this.present = present;
        }

        static CopyMap of(Map<CopyClass, Double> m) {
            if (m.isEmpty()) {
                return EMPTY;
            }
            double[] v = new double[CopyClass.ALL.length];
            long p = 0;
            for (Map.Entry<CopyClass, Double> e : m.entrySet()) {
                int k = e.getKey().ordinal();
                v[k] = e.getValue();
                p |= 1L << k;
            }
            return new CopyMap(v, p);
        }

        /**
         * The classes marked in {@code present} (bit k: class ordinal k), {@code values} by class ordinal: the
         * caller hands the array over and never changes it.
         */
        static CopyMap owned(double[] values, long present) {
            return new CopyMap(values, present);
        }

        /** Every class, as {@link #owned}'s {@code present} bits. */
        static final long ALL = (1L << CopyClass.ALL.length) - 1;

        /** Whether this map holds exactly the classes in {@code kept}, with exactly (bit for bit) these values. */
        boolean holdsExactly(double[] v, long kept) {
            if (present != kept) {
                return false;
            }
            for (int k = 0; k < values.length; k++) {
                if (Double.doubleToRawLongBits(values[k]) != Double.doubleToRawLongBits(v[k])) {
                    return false;
                }
            }
            return true;
        }

        private boolean has(CopyClass c) {
            return (present & (1L << c.ordinal())) != 0;
        }

        /** A class's progress, or {@code otherwise} if this map does not hold it (no boxing). */
        double getOr(CopyClass c, double otherwise) {
            return has(c) ? values[c.ordinal()] : otherwise;
        }

        private EnumMap<CopyClass, Double> asEnumMap() {
            EnumMap<CopyClass, Double> m = new EnumMap<>(CopyClass.class);
            for (CopyClass c : CopyClass.ALL) {
                if (has(c)) {
                    m.put(c, values[c.ordinal()]);
                }
            }
            return m;
        }

        @Override
        public Set<Map.Entry<CopyClass, Double>> entrySet() {
            return Collections.unmodifiableMap(asEnumMap()).entrySet();
        }

        @Override
        public Double get(Object key) {
            return key instanceof CopyClass c && has(c) ? values[c.ordinal()] : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof CopyClass c && has(c);
        }

        @Override
        public int size() {
            return Long.bitCount(present);
        }

        @Override
        public boolean isEmpty() {
            return present == 0;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof CopyMap other) {
                if (other.present != present) {
                    return false;
                }
                for (int k = 0; k < values.length; k++) {
                    // Double.equals, as AbstractMap compares values
                    if ((present & (1L << k)) != 0
                            && Double.doubleToLongBits(values[k]) != Double.doubleToLongBits(other.values[k])) {
                        return false;
                    }
                }
                return true;
            }
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (CopyClass c : CopyClass.ALL) {
                if (has(c)) {
                    h += c.hashCode() ^ Double.hashCode(values[c.ordinal()]);
                }
            }
            return h;
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
