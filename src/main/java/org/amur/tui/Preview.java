package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amur.engine.Asymmetry;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.Rejection;
import org.amur.engine.RollKind;
import org.amur.engine.GameState;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;

/**
 * What a variant would do if chosen now: the rolls it would face with their base odds, every
 * modifier at today's values and the final odds, and the changes it brings, each with the asymmetry
 * that causes it and where the report makes the point. Computed from the model's own tables
 * ({@link Variant}, {@link RollKind}, {@link Mod} sizes in this scenario's {@link Engine}) with the
 * same arithmetic as the resolver; a test checks the odds against real rolls.
 *
 * <p>Values are those the seat can see. Amounts are before clamping at an indicator's bounds, and
 * events earlier in the same turn (an overdue delivery, alliance talks) can move trust or industry
 * before a roll, so the screen calls them estimates "at today's values".
 */
final class Preview {

    /** A roll the variant would face. {@code when} is a ui.properties key saying when it is rolled. */
    record Odds(RollKind kind, String when, int base, List<Event.Applied> mods, int odds) {
    }

    /** A change: indicator, amount, the modifiers behind it (may be empty). */
    record Change(Indicator indicator, double amount, List<Mod> causes) {
    }

    /** A possible outcome (a ui.properties key) and its changes. */
    record Outcome(String when, List<Change> changes, List<Mod> mods) {
    }

    private final Engine engine;
    private final Map<Indicator, Double> values;
    private final Side side;
    private final Variant variant;
    /** Reverse deals delivered so far (public: each delivery is announced); matters from rules 2 on. */
    private final int reverseDeals;

    Preview(Engine engine, Map<Indicator, Double> values, Side side, Variant variant) {
        this(engine, values, side, variant, 0);
    }

    Preview(Engine engine, Map<Indicator, Double> values, Side side, Variant variant, int reverseDeals) {
        this.engine = engine;
        this.values = values;
        this.side = side;
        this.variant = variant;
        this.reverseDeals = reverseDeals;
    }

    private double get(Indicator i) {
        Double d = values.get(i);
        return d == null ? 0 : d;
    }

    private double size(Mod m) {
        return engine.size(m);
    }

    private Event.Applied trustOdds() {
        return new Event.Applied(Mod.A13_TRUST_ODDS, size(Mod.A13_TRUST_ODDS) * (get(Indicator.TRUST) - 50));
    }

    /** Final odds exactly as the resolver computes them: (base + points) x factors, rounded, clamped. */
    static int finalOdds(RollKind kind, double base, List<Event.Applied> mods) {
        double odds = base;
        double factor = 1;
        for (Event.Applied a : mods) {
            if (a.mod().unit() == Mod.Unit.FACTOR) {
                factor *= a.size();
            } else {
                odds += a.size();
            }
        }
        return (int) Math.max(kind.floor(), Math.min(kind.ceiling(), Math.round(odds * factor)));
    }

    private Odds odds(RollKind kind, String when, List<Event.Applied> mods) {
        return new Odds(kind, when, kind.base(), List.copyOf(mods), finalOdds(kind, kind.base(), mods));
    }

    /** The rolls this variant would face, most important first. */
    List<Odds> rolls() {
        List<Odds> out = new ArrayList<>();
        Optional<Variant.Arms> arms = variant.arms();
        if (arms.isPresent()) {
            double shortfall = 1 - get(Indicator.RU_DEFENSE_INDUSTRY) / 100.0;
            out.add(odds(RollKind.DELIVERY, "when.deal", List.of(
                    new Event.Applied(Mod.A6_CAPACITY, size(Mod.A6_CAPACITY) * arms.get().complexity() * shortfall),
                    trustOdds())));
            out.add(odds(RollKind.CONTRACT_SURVIVES, "when.late", List.of(trustOdds())));
            List<Event.Applied> talk = new ArrayList<>(List.of(trustOdds()));
            if (get(Indicator.RU_DEFENSE_INDUSTRY) < 50) {
                talk.add(new Event.Applied(Mod.A5_SELLER_NEEDS_DEAL, size(Mod.A5_SELLER_NEEDS_DEAL)));
            }
            out.add(odds(RollKind.NEGOTIATION, "when.other_deal", talk));
        } else if (variant.isReverseArms()) {
            out.add(odds(RollKind.NEGOTIATION, "when.other_deal", List.of(trustOdds())));
        } else if (variant.line() == Line.EXERCISES) {
            Variant.Exercise e = variant.exercise().orElseThrow();
            List<Event.Applied> m = new ArrayList<>(List.of(trustOdds()));
            if (e.maritime() && !e.russianEdge()) {
                m.add(new Event.Applied(Mod.A9_OLD_FLEET_ODDS, size(Mod.A9_OLD_FLEET_ODDS)));
            }
            out.add(odds(RollKind.EXERCISE_SUCCESS, "when.exercise", m));
            out.add(odds(RollKind.PARTICIPATION, "when.alone_exercise", List.of(trustOdds())));
        } else if (variant == Variant.ALLIANCE_INVOKE) {
            out.add(odds(RollKind.TREATY_HONOURED, "when.invoke_alone", List.of(trustOdds(),
                    new Event.Applied(Mod.A12_DISTANT_THEATRE, size(Mod.A12_DISTANT_THEATRE)))));
        }
        return out;
    }

    private Change change(Indicator i, double amount, Mod... causes) {
        return new Change(i, amount, List.of(causes));
    }

    private Change trust(double amount, Mod cause) {
        if (amount >= 0) {
            double a = amount * size(Mod.A13_SLOW_TRUST);
            return cause == null ? change(Indicator.TRUST, a, Mod.A13_SLOW_TRUST)
                    : change(Indicator.TRUST, a, cause, Mod.A13_SLOW_TRUST);
        }
        double a = amount * size(Mod.A13_LONG_MEMORY);
        return cause == null ? change(Indicator.TRUST, a, Mod.A13_LONG_MEMORY)
                : change(Indicator.TRUST, a, cause, Mod.A13_LONG_MEMORY);
    }

    private Change mod(Mod m) {
        return change(m.target(), size(m), m);
    }

    private double headroom(Indicator domain) {
        return Math.max(0, 1 - get(domain) / size(Mod.A11_INTEGRATION_CEILING));
    }

    /** What could happen, in the order the resolver would reach it. */
    List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>();
        if (variant.arms().isPresent()) {
            Variant.Arms a = variant.arms().get();
            Mod lead = a.russianEdgeDomain() ? Mod.A4_RUSSIAN_LEAD : Mod.A4_OUTSIDE_RUSSIAN_LEAD;
            List<Change> d = new ArrayList<>();
            d.add(change(Indicator.RU_ARMS_REVENUE, a.valueBusd()));
            d.add(change(Indicator.RU_DEFENSE_INDUSTRY, size(Mod.A5_ORDERS_SUSTAIN) * a.valueBusd(), Mod.A5_ORDERS_SUSTAIN));
            d.add(change(Indicator.RU_ECONOMY, 0.5 * a.valueBusd()));
            d.add(change(Indicator.CN_PLA_MODERNIZATION, a.plaGain() * size(lead), lead));
            d.add(change(Indicator.RU_FAR_EAST_SECURITY, a.borderShift() * size(Mod.A2_BORDER_SHIFT), Mod.A2_BORDER_SHIFT));
            d.add(change(Indicator.RU_TECH_EDGE, a.techLoss() * size(Mod.A7_TECH_DIFFUSION), Mod.A7_TECH_DIFFUSION));
            d.add(change(Indicator.CN_COPY_PROGRESS, a.copyExposure() * size(Mod.A7_COPY_EXPOSURE)
                    * size(Mod.A8_SLOW_ABSORPTION), Mod.A7_COPY_EXPOSURE, Mod.A8_SLOW_ABSORPTION));
            d.add(change(Indicator.CN_INDIGENOUS_INDUSTRY, a.indigenousGain()));
            d.add(change(Indicator.WESTERN_PRESSURE, a.westernPressure()));
            d.add(trust(a.trustGain(), null));
            out.add(new Outcome("outcome.delivered", d, List.of()));
            out.add(new Outcome("outcome.delayed", List.of(change(Indicator.RU_DELIVERY_BACKLOG, a.valueBusd()),
                    trust(size(Mod.A6_DELAY), Mod.A6_DELAY)), List.of()));
            out.add(new Outcome("outcome.broken", List.of(trust(size(Mod.A6_BROKEN_CONTRACT), Mod.A6_BROKEN_CONTRACT)),
                    List.of()));
            out.add(side == Side.MOSCOW
                    ? new Outcome("outcome.offer_alone", List.of(mod(Mod.A5_EAGER_SELLER)), List.of())
                    : new Outcome("outcome.request_alone", List.of(trust(-1, null)), List.of()));
        } else if (variant.reverse().isPresent()) {
            Variant.Reverse r = variant.reverse().get();
            double f = size(Mod.A11_IMPORTS_TEMPORARY);
            List<Mod> causes = new ArrayList<>(List.of(Mod.A11_IMPORTS_TEMPORARY));
            if (get(Indicator.WESTERN_PRESSURE) >= 60) {
                f *= size(Mod.A3_SANCTIONS_DEMAND);
                causes.add(Mod.A3_SANCTIONS_DEMAND);
            }
            // rules 2 on, the same arithmetic as the resolver's reverse deal
            double pressure = engine.reversePressureFactor(get(Indicator.WESTERN_PRESSURE));
            if (pressure != 1) {
                f *= pressure;
                causes.add(Mod.A3_REVERSE_WITHOUT_SANCTIONS);
            }
            double repeat = engine.reverseRepeatFactor(reverseDeals);
            if (repeat != 1) {
                f *= repeat;
                causes.add(Mod.A11_REVERSE_REPEATED);
            }
            List<Mod> industry = new ArrayList<>(List.of(Mod.A4_CHINESE_LEAD));
            industry.addAll(causes);
            List<Change> d = new ArrayList<>();
            d.add(change(Indicator.RU_DEFENSE_INDUSTRY, r.ruIndustry() * f * size(Mod.A4_CHINESE_LEAD),
                    industry.toArray(new Mod[0])));
            d.add(change(Indicator.RU_ECONOMY, r.ruEconomy() * f, causes.toArray(new Mod[0])));
            if (engine.rules().inForce(Mod.A3_SUPPLY_DEPENDENCE)) {
                d.add(mod(Mod.A3_SUPPLY_DEPENDENCE));
            }
            d.add(change(Indicator.CN_ECONOMY, r.cnEconomy()));
            d.add(change(Indicator.CN_LEVERAGE, r.leverage()));
            d.add(change(Indicator.CN_INDIGENOUS_INDUSTRY, r.indigenousGain()));
            d.add(change(Indicator.RU_TECH_EDGE, r.techLoss() * size(Mod.A7_TECH_DIFFUSION), Mod.A7_TECH_DIFFUSION));
            d.add(change(Indicator.CN_COPY_PROGRESS, r.copyExposure() * size(Mod.A7_COPY_EXPOSURE)
                    * size(Mod.A8_SLOW_ABSORPTION), Mod.A7_COPY_EXPOSURE, Mod.A8_SLOW_ABSORPTION));
            d.add(trust(r.trustGain(), null));
            out.add(new Outcome("outcome.supplied", d, List.of()));
        } else if (variant.exercise().isPresent()) {
            Variant.Exercise e = variant.exercise().get();
            List<Change> d = new ArrayList<>();
            double gain = e.interopGain();
            Mod naval = null;
            if (e.maritime()) {
                naval = e.russianEdge() ? Mod.A9_EDGE_AREAS : Mod.A9_OLD_SURFACE_FLEET;
                gain *= size(naval);
            }
            if (e.domain() != null) {
                d.add(naval == null ? change(e.domain(), gain * headroom(e.domain()), Mod.A11_INTEGRATION_CEILING)
                        : change(e.domain(), gain * headroom(e.domain()), naval, Mod.A11_INTEGRATION_CEILING));
            } else {
                for (Indicator dom : List.of(Indicator.INTEROP_GROUND_AIR, Indicator.INTEROP_NAVAL,
                        Indicator.INTEROP_AEROSPACE, Indicator.INTEROP_INTERNAL_SECURITY)) {
                    d.add(change(dom, gain * headroom(dom), Mod.A11_INTEGRATION_CEILING));
                }
            }
            d.add(trust(e.trustGain(), null));
            if (e.signal() != null) {
                switch (e.signal()) {
                    case SOUTH_CHINA_SEA -> {
                        d.add(mod(Mod.A12_SOUTH_CHINA_SEA_RISK));
                        d.add(mod(Mod.A12_SOUTH_CHINA_SEA_BINDS_MOSCOW));
                    }
                    case BALTIC -> {
                        d.add(mod(Mod.A12_BALTIC_TENSION));
                        d.add(mod(Mod.A12_BALTIC_COSTS_STANDING));
                        d.add(mod(Mod.A12_BALTIC_COSTS_EU_TRADE));
                    }
                    case MEDITERRANEAN -> d.add(mod(Mod.A12_MEDITERRANEAN_PRESSURE));
                    default -> throw new IllegalStateException(e.signal().name());
                }
            }
            d.add(change(Indicator.WESTERN_PRESSURE, e.westernPressure()));
            d.add(change(Indicator.CN_STANDING, e.cnStanding()));
            d.add(change(Indicator.CN_PLA_MODERNIZATION, e.plaGain()));
            if (e.russianEdge()) {
                d.add(mod(Mod.A9_EDGE_SHOWN));
            }
            out.add(new Outcome("outcome.exercise_full", d, List.of()));
            out.add(new Outcome("outcome.exercise_partial", List.of(), List.of()));
        } else {
            alliance(out);
        }
        return out;
    }

    private void alliance(List<Outcome> out) {
        switch (variant) {
            case ALLIANCE_CONSULT -> {
                out.add(new Outcome("outcome.talks", List.of(trust(1.5, null)), List.of()));
                out.add(new Outcome("outcome.consult_alone", List.of(trust(0.5, null)), List.of()));
            }
            case ALLIANCE_PREPARE -> {
                out.add(new Outcome("outcome.talks", List.of(trust(1.5, null)), List.of()));
                out.add(new Outcome("outcome.kept_in_reserve", List.of(
                        change(Indicator.INTEROP_AEROSPACE, headroom(Indicator.INTEROP_AEROSPACE),
                                Mod.A11_INTEGRATION_CEILING),
                        change(Indicator.INTEROP_GROUND_AIR, 0.5 * headroom(Indicator.INTEROP_GROUND_AIR),
                                Mod.A11_INTEGRATION_CEILING)), List.of()));
            }
            case ALLIANCE_SIGN -> {
                boolean threat = get(Indicator.US_CHINA_WAR_RISK) >= engine.scenario().thresholds().realThreat();
                List<Change> d = new ArrayList<>();
                for (Mod m : List.of(Mod.A12_TREATY_BINDS_MOSCOW, Mod.A12_TREATY_BINDS_BEIJING,
                        Mod.A12_TREATY_ALARMS_WEST, Mod.A12_TREATY_ALARMS_NATO, Mod.A12_TREATY_HURTS_CHINESE_TRADE,
                        Mod.A10_TREATY_COSTS_SOFT_POWER, Mod.A2_ALLY_ON_BORDER,
                        threat ? Mod.A1_TREATY_DETERRENT : Mod.A1_TREATY_WITHOUT_THREAT)) {
                    d.add(mod(m));
                }
                d.add(trust(4, null));
                out.add(new Outcome("outcome.signed", d, List.of()));
                out.add(new Outcome("outcome.rebuffed", List.of(trust(size(Mod.A13_REBUFF), Mod.A13_REBUFF),
                        change(side == Side.MOSCOW ? Indicator.RU_FREEDOM : Indicator.CN_FREEDOM, -2)), List.of()));
            }
            case ALLIANCE_INVOKE -> {
                List<Change> d = new ArrayList<>();
                if (side == Side.BEIJING) {
                    d.add(mod(Mod.A1_INVOCATION_DETERS));
                    d.add(change(Indicator.RU_FREEDOM, size(Mod.A12_HONOURING_BINDS), Mod.A12_HONOURING_BINDS));
                } else {
                    d.add(change(Indicator.RUSSIA_NATO_TENSION, -3 * size(Mod.A1_NO_CHINESE_UMBRELLA),
                            Mod.A1_NO_CHINESE_UMBRELLA));
                    d.add(change(Indicator.CN_FREEDOM, size(Mod.A12_HONOURING_BINDS), Mod.A12_HONOURING_BINDS));
                }
                d.add(trust(3, null));
                out.add(new Outcome("outcome.honoured", d, List.of()));
                out.add(new Outcome("outcome.refused", List.of(trust(size(Mod.A13_BROKEN_PROMISE),
                        Mod.A13_BROKEN_PROMISE), change(side == Side.MOSCOW ? Indicator.RU_FREEDOM
                        : Indicator.CN_FREEDOM, -5)), List.of()));
            }
            default -> throw new IllegalStateException(variant.id());
        }
    }

    /** The variant's own source and every asymmetry its rolls and changes involve, with pages. */
    String sources() {
        java.util.LinkedHashSet<Asymmetry> seen = new java.util.LinkedHashSet<>();
        for (Odds o : rolls()) {
            for (Event.Applied a : o.mods()) {
                seen.add(a.mod().asymmetry());
            }
        }
        for (Outcome oc : outcomes()) {
            for (Change c : oc.changes()) {
                for (Mod m : c.causes()) {
                    seen.add(m.asymmetry());
                }
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(variant.citation().toString());
        for (Asymmetry a : seen) {
            parts.add(a.id() + " " + a.title() + " (" + a.pages() + ")");
        }
        return Ui.t("preview.sources", String.join("; ", parts));
    }

    // ------------------------------------------------------------------ text

    /** {@code A6 -9.5} (compact) for a roll modifier. */
    static String modShort(Event.Applied a) {
        Mod m = a.mod();
        return m.asymmetry().id() + " " + (m.unit() == Mod.Unit.FACTOR ? "x" + Narration.number(a.size(), 2)
                : Narration.signed(a.size(), 1));
    }

    /** {@code A6 Russian delivery capacity -9.5 pp (Kashin 2018 pp.12, 20)}. */
    static String modLong(Event.Applied a) {
        Mod m = a.mod();
        Asymmetry as = m.asymmetry();
        return as.id() + " " + as.title() + " " + (m.unit() == Mod.Unit.FACTOR ? "x" + Narration.number(a.size(), 2)
                : Narration.signed(a.size(), 1) + " pp") + " (" + as.pages() + ")";
    }

    private String label(Indicator i) {
        return Text.label(i);
    }

    private boolean visible(Indicator i) {
        return values.containsKey(i);
    }

    private String changeText(Change c, boolean full) {
        StringBuilder sb = new StringBuilder(label(c.indicator())).append(' ')
                .append(Narration.signed(c.amount(), 1));
        if (!c.causes().isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (Mod m : c.causes()) {
                String id = m.asymmetry().id();
                String s = full ? id + " " + m.asymmetry().title() + ", " + m.asymmetry().pages() : id;
                if (!ids.contains(s)) {
                    ids.add(s);
                }
            }
            sb.append(" (").append(String.join(full ? "; " : ", ", ids)).append(')');
        }
        return sb.toString();
    }

    private String changes(List<Change> list, boolean full) {
        List<String> parts = new ArrayList<>();
        for (Change c : list) {
            if (Math.abs(c.amount()) < 0.05) {
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
    static String rollShort(Odds o) {
        StringBuilder sb = new StringBuilder(Text.name(o.kind())).append(' ').append(o.odds()).append("% (")
                .append(Ui.t("preview.base")).append(' ').append(o.base());
        for (Event.Applied a : o.mods()) {
            sb.append(", ").append(modShort(a));
        }
        return sb.append(')').toString();
    }

    /**
     * The preview as a document of the given width: {@code full} adds the description, every
     * modifier's name, size, condition and citation, and the general effects of cooperating.
     */
    Doc doc(int width, boolean full, GameState state) {
        Doc d = new Doc(width);
        String other = side.other().displayName();
        d.row(new Span(Text.title(variant), Role.BOLD), new Span("  " + Ui.t("role." + variant.role(side)), Role.DIM));
        Optional<Rejection> why = engine.whyIllegal(state, side, variant);
        if (why.isPresent() && !state.hasCommitted(side)) {
            d.para(Ui.t("preview.not_now", why.get().message()), Role.WARN);
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
        List<Odds> rolls = rolls();
        if (!rolls.isEmpty()) {
            if (full) {
                d.heading(Ui.t("preview.rolls_heading"));
            }
            for (Odds o : rolls) {
                if (full) {
                    d.para(Ui.t(o.when(), other) + ": " + Text.name(o.kind()) + " " + o.odds() + "%", Role.BOLD);
                    d.para(Ui.t("preview.base_odds", o.base(), o.kind().citation() == null ? ""
                            : o.kind().citation().toString()), Role.NORMAL, 2, 2);
                    for (Event.Applied a : o.mods()) {
                        d.para(modLong(a), Role.NORMAL, 2, 2);
                        d.para(Text.condition(a.mod()), Role.DIM, 4, 0);
                    }
                    d.para(Ui.t("preview.final_odds", o.odds(), o.kind().floor(), o.kind().ceiling()), Role.NORMAL, 2, 2);
                } else {
                    d.para(Ui.t(o.when(), other) + ": " + rollShort(o), Role.NORMAL, 0, 2);
                }
            }
        }
        if (full) {
            d.heading(Ui.t("preview.effects_heading"));
        }
        for (Outcome oc : outcomes()) {
            String ch = changes(oc.changes(), full);
            String text = Ui.t(oc.when(), other) + (ch.isEmpty() ? "" : ": " + ch);
            d.para(text, Role.NORMAL, 0, 2);
        }
        if (full) {
            d.heading(Ui.t("preview.cooperation_heading"));
            List<Change> coop = new ArrayList<>();
            for (Mod m : List.of(Mod.A10_BURDEN_FREEDOM, Mod.A10_BURDEN_ECONOMY, Mod.A10_BURDEN_TENSION,
                    Mod.A10_SPOILS_STANDING, Mod.A10_SPOILS_ECONOMY, Mod.A10_SPOILS_NO_REBALANCE)) {
                coop.add(mod(m));
            }
            d.para(Ui.t("preview.cooperation", changes(coop, true)));
            d.para(Ui.t("preview.no_cooperation", Narration.signed(size(Mod.A13_NO_CONTACT)
                    * size(Mod.A13_LONG_MEMORY), 1)));
            d.blank();
            d.para(Ui.t("preview.estimate_note"), Role.DIM);
        }
        return d;
    }
}
