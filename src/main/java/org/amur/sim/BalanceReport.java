package org.amur.sim;

import java.util.List;
import java.util.Locale;
import org.amur.engine.EndReason;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.TextBundle;

/**
 * Writes a {@link Balance} run as Markdown ({@code BALANCE.md}): definitions, the win/draw/loss table
 * against par under history, search and the round robin, the choice/dice ratios with each side's best
 * response, and per scenario each strategy's mean result and the war rates under Moscow's lines. The
 * words are in {@code balance.properties}.
 */
public final class BalanceReport {
    private static final TextBundle TEXT = TextBundle.load(BalanceReport.class, "balance.properties");

    private BalanceReport() {
    }

    /** The whole report; {@code command} is the command line that produced it. */
    public static String markdown(Balance.Config config, List<Balance.ScenarioResult> results, String command) {
        StringBuilder sb = new StringBuilder();
        line(sb, TEXT.get("title"));
        line(sb, "");
        line(sb, TEXT.format("generated", command, config.rules().version(), config.games(), config.mctsGames(),
                config.seed()));
        line(sb, "");
        line(sb, TEXT.get("how.title"));
        line(sb, "");
        line(sb, TEXT.get("how.result"));
        line(sb, TEXT.format("how.levels", num(Standing.DECISIVE), num(Standing.DRAW_BAND)));
        line(sb, TEXT.get("how.cells"));
        line(sb, TEXT.get("how.a"));
        StringBuilder lines = new StringBuilder();
        for (Balance.Strategy st : Balance.lines(config.scenarios().get(0))) {
            lines.append(lines.length() == 0 ? "" : "; ").append(name(st)).append(" (`").append(st.spec()).append("`)");
        }
        line(sb, TEXT.format("how.strategies", lines.append('.').toString()));
        line(sb, TEXT.get("how.choice"));
        line(sb, TEXT.get("how.lines"));
        line(sb, "");

        line(sb, TEXT.get("summary.wdl"));
        line(sb, "");
        line(sb, TEXT.get("summary.wdl.note"));
        line(sb, "");
        row(sb, TEXT.get("col.scenario"), TEXT.get("col.par"), TEXT.get("col.history"), TEXT.get("col.search"),
                TEXT.get("col.robin"));
        row(sb, "---", "---:", "---:", "---:", "---:");
        for (Balance.ScenarioResult r : results) {
            String par = r.scenario().par().stated()
                    ? num1(r.scenario().par().moscow()) + " / " + num1(r.scenario().par().beijing())
                    : TEXT.get("no_par");
            row(sb, "`" + r.scenario().id() + "`", par, wdl(List.of(r.history())), r.search() == null
                    ? TEXT.get("skipped") : wdl(List.of(r.search())), wdl(r.roundRobin()));
        }
        line(sb, "");

        line(sb, TEXT.get("summary.choice"));
        line(sb, "");
        line(sb, TEXT.get("summary.choice.note"));
        line(sb, "");
        row(sb, TEXT.get("col.scenario"), TEXT.get("col.side"), TEXT.get("col.ratio"), TEXT.get("col.best"));
        row(sb, "---", "---", "---:", "---");
        for (Balance.ScenarioResult r : results) {
            for (Side side : Side.values()) {
                Balance.ChoiceDice cd = r.choiceDice(side);
                row(sb, "`" + r.scenario().id() + "`", TEXT.get("side." + side.id()),
                        num1(cd.choice()) + " / " + num1(cd.dice()) + " = **" + num2(cd.ratio()) + "**",
                        name(cd.best()) + " (" + signed(cd.bestMean()) + ")");
            }
        }
        line(sb, "");

        for (Balance.ScenarioResult r : results) {
            line(sb, TEXT.format("scenario.title", "`" + r.scenario().id() + "`", r.scenario().title()));
            line(sb, "");
            line(sb, TEXT.get("scenario.strategies"));
            line(sb, "");
            row(sb, TEXT.get("col.strategy"), TEXT.get("col.moscow_result"), TEXT.get("col.beijing_result"));
            row(sb, "---", "---:", "---:");
            for (Balance.Strategy st : r.strategies()) {
                row(sb, name(st), signed(r.meanVsField(Side.MOSCOW, st)), signed(r.meanVsField(Side.BEIJING, st)));
            }
            line(sb, "");
            line(sb, TEXT.get("scenario.lines"));
            line(sb, "");
            row(sb, TEXT.get("col.strategy"), TEXT.get("col.war_us_china"), TEXT.get("col.war_russia_nato"),
                    TEXT.get("col.rupture"), TEXT.get("col.moscow"), TEXT.get("col.beijing"));
            row(sb, "---", "---:", "---:", "---:", "---:", "---:");
            for (Balance.Strategy st : r.strategies()) {
                List<Balance.Cell> cells = r.vsField(Side.MOSCOW, st);
                row(sb, name(st), pct(r.rateVsField(Side.MOSCOW, st, EndReason.WAR_US_CHINA)),
                        pct(r.rateVsField(Side.MOSCOW, st, EndReason.WAR_RUSSIA_NATO)),
                        pct(r.rateVsField(Side.MOSCOW, st, EndReason.RUPTURE)),
                        signed(r.meanVsField(Side.MOSCOW, st)), signed(mean(cells, Side.BEIJING)));
            }
            line(sb, "");
        }
        return sb.toString();
    }

    /** A strategy as the report names it: a personality by its spec, a line in the bundle's words. */
    private static String name(Balance.Strategy st) {
        return TEXT.has(st.name()) ? TEXT.get(st.name()) : st.name();
    }

    private static double mean(List<Balance.Cell> cells, Side side) {
        double sum = 0;
        for (Balance.Cell c : cells) {
            sum += c.mean(side);
        }
        return sum / cells.size();
    }

    private static String wdl(List<Balance.Cell> cells) {
        Balance.Wdl m = Balance.ScenarioResult.wdl(Side.MOSCOW, cells);
        Balance.Wdl b = Balance.ScenarioResult.wdl(Side.BEIJING, cells);
        return triple(m) + " · " + triple(b);
    }

    private static String triple(Balance.Wdl w) {
        return String.format(Locale.ROOT, "%.0f/%.0f/%.0f", 100 * w.win(), 100 * w.draw(), 100 * w.loss());
    }

    private static String pct(double x) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * x);
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static String num1(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static String num2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String signed(double x) {
        return String.format(Locale.ROOT, "%+.1f", x);
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        sb.append('\n');
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append('\n');
    }
}
