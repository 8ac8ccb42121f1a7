package org.amur.server;

import java.util.Locale;
import java.util.Optional;

/** Who a token lets in: a team, the white cell or the projector of one table, or the teacher of all tables. */
public enum Seat {
    MOSCOW, BEIJING, FACILITATOR, AUDIENCE, TEACHER;

    /** The seat's name in tokens, JSON and the log ({@code moscow}, {@code audience}...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Seat> byId(String id) {
        for (Seat s : values()) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The seats every table has, in the order join lines are printed. */
    public static Seat[] tableSeats() {
        return new Seat[] {MOSCOW, BEIJING, FACILITATOR, AUDIENCE};
    }
}
