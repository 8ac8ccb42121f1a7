package org.amur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amur.engine.Asymmetry;
import org.amur.engine.Engine;
import org.amur.engine.Forecast;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.RollKind;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.text.Columns;

/**
 * The whole model as plain text: every asymmetry with its citation and weight, every modifier with its
 * size (as this scenario weighs it), when it applies and where it comes from, the odds table, the
 * variants' numbers, scoring, thresholds, the event deck and the state ids. Built from the engine's
 * own enums and the loaded scenario, so the printed rules are the rules that run.
 */
public final class RulesBook {
    private final Engine engine;
    private final Scenario scenario;
    private final int width;
    private final List<String> out = new ArrayList<>();

    public RulesBook(Engine engine, int width) {
        this.engine = engine;
        this.scenario = engine.scenario();
        this.width = Math.max(60, width);
    }

    /** Every line of the rule book. */
    public List<String> lines() {
        out.clear();
        heading("AMUR RULES - scenario " + scenario.id() + ": " + scenario.title());
        para(Text.get("rules.intro"));
        para("Turns: " + scenario.turns() + " (" + scenario.yearOf(1) + "-" + scenario.yearOf(scenario.turns())
                + ", " + scenario.yearsPerTurn() + " year(s) each). Source: Vasily Kashin, The Current State of "
                + "Russian-Chinese Defense Cooperation, CNA, August 2018; pages as in its Contents.");
        sequence();
        linesOfEffort();
        asymmetries();
        modifiers();
        odds();
        variants();
        scoring();
        deck();
        state();
        return List.copyOf(out);
    }

    private void sequence() {
        heading("1. Sequence of a turn");
        for (int i = 1; Text.has("rules.sequence." + i); i++) {
            para(i + ". " + Text.get("rules.sequence." + i));
        }
    }

    private void linesOfEffort() {
        heading("2. Lines of effort");
        for (Line l : Line.values()) {
            para(l.title() + ": " + Text.summary(l));
        }
        for (int i = 1; Text.has("rules.lines." + i); i++) {
            para(Text.get("rules.lines." + i));
        }
    }

    private void asymmetries() {
        heading("3. The thirteen asymmetries");
        para(Text.get("rules.asymmetries"));
        for (Asymmetry a : Asymmetry.values()) {
            out.add("");
            out.add(a.id() + "  " + a.title() + "   weight here: " + Narration.number(Forecast.weight(engine, a), 2));
            out.add("    " + a.citationText());
            wrap(Text.asymmetrySummary(a), "    ");
        }
    }

    private void modifiers() {
        heading("4. Modifiers");
        para(Text.get("rules.modifiers"));
        Asymmetry current = null;
        for (Mod m : Mod.values()) {
            if (m.asymmetry() != current) {
                current = m.asymmetry();
                out.add("");
                out.add(current.id() + " " + current.title() + " (" + current.citationText() + ")");
            }
            String size = size(m, Forecast.modifierSize(engine, m));
            String base = size(m, m.base());
            out.add(String.format(Locale.ROOT, "  %-34s %-10s %s", m.name(), size,
                    (size.equals(base) ? "" : "(model default " + base + ") ")
                            + (m.target() == null ? "" : "on " + m.target().id())));
            wrap(Text.condition(m), "      ");
        }
    }

    private static String size(Mod m, double s) {
        return switch (m.unit()) {
            case ODDS -> Narration.signed(s, 2) + " pp";
            case FACTOR -> "x" + Narration.number(s, 3);
            case CEILING -> Double.isInfinite(s) ? "no cap" : "cap " + Narration.number(s, 1);
            case PER_POINT -> Narration.signed(s, 3) + "/pt";
            case POINTS -> Narration.signed(s, 2);
        };
    }

    private void odds() {
        heading("5. Odds table (percentile die: a roll succeeds when the die, 1-100, is at most the odds)");
        for (RollKind r : RollKind.values()) {
            String base;
            if (r.hazard() != null) {
                RollKind.Hazard h = r.hazard();
                base = "base " + Narration.number(h.rate(), 2) + " x (" + h.driver().id()
                        + (h.from() == 0 ? "" : " - " + Narration.number(h.from(), 0)) + "), rolled when "
                        + h.driver().id() + " >= " + Narration.number(h.rollFrom(), 0);
            } else if (r == RollKind.CARD) {
                base = "base = the card's chance";
            } else {
                base = "base " + r.base() + "%";
            }
            out.add("");
            out.add(String.format(Locale.ROOT, "%-18s %s; kept within %d-%d%%", Text.name(r), base, r.floor(),
                    r.ceiling()));
            List<String> mods = new ArrayList<>();
            for (Mod m : r.modifiers()) {
                mods.add(m.name() + " (" + m.asymmetry().id() + ")");
            }
            if (!mods.isEmpty()) {
                out.add("    modifiers: " + String.join(", ", mods));
            }
            if (r.citation() != null) {
                out.add("    " + r.citation());
            }
            wrap(Text.describe(r), "    ");
        }
    }

    private void variants() {
        heading("6. Variants available in this scenario");
        for (Line line : Line.values()) {
            out.add("");
            out.add(line.title().toUpperCase(Locale.ROOT));
            for (Variant v : scenario.variants()) {
                if (v.line() != line) {
                    continue;
                }
                out.add("  " + v.id() + " - " + Text.title(v) + "  [Moscow " + v.role(Side.MOSCOW) + "s, Beijing "
                        + v.role(Side.BEIJING) + "s" + (v.tags().isEmpty() ? "" : "; " + String.join(", ", v.tags()))
                        + "]");
                out.add("      " + v.citation());
                wrap(Text.summary(v), "      ");
                numbers(v);
            }
        }
    }

    private void numbers(Variant v) {
        v.arms().ifPresent(a -> out.add(String.format(Locale.ROOT,
                "      value $%sB/turn, PLA +%s, border shift %s (A2), copy exposure %s (A7), complexity %s (A6), "
                        + "tier %d, %s, tech loss %s%s",
                Narration.number(a.valueBusd(), 2), Narration.number(a.plaGain(), 1),
                Narration.number(a.borderShift(), 1), Narration.number(a.copyExposure(), 0),
                Narration.number(a.complexity(), 0), a.tier(),
                a.russianEdgeDomain() ? "Russia leads here (A4)" : "outside Russia's lead (A4)",
                Narration.number(a.techLoss(), 1),
                a.indigenousGain() > 0 ? ", licence +" + Narration.number(a.indigenousGain(), 0) + " Chinese industry"
                        : "")));
        v.reverse().ifPresent(r -> out.add(String.format(Locale.ROOT,
                "      Russian industry +%s, Russian economy +%s, Chinese economy +%s, leverage +%s, Chinese industry "
                        + "+%s, tech loss %s, copy exposure %s, tier %d",
                Narration.number(r.ruIndustry(), 1), Narration.number(r.ruEconomy(), 1),
                Narration.number(r.cnEconomy(), 1), Narration.number(r.leverage(), 1),
                Narration.number(r.indigenousGain(), 1), Narration.number(r.techLoss(), 1),
                Narration.number(r.copyExposure(), 0), r.tier())));
        v.exercise().ifPresent(e -> out.add(String.format(Locale.ROOT,
                "      interoperability +%s %s, trust +%s%s%s",
                Narration.number(e.interopGain(), 1),
                e.domain() == null ? "in every domain" : "in " + e.domain().id(),
                Narration.number(e.trustGain(), 1),
                e.maritime() ? (e.russianEdge() ? ", maritime with Russia's edge areas (A9)"
                        : ", maritime with the old surface fleet (A9)") : "",
                e.signal() == null ? "" : ", signal: " + e.signal().name().toLowerCase(Locale.ROOT) + " (A12)")));
    }

    private void scoring() {
        heading("7. Objectives, scoring and end of the game");
        para(Text.get("rules.scoring"));
        for (Side side : Side.values()) {
            out.add("");
            out.add(side.displayName() + " scores:");
            for (Scenario.Objective o : scenario.objectives(side)) {
                out.add(String.format(Locale.ROOT, "  %-36s weight %s", o.indicator().id(),
                        Narration.number(o.weight(), 2)));
            }
        }
        Scenario.OutcomeScores s = scenario.outcomeScores();
        out.add("");
        out.add("Endings (points added to each side's score):");
        out.add(String.format(Locale.ROOT, "  %-22s Moscow %6s  Beijing %6s", "US-China war",
                Narration.signed(s.warUsChinaMoscow(), 1), Narration.signed(s.warUsChinaBeijing(), 1)));
        out.add(String.format(Locale.ROOT, "  %-22s Moscow %6s  Beijing %6s", "Russia-NATO war",
                Narration.signed(s.warNatoMoscow(), 1), Narration.signed(s.warNatoBeijing(), 1)));
        out.add(String.format(Locale.ROOT, "  %-22s Moscow %6s  Beijing %6s", "Rupture",
                Narration.signed(s.ruptureMoscow(), 1), Narration.signed(s.ruptureBeijing(), 1)));
        out.add("  A partner bound by a signed treaty when the other goes to war also gets A12_DRAWN_INTO_WAR ("
                + Narration.signed(Forecast.modifierSize(engine, Mod.A12_DRAWN_INTO_WAR), 1) + ").");
        Scenario.Thresholds t = scenario.thresholds();
        out.add("");
        out.add("Thresholds: real threat of US-China war at us_china_war_risk >= " + Narration.number(t.realThreat(), 1)
                + " (A1 deterrent; Beijing may invoke); Russia-NATO crisis at russia_nato_tension >= "
                + Narration.number(t.natoCrisis(), 1) + " (Moscow may invoke); rupture at trust <= "
                + Narration.number(t.ruptureTrust(), 1) + ".");
        out.add("The game ends after turn " + scenario.turns() + ", or earlier on a war or a rupture.");
    }

    private void deck() {
        heading("8. Event deck (drawn at the start of each turn, in this order, at most "
                + scenario.maxCardsPerTurn() + " per turn)");
        for (Scenario.Card c : scenario.deck()) {
            out.add("");
            List<String> cond = new ArrayList<>();
            for (Scenario.Condition k : c.trigger()) {
                cond.add(k.indicator().id() + (k.op() == Scenario.Op.AT_LEAST ? " >= " : " <= ")
                        + Narration.number(k.value(), 1));
            }
            out.add(c.id() + " - " + c.title());
            out.add("    chance " + c.chance() + "% on turns " + c.firstTurn() + "-" + c.lastTurn()
                    + (c.once() ? ", once per game" : "") + (cond.isEmpty() ? "" : ", when " + String.join(" and ", cond)));
            List<String> fx = new ArrayList<>();
            for (Scenario.CardEffect e : c.effects()) {
                fx.add(e.indicator().id() + " " + Narration.signed(e.delta(), 1));
            }
            out.add("    effects: " + String.join(", ", fx));
            out.add("    " + (c.citation() == null ? "scenario event (not from the report)" : c.citation().toString()));
        }
    }

    private void state() {
        heading("9. State ids (start values in this scenario)");
        for (Indicator i : Indicator.values()) {
            String vis = switch (i.visibility()) {
                case PUBLIC -> "";
                case BEIJING_ONLY -> " (Beijing only)";
                case MOSCOW_ONLY -> " (Moscow only)";
            };
            out.add(String.format(Locale.ROOT, "  %-36s %-22s %s..%s start %s%s", i.id(), Text.label(i),
                    Narration.number(i.min(), 0), Narration.number(i.max(), 0),
                    i.derived() ? "(computed)" : Narration.number(scenario.start().get(i), 1), vis));
        }
    }

    private void heading(String h) {
        out.add("");
        out.add(h);
        out.add("-".repeat(Math.min(width, h.length())));
    }

    private void para(String s) {
        out.add("");
        wrap(s, "");
    }

    private void wrap(String text, String indent) {
        if (!text.isBlank()) {
            out.addAll(Columns.wrap(text.replace('\n', ' '), width, indent, indent));
        }
    }
}
