package org.amur.engine;

import java.util.List;
import java.util.Map;

/**
 * What one seat may know about a game: every indicator visible to it, its own pending choice, only
 * whether the other side has committed (never what), the choices legal for it, this turn's cards,
 * and the scores. It holds nothing about the random generator, so nothing about future draws.
 */
public record SeatView(Side seat, int turn, int year, int lastTurn, Map<Indicator, Double> values,
                       Variant ownChoice, boolean otherCommitted, List<Variant> legalChoices, List<String> cards,
                       EndReason ending, double ownScore, double otherScore) {

    public SeatView {
        legalChoices = List.copyOf(legalChoices);
        cards = List.copyOf(cards);
    }

    public double get(Indicator i) {
        Double v = values.get(i);
        if (v == null) {
            throw new IllegalArgumentException(i.id() + " is not visible to " + seat.displayName());
        }
        return v;
    }

    public boolean isOver() {
        return ending != null;
    }
}
