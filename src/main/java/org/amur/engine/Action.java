package org.amur.engine;

/** What a seat can do to a game. {@link Engine#apply} is the only way an action changes a game. */
public sealed interface Action permits Action.Commit, Action.Withdraw {

    Side side();

    /**
     * Commit this turn's choice in secret. {@code rationale} is the player's optional one-line "why we
     * chose this", kept for the debrief and revealed with the choice; null or blank means none.
     */
    record Commit(Side side, String variantId, String rationale) implements Action {
        public Commit {
            java.util.Objects.requireNonNull(side, "side");
            java.util.Objects.requireNonNull(variantId, "variantId");
            rationale = rationale == null || rationale.isBlank() ? "" : rationale.strip();
        }

        public Commit(Side side, Variant variant) {
            this(side, variant.id(), "");
        }
    }

    /** Take back a committed choice before the other side has committed (and so before the reveal). */
    record Withdraw(Side side) implements Action {
        public Withdraw {
            java.util.Objects.requireNonNull(side, "side");
        }
    }
}
