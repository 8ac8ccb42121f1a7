package org.amur.sim;

import org.amur.engine.Side;
import org.amur.engine.SplitMix64;

/**
 * Seeds of the games of a batch. Game {@code i}'s seed is output {@code i} of a SplitMix64 generator
 * seeded with the master seed; SplitMix64 can jump straight to any output, so a game's seed depends
 * only on the master seed and its index, never on which thread plays it or in what order. Each seat's
 * policy gets its own seed mixed from the game's, so a bot's dice are independent of the game's.
 */
public final class GameSeeds {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long MOSCOW_SALT = 0x3C6EF372FE94F82BL;
    private static final long BEIJING_SALT = 0xA54FF53A5F1D36F1L;

    private GameSeeds() {
    }

    /** The seed of game {@code index} (0-based) of a batch with master seed {@code master}. */
    public static long game(long master, long index) {
        return new SplitMix64(SplitMix64.seedState(master) + index * GOLDEN_GAMMA).nextLong();
    }

    /** The seed of the policy playing {@code side} in the game with seed {@code gameSeed}. */
    public static long seat(long gameSeed, Side side) {
        return new SplitMix64(gameSeed ^ (side == Side.MOSCOW ? MOSCOW_SALT : BEIJING_SALT)).nextLong();
    }
}
