package org.amur.engine;

import java.util.List;
import java.util.Optional;

/**
 * Rules 3: a big arms sale as a contract, not a yearly tap. Signed when both sides agree on a big system,
 * it delivers its size in tranches, one a turn from the turn after signing; a tranche Russian plants
 * cannot deliver slips a turn (or the contract breaks, A6). A repeat contract for the same system is
 * smaller ({@link Mod#A6_REPEAT_CONTRACT} of the one before), and once a scenario's cap is reached
 * ({@link Scenario#contractsPerSystem()}) the system is not on offer any more. Public: both sides know
 * their contracts.
 *
 * <p>The report's two: 24 Su-35 fighters for close to $2B, deliveries from 2016; two S-400 regiments for
 * close to $2B, delivered 2018-2019 (Kashin 2018, p.21).
 *
 * @param system     the variant as signed (its table gives a tranche's effects, scaled by its value)
 * @param number     1 for the first contract for this system in the game, 2 for the repeat...
 * @param units      how many aircraft, regiments or packages the contract is for
 * @param valueBusd  its whole value, in billions of US dollars
 * @param tranches   how many deliveries it is split into
 * @param delivered  tranches delivered so far
 * @param signedTurn the turn it was signed in
 * @param broken     whether Russia failed it and it was cancelled (its undelivered tranches never come)
 */
public record Contract(Variant system, int number, int units, double valueBusd, int tranches, int delivered,
                       int signedTurn, boolean broken) {

    /**
     * A big system's first contract: what it is called for ({@code family}: the S-400 with or without the
     * 40N6 missile is one system), its size in {@code unit}s (a text key), value and tranches.
     */
    public record Terms(String family, int units, String unit, double valueBusd, int tranches) {
    }

    /** The first-contract terms of a big system, or empty for a sale that stays a yearly one. */
    public static Optional<Terms> terms(Variant v) {
        return TERMS[v.ordinal()];
    }

    /** {@link #terms} by variant ordinal, made once (records are values: every caller may share them). */
    @SuppressWarnings("unchecked")
    private static final Optional<Terms>[] TERMS = new Optional[Variant.values().length];

    /** A number per system family by variant ordinal (equal for the variants of one family), -1 for no big system. */
    private static final int[] FAMILY = new int[Variant.values().length];

    static {
        java.util.List<String> families = new java.util.ArrayList<>();
        for (Variant v : Variant.values()) {
            TERMS[v.ordinal()] = termsOf(v);
            String f = TERMS[v.ordinal()].map(Terms::family).orElse(null);
            if (f != null && !families.contains(f)) {
                families.add(f);
            }
            FAMILY[v.ordinal()] = f == null ? -1 : families.indexOf(f);
        }
    }

    /**
     * {@link #signed(List, String)} of {@code v}'s family, by family number instead of its name (the legality
     * check of every commitment asks it); 0 when {@code v} is no big system.
     */
    static int signedOfFamily(List<Contract> contracts, Variant v) {
        int f = FAMILY[v.ordinal()];
        if (f < 0) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < contracts.size(); i++) {
            if (FAMILY[contracts.get(i).system().ordinal()] == f) {
                n++;
            }
        }
        return n;
    }

    private static Optional<Terms> termsOf(Variant v) {
        return Optional.ofNullable(switch (v) {
            // 24 fighters, close to $2B; deliveries began in 2016 (p.21)
            case ARMS_SU35 -> new Terms("su35", 24, "aircraft", 2.0, 3);
            // two regiments, close to $2B, delivered 2018 and early 2019 (p.21)
            case ARMS_S400 -> new Terms("s400", 2, "regiments", 2.0, 2);
            // the same two regiments with the 40N6 long-range missile added (p.21: a possible expansion)
            case ARMS_S400_40N6 -> new Terms("s400", 2, "regiments", 2.6, 2);
            // a package of the systems Russia has always withheld: the game's assumption, sized like the others
            case ARMS_DENIED_SYSTEMS -> new Terms("denied", 1, "packages", 4.0, 2);
            default -> null;
        });
    }

    /** Whether a contract has tranches still to come. */
    public boolean active() {
        return !broken && delivered < tranches;
    }

    /** The system's family ({@link Terms#family()}). */
    public String family() {
        return terms(system).orElseThrow().family();
    }

    /** The text key of its unit ({@link Terms#unit()}). */
    public String unit() {
        return terms(system).orElseThrow().unit();
    }

    /** The value of one tranche. */
    public double trancheBusd() {
        return valueBusd / tranches;
    }

    /** Units in tranche {@code k} (1-based): the size spread evenly, the earlier tranches taking the rest. */
    public int trancheUnits(int k) {
        int base = units / tranches;
        return base + (k <= units % tranches ? 1 : 0);
    }

    /** The turn tranche {@code k} (1-based) is due in when nothing slips. */
    public int scheduledTurn(int k) {
        return signedTurn + k;
    }

    Contract deliverTranche() {
        return new Contract(system, number, units, valueBusd, tranches, delivered + 1, signedTurn, false);
    }

    Contract breakOff() {
        return new Contract(system, number, units, valueBusd, tranches, delivered, signedTurn, true);
    }

    /** How many contracts for {@code family} are in {@code contracts} (broken ones count). */
    public static int signed(List<Contract> contracts, String family) {
        int n = 0;
        for (Contract c : contracts) {
            if (c.family().equals(family)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The contract for {@code v} that would be signed in {@code turn} after {@code contracts}, each repeat
     * {@code repeatFactor} the size, value and length of the one before; empty when {@code v} is no big
     * system or {@code cap} contracts for it are already signed.
     */
    static Optional<Contract> next(List<Contract> contracts, Variant v, double repeatFactor, int cap, int turn) {
        Optional<Terms> t = terms(v);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int before = signed(contracts, t.get().family());
        if (before >= cap) {
            return Optional.empty();
        }
        double f = Math.pow(repeatFactor, before);
        int units = Math.max(1, (int) Math.ceil(t.get().units() * f - 1e-9));
        int tranches = Math.min(units, Math.max(1, (int) Math.ceil(t.get().tranches() * f - 1e-9)));
        return Optional.of(new Contract(v, before + 1, units, t.get().valueBusd() * f, tranches, 0, turn, false));
    }
}
