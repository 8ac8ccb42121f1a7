package org.amur.ai;

import java.util.List;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * Shared machinery of the heuristic personalities: each is a short list of rules per seat, tried in
 * order; a rule names a few candidate variants with weights, and the seeded generator breaks ties and
 * adds a little variety among them. A rule whose candidates are all illegal in this scenario or at
 * this moment is skipped, and if every rule is, the policy falls back to a uniform legal choice, so a
 * personality never picks an illegal variant whatever the scenario offers.
 */
abstract class Heuristic implements Policy {
    private final String id;

    Heuristic(String id) {
        this.id = id;
    }

    /** The personality's id ({@code historian}, {@code hawk}...), the prefix of its reason keys. */
    final String id() {
        return id;
    }

    @Override
    public final Pick choose(Situation s, SplitMix64 dice) {
        List<Variant> legal = s.legal();
        if (legal.isEmpty()) {
            throw new IllegalStateException("no legal choice: the game is over or the seat has committed");
        }
        Pick p = s.seat() == Side.MOSCOW ? moscow(s, dice) : beijing(s, dice);
        if (p != null && s.isLegal(p.variant())) {
            return p;
        }
        return new Pick(legal.get(dice.nextInt(legal.size())), "any.fallback");
    }

    /** Moscow's rules; null (or an illegal pick) means "no rule applied". */
    abstract Pick moscow(Situation s, SplitMix64 dice);

    /** Beijing's rules, likewise. */
    abstract Pick beijing(Situation s, SplitMix64 dice);

    /** A pick whose reason is {@code <id>.<seat>.<motive>}, or null if {@code v} is null or illegal. */
    final Pick pick(Situation s, Variant v, String motive) {
        if (v == null || !s.isLegal(v)) {
            return null;
        }
        return new Pick(v, id + "." + s.seat().id() + "." + motive);
    }

    /** Starts a weighted draw among legal candidates. */
    static Menu menu(Situation s) {
        return new Menu(s);
    }

    /** Uniform in [0, 1). */
    static double uniform(SplitMix64 dice) {
        return (dice.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A weighted draw among the legal ones of a few candidates; illegal candidates are ignored. */
    static final class Menu {
        /** How many variants there are (a constant: {@code Variant.values()} copies its array on every call). */
        private static final int VARIANTS = Variant.values().length;

        private final Situation s;
        private final Variant[] options = new Variant[VARIANTS];
        private final double[] weights = new double[VARIANTS];
        private int n;
        private double total;

        private Menu(Situation s) {
            this.s = s;
        }

        Menu add(Variant v, double weight) {
            if (weight > 0 && s.isLegal(v)) {
                options[n] = v;
                weights[n] = weight;
                n++;
                total += weight;
            }
            return this;
        }

        /** Adds a candidate only when {@code condition} holds. */
        Menu addIf(boolean condition, Variant v, double weight) {
            return condition ? add(v, weight) : this;
        }

        boolean isEmpty() {
            return n == 0;
        }

        /** The drawn variant, or null if no candidate is legal. */
        Variant draw(SplitMix64 dice) {
            if (n == 0) {
                return null;
            }
            double x = uniform(dice) * total;
            for (int i = 0; i < n; i++) {
                x -= weights[i];
                if (x < 0) {
                    return options[i];
                }
            }
            return options[n - 1];
        }
    }

    /** The first of {@code candidates} that is legal, or null. */
    static Variant firstLegal(Situation s, Variant... candidates) {
        for (Variant v : candidates) {
            if (s.isLegal(v)) {
                return v;
            }
        }
        return null;
    }

    /** Climbing the ladder one rung when it is below preparations-in-reserve: consult at 0, prepare at 1. */
    static Variant nextRung(Situation s) {
        int level = s.allianceLevel();
        return level == 0 ? Variant.ALLIANCE_CONSULT : level == 1 ? Variant.ALLIANCE_PREPARE : null;
    }
}
