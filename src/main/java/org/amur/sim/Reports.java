package org.amur.sim;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.engine.Asymmetry;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.scenario.StrictJson;
import org.amur.scenario.TextRules;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of a batch as a readable table, as JSON with stable names, and as CSV rows (one per
 * game). Numbers are rounded to fixed decimals so that the same result always prints the same bytes.
 */
public final class Reports {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Indicator[] IND = Indicator.values();

    private Reports() {
    }

    // ------------------------------------------------------------------ JSON

    /** The result (and the tornado, if any) as a JSON tree; see the README for every field. */
    public static ObjectNode json(SimResult r, Sensitivity.Tornado tornado) {
        SimConfig c = r.config();
        ObjectNode o = F.objectNode();
        o.put("scenario", c.scenario().id());
        o.put("games", r.games());
        o.put("seed", c.seed());
        ObjectNode policies = o.putObject("policies");
        policies.put("moscow", c.moscow().text());
        policies.put("beijing", c.beijing().text());
        ObjectNode scale = o.putObject("scale");
        for (Map.Entry<Asymmetry, Double> e : c.scale().entrySet()) {
            scale.put(e.getKey().id(), num(e.getValue()));
        }
        ObjectNode outcomes = o.putObject("outcomes");
        for (SimResult.Outcome out : SimResult.Outcome.values()) {
            outcomes.put(out.id(), num(r.rate(out)));
        }
        ObjectNode scores = o.putObject("scores");
        scores.set("moscow", summary(r.score(Side.MOSCOW)));
        scores.set("beijing", summary(r.score(Side.BEIJING)));
        scores.set("combined", summary(r.combinedScore()));
        scores.set("beijing_minus_moscow", summary(r.scoreGap()));
        ObjectNode par = o.putObject("par");
        ObjectNode victory = o.putObject("victory");
        for (Side side : Side.values()) {
            par.put(side.id(), num(r.par(side)));
            ObjectNode v = victory.putObject(side.id());
            v.put("win", num(r.winRate(side)));
            v.put("draw", num(r.drawRate(side)));
            v.put("loss", num(r.lossRate(side)));
        }
        ObjectNode fin = o.putObject("final");
        for (Indicator i : IND) {
            fin.set(i.id(), summary(r.fin(i)));
        }
        for (Side side : Side.values()) {
            fin.set(resultId(side), summary(r.result(side)));
        }
        ArrayNode perTurn = o.putArray("per_turn");
        for (SimResult.TurnMeans t : r.perTurn()) {
            ObjectNode tn = perTurn.addObject();
            tn.put("turn", t.turn());
            tn.put("year", t.year());
            tn.put("games", t.games());
            ObjectNode mean = tn.putObject("mean");
            for (Indicator i : IND) {
                mean.put(i.id(), num(t.mean().get(i)));
            }
        }
        ObjectNode events = o.putObject("events");
        events.put("unlicensed_copies", r.unlicensedCopies());
        events.put("unlicensed_copies_per_game", num((double) r.unlicensedCopies() / r.games()));
        ObjectNode fallbacks = o.putObject("fallbacks");
        fallbacks.put("moscow", r.fallbacks(Side.MOSCOW));
        fallbacks.put("beijing", r.fallbacks(Side.BEIJING));
        if (tornado != null) {
            ObjectNode s = o.putObject("sensitivity");
            s.put("low", num(tornado.lowScale()));
            s.put("high", num(tornado.highScale()));
            ObjectNode t = s.putObject("tornado");
            for (Map.Entry<Sensitivity.Metric, List<Sensitivity.Bar>> e : tornado.bars().entrySet()) {
                ArrayNode a = t.putArray(e.getKey().id());
                for (Sensitivity.Bar b : e.getValue()) {
                    ObjectNode bn = a.addObject();
                    bn.put("asymmetry", b.asymmetry().id());
                    bn.put("low", num(b.low()));
                    bn.put("high", num(b.high()));
                    bn.put("swing", num(b.swing()));
                }
            }
        }
        return o;
    }

    /** The id of a side's result against par among the final values ({@code ru.result_vs_par}...). */
    public static String resultId(Side side) {
        return side.prefix() + ".result_vs_par";
    }

    /** The JSON document as text, indented, one final newline. */
    public static String jsonText(SimResult r, Sensitivity.Tornado tornado) {
        return StrictJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(json(r, tornado)) + "\n";
    }

    private static ObjectNode summary(Distribution.Summary s) {
        ObjectNode o = F.objectNode();
        o.put("mean", num(s.mean()));
        o.put("sd", num(s.sd()));
        o.put("p5", num(s.p5()));
        o.put("p50", num(s.p50()));
        o.put("p95", num(s.p95()));
        return o;
    }

    /** Six decimals, trailing zeros dropped, never exponent notation. */
    static BigDecimal num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e6), 6).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    // ------------------------------------------------------------------ CSV

    /** The CSV header line (with its newline). */
    public static String csvHeader() {
        StringBuilder sb = new StringBuilder("game,seed,ending,turns,alliance_signed,alliance_invoked,"
                + "unlicensed_copies,fallbacks_moscow,fallbacks_beijing");
        for (Indicator i : IND) {
            sb.append(',').append(i.id());
        }
        for (Side side : Side.values()) {
            sb.append(',').append(resultId(side)).append(',').append(side.prefix()).append(".victory");
        }
        return sb.append('\n').toString();
    }

    /** Appends one game's CSV line (with its newline). */
    static void csvRow(StringBuilder sb, GameRecord g, org.amur.engine.Engine engine) {
        sb.append(g.index()).append(',').append(org.amur.report.Escape.csvSeed(g.seed())).append(',').append(g.ending().id()).append(',')
                .append(g.turns()).append(',').append(g.allianceSigned() ? 1 : 0).append(',')
                .append(g.allianceInvoked() ? 1 : 0).append(',').append(g.unlicensedCopies()).append(',')
                .append(g.moscowFallbacks()).append(',').append(g.beijingFallbacks());
        for (Indicator i : IND) {
            sb.append(',');
            fixed(sb, g.finalState().get(i), 4);
        }
        for (Side side : Side.values()) {
            org.amur.engine.Standing st = engine.standing(g.finalState(), side);
            sb.append(',');
            fixed(sb, st.result(), 4).append(',').append(st.victory().id());
        }
        sb.append('\n');
    }

    /** Appends {@code v} rounded to {@code decimals} places (half away from zero), without exponent. */
    static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
        if (Double.isNaN(v)) {
            return sb.append("nan");
        }
        long p = 1;
        for (int k = 0; k < decimals; k++) {
            p *= 10;
        }
        long q = Math.round(Math.abs(v) * p);
        if (v < 0 && q != 0) {
            sb.append('-');
        }
        sb.append(q / p);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(q % p);
            for (int k = frac.length(); k < decimals; k++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }

    static String fixed(double v, int decimals) {
        return fixed(new StringBuilder(), v, decimals).toString();
    }

    // ------------------------------------------------------------------ table

    /** The readable report. */
    public static void table(SimResult r, Sensitivity.Tornado tornado, PrintWriter out) {
        SimConfig c = r.config();
        out.println(SimText.get("table.title", "scenario", c.scenario().id(),
                "title", TextRules.sanitize(c.scenario().title(), false)));
        out.println(SimText.get("table.setup", "games", r.games(), "seed", c.seed(), "moscow", c.moscow().text(),
                "beijing", c.beijing().text()));
        if (!c.scale().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<Asymmetry, Double> e : c.scale().entrySet()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey().id()).append(" x")
                        .append(num(e.getValue()).toPlainString());
            }
            out.println(SimText.get("table.scale", "scale", sb));
        }
        out.println();
        out.println(SimText.get("table.outcomes"));
        for (SimResult.Outcome o : SimResult.Outcome.values()) {
            out.printf(Locale.ROOT, "  %-18s %-40s %8s %%%n", o.id(), SimText.get("outcome." + o.id()),
                    fixed(100 * r.rate(o), 2));
        }
        out.println();
        header(out, SimText.get("table.scores"));
        row(out, "moscow", r.score(Side.MOSCOW), 1);
        row(out, "beijing", r.score(Side.BEIJING), 1);
        row(out, "combined", r.combinedScore(), 1);
        row(out, "beijing_minus_moscow", r.scoreGap(), 1);
        for (Side side : Side.values()) {
            row(out, resultId(side), r.result(side), 1);
        }
        out.println("  " + SimText.get("table.par", "moscow", fixed(r.par(Side.MOSCOW), 2), "beijing",
                fixed(r.par(Side.BEIJING), 2)));
        for (Side side : Side.values()) {
            out.println("  " + SimText.get("table.victory." + side.id(), "win", fixed(100 * r.winRate(side), 2),
                    "draw", fixed(100 * r.drawRate(side), 2), "loss", fixed(100 * r.lossRate(side), 2)));
        }
        out.println();
        header(out, SimText.get("table.final"));
        for (Indicator i : IND) {
            row(out, i.id(), r.fin(i), 2);
        }
        out.println("  " + SimText.get("table.percentiles"));
        out.println();
        out.println(SimText.get("table.copies", "copies", r.unlicensedCopies(),
                "per_game", fixed((double) r.unlicensedCopies() / r.games(), 3)));
        if (r.fallbacks(Side.MOSCOW) > 0 || r.fallbacks(Side.BEIJING) > 0
                || c.moscow() instanceof PolicySpec.Scripted || c.beijing() instanceof PolicySpec.Scripted) {
            out.println(SimText.get("table.fallbacks", "moscow", r.fallbacks(Side.MOSCOW),
                    "beijing", r.fallbacks(Side.BEIJING)));
        }
        out.println();
        out.println(SimText.get("table.per_turn"));
        StringBuilder years = new StringBuilder(String.format(Locale.ROOT, "  %-36s", ""));
        StringBuilder games = new StringBuilder(String.format(Locale.ROOT, "  %-36s", SimText.get("table.games_in_play")));
        for (SimResult.TurnMeans t : r.perTurn()) {
            years.append(String.format(Locale.ROOT, "%9d", t.year()));
            games.append(String.format(Locale.ROOT, "%9d", t.games()));
        }
        out.println(years);
        out.println(games);
        for (Indicator i : IND) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-36s", i.id()));
            for (SimResult.TurnMeans t : r.perTurn()) {
                line.append(String.format(Locale.ROOT, "%9s", fixed(t.mean().get(i), 2)));
            }
            out.println(line);
        }
        if (tornado != null) {
            out.println();
            out.println(SimText.get("table.tornado", "low", num(tornado.lowScale()).toPlainString(),
                    "high", num(tornado.highScale()).toPlainString()));
            for (Map.Entry<Sensitivity.Metric, List<Sensitivity.Bar>> e : tornado.bars().entrySet()) {
                Sensitivity.Metric m = e.getKey();
                out.println();
                out.println("  " + SimText.get("table.tornado.based", "metric", SimText.get("table.tornado.metric", "metric",
                        SimText.get("metric." + m.id())), "base", metric(m, m.of(tornado.base()))));
                double widest = 0;
                for (Sensitivity.Bar b : e.getValue()) {
                    widest = Math.max(widest, Math.abs(b.swing()));
                }
                for (Sensitivity.Bar b : e.getValue()) {
                    int len = widest == 0 ? 0 : (int) Math.round(20 * Math.abs(b.swing()) / widest);
                    out.printf(Locale.ROOT, "    %-4s %10s -> %-10s %11s  %s%n", b.asymmetry().id(), metric(m, b.low()),
                            metric(m, b.high()), signed(m, b.swing()), "#".repeat(len));
                }
            }
        }
        out.flush();
    }

    private static String metric(Sensitivity.Metric m, double v) {
        return m.isRate() ? fixed(100 * v, 2) + " %" : fixed(v, 2);
    }

    /** A swing: percentage points for a rate, points for a score. */
    private static String signed(Sensitivity.Metric m, double v) {
        String s = m.isRate() ? fixed(100 * v, 2) + " pp" : fixed(v, 2);
        return v > 0 ? "+" + s : s;
    }

    private static void header(PrintWriter out, String title) {
        out.printf(Locale.ROOT, "%-38s %9s %9s %9s %9s %9s%n", title, SimText.get("table.mean"), SimText.get("table.sd"),
                SimText.get("table.p5"), SimText.get("table.p50"), SimText.get("table.p95"));
    }

    private static void row(PrintWriter out, String name, Distribution.Summary s, int decimals) {
        out.printf(Locale.ROOT, "  %-36s %9s %9s %9s %9s %9s%n", name, fixed(s.mean(), decimals), fixed(s.sd(), decimals),
                fixed(s.p5(), decimals), fixed(s.p50(), decimals), fixed(s.p95(), decimals));
    }
}
