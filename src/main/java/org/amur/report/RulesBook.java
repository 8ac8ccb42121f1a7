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
        heading(t("book.title", scenario.id(), scenario.title()));
        para(Text.get("rules.intro"));
        para(t("book.turns", scenario.turns(), scenario.yearOf(1), scenario.yearOf(scenario.turns()),
                scenario.yearsPerTurn()));
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
        heading(t("book.sequence"));
        for (int i = 1; Text.has("rules.sequence." + i); i++) {
            para(i + ". " + Text.get("rules.sequence." + i));
        }
    }

    private void linesOfEffort() {
        heading(t("book.lines"));
        for (Line l : Line.values()) {
            para(t("book.line", l.title(), Text.summary(l)));
        }
        for (int i = 1; Text.has("rules.lines." + i); i++) {
            para(Text.get("rules.lines." + i));
        }
    }

    private void asymmetries() {
        heading(t("book.asymmetries"));
        para(Text.get("rules.asymmetries"));
        for (Asymmetry a : Asymmetry.values()) {
            out.add("");
            out.add(t("book.asymmetry", a.id(), a.title(), Narration.number(Forecast.weight(engine, a), 2)));
            out.add("    " + a.citationText());
            wrap(Text.asymmetrySummary(a), "    ");
        }
    }

    private void modifiers() {
        heading(t("book.modifiers"));
        para(Text.get("rules.modifiers"));
        Asymmetry current = null;
        for (Mod m : Mod.values()) {
            if (m.asymmetry() != current) {
                current = m.asymmetry();
                out.add("");
                out.add(t("book.modifier.group", current.id(), current.title(), current.citationText()));
            }
            String size = size(m, Forecast.modifierSize(engine, m));
            String base = size(m, m.base());
            out.add(String.format(Locale.ROOT, "  %-34s %-10s %s", m.name(), size,
                    (size.equals(base) ? "" : t("book.modifier.default", base) + " ")
                            + (m.target() == null ? "" : t("book.modifier.on", m.target().id()))));
            wrap(Text.condition(m) + " [" + org.amur.engine.ModCitations.of(m) + "]", "      ");
        }
    }

    private static String size(Mod m, double s) {
        return switch (m.unit()) {
            case ODDS -> t("book.unit.odds", Narration.signed(s, 2));
            case FACTOR -> t("book.unit.factor", Narration.number(s, 3));
            case CEILING -> Double.isInfinite(s) ? t("book.unit.no_cap") : t("book.unit.cap", Narration.number(s, 1));
            case PER_POINT -> t("book.unit.per_point", Narration.signed(s, 3));
            case POINTS -> Narration.signed(s, 2);
        };
    }

    private void odds() {
        heading(t("book.odds"));
        for (RollKind r : RollKind.values()) {
            String base;
            if (r.hazard() != null) {
                RollKind.Hazard h = r.hazard();
                base = t("book.odds.hazard", Narration.number(h.rate(), 2), h.driver().id()
                        + (h.from() == 0 ? "" : " - " + Narration.number(h.from(), 0)), h.driver().id(),
                        Narration.number(h.rollFrom(), 0));
            } else if (r == RollKind.CARD) {
                base = t("book.odds.card");
            } else {
                base = t("book.odds.base", r.base());
            }
            out.add("");
            out.add(String.format(Locale.ROOT, "%-18s %s", Text.name(r), t("book.odds.line", base, r.floor(),
                    r.ceiling())));
            List<String> mods = new ArrayList<>();
            for (Mod m : r.modifiers()) {
                mods.add(m.name() + " (" + m.asymmetry().id() + ")");
            }
            if (!mods.isEmpty()) {
                out.add("    " + t("book.odds.modifiers", String.join(", ", mods)));
            }
            if (r.citation() != null) {
                out.add("    " + r.citation());
            }
            wrap(Text.describe(r), "    ");
        }
    }

    private void variants() {
        heading(t("book.variants"));
        for (Line line : Line.values()) {
            out.add("");
            out.add(line.title().toUpperCase(org.amur.engine.TextBundle.locale()));
            for (Variant v : scenario.variants()) {
                if (v.line() != line) {
                    continue;
                }
                out.add("  " + t(v.tags().isEmpty() ? "book.variant" : "book.variant.tagged", v.id(), Text.title(v),
                        v.role(Side.MOSCOW), v.role(Side.BEIJING), String.join(", ", v.tags())));
                out.add("      " + v.citation());
                wrap(Text.summary(v), "      ");
                numbers(v);
            }
        }
    }

    private void numbers(Variant v) {
        v.arms().ifPresent(a -> out.add("      " + t("book.arms",
                Narration.number(a.valueBusd(), 2), Narration.number(a.plaGain(), 1),
                Narration.number(a.borderShift(), 1), Narration.number(a.copyExposure(), 0),
                Narration.number(a.complexity(), 0), String.valueOf(a.tier()),
                t(a.russianEdgeDomain() ? "book.arms.russia_leads" : "book.arms.russia_behind"),
                Narration.number(a.techLoss(), 1),
                a.indigenousGain() > 0 ? t("book.arms.licence", Narration.number(a.indigenousGain(), 0)) : "")));
        v.reverse().ifPresent(r -> out.add("      " + t("book.reverse",
                Narration.number(r.ruIndustry(), 1), Narration.number(r.ruEconomy(), 1),
                Narration.number(r.cnEconomy(), 1), Narration.number(r.leverage(), 1),
                Narration.number(r.indigenousGain(), 1), Narration.number(r.techLoss(), 1),
                Narration.number(r.copyExposure(), 0), String.valueOf(r.tier()))));
        v.exercise().ifPresent(e -> out.add("      " + t("book.exercise",
                Narration.number(e.interopGain(), 1),
                e.domain() == null ? t("book.exercise.every_domain") : t("book.exercise.domain", e.domain().id()),
                Narration.number(e.trustGain(), 1),
                e.maritime() ? t(e.russianEdge() ? "book.exercise.maritime_edge" : "book.exercise.maritime_old") : "",
                e.signal() == null ? "" : t("book.exercise.signal", e.signal().name().toLowerCase(Locale.ROOT)))));
    }

    private void scoring() {
        heading(t("book.scoring"));
        para(Text.get("rules.scoring"));
        for (Side side : Side.values()) {
            out.add("");
            out.add(t("book.scores", side.displayName()));
            for (Scenario.Objective o : scenario.objectives(side)) {
                out.add(String.format(Locale.ROOT, "  %-36s %s", o.indicator().id(),
                        t("book.weight", Narration.number(o.weight(), 2))));
            }
        }
        Scenario.OutcomeScores s = scenario.outcomeScores();
        out.add("");
        out.add(t("book.endings"));
        ending("book.ending.us_china", s.warUsChinaMoscow(), s.warUsChinaBeijing());
        ending("book.ending.nato", s.warNatoMoscow(), s.warNatoBeijing());
        ending("book.ending.rupture", s.ruptureMoscow(), s.ruptureBeijing());
        out.add("  " + t("book.treaty", Narration.signed(Forecast.modifierSize(engine, Mod.A12_DRAWN_INTO_WAR), 1)));
        Scenario.Thresholds t = scenario.thresholds();
        out.add("");
        out.add(t("book.thresholds", Narration.number(t.realThreat(), 1), Narration.number(t.natoCrisis(), 1),
                Narration.number(t.ruptureTrust(), 1)));
        out.add(t("book.end", scenario.turns()));
    }

    private void deck() {
        heading(t("book.deck", scenario.maxCardsPerTurn()));
        for (Scenario.Card c : scenario.deck()) {
            out.add("");
            List<String> cond = new ArrayList<>();
            for (Scenario.Condition k : c.trigger()) {
                cond.add(k.indicator().id() + (k.op() == Scenario.Op.AT_LEAST ? " >= " : " <= ")
                        + Narration.number(k.value(), 1));
            }
            out.add(c.id() + " - " + c.title());
            String when = cond.isEmpty() ? "" : cond.get(0);
            for (int i = 1; i < cond.size(); i++) {
                when = t("book.card.and", when, cond.get(i));
            }
            out.add("    " + t("book.card.chance", c.chance(), c.firstTurn(), c.lastTurn())
                    + (c.once() ? t("book.card.once") : "") + (cond.isEmpty() ? "" : t("book.card.when", when)));
            List<String> fx = new ArrayList<>();
            for (Scenario.CardEffect e : c.effects()) {
                fx.add(e.indicator().id() + " " + Narration.signed(e.delta(), 1));
            }
            out.add("    " + t("book.card.effects", String.join(", ", fx)));
            out.add("    " + (c.citation() == null ? org.amur.engine.Citation.ASSUMPTION.toString() : c.citation().toString()));
        }
    }

    private void state() {
        heading(t("book.state"));
        for (Indicator i : Indicator.values()) {
            String vis = switch (i.visibility()) {
                case PUBLIC -> "";
                case BEIJING_ONLY -> " " + t("book.state.beijing_only");
                case MOSCOW_ONLY -> " " + t("book.state.moscow_only");
            };
            out.add(String.format(Locale.ROOT, "  %-36s %-22s %s", i.id(), Text.label(i), t("book.state.range",
                    Narration.number(i.min(), 0), Narration.number(i.max(), 0),
                    i.derived() ? t("book.state.computed") : Narration.number(scenario.start().get(i), 1)) + vis));
        }
    }

    /** One ending's points to each side, in columns. */
    private void ending(String key, double moscow, double beijing) {
        out.add(String.format(Locale.ROOT, "  %-22s %s", t(key), t("book.ending.points",
                String.format(Locale.ROOT, "%6s", Narration.signed(moscow, 1)),
                String.format(Locale.ROOT, "%6s", Narration.signed(beijing, 1)))));
    }

    private static String t(String key, Object... args) {
        return ReportText.fmt(key, args);
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
