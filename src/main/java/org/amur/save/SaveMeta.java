package org.amur.save;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who plays each seat: {@code human} or a bot spec such as {@code random}. {@code parent} names the
 * save this game was branched from and {@code parentTurn} the turn it branched at (null and 0 for an
 * original game). {@code facilitator} is the white cell's settings for a facilitated game, or null
 * for a game without a facilitator. {@code names} are the table's and teams' names (never null; empty
 * when not given).
 */
public record SaveMeta(String moscow, String beijing, String parent, int parentTurn, Facilitator facilitator,
                       Names names) {

    /** How a turn is resolved in a facilitated game. */
    public enum Adjudication {
        /** The engine decides, as in a game without a facilitator. */
        RIGID("rigid"),
        /** The engine proposes; the facilitator may override roll results, with a rationale. */
        SEMI_RIGID("semi-rigid"),
        /** The facilitator sets the outcome: overrides and values set directly, with a rationale. */
        FREE("free");

        private final String id;

        Adjudication(String id) {
            this.id = id;
        }

        /** The stable id used in saves and on the command line. */
        public String id() {
            return id;
        }

        public static Optional<Adjudication> byId(String id) {
            String want = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Adjudication a : values()) {
                if (a.id.equals(want) || (a == SEMI_RIGID && want.equals("semirigid"))) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A facilitated game: whether the facilitator may see the sides' pending choices before the reveal
     * ({@code openPlay}), and the adjudication every turn starts with.
     */
    public record Facilitator(boolean openPlay, Adjudication adjudication) {
        public Facilitator {
            Objects.requireNonNull(adjudication, "adjudication");
        }
    }

    public SaveMeta(String moscow, String beijing) {
        this(moscow, beijing, null, 0, null);
    }

    public SaveMeta(String moscow, String beijing, String parent, int parentTurn, Facilitator facilitator) {
        this(moscow, beijing, parent, parentTurn, facilitator, Names.NONE);
    }

    public SaveMeta(String moscow, String beijing, String parent, int parentTurn) {
        this(moscow, beijing, parent, parentTurn, null);
    }

    public SaveMeta {
        moscow = moscow == null || moscow.isBlank() ? "human" : moscow;
        beijing = beijing == null || beijing.isBlank() ? "human" : beijing;
        names = names == null ? Names.NONE : names;
    }

    /** The same seats and facilitator, branched from {@code parentName} at {@code turn}. */
    public SaveMeta branchedFrom(String parentName, int turn) {
        return new SaveMeta(moscow, beijing, parentName, turn, facilitator, names);
    }

    /** The same game with a facilitator (or none, with null). */
    public SaveMeta withFacilitator(Facilitator f) {
        return new SaveMeta(moscow, beijing, parent, parentTurn, f, names);
    }

    public boolean facilitated() {
        return facilitator != null;
    }

    /** The same record (parent and facilitator included) with other seats. */
    public SaveMeta withSeats(String newMoscow, String newBeijing) {
        return new SaveMeta(newMoscow, newBeijing, parent, parentTurn, facilitator, names);
    }

    /** The same record with these table and team names. */
    public SaveMeta withNames(Names n) {
        return new SaveMeta(moscow, beijing, parent, parentTurn, facilitator, n);
    }
}
