package org.amur.report;

import java.util.List;
import org.amur.engine.Side;

/**
 * Everything an after-action report says about one game, in words and numbers, independent of the
 * output format: built once by {@link ReportBuilder}, then written as Markdown, HTML or CSV. Text that
 * came from players or scenarios is already sanitized here (no control or invisible characters) but
 * NOT escaped: each writer escapes for its own format.
 */
public record GameReport(Header header, List<Turn> turns, List<String> pointLabels, List<ChartGroup> charts,
                         List<SideScore> scores, List<Question> questions, List<Briefing> briefings,
                         List<Source> sources, List<StateRow> states) {

    public GameReport {
        turns = List.copyOf(turns);
        pointLabels = List.copyOf(pointLabels);
        charts = List.copyOf(charts);
        scores = List.copyOf(scores);
        questions = List.copyOf(questions);
        briefings = List.copyOf(briefings);
        sources = List.copyOf(sources);
        states = List.copyOf(states);
    }

    /**
     * Who played what, and how to play it again. {@code ending} is the plain-words reason the game
     * ended, or null while it goes on; {@code resolvedTurns} counts the turns whose results are in.
     */
    public record Header(String title, String scenarioId, String description, long seed, String rng,
                         String moscowSeat, String beijingSeat, String parent, int parentTurn, String saveName,
                         List<String> warnings, int startYear, int plannedTurns, int resolvedTurns, int lastYear,
                         boolean over, String ending, double moscowScore, double beijingScore, String replayCommand,
                         String playCommand, String facilitation, int rules) {
        public Header {
            warnings = List.copyOf(warnings);
        }
    }

    /** One turn: its number and year, and its timeline in order. {@code resolved} is false for a turn still in play. */
    public record Turn(int turn, int year, boolean resolved, List<Entry> entries) {
        public Turn {
            entries = List.copyOf(entries);
        }
    }

    /** A heading (key in report.properties) and its charts. */
    public record ChartGroup(String titleKey, List<Chart> charts) {
        public ChartGroup {
            charts = List.copyOf(charts);
        }
    }

    /**
     * A small chart: one or more series over the report's points ({@link GameReport#pointLabels}).
     * {@code min}/{@code max} are the indicator's own bounds (the scale never leaves them).
     */
    public record Chart(String title, List<Series> series, double min, double max) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    /** An indicator's values at each point; {@code secret} if one side could not see it during play. */
    public record Series(String id, String label, Side side, boolean secret, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /**
     * One side's score and what made it: each objective's contribution (weight x change as a share of
     * the indicator's range), the points for how the game ended, the penalty for being drawn into the
     * partner's war under a treaty, and the same total broken down by cause ({@code drivers}) with
     * whatever the log does not itemise. {@code provisional} while the game goes on.
     */
    public record SideScore(Side side, List<ObjectiveLine> objectives, double objectivePoints, double outcomePoints,
                            double entanglementPoints, double total, List<Driver> drivers, double unitemised,
                            boolean provisional, org.amur.engine.Standing standing) {
        public SideScore {
            objectives = List.copyOf(objectives);
            drivers = List.copyOf(drivers);
        }
    }

    /** One objective: indicator, why it matters (from the scenario), weight, start and end values, points. */
    public record ObjectiveLine(String indicatorId, String label, String why, double weight, double start, double end,
                                double points) {
    }

    /** Points from one cause: an asymmetry ({@code key} = its id), choices' direct effects, or world events. */
    public record Driver(String key, String label, double points) {
    }

    /** A discussion question: its theme's heading, the question, and where to read about it. */
    public record Question(String theme, String text, String reading) {
    }

    /** A briefing from the scenario: for whom ({@code who}, already in words) and its text. */
    public record Briefing(String who, String text) {
    }

    /** An asymmetry the game's results cite, with its full citation in the source report. */
    public record Source(String id, String title, String citation) {
    }

    /**
     * A row of the state table (CSV): the state at the start of a turn, as the players saw it when they
     * chose (after that year's event cards, before anything the facilitator injected), or at the end of
     * the game ({@code point} = {@code end}), with that turn's cards, choices and the facilitator's
     * interventions (each "marker: title (reason)", joined with "; ").
     */
    public record StateRow(int turn, int year, String point, String cards, String moscowChoice, String moscowRationale,
                           String beijingChoice, String beijingRationale, String facilitator, List<Double> values) {
        public StateRow {
            values = List.copyOf(values);
        }
    }
}
