package org.amur.ai;

import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.SeatView;
import org.amur.engine.SplitMix64;

/**
 * One possible present, drawn from a {@link Belief} with the search bot's own dice (never the game's):
 * the visible indicators as they are, each hidden one drawn around its estimate, a fresh
 * random-generator state, and the kind of player the other side is, drawn from the belief's posterior.
 * The search plays each drawn present to the end as if it were the real one.
 */
final class Determinization {

    private final SplitMix64 dice;

    Determinization(SplitMix64 dice) {
        this.dice = dice;
    }

    /** {@code base} with each indicator hidden from {@code view} drawn uniformly within 40 % of its value either side. */
    Indicators hidden(Indicators base, SeatView view) {
        Indicators out = base;
        for (Indicator i : Indicator.values()) {
            if (!view.values().containsKey(i)) {
                double c = base.get(i);
                out = out.with(i, c * (0.6 + 0.8 * Heuristic.uniform(dice)));
            }
        }
        return out;
    }

    /** A fresh random-generator state for a drawn present. */
    long generator() {
        return dice.nextLong();
    }

    /** An opponent model (its index in the belief's models) drawn with probability {@code p[k]}. */
    int opponent(double[] p) {
        double x = Heuristic.uniform(dice);
        for (int k = 0; k < p.length - 1; k++) {
            x -= p[k];
            if (x < 0) {
                return k;
            }
        }
        return p.length - 1;
    }
}
