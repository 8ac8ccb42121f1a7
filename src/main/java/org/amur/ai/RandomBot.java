package org.amur.ai;

import java.util.List;
import org.amur.engine.SeatView;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * Picks uniformly among the legal choices with its own seeded generator, separate from the game's.
 * The reference "no strategy" player ({@code random} in a bot spec).
 */
public final class RandomBot implements Bot {
    private final SplitMix64 dice;

    public RandomBot(long seed) {
        this.dice = new SplitMix64(SplitMix64.seedState(seed));
    }

    @Override
    public String name() {
        return "random";
    }

    @Override
    public Decision decide(SeatView view) {
        List<Variant> legal = view.legalChoices();
        if (legal.isEmpty()) {
            throw new IllegalStateException("no legal choice: the game is over");
        }
        Variant v = legal.get(dice.nextInt(legal.size()));
        String why = Reasons.get("random.any").replace("{count}", Integer.toString(legal.size()));
        return new Decision(v, Reasons.line("random", view.seat(), v, why));
    }
}
