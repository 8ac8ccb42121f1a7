package org.amur.engine;

/**
 * A place in the source report: Vasily Kashin, <i>The Current State of Russian-Chinese Defense
 * Cooperation</i>, CNA Occasional Paper, August 2018. The constants are the sections of its Contents,
 * each citing its first page; {@link #at} cites the page of a fact within a section. The report's text
 * as the project holds it has no page numbers: page breaks were recovered from its footnote numbering
 * and the Contents (docs/pages.md), and a section's pages run from its first page to the first page
 * of the next section ({@link #lastPage}).
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

    /** The section name that marks a {@link #ASSUMPTION}: no section of the report. */
    private static final String ASSUMED = "scenario assumption";

    /**
     * What a modifier, variant or card cites when the report does not support it: a scenario assumption.
     * It is shown as such wherever a citation is shown ({@link #toString}, {@link #pages}).
     */
    public static final Citation ASSUMPTION = new Citation(ASSUMED, 1);

    public Citation {
        java.util.Objects.requireNonNull(section, "section");
        if (page < 1) {
            throw new IllegalArgumentException("page must be positive: " + page);
        }
    }

    /** Whether this marks a scenario assumption rather than a place in the report. */
    public boolean isAssumption() {
        return ASSUMED.equals(section);
    }

    /** The first page of this citation's section. */
    public int firstPage() {
        return isAssumption() ? page : section(section).page;
    }

    /**
     * The last page this citation's section reaches: the first page of the next section (which may start
     * on the same page or the page after this section ends); the Conclusion runs to p.27.
     */
    public int lastPage() {
        if (isAssumption()) {
            return page;
        }
        Citation s = section(section);
        int i = SECTIONS.indexOf(s);
        for (int j = i + 1; j < SECTIONS.size(); j++) {
            if (SECTIONS.get(j).page >= s.page) {
                return Math.max(s.page, SECTIONS.get(j).page);
            }
        }
        return LAST_PAGE;
    }

    /** The report's last page of text. */
    public static final int LAST_PAGE = 27;

    /** Whether the page lies within the section's pages. */
    public boolean pageWithinSection() {
        return page >= firstPage() && page <= lastPage();
    }

    /**
     * The page {@code page} of {@code section} (where the fact stands).
     *
     * @throws IllegalArgumentException if the page is outside the section's pages
     */
    public static Citation at(Citation section, int page) {
        Citation c = new Citation(section.section, page);
        if (!c.pageWithinSection()) {
            throw new IllegalArgumentException(section.section + " covers pp." + c.firstPage() + "-" + c.lastPage()
                    + ", not p." + page);
        }
        return c;
    }

    /** The section of the Contents with this name. */
    public static Citation section(String name) {
        for (Citation c : SECTIONS) {
            if (c.section.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a section of the report: " + name);
    }

    /**
     * Short form, e.g. {@code Kashin 2018, Maritime Cooperation, p.18}, or the words for a scenario
     * assumption.
     */
    @Override
    public String toString() {
        return isAssumption() ? Text.get("citation.assumption")
                : Text.format("citation.in_report", Text.format("citation.section_page", sectionTitle(), page));
    }

    /** The page alone, e.g. {@code Kashin 2018 p.18}, or the words for a scenario assumption. */
    public String pages() {
        return isAssumption() ? Text.get("citation.assumption") : Text.format("citation.page", page);
    }

    /**
     * The section's name as a reader sees it, from the model's bundle ({@code section.<name>}, the
     * English name in lower case with {@code _} between words); {@link #section} stays the report's
     * own English name, which scenario files cite.
     */
    public String sectionTitle() {
        return Text.get(sectionKey(section));
    }

    static String sectionKey(String name) {
        // every citation of every event asks: worked out once per section name (the report has a dozen)
        return SECTION_KEYS.computeIfAbsent(name, n -> "section." + NOT_KEY.matcher(n.toLowerCase(java.util.Locale.ROOT))
                .replaceAll("_").replaceAll("^_|_$", ""));
    }

    private static final java.util.regex.Pattern NOT_KEY = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SECTION_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

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
