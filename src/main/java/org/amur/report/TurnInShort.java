package org.amur.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the report's body shows of a turn besides its {@link TurnSummary}: the cards drawn and the
 * facilitator's steps by name, both sides' choices (for their reasons), and how the game ended if it
 * ended that turn. The rolls, modifiers and every change stay in the appendix.
 */
record TurnInShort(List<String> cards, List<Entry.Choice> choices, List<String> facilitator, Entry.Ended ended) {

    static TurnInShort of(GameReport.Turn turn) {
        List<String> cards = new ArrayList<>();
        List<Entry.Choice> choices = new ArrayList<>();
        List<String> facilitator = new ArrayList<>();
        Entry.Ended ended = null;
        for (Entry e : turn.entries()) {
            if (e instanceof Entry.Card c) {
                cards.add(c.title());
            } else if (e instanceof Entry.Choices ch) {
                choices.clear(); // a withdrawn first choice is replaced by the one revealed
                choices.add(ch.moscow());
                choices.add(ch.beijing());
            } else if (e instanceof Entry.Facilitator fa) {
                facilitator.add(ReportText.fmt("turns.facilitator", Formats.facilitatorMarker(fa.kind()), fa.title()));
            } else if (e instanceof Entry.Ended end) {
                ended = end;
            }
        }
        return new TurnInShort(List.copyOf(cards), List.copyOf(choices), List.copyOf(facilitator), ended);
    }
}
