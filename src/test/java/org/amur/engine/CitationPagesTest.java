package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Every citation the game shows names a page within its section's pages (docs/pages.md); every modifier
 * cites the page of its own fact or is marked a scenario assumption; and a citation of the first page of a
 * section that runs over several pages is one whose fact stands on that first page (each such citation is
 * listed below with its fact, so a citation left on a section's first page by default fails).
 */
class CitationPagesTest {

    /**
     * Citations on the first page of a section longer than one page, each with the fact on that page that
     * justifies it. Keys: a variant's id, a modifier's name, or {@code scenario:card}.
     */
    private static final Map<String, String> FIRST_PAGE_FACTS = Map.ofEntries(
            Map.entry("alliance.prepare", "all the features of an alliance but a written obligation (p.23)"),
            Map.entry("alliance.sign", "the missing written, binding obligation (p.23)"),
            Map.entry("exercise.peace_mission", "Peace Mission since 2005 within the SCO (p.17)"),
            Map.entry("exercise.maritime_home", "Maritime Cooperation held in turn in Chinese or Russian waters (p.18)"),
            Map.entry("exercise.maritime_south_china_sea", "the 2016 drill off Guangdong (p.18)"),
            Map.entry("exercise.maritime_mediterranean", "the 2015 phase in the Eastern Mediterranean (p.18)"),
            Map.entry("arms.engines_helicopters", "renewed interest in helicopters and aircraft engines (p.20)"),
            Map.entry("A3_TRADE_TILT", "the interdependence that is not progressing (p.23)"),
            Map.entry("A13_INTEROP_ODDS", "exercises built for interoperability against a state actor (p.23)"),
            Map.entry("A13_INTEROP_DETERS", "exercises built for interoperability against a state actor (p.23)"),
            Map.entry("A9_OLD_SURFACE_FLEET", "surface combatants approaching 30 years of age (p.18)"),
            Map.entry("A9_OLD_FLEET_ODDS", "the Russian Navy's limited number of operational ships (p.18)"),
            Map.entry("A12_BALTIC_TENSION", "the 2017 Baltic phase in the hotbed of Russia-NATO tension (p.18)"),
            Map.entry("A12_MEDITERRANEAN_PRESSURE", "the 2015 Eastern Mediterranean phase (p.18)"),
            Map.entry("baseline:sco-drill-expands", "other SCO members since 2007, India and Pakistan in 2018 (p.17)"),
            Map.entry("baseline:syria-strain", "ships heavily used in the Syrian war (p.18)"),
            Map.entry("central-asia:town-seized", "the Peace Mission scenario of a town taken by terrorists (p.17)"),
            Map.entry("central-asia:town-retaken", "local forces first, then Russian and Chinese reinforcement (p.17)"),
            Map.entry("central-asia:sco-summit-praise", "Peace Mission within the SCO, India and Pakistan joining (p.17)"),
            Map.entry("sanctions-squeeze:european-market-shrinks", "the uneven trade relationship (p.23)"),
            Map.entry("su27-offer:designer-in-beijing", "Simonov's visit in March 1989 (p.6)"),
            Map.entry("su27-offer:shipyard-tour", "wide access to Soviet plants, the carriers at Nikolaev (p.6)"),
            Map.entry("su27-offer:summit-in-beijing", "the normalization of ties in 1989 (p.1)"),
            Map.entry("su27-offer:border-principles", "the April 1990 agreement on demilitarizing the border (p.12)"),
            Map.entry("su27-offer:eastern-border-agreed", "the May 1991 agreement on the eastern border (p.12)"),
            Map.entry("su27-offer:technical-cooperation-agreement", "the November 1992 agreement and commission (p.12)"));

    /** Modifiers whose fact the report does not support (issue 13): each must be marked, everywhere. */
    private static final List<Mod> UNSUPPORTED = List.of(Mod.A12_SOUTH_CHINA_SEA_RISK,
            Mod.A12_BALTIC_COSTS_STANDING, Mod.A12_BALTIC_COSTS_EU_TRADE, Mod.A2_ALLY_ON_BORDER,
            Mod.A7_DENIED_OFFER_ALARMS_WEST, Mod.A13_UNASKED_OFFER);

    /** A citation on the first page of a section that runs over more pages, not listed with its fact. */
    private static boolean unexplainedFirstPage(String key, Citation c) {
        return !c.isAssumption() && c.page() == c.firstPage() && c.lastPage() > c.firstPage()
                && !FIRST_PAGE_FACTS.containsKey(key);
    }

    @Test
    void everyModifier_citesThePageOfItsFact_orIsAScenarioAssumption() {
        List<String> bad = new ArrayList<>();
        for (Mod m : Mod.values()) {
            Citation c = ModCitations.of(m);
            if (!ModCitations.placed(m)) {
                bad.add(m + ": no entry in ModCitations (give it the page of its fact or mark it an assumption)");
            } else if (!c.pageWithinSection()) {
                bad.add(m + ": " + c + " is outside its section");
            } else if (unexplainedFirstPage(m.name(), c)) {
                bad.add(m + ": cites its section's first page, " + c);
            }
            String words = Text.condition(m).toLowerCase(java.util.Locale.ROOT);
            if ((words.contains("scenario assumption") || words.contains("does not support")) && !c.isAssumption()) {
                bad.add(m + ": its description says the report does not support it, but it cites " + c);
            }
        }
        for (Mod m : UNSUPPORTED) {
            if (!ModCitations.of(m).isAssumption()) {
                bad.add(m + ": not in the report, yet not marked a scenario assumption");
            }
        }
        assertThat(bad).isEmpty();
        assertThat(ModCitations.of(Mod.A12_SOUTH_CHINA_SEA_RISK).toString()).contains("scenario assumption");
        assertThat(ModCitations.pages(Mod.A9_EDGE_AREAS)).isEqualTo("Kashin 2018 p.19");
    }

    @Test
    void assumptions_areShownAsSuchWhereverACitationIsShown() {
        Citation a = Citation.ASSUMPTION;
        assertThat(a.isAssumption()).isTrue();
        assertThat(a.toString()).contains("scenario assumption").doesNotContain("Kashin");
        assertThat(a.pages()).contains("scenario assumption").doesNotContain("Kashin");
        assertThat(Citation.MARITIME.isAssumption()).isFalse();
        // a forecast term carries the modifier's own citation, assumption included
        assertThat(Forecast.citationOf(Mod.A13_UNASKED_OFFER)).isEqualTo(Citation.ASSUMPTION);
        assertThat(Forecast.citationOf(Mod.A7_COPY_EXPOSURE)).isEqualTo(Citation.at(Citation.BUILDING, 15));
        // an uncited card and a modifier the report does not support read as assumptions in the log
        Event.Delta d = new Event.Delta(Indicator.US_CHINA_WAR_RISK, 40, 43, Mod.A12_SOUTH_CHINA_SEA_RISK);
        assertThat(Narration.delta(d)).contains("scenario assumption");
        Event.CardDrawn card = new Event.CardDrawn("x", "An invented event", 50, 10, List.of(), "");
        assertThat(String.join("\n", Narration.lines(card))).contains("scenario assumption");
    }

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
    void variants_citePagesWithinTheirSections_andThePageOfTheirFact() {
        for (Variant v : Variant.values()) {
            assertThat(v.citation().pageWithinSection()).as(v.id()).isTrue();
            assertThat(unexplainedFirstPage(v.id(), v.citation())).as(v.id() + " cites its section's first page, "
                    + v.citation()).isFalse();
        }
    }

    @Test
    void shippedScenarioCards_citePagesWithinTheirSections() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Scenario s = ScenarioLoader.load(f).scenario();
                String id = f.getFileName().toString().replace(".json", "");
                for (Scenario.Card c : s.deck()) {
                    if (c.citation() != null) {
                        assertThat(c.citation().pageWithinSection()).as(f + " " + c.id()).isTrue();
                        assertThat(unexplainedFirstPage(id + ":" + c.id(), c.citation()))
                                .as(f + " " + c.id() + " cites its section's first page, " + c.citation()).isFalse();
                    }
                }
            }
        }
    }
}
