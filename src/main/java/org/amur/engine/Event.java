package org.amur.engine;

import java.util.List;

/**
 * Everything a transition produced, in order: the log, the reveal screen, replay, the after-action
 * report and batch statistics are all built from these records. Events never carry a side's
 * pending choice before it is revealed, nor anything about future draws.
 */
public sealed interface Event {

    /** A new game: scenario, seed, and the algorithm that will draw every roll. */
    record GameStarted(String scenarioId, long seed, String rngAlgorithm) implements Event {
    }

    /** A turn begins. */
    record TurnStarted(int turn, int year) implements Event {
    }

    /** A world event card fired at the start of a turn: the draw against its chance, and its effects. */
    record CardDrawn(String cardId, String title, int chance, int draw, List<Delta> deltas, String citation)
            implements Event {
        public CardDrawn {
            deltas = List.copyOf(deltas);
        }
    }

    /** A side committed its choice; what it chose stays secret until the reveal. */
    record ChoiceCommitted(Side side) implements Event {
    }

    /** A side took back its choice before the reveal. */
    record ChoiceWithdrawn(Side side) implements Event {
    }

    /** Both choices, shown together, with the players' rationales (empty if none). */
    record ChoicesRevealed(int turn, Variant moscow, Variant beijing, String moscowRationale,
                           String beijingRationale) implements Event {
    }

    /**
     * A roll of the percentile die. {@code baseOdds} comes from the odds table, {@code modifiers} are
     * every adjustment with its size, {@code odds} is the final chance (after clamping), {@code draw}
     * the die (1..100); the roll succeeds when {@code draw <= odds}.
     */
    record Roll(RollKind kind, Variant subject, int baseOdds, List<Applied> modifiers, int odds, int draw,
                boolean success) implements Event {
        public Roll {
            modifiers = List.copyOf(modifiers);
        }
    }

    /**
     * Something happened and changed the state. {@code key} names the narration in
     * {@code model.properties} ({@code effect.<key>}), {@code subject} is the variant concerned (may be
     * null), {@code actor} the side that caused it (may be null), {@code factors} the modifiers that
     * scaled the amounts, {@code deltas} every change, each with its cause.
     */
    record Effect(String key, Variant subject, Side actor, List<Applied> factors, List<Delta> deltas)
            implements Event {
        public Effect {
            factors = List.copyOf(factors);
            deltas = List.copyOf(deltas);
        }
    }

    /**
     * Rules 3: an arms contract was signed ({@link Stage#SIGNED}, with its size and schedule), or one of its
     * tranches is due ({@link Stage#DUE}; the delivery roll and its outcome that follow are this tranche's).
     * {@code contract} is as it stands at that moment. Public.
     */
    record ContractUpdate(Contract contract, Stage stage) implements Event {
        public enum Stage { SIGNED, DUE }
    }

    /** The alliance ladder moved. */
    record AllianceChanged(int from, int to) implements Event {
    }

    /** End of a turn's resolution: the net change of every indicator that moved. */
    record TurnResolved(int turn, int year, List<Delta> net) implements Event {
        public TurnResolved {
            net = List.copyOf(net);
        }
    }

    /** The game is over. */
    /**
     * The game is over. {@code treaty} is true when a treaty was in force at the end (alliance level 3
     * or more), which decides whether a war drags the partner in.
     */
    record GameEnded(EndReason reason, int turn, double moscowScore, double beijingScore, boolean treaty)
            implements Event {
    }

    /** The facilitator played an event (a deck card, or a free-text one when {@code cardId} is null). */
    record Injected(int turn, String cardId, String title, List<Delta> deltas, String rationale) implements Event {
        public Injected {
            deltas = List.copyOf(deltas);
        }
    }

    /** This turn is resolved under the facilitator's ruling; what it changed follows as marked events. */
    record Adjudicated(int turn, String rationale, int overrides, int adjustments) implements Event {
    }

    /** The facilitator overrode the roll just before: the engine's result was {@code engineResult}. */
    record Overridden(RollKind kind, Variant subject, boolean engineResult, boolean ruling) implements Event {
    }

    /** A facilitator's note for the debrief. */
    record FacilitatorNote(int turn, String text) implements Event {
    }

    /** A modifier as it applied here, with its effective size in its unit. */
    record Applied(Mod mod, double size) {
    }

    /**
     * One indicator changed from {@code before} to {@code after} (already clamped). {@code cause} is
     * the modifier that produced the change, or null where the change is the variant's or card's own
     * base effect.
     */
    record Delta(Indicator indicator, double before, double after, Mod cause) {
        public double change() {
            return after - before;
        }
    }
}
