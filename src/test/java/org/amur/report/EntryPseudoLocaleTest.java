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
        assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l.strip()).startsWith("⟦"));
    }

    @Test
    void englishReadsAsBefore() {
        TextBundle.use(Locale.ENGLISH);
        assertThat(new Entry.Ended("a war", 1, -2.5).lines()).containsExactly("Game over: a war",
                "Final scores: Moscow +1, Beijing -2.5");
        assertThat(new Entry.Net(List.of()).lines()).containsExactly("Net change this turn:");
    }
}
