package org.amur.engine;

import java.util.List;

/**
 * The thirteen asymmetries of the Russia-China relationship that weight every outcome, each with
 * where the report makes the point. Their one-paragraph summaries live in {@code model.properties}
 * ({@link Text#asymmetrySummary}).
 */
public enum Asymmetry {
    // Each citation names the page where the asymmetry's facts stand (docs/pages.md explains the pages).
    A1("Nuclear", Citation.at(Citation.ALLIANCE, 24)),
    A2("Conventional balance on the border", Citation.at(Citation.WHY, 4), Citation.at(Citation.BUILDING, 13),
            Citation.at(Citation.BUILDING, 14)),
    A3("Economic interdependence in China's favour", Citation.at(Citation.ALLIANCE, 23),
            Citation.at(Citation.ALLIANCE, 25)),
    A4("Technology edges", Citation.at(Citation.ALLIANCE, 24), Citation.at(Citation.MARITIME, 19),
            Citation.at(Citation.BUILDING, 16), Citation.at(Citation.TRENDS, 22)),
    A5("Russian industry lives off Chinese orders", Citation.at(Citation.ROLE, 9), Citation.at(Citation.ROLE, 10),
            Citation.at(Citation.TRENDS, 20)),
    A6("Russian delivery capacity", Citation.at(Citation.BUILDING, 16), Citation.at(Citation.TRENDS, 21)),
    A7("Copying and IP risk", Citation.at(Citation.BUILDING, 15), Citation.at(Citation.BUILDING, 16)),
    A8("Chinese absorption lag", Citation.at(Citation.BUILDING, 16)),
    A9("Russia's ageing navy", Citation.at(Citation.MARITIME, 18), Citation.at(Citation.MARITIME, 19)),
    A10("Russia bears the burden, China takes the spoils", Citation.at(Citation.ALLIANCE, 25), Citation.CONCLUSION),
    A11("Technological nationalism", Citation.at(Citation.TRENDS, 22)),
    A12("Theatre entanglement", Citation.at(Citation.ALLIANCE, 24)),
    A13("Trust and memory", Citation.INTRODUCTION, Citation.at(Citation.WHY, 4), Citation.at(Citation.BUILDING, 14),
            Citation.at(Citation.OTHER_EXERCISES, 20));

    private final String title;
    private final List<Citation> citations;

    Asymmetry(String title, Citation... citations) {
        this.title = title;
        this.citations = List.of(citations);
    }

    public String id() {
        return name();
    }

    public String title() {
        return title;
    }

    public List<Citation> citations() {
        return citations;
    }

    /** {@code Kashin 2018, <section>, p.N; <section>, p.M}. */
    public String citationText() {
        StringBuilder sb = new StringBuilder("Kashin 2018, ");
        for (int i = 0; i < citations.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(citations.get(i).section()).append(", p.").append(citations.get(i).page());
        }
        return sb.toString();
    }

    /**
     * Short form of the citation for log lines, pages in order: {@code Kashin 2018 p.23} or
     * {@code Kashin 2018 pp.3, 12}.
     */
    public String pages() {
        int[] pages = citations.stream().mapToInt(Citation::page).distinct().sorted().toArray();
        StringBuilder sb = new StringBuilder(pages.length == 1 ? "Kashin 2018 p." : "Kashin 2018 pp.");
        for (int i = 0; i < pages.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(pages[i]);
        }
        return sb.toString();
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
