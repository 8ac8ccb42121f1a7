package org.amur.engine;

import java.util.List;
import java.util.Map;

/**
 * What the white cell sees: every indicator of both sides (hidden ones included), which sides have
 * committed, and their pending choices only in open play ({@code moscowChoice}/{@code beijingChoice}
 * are null otherwise, and always null for a side that has not committed). Nothing about future draws.
 */
public record FacilitatorView(int turn, int year, int lastTurn, Map<Indicator, Double> values, boolean moscowCommitted,
                              boolean beijingCommitted, Variant moscowChoice, Variant beijingChoice, List<String> cards,
                              EndReason ending, double moscowScore, double beijingScore) {
    public FacilitatorView {
        cards = List.copyOf(cards);
    }
}
