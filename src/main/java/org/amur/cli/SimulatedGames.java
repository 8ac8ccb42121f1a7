package org.amur.cli;

import picocli.CommandLine.Option;

/**
 * How many seeded games a command simulates and from which master seed ({@code simulate}, {@code debrief}):
 * game i's seed is derived from the master seed and i, so the same two numbers give the same games in
 * every command. The command sets the default number of games by handing picocli an initialised mixin.
 */
final class SimulatedGames {
    @Option(names = {"-n", "--games"}, paramLabel = "N")
    long games;

    @Option(names = "--seed", paramLabel = "S")
    long seed = 1;

    SimulatedGames() {
        this(10_000);
    }

    SimulatedGames(long games) {
        this.games = games;
    }

    /** One sentence if the number of games is outside 1 to {@code max}, else null. */
    String refusal(long max) {
        return games < 1 || games > max ? DocumentOutput.TEXT.format("games.range", max) : null;
    }
}
