package org.amur.engine;

/**
 * A short fingerprint of a {@link GameState}: 64-bit FNV-1a over every field that matters to the game
 * (turn, year, the exact bits of every indicator, commitments, the generator, cards, overdue deals,
 * ending, from rules 2 on the reverse deals delivered, and from rules 3 on the contracts and copy classes), as 16 hex digits. Saves store one per resolved turn; a replay that does not reproduce them
 * is not the same game.
 */
public final class StateDigest {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long h = OFFSET;

    private StateDigest() {
    }

    public static String of(GameState s) {
        StateDigest d = new StateDigest();
        d.add(s.turn());
        d.add(s.year());
        for (Indicator i : Indicator.values()) {
            d.add(Double.doubleToLongBits(s.get(i)));
        }
        d.add(s.moscow());
        d.add(s.beijing());
        d.add(s.rng());
        d.add(s.cards().size());
        for (String c : s.cards()) {
            d.add(c);
        }
        d.add(s.spentCards().size());
        for (String c : s.spentCards()) {
            d.add(c);
        }
        d.add(s.overdue().size());
        for (Variant v : s.overdue()) {
            d.add(v.id());
        }
        d.add(s.ending() == null ? "" : s.ending().id());
        // Counted only under rules 2 on (rules 1 keeps it 0), so rules 1 digests are as they always were.
        if (s.reverseDeals() != 0) {
            d.add(s.reverseDeals());
        }
        // Rules 3 only (empty under rules 1 and 2, which then digest as they always did).
        if (!s.contracts().isEmpty()) {
            d.add(s.contracts().size());
            for (Contract c : s.contracts()) {
                d.add(c.system().id());
                d.add(c.number());
                d.add(c.units());
                d.add(Double.doubleToLongBits(c.valueBusd()));
                d.add(c.tranches());
                d.add(c.delivered());
                d.add(c.signedTurn());
                d.add(c.broken() ? 1 : 0);
            }
        }
        if (!s.copyProgress().isEmpty()) {
            d.add("copy");
            for (java.util.Map.Entry<CopyClass, Double> e : s.copyProgress().entrySet()) {
                d.add(e.getKey().id());
                d.add(Double.doubleToLongBits(e.getValue()));
            }
        }
        return String.format("%016x", d.h);
    }

    private void add(GameState.Commitment c) {
        if (c == null) {
            add(0);
        } else {
            add(1);
            add(c.variant().id());
            add(c.rationale());
        }
    }

    private void add(long x) {
        for (int i = 0; i < 8; i++) {
            h ^= (x >>> (8 * i)) & 0xFF;
            h *= PRIME;
        }
    }

    private void add(String s) {
        add(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xFF;
            h *= PRIME;
            h ^= c >>> 8;
            h *= PRIME;
        }
    }
}
