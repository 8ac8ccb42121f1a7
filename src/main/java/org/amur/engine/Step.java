package org.amur.engine;

import java.util.List;

/** The answer of {@link Engine#apply}: the new state and the events it produced, or a rejection. */
public sealed interface Step permits Step.Accepted, Step.Rejected {

    /** The action was legal. {@code events} is everything that happened, in order. */
    record Accepted(GameState state, List<Event> events) implements Step {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /** The action was not legal; the game is unchanged. */
    record Rejected(Rejection rejection) implements Step {
    }

    /** The new state; throws if this step was rejected (for tests and scripted play). */
    default GameState stateOrThrow() {
        if (this instanceof Accepted a) {
            return a.state();
        }
        throw new IllegalStateException("action rejected: " + ((Rejected) this).rejection());
    }

    default List<Event> eventsOrEmpty() {
        return this instanceof Accepted a ? a.events() : List.of();
    }
}
