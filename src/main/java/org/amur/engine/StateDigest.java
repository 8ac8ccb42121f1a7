package org.amur.engine;

/**
 * A short fingerprint of a {@link GameState}: 64-bit FNV-1a over every field that matters to the game
 * (turn, year, the exact bits of every indicator, commitments, the generator, cards, overdue deals,
 * ending, and from rules 2 on the reverse deals delivered), as 16 hex digits. Saves store one per resolved turn; a replay that does not reproduce them
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
