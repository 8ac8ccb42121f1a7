package org.amur.ai;

import java.util.List;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/** Uniform among the legal choices: the "no strategy" policy. */
final class RandomPolicy implements Policy {
    static final RandomPolicy INSTANCE = new RandomPolicy();

    private RandomPolicy() {
    }

    @Override
    public Pick choose(Situation s, SplitMix64 dice) {
        List<Variant> legal = s.legal();
        if (legal.isEmpty()) {
            throw new IllegalStateException("no legal choice: the game is over or the seat has committed");
        }
        return new Pick(legal.get(dice.nextInt(legal.size())), "random.any");
    }
}
