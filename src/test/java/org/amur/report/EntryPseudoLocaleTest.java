package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amur.engine.Side;
import org.amur.engine.TextBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A turn's entries as plain lines take their words from report.properties: marked in en-XA, not English. */
class EntryPseudoLocaleTest {
    @AfterEach
    void english() {
        TextBundle.use(Locale.ENGLISH);
    }

    @Test
    void everyEntrysOwnWordsAreMarked() {
        TextBundle.use(TextBundle.PSEUDO);
        List<String> lines = new ArrayList<>();
        lines.addAll(new Entry.Withdrawn(Side.MOSCOW).lines());
        lines.addAll(new Entry.Alliance(0, 1, "x", "y").lines());
        lines.addAll(new Entry.Net(List.of()).lines());
        lines.addAll(new Entry.Ended("z", 1, -2).lines());
        lines.addAll(new Entry.Effect("e", List.of(new Entry.Factor("A1", "t", "+1", "p. 3")), List.of()).lines().subList(1, 2));
        lines.addAll(new Entry.Card("c", "", 30, 12, "", List.of()).lines());
        lines.addAll(new Entry.Roll("r", "s", 60, "x", List.of(new Entry.Factor("A1", "t", "+1", "p. 3")), 50, 42, true)
                .lines());
        lines.addAll(new Entry.Facilitator("note", "t", "", List.of(), "because").lines());
        assertThat(lines).hasSize(10).allSatisfy(l -> assertThat(l.strip()).startsWith("⟦"));
    }

    @Test
    void englishReadsAsBefore() {
        TextBundle.use(Locale.ENGLISH);
        assertThat(new Entry.Ended("a war", 1, -2.5).lines()).containsExactly("Game over: a war",
                "Final scores: Moscow +1, Beijing -2.5");
        assertThat(new Entry.Net(List.of()).lines()).containsExactly("Net change this turn:");
        assertThat(new Entry.Card("Oil", "A deal.", 30, 12, "Kashin 2018 p.3", List.of()).lines())
                .containsExactly("Event: Oil (chance 30%, drew 12) [Kashin 2018 p.3]", "A deal.");
        assertThat(new Entry.Card("Oil", "", 30, 12, "", List.of()).lines())
                .containsExactly("Event: Oil (chance 30%, drew 12)");
        assertThat(new Entry.Roll("Delivery", "Su-35", 60, "x", List.of(new Entry.Factor("A6", "Capacity", "-10 pp", "p. 3"),
                new Entry.Factor("A1", "t", "x1.5", "p")), 50, 42, true).lines())
                .containsExactly("Roll: Delivery (Su-35): base 60%, A6 Capacity -10 pp, A1 t x1.5 => 50%; drew 42 -> yes");
        assertThat(new Entry.Roll("Delivery", "", 60, "x", List.of(), 50, 42, false).lines())
                .containsExactly("Roll: Delivery: base 60% => 50%; drew 42 -> no");
        assertThat(new Entry.Facilitator("note", "Title", "Text.", List.of(), "because").lines())
                .containsExactly("Facilitator note: Title", "Text.", "  Reason: because");
    }
}
