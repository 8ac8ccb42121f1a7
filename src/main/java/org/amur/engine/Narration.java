package org.amur.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns events into plain lines of text a player can read: what happened, every roll with its base
 * odds, modifiers and draw, every change with the modifier and citation that caused it. Used by the
 * log, replay and reports, so all of them explain a result the same way.
 */
public final class Narration {
    private Narration() {
    }

    /** A signed number with at most {@code decimals} decimals, e.g. {@code +2.5}, {@code -8}. */
    public static String signed(double d, int decimals) {
        String s = number(d, decimals);
        return d > 0 || (d == 0 && !s.startsWith("-")) ? "+" + s : s;
    }

    /**
     * {@code to - from} as the two read when shown to one decimal ({@link #number}), so that a difference adds up as
     * read: 52.25 (shown 52.3) to 50 is -2.3, not the raw -2.25 (shown -2.2). For display only.
     */
    public static double shownDifference(double from, double to) {
        return (Math.round(to * 10) - Math.round(from * 10)) / 10.0;
    }

    public static String number(double d, int decimals) {
        double r = Math.round(d * Math.pow(10, decimals)) / Math.pow(10, decimals);
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", r).replaceAll("0+$", "");
    }

    /**
     * The change from {@code before} to {@code after} as the two shown values make it, so the line adds
     * up ({@code 43.6 -> 43.3 (-0.3)}, not {@code (-0.2)}); a change too small to move the shown values
     * reads {@code +<0.1} or {@code -<0.1}.
     */
    public static String change(double before, double after, int decimals) {
        double scale = Math.pow(10, decimals);
        double shown = (Math.round(after * scale) - Math.round(before * scale)) / scale;
        if (shown == 0 && after != before) {
            return (after > before ? "+<" : "-<") + number(1 / scale, decimals);
        }
        return signed(shown, decimals);
    }

    /** {@code A6 Russian delivery capacity -11 pp}. */
    public static String applied(Event.Applied a) {
        Mod m = a.mod();
        String size = switch (m.unit()) {
            case ODDS -> signed(a.size(), 1) + " pp";
            case FACTOR -> "x" + number(a.size(), 2);
            case CEILING -> "cap " + number(a.size(), 0);
            case POINTS, PER_POINT -> signed(a.size(), 2);
        };
        return m.asymmetry().id() + " " + m.asymmetry().title() + " " + size;
    }

    /** One line per event (some events take several lines); never reveals anything the event lacks. */
    public static List<String> lines(Event e) {
        List<String> out = new ArrayList<>();
        if (e instanceof Event.GameStarted g) {
            out.add(Text.fill("narration.game_started", "scenario", g.scenarioId(), "seed", g.seed(), "rng",
                    g.rngAlgorithm()));
        } else if (e instanceof Event.TurnStarted t) {
            out.add(Text.fill("narration.turn_started", "turn", t.turn(), "year", t.year()));
        } else if (e instanceof Event.CardDrawn c) {
            out.add(Text.fill("narration.card", "title", c.title(), "chance", c.chance(), "draw", c.draw())
                    + Text.fill("narration.card_citation", "citation",
                            c.citation().isEmpty() ? Citation.ASSUMPTION.toString() : c.citation()));
            for (Event.Delta d : c.deltas()) {
                out.add("  " + delta(d));
            }
        } else if (e instanceof Event.ChoiceCommitted c) {
            out.add(Text.fill("narration.committed", "side", c.side().displayName()));
        } else if (e instanceof Event.ChoiceWithdrawn w) {
            out.add(Text.fill("narration.withdrawn", "side", w.side().displayName()));
        } else if (e instanceof Event.ChoicesRevealed r) {
            out.add(Text.fill("narration.revealed", "moscow", choice(r.moscow(), Side.MOSCOW), "beijing",
                    choice(r.beijing(), Side.BEIJING)));
            if (!r.moscowRationale().isEmpty()) {
                out.add("  " + Text.fill("narration.reason.moscow", "reason", r.moscowRationale()));
            }
            if (!r.beijingRationale().isEmpty()) {
                out.add("  " + Text.fill("narration.reason.beijing", "reason", r.beijingRationale()));
            }
        } else if (e instanceof Event.Roll r) {
            out.add(roll(r));
        } else if (e instanceof Event.Effect fx) {
            out.add(Text.narrate(fx));
            if (!fx.factors().isEmpty()) {
                List<String> fs = new ArrayList<>();
                for (Event.Applied a : fx.factors()) {
                    fs.add(applied(a));
                }
                out.add("  " + Text.fill("narration.scaled_by", "factors", String.join("; ", fs)));
            }
            for (Event.Delta d : fx.deltas()) {
                out.add("  " + delta(d));
            }
        } else if (e instanceof Event.ContractUpdate c) {
            out.add(contract(c));
        } else if (e instanceof Event.AllianceChanged a) {
            out.add(Text.fill("narration.alliance", "from", allianceRung(a.from()), "to", allianceRung(a.to())));
        } else if (e instanceof Event.TurnResolved t) {
            out.add(Text.fill("narration.turn_resolved", "turn", t.turn(), "year", t.year(), "moved",
                    t.net().size()));
        } else if (e instanceof Event.Injected i) {
            out.add(Text.fill("narration.injected", "title", i.title()));
            if (!i.rationale().isEmpty()) {
                out.add("  " + i.rationale());
            }
            for (Event.Delta d : i.deltas()) {
                out.add("  " + delta(d));
            }
        } else if (e instanceof Event.Adjudicated a) {
            List<String> what = new ArrayList<>();
            if (a.overrides() > 0) {
                what.add(Text.fill("narration.ruling.rolls", "n",
                        a.overrides()));
            }
            if (a.adjustments() > 0) {
                what.add(Text.fill("narration.ruling.values", "n",
                        a.adjustments()));
            }
            out.add(Text.fill("narration.adjudicated", "what", what.isEmpty() ? Text.get("narration.ruling.none")
                    : String.join(", ", what), "rationale", a.rationale()));
        } else if (e instanceof Event.Overridden o) {
            out.add(Text.fill("narration.overridden", "name", Text.name(o.kind()), "subject", o.subject() == null ? ""
                    : Text.fill("narration.roll_subject", "title", Text.rollSubject(o.kind(), o.subject())),
                    "ruling", Text.get(o.ruling() ? "narration.yes" : "narration.no"),
                    "engine", Text.get(o.engineResult() ? "narration.yes" : "narration.no")));
        } else if (e instanceof Event.FacilitatorNote n) {
            out.add(Text.fill("narration.note", "turn", n.turn(), "text", n.text()));
        } else if (e instanceof Event.GameEnded g) {
            out.add(Text.fill("narration.game_ended", "turn", g.turn(), "reason", Text.ending(g.reason(), g.treaty())));
            out.add("  " + Text.fill("narration.final_scores", "moscow", signed(g.moscowScore(), 1), "beijing",
                    signed(g.beijingScore(), 1)));
        }
        return out;
    }

    /** A contract's news in one line: signed with its size and schedule, or a tranche due. */
    public static String contract(Event.ContractUpdate u) {
        Contract c = u.contract();
        if (u.stage() == Event.ContractUpdate.Stage.SIGNED) {
            return Text.fill("narration.contract_signed", "contract", contractName(c), "size", contractSize(c),
                    "tranches", c.tranches());
        }
        int k = c.delivered() + 1;
        return Text.fill("narration.contract_due", "contract", contractName(c), "tranche", k, "tranches",
                c.tranches(), "units", units(c, c.trancheUnits(k)));
    }

    /** {@code S-400 contract 2}: the system and which of its contracts. */
    public static String contractName(Contract c) {
        return Text.fill("narration.contract_name", "system", Text.title(c.system()), "number", c.number());
    }

    /** {@code 24 aircraft for $2.0B}. */
    public static String contractSize(Contract c) {
        return Text.fill("narration.contract_size", "units", units(c, c.units()), "value", number(c.valueBusd(), 1));
    }

    /** {@code 8 aircraft}, {@code 1 regiment}. */
    public static String units(Contract c, int n) {
        return Text.fill("narration.contract_unit." + c.unit(), "n", n);
    }

    /** {@code S-400 contract 1, tranche 2 of 2}: the label a delivery of this contract's next tranche goes by. */
    public static String trancheLabel(Contract c) {
        return Text.fill("narration.contract_tranche", "contract", contractName(c), "tranche", c.delivered() + 1, "tranches",
                c.tranches());
    }

    public static String choice(Variant v, Side side) {
        return v.role(side) + " " + Text.title(v) + " [" + v.id() + "]";
    }

    public static String roll(Event.Roll r) {
        StringBuilder sb = new StringBuilder(Text.fill("narration.roll", "name", Text.name(r.kind()), "subject",
                r.subject() == null ? "" : Text.fill("narration.roll_subject", "title",
                        Text.rollSubject(r.kind(), r.subject())),
                "base", r.baseOdds()));
        for (Event.Applied a : r.modifiers()) {
            Mod m = a.mod();
            sb.append(", ").append(m.asymmetry().id()).append(' ').append(m.asymmetry().title()).append(' ')
                    .append(m.unit() == Mod.Unit.FACTOR ? "x" + number(a.size(), 2) : signed(a.size(), 1) + " pp");
        }
        sb.append(Text.fill("narration.roll_result", "odds", r.odds(), "draw", r.draw(), "result",
                Text.get(r.success() ? "narration.yes" : "narration.no")));
        return sb.toString();
    }

    /** {@code Trust 62 -> 63.2 (+1.2) [A13 Trust and memory, Kashin 2018 pp.1, 3, 19]}. */
    public static String delta(Event.Delta d) {
        String s = Text.label(d.indicator()) + " " + number(d.before(), 1) + " -> " + number(d.after(), 1) + " ("
                + change(d.before(), d.after(), 1) + ")";
        if (d.cause() != null) {
            Asymmetry a = d.cause().asymmetry();
            s += " [" + a.id() + " " + a.title() + ", " + ModCitations.pages(d.cause()) + "]";
        }
        return s;
    }

    public static String allianceRung(int level) {
        return level >= 0 && level <= 4 ? Text.get("narration.rung." + level) : Integer.toString(level);
    }
}
