package org.amur.tui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.amur.engine.Asymmetry;
import org.amur.engine.Engine;
import org.amur.engine.Forecast;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.Rejection;
import org.amur.engine.RollKind;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * Draws what a variant would do if chosen now: the engine's {@link Forecast} (the rolls it would face
 * with their base odds, every term and the final odds, and the changes each outcome brings, each with
 * the asymmetry behind it and where the report makes the point). Nothing here computes a rule.
 *
 * <p>A change to a value the seat cannot see is named without its amount.
 */
final class Preview {

    private final org.amur.engine.Scenario scenario;
    private final Forecast forecast;
    /** Why the variant cannot be chosen now (empty when it can, or when the side has already chosen). */
    private final Optional<Rejection> whyNot;
    private final Side side;
    private final Variant variant;

    Preview(Engine engine, GameState state, Side side, Variant variant) {
        this(new Remote.Outlook(engine.scenario(), engine.forecast(state, side, variant),
                state.hasCommitted(side) ? Optional.empty() : engine.whyIllegal(state, side, variant)), side, variant);
    }

    /** From what a table worked out for {@code side} (a remote team's details): the same text as local play. */
    Preview(Remote.Outlook outlook, Side side, Variant variant) {
        this.scenario = outlook.scenario();
        this.forecast = outlook.forecast();
        this.whyNot = outlook.whyNot();
        this.side = side;
        this.variant = variant;
    }

    Forecast forecast() {
        return forecast;
    }

    private List<Forecast.Note> notes(boolean general) {
        List<Forecast.Note> out = new ArrayList<>();
        for (Forecast.Note n : forecast.notes()) {
            boolean isGeneral = n.key().equals(Forecast.BURDEN_AND_SPOILS) || n.key().equals(Forecast.NO_CONTACT);
            if (n.key().equals(Forecast.RESERVE_REFUSED)) {
                continue; // drawn first, under the line's condition
            }
            if (isGeneral == general) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The variant's own source and every asymmetry its rolls and changes involve, each with the pages of
     * the facts behind them (a scenario assumption said as such).
     */
    String sources() {
        java.util.Map<Asymmetry, LinkedHashSet<String>> seen = new java.util.LinkedHashMap<>();
        for (Forecast.Roll r : forecast.rolls()) {
            for (Forecast.Term t : r.terms()) {
                seen.computeIfAbsent(t.asymmetry(), k -> new LinkedHashSet<>())
                        .add(t.citation() == null ? t.asymmetry().pages() : t.citation().pages());
            }
            causes(r.onSuccess(), seen);
            causes(r.onFailure(), seen);
        }
        for (Forecast.Note n : notes(false)) {
            causes(n.changes(), seen);
        }
        List<String> parts = new ArrayList<>();
        parts.add(variant.citation().toString());
        for (java.util.Map.Entry<Asymmetry, LinkedHashSet<String>> e : seen.entrySet()) {
            Asymmetry a = e.getKey();
            parts.add(a.id() + " " + a.title() + " (" + String.join(", ", e.getValue()) + ")");
        }
        return Ui.t("preview.sources", String.join("; ", parts));
    }

    private static void causes(List<Forecast.Change> changes, java.util.Map<Asymmetry, LinkedHashSet<String>> seen) {
        for (Forecast.Change c : changes) {
            if (c.cause() != null) {
                seen.computeIfAbsent(c.cause(), k -> new LinkedHashSet<>())
                        .add(c.citation() == null ? c.cause().pages() : c.citation().pages());
            }
        }
    }

    // ------------------------------------------------------------------ text

    /** {@code A6 -9.5} (compact) for a roll modifier. */
    static String modShort(Forecast.Term a) {
        return modShort(a, false);
    }

    /**
     * {@code A6 -9.5}; with {@code named}, the modifier's short name after its asymmetry where it has one
     * ({@code A13 trust +3.5}): two terms of one asymmetry in a roll must say which is which.
     */
    static String modShort(Forecast.Term a, boolean named) {
        Mod m = a.mod();
        String key = "preview.mod." + m.name();
        String name = named && Ui.has(key) ? " " + Ui.t(key) : "";
        return m.asymmetry().id() + name + " " + (m.unit() == Mod.Unit.FACTOR ? "x" + Narration.number(a.points(), 2)
                : Narration.signed(a.points(), 1));
    }

    /** {@code A6 Russian delivery capacity -9.5 pp (Kashin 2018 pp.12, 20)}. */
    static String modLong(Forecast.Term a) {
        Mod m = a.mod();
        Asymmetry as = m.asymmetry();
        return as.id() + " " + as.title() + " " + (m.unit() == Mod.Unit.FACTOR ? "x" + Narration.number(a.points(), 2)
                : Narration.signed(a.points(), 1) + " pp") + " (" + a.citation().pages() + ")";
    }

    private String label(Indicator i) {
        return Text.label(i);
    }

    private boolean visible(Indicator i) {
        return i.visibility().visibleTo(side);
    }

    private String changeText(Forecast.Change c, boolean full) {
        StringBuilder sb = new StringBuilder(label(c.indicator())).append(' ')
                .append(Narration.signed(c.delta(), 1));
        if (c.cause() != null) {
            Asymmetry a = c.cause();
            String pages = c.citation() == null ? a.pages() : c.citation().pages();
            sb.append(" (").append(full ? a.id() + " " + a.title() + ", " + pages : a.id()).append(')');
        }
        return sb.toString();
    }

    /**
     * The changes as text; several changes to one indicator (a base amount and a modifier's part) are
     * listed one by one, each with its own cause.
     */
    private String changes(List<Forecast.Change> list, boolean full) {
        List<String> parts = new ArrayList<>();
        for (Forecast.Change c : list) {
            if (Math.abs(c.delta()) < 0.05) {
                continue;
            }
            if (!visible(c.indicator())) {
                parts.add(Ui.t("preview.hidden_change", label(c.indicator())));
                continue;
            }
            parts.add(changeText(c, full));
        }
        return String.join(full ? "; " : ", ", parts);
    }

    /** The roll as one line: {@code Delivery 78% (base 90, A6 -9.5, A13 +1.2)}. */
    static String rollShort(Forecast.Roll o) {
        StringBuilder sb = new StringBuilder(Text.name(o.kind())).append(' ').append(pct(o.odds())).append("% (")
                .append(Ui.t("preview.base")).append(' ').append(pct(o.base()));
        for (Forecast.Term a : o.terms()) {
            boolean shared = false;
            for (Forecast.Term b : o.terms()) {
                shared |= b != a && b.mod().asymmetry() == a.mod().asymmetry();
            }
            sb.append(", ").append(modShort(a, shared));
        }
        return sb.append(')').toString();
    }

    private static long pct(double odds) {
        return Math.round(odds);
    }

    /**
     * The preview as a document of the given width: {@code full} adds the description, every
     * modifier's name, size, condition and citation, and the general effects of cooperating.
     */
    Doc doc(int width, boolean full) {
        Doc d = new Doc(width);
        String other = side.other().displayName();
        d.row(new Span(Text.title(variant), Role.BOLD), new Span("  " + Ui.t("role." + variant.role(side)), Role.DIM));
        if (whyNot.isPresent()) {
            d.para(Ui.t("preview.not_now", whyNot.get().message()), Role.WARN);
        }
        if (full) {
            d.para(Ui.t("preview.id_source", variant.id(), variant.citation().toString()), Role.DIM);
            d.blank();
            d.para(Text.summary(variant));
        }
        String needKey = switch (variant.line()) {
            case ALLIANCE -> "preview.needs.alliance";
            case EXERCISES -> "preview.needs.exercises";
            case ARMS -> "preview.needs.arms";
        };
        d.para(Ui.t(needKey, other), Role.NORMAL);
        for (Forecast.Note n : forecast.notes()) {
            if (n.key().equals(Forecast.RESERVE_REFUSED)) {
                // rules 5: at the moment the reserve was kept for, what standing aside costs comes first
                String ch = changes(n.changes(), full);
                d.para(Ui.t("outcome." + n.key(), other) + (ch.isEmpty() ? "" : ": " + ch), Role.WARN, 0, 2);
            }
        }
        if (full) {
            contract(d, true);
        }
        List<Forecast.Roll> rolls = forecast.rolls();
        if (!rolls.isEmpty()) {
            if (full) {
                d.heading(Ui.t("preview.rolls_heading"));
            }
            for (Forecast.Roll o : rolls) {
                String when = Ui.t("when." + o.subject(), other);
                if (full) {
                    d.para(when + ": " + Text.name(o.kind()) + " " + pct(o.odds()) + "%", Role.BOLD);
                    d.para(Ui.t("preview.base_odds", pct(o.base()), o.kind().citation() == null ? ""
                            : o.kind().citation().toString()), Role.NORMAL, 2, 2);
                    for (Forecast.Term a : o.terms()) {
                        d.para(modLong(a), Role.NORMAL, 2, 2);
                        d.para(Text.condition(a.mod()), Role.DIM, 4, 0);
                    }
                    d.para(Ui.t("preview.final_odds", pct(o.odds()), o.kind().floor(), o.kind().ceiling()),
                            Role.NORMAL, 2, 2);
                } else {
                    d.para(when + ": " + rollShort(o), Role.NORMAL, 0, 2);
                }
            }
        }
        if (!full) {
            contract(d, false);
        }
        if (full) {
            d.heading(Ui.t("preview.effects_heading"));
        }
        for (Forecast.Roll o : rolls) {
            if (!full && o.kind() == RollKind.NEGOTIATION) {
                continue; // the compact view has room for the deal's own outcomes; d shows stalled talks too
            }
            outcome(d, "outcome." + o.subject() + ".success", o.onSuccess(), full, other);
            outcome(d, "outcome." + o.subject() + ".failure", o.onFailure(), full, other);
        }
        outcome(d, null, forecast.certain(), full, other);
        for (Forecast.Note n : notes(false)) {
            if (n.key().equals(Forecast.NO_CREDIT)) {
                // an outcome that changes nothing, said because it is what the choice forgoes
                d.para(Ui.t("outcome." + n.key(), other), Role.NORMAL, 0, 2);
                continue;
            }
            outcome(d, "outcome." + n.key(), n.changes(), full, other);
        }
        if (full) {
            d.heading(Ui.t("preview.cooperation_heading"));
            for (Forecast.Note n : notes(true)) {
                d.para(Ui.t("preview." + n.key(), changes(n.changes(), true)));
            }
            d.blank();
            d.para(Ui.t("preview.estimate_note"), Role.DIM);
        }
        return d;
    }

    /**
     * Rules 3: the contract agreeing would sign (size, value, the year each tranche is due) and what a later
     * sale of the same system would be, as the forecast gives them.
     */
    private void contract(Doc d, boolean full) {
        org.amur.engine.Contract c = forecast.contract();
        if (c == null) {
            return;
        }
        List<String> years = new ArrayList<>();
        for (int k = 1; k <= c.tranches(); k++) {
            int turn = c.scheduledTurn(k);
            years.add(turn > scenario.turns() ? Ui.t("preview.contract_after_game")
                    : Integer.toString(scenario.yearOf(turn)));
        }
        if (!full) {
            d.para(Ui.t("preview.contract_short", Narration.contractSize(c), String.join(", ", years)), Role.NORMAL,
                    0, 2);
            return;
        }
        d.para(Ui.t("preview.contract", Narration.contractName(c), Narration.contractSize(c), c.tranches(),
                String.join(", ", years)), Role.BOLD);
        org.amur.engine.Contract r = forecast.repeat();
        d.para(r == null ? Ui.t("preview.contract_no_repeat", scenario.contractsPerSystem())
                : Ui.t("preview.contract_repeat", Narration.contractSize(r), r.tranches()), Role.NORMAL, 2, 2);
    }

    /** One outcome as a paragraph; an outcome that changes nothing shown is left out. */
    private void outcome(Doc d, String key, List<Forecast.Change> changes, boolean full, String other) {
        String ch = changes(changes, full);
        if (ch.isEmpty()) {
            return;
        }
        d.para(key == null ? Ui.t("outcome.certain", other, ch) : Ui.t(key, other) + ": " + ch, Role.NORMAL, 0, 2);
    }
}
