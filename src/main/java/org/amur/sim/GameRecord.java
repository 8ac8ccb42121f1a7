package org.amur.sim;

import org.amur.engine.EndReason;
import org.amur.engine.GameState;

/**
 * One finished game of a batch, as the CSV prints it: its index and seed, how it ended and after how
 * many turns, whether a treaty was signed or invoked during play, how many unlicensed copies Beijing
 * made, how many scripted choices fell back, and the final state.
 */
public record GameRecord(long index, long seed, EndReason ending, int turns, boolean allianceSigned,
                         boolean allianceInvoked, int unlicensedCopies, int moscowFallbacks, int beijingFallbacks,
                         GameState finalState) {
}
