package org.amur.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.amur.bench.TurnSamples;
import org.junit.jupiter.api.Test;

/**
 * {@link StepCostHarness} times the steps of a turn one by one, as its own copy of {@link TurnResolver#resolve}'s
 * order: this keeps that copy the same turn, state for state, so the breakdown cannot silently measure
 * something else after the resolver changes.
 */
class StepCostHarnessTest {

    @Test
    void thePhasesInOrderAreTheBatchPathsTurn() {
        TurnSamples samples = new TurnSamples(512);
        StepCostHarness.Work[] work = assertDoesNotThrow(() -> StepCostHarness.checked(samples));
        assertEquals(512, work.length);
    }
}
