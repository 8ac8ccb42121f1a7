package org.amur.ai;

import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * A way of choosing for one seat from a {@link Situation}: the heuristic personalities, the uniform
 * random player, and the rollout and opponent models inside the search bot all implement it. A policy
 * is stateless; its only randomness comes from the generator it is handed, so it is reproducible.
 */
public interface Policy {

    /** Chooses one of {@code s.legal()} (never empty while the game goes on). */
    Pick choose(Situation s, SplitMix64 dice);

    /**
     * A choice and the key of its reason template in {@code bots.properties} (rendered only when a
     * real decision is explained, never inside a simulation).
     */
    record Pick(Variant variant, String reasonKey) {
    }
}
