package org.amur.engine;

import java.util.List;

/**
 * The thirteen asymmetries of the Russia-China relationship that weight every outcome, each with
 * where the report makes the point. Their one-paragraph summaries live in {@code model.properties}
 * ({@link Text#asymmetrySummary}).
 */
public enum Asymmetry {
    // Each citation names the page where the asymmetry's facts stand (docs/pages.md explains the pages).
    A1(Citation.at(Citation.ALLIANCE, 24)),
    A2(Citation.at(Citation.WHY, 4), Citation.at(Citation.BUILDING, 13),
            Citation.at(Citation.BUILDING, 14)),
    A3(Citation.at(Citation.ALLIANCE, 23),
            Citation.at(Citation.ALLIANCE, 25)),
    A4(Citation.at(Citation.ALLIANCE, 24), Citation.at(Citation.MARITIME, 19),
            Citation.at(Citation.BUILDING, 16), Citation.at(Citation.TRENDS, 22)),
    A5(Citation.at(Citation.ROLE, 9), Citation.at(Citation.ROLE, 10),
            Citation.at(Citation.TRENDS, 20)),
    A6(Citation.at(Citation.BUILDING, 16), Citation.at(Citation.TRENDS, 21)),
    A7(Citation.at(Citation.BUILDING, 15), Citation.at(Citation.BUILDING, 16)),
    A8(Citation.at(Citation.BUILDING, 16)),
    A9(Citation.at(Citation.MARITIME, 18), Citation.at(Citation.MARITIME, 19)),
    A10(Citation.at(Citation.ALLIANCE, 25), Citation.CONCLUSION),
    A11(Citation.at(Citation.TRENDS, 22)),
    A12(Citation.at(Citation.ALLIANCE, 24)),
    A13(Citation.INTRODUCTION, Citation.at(Citation.WHY, 4), Citation.at(Citation.BUILDING, 14),
            Citation.at(Citation.OTHER_EXERCISES, 20));

    private final List<Citation> citations;

    Asymmetry(Citation... citations) {
        this.citations = List.of(citations);
    }

    public String id() {
        return name();
    }

    /** The name, e.g. "Russian delivery capacity", from the model's bundle ({@code asymmetry.A6.title}). */
    public String title() {
        return Text.get("asymmetry." + name() + ".title");
    }

    public List<Citation> citations() {
        return citations;
    }

    /** {@code Kashin 2018, <section>, p.N; <section>, p.M}, worded by the model's bundle. */
    public String citationText() {
        List<String> places = new java.util.ArrayList<>();
        for (Citation c : citations) {
            places.add(Text.format("citation.section_page", c.sectionTitle(), c.page()));
        }
        return Text.format("citation.in_report", String.join(Text.get("citation.separator"), places));
    }

    /**
     * Short form of the citation for log lines, pages in order: {@code Kashin 2018 p.23} or
     * {@code Kashin 2018 pp.3, 12}.
     */
    public String pages() {
        int[] pages = citations.stream().mapToInt(Citation::page).distinct().sorted().toArray();
        if (pages.length == 1) {
            return Text.format("citation.page", pages[0]);
        }
        List<String> each = new java.util.ArrayList<>();
        for (int p : pages) {
            each.add(Integer.toString(p));
        }
        return Text.format("citation.pages", String.join(", ", each));
    }

    public static Asymmetry parse(String id) {
        for (Asymmetry a : values()) {
            if (a.name().equalsIgnoreCase(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown asymmetry '" + id + "' (expected A1..A13)");
    }
}
