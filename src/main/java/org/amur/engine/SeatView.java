package org.amur.engine;

import java.util.List;
import java.util.Map;

/**
 * What one seat may know about a game: every indicator visible to it, its own pending choice, only
 * whether the other side has committed (never what), the choices legal for it, this turn's cards,
 * the scores, the arms contracts (rules 3, public) and, for Beijing only, its copy progress per class
 * of technology (rules 3; empty for Moscow and under rules 1 and 2). It holds nothing about the random
 * generator, so nothing about future draws.
 */
public record SeatView(Side seat, int turn, int year, int lastTurn, Map<Indicator, Double> values,
                       Variant ownChoice, boolean otherCommitted, List<Variant> legalChoices, List<String> cards,
                       EndReason ending, double ownScore, double otherScore, List<Contract> contracts,
                       Map<CopyClass, Double> copyProgress) {

    public SeatView {
        legalChoices = List.copyOf(legalChoices);
        cards = List.copyOf(cards);
        contracts = List.copyOf(contracts);
        copyProgress = Map.copyOf(copyProgress);
    }

    /** A view without contracts or copy classes (rules 1 and 2). */
    public SeatView(Side seat, int turn, int year, int lastTurn, Map<Indicator, Double> values, Variant ownChoice,
                    boolean otherCommitted, List<Variant> legalChoices, List<String> cards, EndReason ending,
                    double ownScore, double otherScore) {
        this(seat, turn, year, lastTurn, values, ownChoice, otherCommitted, legalChoices, cards, ending, ownScore,
                otherScore, List.of(), Map.of());
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
