package org.amur.engine;

/**
 * What a seat, or the facilitator (the white cell), can do to a game. {@link Engine#apply} is the only
 * way an action changes a game, and a game's log of actions replays it exactly.
 */
public sealed interface Action permits Action.Commit, Action.Withdraw, Action.Inject, Action.Adjudicated,
        Action.Note {

    /** The seat acting, or null for the facilitator's own actions ({@link Inject}, {@link Note}). */
    Side side();

    /** True for actions only a facilitator takes. */
    default boolean byFacilitator() {
        return this instanceof Inject || this instanceof Adjudicated || this instanceof Note;
    }

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

    /**
     * The facilitator plays an event at the start of a turn, before either side commits: a card of the
     * scenario's deck ({@code cardId}; its effects apply, {@code title} and {@code effects} are ignored)
     * or, with {@code cardId == null}, a free-text event with the given title and effects.
     */
    record Inject(String cardId, String title, java.util.List<Scenario.CardEffect> effects, String rationale)
            implements Action {
        public Inject {
            effects = effects == null ? java.util.List.of() : java.util.List.copyOf(effects);
            title = title == null ? "" : title.strip();
            rationale = rationale == null ? "" : rationale.strip();
        }

        @Override
        public Side side() {
            return null;
        }
    }

    /**
     * The second side's commitment, resolved under the facilitator's ruling (semi-rigid or free
     * adjudication): {@code overrides} force the result of the first roll of each given kind (and
     * subject) in this resolution; {@code adjustments} are changes the facilitator sets directly. A
     * ruling needs a {@code rationale}; all of it is logged and marked as the facilitator's.
     */
    record Adjudicated(Commit commit, java.util.List<RollOverride> overrides,
                       java.util.List<Scenario.CardEffect> adjustments, String rationale) implements Action {
        public Adjudicated {
            java.util.Objects.requireNonNull(commit, "commit");
            overrides = overrides == null ? java.util.List.of() : java.util.List.copyOf(overrides);
            adjustments = adjustments == null ? java.util.List.of() : java.util.List.copyOf(adjustments);
            rationale = rationale == null ? "" : rationale.strip();
        }

        @Override
        public Side side() {
            return commit.side();
        }
    }

    /** Force a roll's result: the first roll of {@code kind} about {@code subject} (null = any subject). */
    record RollOverride(RollKind kind, Variant subject, boolean success) {
        public RollOverride {
            java.util.Objects.requireNonNull(kind, "kind");
        }
    }

    /** A facilitator's note for the debrief (a pause for discussion, an observation); changes nothing else. */
    record Note(String text) implements Action {
        public Note {
            text = text == null ? "" : text.strip();
        }

        @Override
        public Side side() {
            return null;
        }
    }
}
