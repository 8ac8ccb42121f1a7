package org.amur.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amur.engine.Event;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Text;
import org.amur.scenario.TextRules;
import org.amur.session.Session;

/**
 * Several tables' games of one scenario side by side: each turn's choices and reasons, the outcome and
 * scores, where each table's scores fall among {@code games} seeded simulated games of the same scenario,
 * length and rules (both seats random, the {@code simulate} default), the turn where the tables' choices
 * differed most, and questions drawn from the differences. Every score is read through
 * {@code Engine.standing}, so each table's result against par (and its victory level) is the one its
 * game's screens and report show; each chart marks par as well as the tables' scores.
 */
public final class Debrief {
    /**
     * One table: its name, teams, seats, choices per turn, outcome and scores, and its percentiles among the
     * simulated games (NaN for a game not finished: a score part-way is not comparable with final scores).
     */
    public record Table(String name, String moscowTeam, String beijingTeam, String moscowSeat, String beijingSeat,
                        List<Event.ChoicesRevealed> choices, String ending, double moscowScore,
                        double beijingScore, double moscowPercentile, double beijingPercentile,
                        Standing moscowStanding, Standing beijingStanding) {
        public Standing standing(Side side) {
            return side == Side.MOSCOW ? moscowStanding : beijingStanding;
        }

        /** Whether the table's game was played to its end, so its scores have percentiles. */
        public boolean finished() {
            return !Double.isNaN(moscowPercentile);
        }
    }

    /**
     * A sample of simulated final scores of one side, sorted, for percentiles and the small chart, with the
     * side's par for a finished game ({@code hasPar} false: the scenario states none and par is 0).
     */
    public record Sample(Side side, double[] sorted, double par, boolean hasPar) {
        /** Percent of simulated games whose score is below {@code x}, counting ties as half. */
        public double percentile(double x) {
            int below = 0;
            int equal = 0;
            for (double d : sorted) {
                if (d < x) {
                    below++;
                } else if (d == x) {
                    equal++;
                }
            }
            return sorted.length == 0 ? 0 : 100.0 * (below + 0.5 * equal) / sorted.length;
        }

        /** Counts in {@code bins} equal bins from the lowest to the highest score (the chart). */
        public int[] histogram(int bins) {
            int[] out = new int[bins];
            double lo = sorted[0];
            double hi = sorted[sorted.length - 1];
            for (double d : sorted) {
                int b = hi == lo ? 0 : (int) Math.min(bins - 1, Math.floor((d - lo) / (hi - lo) * bins));
                out[b]++;
            }
            return out;
        }

        public double min() {
            return sorted[0];
        }

        public double max() {
            return sorted[sorted.length - 1];
        }
    }

    private final String title;
    private final String scenarioId;
    private final int turns;
    private final int scenarioTurns;
    private final int rules;
    private final long games;
    private final long seed;
    private final List<Table> tables;
    private final Sample moscow;
    private final Sample beijing;
    private final int divergedTurn;
    private final List<String> questions;

    public Debrief(String title, String scenarioId, int turns, int rules, long games, long seed, List<Table> tables,
                   Sample moscow, Sample beijing) {
        this(title, scenarioId, turns, turns, rules, games, seed, tables, moscow, beijing);
    }

    /**
     * A debrief of games set to {@code turns} of a scenario whose file has {@code scenarioTurns}: when they
     * differ, par is taken in proportion to the turns played, and the debrief says so.
     */
    public Debrief(String title, String scenarioId, int turns, int scenarioTurns, int rules, long games, long seed,
                   List<Table> tables, Sample moscow, Sample beijing) {
        this.title = TextRules.sanitize(title, false);
        this.scenarioId = scenarioId;
        this.turns = turns;
        this.scenarioTurns = scenarioTurns;
        this.rules = rules;
        this.games = games;
        this.seed = seed;
        this.tables = List.copyOf(tables);
        this.moscow = moscow;
        this.beijing = beijing;
        this.divergedTurn = diverged(tables);
        this.questions = drawQuestions();
    }

    /** A table from a replayed game; {@code name} is the table's name, else the save's. */
    public static Table table(Session s, org.amur.save.SaveMeta meta, String saveName, Sample moscow, Sample beijing) {
        List<Event.ChoicesRevealed> choices = new ArrayList<>();
        for (Event e : s.events()) {
            if (e instanceof Event.ChoicesRevealed c) {
                choices.add(c);
            }
        }
        String name = meta.names().table().isEmpty() ? saveName : meta.names().table();
        if (meta.parent() != null) {
            // a "what if" keeps its parent's names: say it is a branch, not another copy of that table
            name = ReportText.fmt("debrief.branch", name, meta.parentTurn(), meta.parent());
        }
        var st = s.state();
        Standing ruStanding = s.engine().standing(st, Side.MOSCOW);
        Standing cnStanding = s.engine().standing(st, Side.BEIJING);
        double ru = ruStanding.score();
        double cn = cnStanding.score();
        return new Table(TextRules.sanitize(name, false), meta.names().moscow(), meta.names().beijing(), meta.moscow(),
                meta.beijing(), choices, st.isOver() ? Text.ending(st.ending(), st.allianceLevel() >= 3)
                : ReportText.fmt("debrief.unfinished", st.turn()), ru, cn,
                st.isOver() ? moscow.percentile(ru) : Double.NaN, st.isOver() ? beijing.percentile(cn) : Double.NaN,
                ruStanding, cnStanding);
    }

    /**
     * The turn whose choices differ most between tables (most distinct choices of both sides; the earliest of
     * equals), or 0 when no turn's choices differ at all (one table, or tables that chose alike every turn).
     */
    private static int diverged(List<Table> tables) {
        int best = 0;
        int bestCount = 2; // one choice a side: the tables agreed
        int max = tables.stream().mapToInt(t -> t.choices().size()).max().orElse(0);
        for (int turn = 1; turn <= max; turn++) {
            Set<String> m = new HashSet<>();
            Set<String> b = new HashSet<>();
            for (Table t : tables) {
                if (turn <= t.choices().size()) {
                    m.add(t.choices().get(turn - 1).moscow().id());
                    b.add(t.choices().get(turn - 1).beijing().id());
                }
            }
            if (m.size() + b.size() > bestCount) {
                bestCount = m.size() + b.size();
                best = turn;
            }
        }
        return best;
    }

    private List<String> drawQuestions() {
        List<String> out = new ArrayList<>();
        if (divergedTurn > 0) {
            Map<String, List<String>> byChoice = new LinkedHashMap<>();
            for (Table t : tables) {
                if (divergedTurn <= t.choices().size()) {
                    Event.ChoicesRevealed c = t.choices().get(divergedTurn - 1);
                    byChoice.computeIfAbsent(Text.title(c.moscow()) + " / " + Text.title(c.beijing()),
                            k -> new ArrayList<>()).add(t.name());
                }
            }
            out.add(ReportText.fmt("debrief.q.diverged", divergedTurn, String.join("; ", byChoice.entrySet().stream()
                    .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).toList())));
        }
        for (Side side : Side.values()) {
            Table best = null;
            Table worst = null;
            for (Table t : tables) {
                if (!t.finished()) {
                    continue;
                }
                double p = side == Side.MOSCOW ? t.moscowPercentile() : t.beijingPercentile();
                if (best == null || p > (side == Side.MOSCOW ? best.moscowPercentile() : best.beijingPercentile())) {
                    best = t;
                }
                if (worst == null || p < (side == Side.MOSCOW ? worst.moscowPercentile() : worst.beijingPercentile())) {
                    worst = t;
                }
            }
            if (best != null && best != worst) {
                out.add(ReportText.fmt("debrief.q.best", side.displayName(), best.name(), worst.name()));
            }
        }
        if (moscow.hasPar() && beijing.hasPar()) {
            boolean bothAbove = tables.stream().anyMatch(t -> t.moscowStanding().result() > 0
                    && t.beijingStanding().result() > 0);
            out.add(ReportText.get(bothAbove ? "debrief.q.both_above_par" : "debrief.q.none_above_par"));
        } else {
            boolean bothGained = tables.stream().anyMatch(t -> t.moscowScore() > 0 && t.beijingScore() > 0);
            out.add(ReportText.get(bothGained ? "debrief.q.both_gained" : "debrief.q.burden"));
        }
        return out;
    }

    public int divergedTurn() {
        return divergedTurn;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<String> questions() {
        return questions;
    }

    /** "percentile 84", or for a game not finished that it has none. */
    private static String percentile(double p) {
        return Double.isNaN(p) ? ReportText.get("debrief.percentile.none") : ReportText.fmt("debrief.percentile", pct(p));
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f", p);
    }

    private static final String BARS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    /** The distribution as a line of block characters, 20 bins from the lowest to the highest simulated score. */
    static String sparkline(Sample s) {
        int[] h = s.histogram(20);
        int top = 0;
        for (int c : h) {
            top = Math.max(top, c);
        }
        StringBuilder sb = new StringBuilder();
        for (int c : h) {
            sb.append(BARS.charAt(top == 0 ? 0 : (int) Math.ceil(c * 8.0 / top)));
        }
        return sb.toString();
    }

    private String reproduce() {
        return "./amur simulate --scenario " + scenarioId + " --turns " + turns + " --rules " + rules + " --games "
                + games + " --seed " + seed + " --moscow random --beijing random";
    }

    private static String who(String team, String seat) {
        return team.isEmpty() ? seat : team + " (" + seat + ")";
    }

    /** The debrief as Markdown (all player text escaped). */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Escape.markdown(ReportText.fmt("debrief.title", title))).append("\n\n");
        sb.append(Escape.markdownBlock(ReportText.fmt("debrief.intro", tables.size(), turns, rules))).append("\n\n");
        sb.append("## ").append(ReportText.get("debrief.results")).append("\n\n");
        sb.append("| ").append(ReportText.get("debrief.col.table")).append(" | ").append(Side.MOSCOW.displayName())
                .append(" | ").append(Side.BEIJING.displayName()).append(" | ").append(ReportText.get("debrief.col.ending"))
                .append(" | ").append(ReportText.get("debrief.col.moscow_score")).append(" | ")
                .append(ReportText.get("debrief.col.beijing_score")).append(" | ")
                .append(ReportText.get("debrief.col.moscow_par")).append(" | ")
                .append(ReportText.get("debrief.col.beijing_par")).append(" |\n|---|---|---|---|---|---|---|---|\n");
        for (Table t : tables) {
            sb.append("| ").append(Escape.markdown(t.name())).append(" | ")
                    .append(Escape.markdown(who(t.moscowTeam(), t.moscowSeat()))).append(" | ")
                    .append(Escape.markdown(who(t.beijingTeam(), t.beijingSeat()))).append(" | ")
                    .append(Escape.markdown(t.ending())).append(" | ")
                    .append(Formats.signed(t.moscowScore())).append(" (").append(percentile(t.moscowPercentile()))
                    .append(") | ")
                    .append(Formats.signed(t.beijingScore())).append(" (").append(percentile(t.beijingPercentile()))
                    .append(") | ")
                    .append(Escape.markdown(againstPar(t.moscowStanding()))).append(" | ")
                    .append(Escape.markdown(againstPar(t.beijingStanding()))).append(" |\n");
        }
        sb.append('\n');
        sb.append(Escape.markdownBlock(ReportText.fmt("debrief.simulated", games, seed))).append("\n\n");
        for (Sample s : new Sample[] {moscow, beijing}) {
            sb.append("- ").append(s.side().displayName()).append(": `").append(Formats.signed(s.min())).append(' ')
                    .append(sparkline(s)).append(' ').append(Formats.signed(s.max())).append("` ")
                    .append(Escape.markdown(parInSample(s))).append('\n');
        }
        sb.append("\n").append(ReportText.get("debrief.reproduce")).append("\n\n```\n").append(reproduce())
                .append("\n```\n\n");
        sb.append(Escape.markdownBlock(parNote())).append("\n\n");
        sb.append("## ").append(ReportText.get("debrief.choices")).append("\n\n");
        int max = tables.stream().mapToInt(t -> t.choices().size()).max().orElse(0);
        for (int turn = 1; turn <= max; turn++) {
            sb.append("### ").append(ReportText.fmt("debrief.turn", turn))
                    .append(turn == divergedTurn ? " " + ReportText.get("debrief.diverged_mark") : "").append("\n\n");
            sb.append("| ").append(ReportText.get("debrief.col.table")).append(" | ").append(Side.MOSCOW.displayName())
                    .append(" | ").append(Side.BEIJING.displayName()).append(" |\n|---|---|---|\n");
            for (Table t : tables) {
                if (turn > t.choices().size()) {
                    continue;
                }
                Event.ChoicesRevealed c = t.choices().get(turn - 1);
                sb.append("| ").append(Escape.markdown(t.name())).append(" | ")
                        .append(Escape.markdown(choice(Text.title(c.moscow()), c.moscowRationale()))).append(" | ")
                        .append(Escape.markdown(choice(Text.title(c.beijing()), c.beijingRationale()))).append(" |\n");
            }
            sb.append('\n');
        }
        sb.append("## ").append(ReportText.get("debrief.questions")).append("\n\n");
        for (int i = 0; i < questions.size(); i++) {
            sb.append(i + 1).append(". ").append(Escape.markdown(questions.get(i))).append('\n');
        }
        return sb.toString();
    }

    private static String choice(String title, String rationale) {
        return rationale == null || rationale.isEmpty() ? title : title + ": \u201c" + rationale + "\u201d";
    }

    /**
     * One row per table and turn: the choices and reasons, then the table's scores and percentiles, and its
     * par, result against par and victory level (stable ids) for each side.
     */
    public String csv() {
        StringBuilder sb = new StringBuilder("table,moscow_team,beijing_team,turn,moscow_choice,moscow_reason,"
                + "beijing_choice,beijing_reason,moscow_score,beijing_score,moscow_percentile,beijing_percentile,"
                + "simulated_games,simulation_seed,moscow_par,moscow_result,moscow_level,beijing_par,beijing_result,"
                + "beijing_level\n");
        for (Table t : tables) {
            for (Event.ChoicesRevealed c : t.choices()) {
                sb.append(String.join(",", Escape.csv(t.name(), true), Escape.csv(t.moscowTeam(), true),
                        Escape.csv(t.beijingTeam(), true), Integer.toString(c.turn()), c.moscow().id(),
                        Escape.csv(c.moscowRationale(), true), c.beijing().id(), Escape.csv(c.beijingRationale(), true),
                        Formats.n(t.moscowScore()), Formats.n(t.beijingScore()), t.finished() ? pct(t.moscowPercentile()) : "",
                        t.finished() ? pct(t.beijingPercentile()) : "", Long.toString(games), Escape.csvSeed(seed),
                        Formats.n(t.moscowStanding().par()), Formats.n(t.moscowStanding().result()),
                        t.moscowStanding().victory().id(), Formats.n(t.beijingStanding().par()),
                        Formats.n(t.beijingStanding().result()), t.beijingStanding().victory().id())).append('\n');
            }
        }
        return sb.toString();
    }

    /** The Markdown's content as a printable self-contained HTML page (every piece of text escaped). */
    public String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + Escape.html(ReportText.fmt("debrief.title", title)) + "</title>\n<style>\n"
                + "body{font:11pt/1.45 system-ui,\"DejaVu Sans\",Arial,sans-serif;max-width:60em;margin:0 auto;padding:1em}"
                + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .5em;"
                + "text-align:left;vertical-align:top}h3{break-after:avoid}table{break-inside:avoid}"
                + "pre,code{font-family:\"DejaVu Sans Mono\",monospace}pre{white-space:pre-wrap;overflow-wrap:anywhere}\n</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(Escape.html(ReportText.fmt("debrief.title", title))).append("</h1>\n<p>")
                .append(Escape.html(ReportText.fmt("debrief.intro", tables.size(), turns, rules))).append("</p>\n");
        sb.append("<h2>").append(Escape.html(ReportText.get("debrief.results"))).append("</h2>\n<table>\n<tr>");
        for (String h : new String[] {ReportText.get("debrief.col.table"), Side.MOSCOW.displayName(),
            Side.BEIJING.displayName(), ReportText.get("debrief.col.ending"), ReportText.get("debrief.col.moscow_score"),
            ReportText.get("debrief.col.beijing_score"), ReportText.get("debrief.col.moscow_par"),
            ReportText.get("debrief.col.beijing_par")}) {
            sb.append("<th>").append(Escape.html(h)).append("</th>");
        }
        sb.append("</tr>\n");
        for (Table t : tables) {
            sb.append("<tr><td>").append(Escape.html(t.name())).append("</td><td>")
                    .append(Escape.html(who(t.moscowTeam(), t.moscowSeat()))).append("</td><td>")
                    .append(Escape.html(who(t.beijingTeam(), t.beijingSeat()))).append("</td><td>")
                    .append(Escape.html(t.ending())).append("</td><td>").append(Formats.signed(t.moscowScore()))
                    .append(" (").append(Escape.html(percentile(t.moscowPercentile())))
                    .append(")</td><td>").append(Formats.signed(t.beijingScore())).append(" (")
                    .append(Escape.html(percentile(t.beijingPercentile())))
                    .append(")</td><td>").append(Escape.html(againstPar(t.moscowStanding()))).append("</td><td>")
                    .append(Escape.html(againstPar(t.beijingStanding()))).append("</td></tr>\n");
        }
        sb.append("</table>\n<p>").append(Escape.html(ReportText.fmt("debrief.simulated", games, seed))).append("</p>\n");
        for (Sample s : new Sample[] {moscow, beijing}) {
            sb.append("<p>").append(Escape.html(s.side().displayName())).append(" ").append(svg(s)).append(" ")
                    .append(Escape.html(parInSample(s))).append("</p>\n");
        }
        sb.append("<p>").append(Escape.html(ReportText.get("debrief.reproduce"))).append("</p>\n<pre>")
                .append(Escape.html(reproduce())).append("</pre>\n<p>")
                .append(Escape.html(parNote())).append("</p>\n");
        sb.append("<h2>").append(Escape.html(ReportText.get("debrief.choices"))).append("</h2>\n");
        int max = tables.stream().mapToInt(t -> t.choices().size()).max().orElse(0);
        for (int turn = 1; turn <= max; turn++) {
            sb.append("<h3>").append(Escape.html(ReportText.fmt("debrief.turn", turn)
                    + (turn == divergedTurn ? " " + ReportText.get("debrief.diverged_mark") : ""))).append("</h3>\n");
            sb.append("<table>\n<tr><th>").append(Escape.html(ReportText.get("debrief.col.table"))).append("</th><th>")
                    .append(Escape.html(Side.MOSCOW.displayName())).append("</th><th>")
                    .append(Escape.html(Side.BEIJING.displayName())).append("</th></tr>\n");
            for (Table t : tables) {
                if (turn > t.choices().size()) {
                    continue;
                }
                Event.ChoicesRevealed c = t.choices().get(turn - 1);
                sb.append("<tr><th>").append(Escape.html(t.name())).append("</th><td>")
                        .append(Escape.html(choice(Text.title(c.moscow()), c.moscowRationale()))).append("</td><td>")
                        .append(Escape.html(choice(Text.title(c.beijing()), c.beijingRationale()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>").append(Escape.html(ReportText.get("debrief.questions"))).append("</h2>\n<ol>\n");
        for (String q : questions) {
            sb.append("<li>").append(Escape.html(q)).append("</li>\n");
        }
        return sb.append("</ol>\n</body>\n</html>\n").toString();
    }

    /** Where {@code x} falls between the lowest and highest simulated score, 0 to 1 (clamped). */
    private static double position(Sample s, double x) {
        return s.max() == s.min() ? 0.5 : Math.max(0, Math.min(1, (x - s.min()) / (s.max() - s.min())));
    }

    /** "-14.9 against par: decisive loss", or "no par: draw" when the scenario states none. */
    private static String againstPar(Standing st) {
        return st.hasPar() ? ReportText.fmt("debrief.against_par", Formats.signed(st.result()), st.victory().words())
                : ReportText.fmt("debrief.no_par", st.victory().words());
    }

    /** Where par falls in the simulated games: "par -12.1, above 38% of them". */
    private static String parInSample(Sample s) {
        return s.hasPar() ? ReportText.fmt("debrief.par_in_sample", Formats.signed(s.par()), pct(s.percentile(s.par())))
                : "";
    }

    private String parNote() {
        if (!(moscow.hasPar() && beijing.hasPar())) {
            return ReportText.get("debrief.par.none");
        }
        return turns == scenarioTurns ? ReportText.get("debrief.par")
                : ReportText.get("debrief.par") + " " + ReportText.fmt("debrief.par.scaled", turns, scenarioTurns);
    }

    /** A small bar chart of the simulated scores, with a dashed mark at par and a mark at each table's score. */
    private String svg(Sample s) {
        int[] h = s.histogram(20);
        int top = 1;
        for (int c : h) {
            top = Math.max(top, c);
        }
        StringBuilder sb = new StringBuilder("<svg width=\"220\" height=\"44\" viewBox=\"0 0 220 44\" role=\"img\">");
        for (int i = 0; i < h.length; i++) {
            int bh = (int) Math.round(36.0 * h[i] / top);
            sb.append("<rect x=\"").append(10 + i * 10).append("\" y=\"").append(40 - bh).append("\" width=\"9\" height=\"")
                    .append(bh).append("\" fill=\"#9aa\"/>");
        }
        if (s.hasPar()) {
            double f = position(s, s.par());
            sb.append("<line x1=\"").append(String.format(Locale.ROOT, "%.1f", 10 + f * 200)).append("\" x2=\"")
                    .append(String.format(Locale.ROOT, "%.1f", 10 + f * 200))
                    .append("\" y1=\"0\" y2=\"44\" stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"3 2\"><title>")
                    .append(Escape.html(ReportText.fmt("debrief.par_mark", Formats.signed(s.par())))).append("</title></line>");
        }
        for (Table t : tables) {
            if (!t.finished()) {
                continue; // a score part-way would sit among final scores as if it were one
            }
            double x = s.side() == Side.MOSCOW ? t.moscowScore() : t.beijingScore();
            double f = position(s, x);
            sb.append("<line x1=\"").append(String.format(Locale.ROOT, "%.1f", 10 + f * 200)).append("\" x2=\"")
                    .append(String.format(Locale.ROOT, "%.1f", 10 + f * 200))
                    .append("\" y1=\"2\" y2=\"42\" stroke=\"#b8460b\" stroke-width=\"2\"/>");
        }
        return sb.append("</svg>").toString();
    }
}
