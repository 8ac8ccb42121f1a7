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

    public static String number(double d, int decimals) {
        double r = Math.round(d * Math.pow(10, decimals)) / Math.pow(10, decimals);
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", r).replaceAll("0+$", "");
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
            out.add("New game of " + g.scenarioId() + ", seed " + g.seed() + " (" + g.rngAlgorithm() + ").");
        } else if (e instanceof Event.TurnStarted t) {
            out.add("== Turn " + t.turn() + " (" + t.year() + ") ==");
        } else if (e instanceof Event.CardDrawn c) {
            out.add("Event: " + c.title() + " (chance " + c.chance() + "%, drew " + c.draw() + ")"
                    + (c.citation().isEmpty() ? "" : " [" + c.citation() + "]"));
            for (Event.Delta d : c.deltas()) {
                out.add("  " + delta(d));
            }
        } else if (e instanceof Event.ChoiceCommitted c) {
            out.add(c.side().displayName() + " has committed a choice.");
        } else if (e instanceof Event.ChoiceWithdrawn w) {
            out.add(w.side().displayName() + " took its choice back.");
        } else if (e instanceof Event.ChoicesRevealed r) {
            out.add("Revealed: Moscow chose " + choice(r.moscow(), Side.MOSCOW) + "; Beijing chose "
                    + choice(r.beijing(), Side.BEIJING) + ".");
            if (!r.moscowRationale().isEmpty()) {
                out.add("  Moscow's reason: " + r.moscowRationale());
            }
            if (!r.beijingRationale().isEmpty()) {
                out.add("  Beijing's reason: " + r.beijingRationale());
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
                out.add("  scaled by: " + String.join("; ", fs));
            }
            for (Event.Delta d : fx.deltas()) {
                out.add("  " + delta(d));
            }
        } else if (e instanceof Event.AllianceChanged a) {
            out.add("Alliance ladder: " + allianceRung(a.from()) + " -> " + allianceRung(a.to()) + ".");
        } else if (e instanceof Event.TurnResolved t) {
            out.add("End of turn " + t.turn() + " (" + t.year() + "): " + t.net().size() + " indicators moved.");
        } else if (e instanceof Event.GameEnded g) {
            out.add("Game over after turn " + g.turn() + ": " + Text.describe(g.reason()));
            out.add("  Final scores: Moscow " + signed(g.moscowScore(), 1) + ", Beijing " + signed(g.beijingScore(), 1));
        }
        return out;
    }

    public static String choice(Variant v, Side side) {
        return v.role(side) + " " + Text.title(v) + " [" + v.id() + "]";
    }

    public static String roll(Event.Roll r) {
        StringBuilder sb = new StringBuilder("Roll: ");
        sb.append(Text.name(r.kind()));
        if (r.subject() != null) {
            sb.append(" (").append(Text.title(r.subject())).append(')');
        }
        sb.append(": base ").append(r.baseOdds()).append('%');
        for (Event.Applied a : r.modifiers()) {
            Mod m = a.mod();
            sb.append(", ").append(m.asymmetry().id()).append(' ').append(m.asymmetry().title()).append(' ')
                    .append(m.unit() == Mod.Unit.FACTOR ? "x" + number(a.size(), 2) : signed(a.size(), 1) + " pp");
        }
        sb.append(" => ").append(r.odds()).append("%; drew ").append(r.draw()).append(" -> ")
                .append(r.success() ? "yes" : "no");
        return sb.toString();
    }

    /** {@code Trust 62 -> 63.2 (+1.2) [A13 Trust and memory, Kashin 2018 pp.1, 3, 19]}. */
    public static String delta(Event.Delta d) {
        String s = Text.label(d.indicator()) + " " + number(d.before(), 1) + " -> " + number(d.after(), 1) + " ("
                + signed(d.change(), 1) + ")";
        if (d.cause() != null) {
            Asymmetry a = d.cause().asymmetry();
            s += " [" + a.id() + " " + a.title() + ", " + a.pages() + "]";
        }
        return s;
    }

    public static String allianceRung(int level) {
        return switch (level) {
            case 0 -> "0 none";
            case 1 -> "1 consultations";
            case 2 -> "2 preparations in reserve";
            case 3 -> "3 treaty signed";
            case 4 -> "4 treaty invoked";
            default -> Integer.toString(level);
        };
    }
}
