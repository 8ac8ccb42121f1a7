package org.amur.engine;

/**
 * SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit state, one add and a mix per output. Chosen
 * because its whole state is one {@code long} that lives inside {@link GameState}, its output is fixed
 * by its published definition (not by a JDK version), and it passes BigCrush. Saves record the
 * algorithm by {@link #ALGORITHM name}; a golden test pins its first outputs.
 *
 * <p>Mutable, for use inside one resolution only; the engine copies the state back into the next
 * immutable {@code GameState}.
 */
public final class SplitMix64 {
    /** The name saves record. */
    public static final String ALGORITHM = "SplitMix64";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    public SplitMix64(long state) {
        this.state = state;
    }

    /** Scrambles a user seed into a starting state, so that seeds 1, 2, 3 start far apart. */
    public static long seedState(long seed) {
        return mix(seed ^ 0x6A09E667F3BCC909L);
    }

    public long state() {
        return state;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)}, without modulo bias (Lemire's method with rejection). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = Integer.toUnsignedLong((int) (nextLong() >>> 32)) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = Integer.toUnsignedLong(-bound) % bound;
            while (low < threshold) {
                m = Integer.toUnsignedLong((int) (nextLong() >>> 32)) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** A percentile die: uniform in 1..100. */
    public int d100() {
        return nextInt(100) + 1;
    }
}
