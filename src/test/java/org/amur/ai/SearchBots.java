package org.amur.ai;

import org.amur.engine.Engine;
import org.amur.engine.Side;

/** Search bots with a budget of the test's choosing (the levels' budgets are 60, 400 and 5,000). */
public final class SearchBots {
    private SearchBots() {
    }

    /** A search bot that plays {@code iterations} simulated games per decision; its name is {@code mcts:N}. */
    public static Bot withBudget(Engine engine, Side seat, int iterations, long seed) {
        return new SearchBot(engine, seat, iterations, seed, "mcts:" + iterations);
    }
}
