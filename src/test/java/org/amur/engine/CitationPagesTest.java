package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Every citation the game shows names a page within its section's pages (docs/pages.md). */
class CitationPagesTest {

    @Test
    void sectionPages_runToTheNextSectionsFirstPage() {
        assertThat(Citation.WHY.lastPage()).isEqualTo(6);
        assertThat(Citation.BUILDING.lastPage()).isEqualTo(17);
        assertThat(Citation.EXERCISES.lastPage()).isEqualTo(17);
        assertThat(Citation.OTHER_EXERCISES.lastPage()).isEqualTo(20);
        assertThat(Citation.ALLIANCE.lastPage()).isEqualTo(26);
        assertThat(Citation.CONCLUSION.lastPage()).isEqualTo(Citation.LAST_PAGE);
        assertThatThrownBy(() -> Citation.at(Citation.MARITIME, 23)).hasMessageContaining("pp.18-19");
    }

    @Test
    void asymmetries_citePagesWithinTheirSections() {
        List<String> bad = new ArrayList<>();
        for (Asymmetry a : Asymmetry.values()) {
            for (Citation c : a.citations()) {
                if (!c.pageWithinSection()) {
                    bad.add(a.id() + ": " + c);
                }
            }
        }
        assertThat(bad).isEmpty();
        // the facts that sit after a section's first page are cited where they stand
        assertThat(Asymmetry.A9.citations()).contains(Citation.at(Citation.MARITIME, 19)); // the 2017 Baltic phase
        assertThat(Asymmetry.A7.citations()).contains(Citation.at(Citation.BUILDING, 15)); // the J-11B
    }

    @Test
    void variants_citePagesWithinTheirSections() {
        for (Variant v : Variant.values()) {
            assertThat(v.citation().pageWithinSection()).as(v.id()).isTrue();
        }
    }

    @Test
    void shippedScenarioCards_citePagesWithinTheirSections() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Scenario s = ScenarioLoader.load(f).scenario();
                for (Scenario.Card c : s.deck()) {
                    if (c.citation() != null) {
                        assertThat(c.citation().pageWithinSection()).as(f + " " + c.id()).isTrue();
                    }
                }
            }
        }
    }
}
