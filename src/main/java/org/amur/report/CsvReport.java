package org.amur.report;

import static org.amur.report.Escape.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Indicator;

/**
 * The report as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, quoted where needed):
 * one row per turn with the state at its start (as the players saw it when they chose, after that
 * year's event cards), that turn's cards, both choices with their rationales and what the facilitator
 * did (injects, rulings, overrides, notes), then a last row with
 * the state at the end of the game. Every state id is a column, in the engine's order. Numbers use a
 * dot and at most six decimals; text cells that a spreadsheet would run as a formula are defused.
 */
public final class CsvReport {
    /** The columns before the state ids. */
    static final List<String> LEADING = List.of("turn", "year", "point", "cards", "moscow_choice",
            "moscow_rationale", "beijing_choice", "beijing_rationale", "facilitator");

    private CsvReport() {
    }

    public static List<String> header() {
        List<String> h = new ArrayList<>(LEADING);
        for (Indicator i : Indicator.values()) {
            h.add(i.id());
        }
        return h;
    }

    public static String render(GameReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", header().stream().map(c -> csv(c, false)).toList())).append("\r\n");
        for (GameReport.StateRow row : r.states()) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(row.turn()));
            cells.add(Integer.toString(row.year()));
            cells.add(row.point());
            cells.add(csv(row.cards(), true));
            cells.add(csv(row.moscowChoice(), true));
            cells.add(csv(row.moscowRationale(), true));
            cells.add(csv(row.beijingChoice(), true));
            cells.add(csv(row.beijingRationale(), true));
            cells.add(csv(row.facilitator(), true));
            for (double v : row.values()) {
                cells.add(number(v));
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    /** {@code 62}, {@code 48.8}, {@code -27.018204}: plain notation, at most six decimals. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
