package org.amur.engine;

/**
 * A place in the source report: Vasily Kashin, <i>The Current State of Russian-Chinese Defense
 * Cooperation</i>, CNA Occasional Paper, August 2018. Pages follow the report's Contents.
 */
public record Citation(String section, int page) {

    public static final Citation INTRODUCTION = new Citation("Introduction", 1);
    public static final Citation WHY = new Citation("Why Did the Two Countries Start to Cooperate", 3);
    public static final Citation HOW = new Citation("How the Two Sides Built Their Cooperation", 6);
    public static final Citation ROLE = new Citation("The role of defense technology", 8);
    public static final Citation VIEWS = new Citation("Russia's Evolving Views", 11);
    public static final Citation BUILDING = new Citation("Building the Defense Partnership", 12);
    public static final Citation EXERCISES = new Citation("Joint exercises", 17);
    public static final Citation PEACE_MISSION = new Citation("Peace Mission", 17);
    public static final Citation MARITIME = new Citation("Maritime Cooperation", 18);
    public static final Citation OTHER_EXERCISES = new Citation("Other exercises", 19);
    public static final Citation TRENDS = new Citation("Trends in military technical cooperation", 20);
    public static final Citation ALLIANCE = new Citation("The Issue of the Sino-Russian Alliance", 23);
    public static final Citation CONCLUSION = new Citation("Conclusion", 26);

    /** Every section of the report's Contents, in order; citations in scenarios must be one of these. */
    public static final java.util.List<Citation> SECTIONS = java.util.List.of(
            INTRODUCTION, WHY, HOW, ROLE, VIEWS, BUILDING, EXERCISES, PEACE_MISSION, MARITIME,
            OTHER_EXERCISES, TRENDS, ALLIANCE, CONCLUSION);

    public Citation {
        java.util.Objects.requireNonNull(section, "section");
        if (page < 1) {
            throw new IllegalArgumentException("page must be positive: " + page);
        }
    }

    /** Short form, e.g. {@code Kashin 2018, Maritime Cooperation, p.18}. */
    @Override
    public String toString() {
        return "Kashin 2018, " + section + ", p." + page;
    }

    /** Finds a section of the report by page number, if that page starts a section. */
    public static java.util.Optional<Citation> sectionAtPage(int page) {
        Citation found = null;
        for (Citation c : SECTIONS) {
            if (c.page == page) {
                found = c; // the most specific (last listed) section that starts on this page
            }
        }
        return java.util.Optional.ofNullable(found);
    }
}
