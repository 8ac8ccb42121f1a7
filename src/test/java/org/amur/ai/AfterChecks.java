package org.amur.ai;

/**
 * A hurry that becomes due at its {@code n + 1}-th reading: the search reads it once per simulated game (and once
 * per round of its style choice), so it cuts a decision by a count, the same on any machine. For tests and the
 * benchmarks (one per decision: it counts its readings).
 */
public final class AfterChecks implements Hurry {
    private final int n;
    /** Readings so far. */
    int checks;

    public AfterChecks(int n) {
        this.n = n;
    }

    @Override
    public boolean due() {
        return ++checks > n;
    }
}
