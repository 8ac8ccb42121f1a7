package org.amur.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed tokens per address: more than {@code maxFailures} within {@code window} blocks the address for
 * {@code block}, during which its wrong lines are turned away at once (its good tokens still get in: a class
 * may share one address). Guessing a 100-bit token is hopeless anyway; this keeps a script from filling the
 * log and the CPU.
 */
public final class AttemptLimiter {
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, Instant> blockedUntil = new HashMap<>();

    public AttemptLimiter(int maxFailures, Duration window, Duration block, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
        this.clock = clock;
    }

    /** True while {@code address} may not try. */
    public synchronized boolean blocked(String address) {
        Instant until = blockedUntil.get(address);
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }
        blockedUntil.remove(address);
        return false;
    }

    /** Counts a failed attempt; returns true when this one blocks the address. */
    public synchronized boolean failed(String address) {
        Instant now = clock.instant();
        Deque<Instant> q = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        q.addLast(now);
        while (!q.isEmpty() && q.peekFirst().isBefore(now.minus(window))) {
            q.removeFirst();
        }
        if (q.size() > maxFailures) {
            q.clear();
            failures.remove(address);
            blockedUntil.put(address, now.plus(block));
            return true;
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> e.getValue().isEmpty()
                    || e.getValue().peekLast().isBefore(now.minus(window)));
        }
        return false;
    }
}
