package org.amur.engine;

import static org.amur.engine.Indicator.*;

/**
 * The arms-transfer step of a turn: overdue deliveries, then this turn's deal (A4-A8, A11, A13), forward
 * (Russia sells) or reverse (China supplies). {@link #resolve} plays the step; the odds and outcome
 * functions are also what {@link Forecast} shows.
 */
final class ArmsStep {
    private ArmsStep() {
    }

    /** What the arms step did: whether the sides cooperated, and whether a forward deal reached the PLA. */
    record Result(boolean cooperated, boolean forwardDelivered) {
        private static final Result[] ALL = {
                new Result(false, false), new Result(false, true), new Result(true, false), new Result(true, true)};

        /** The one shared value for these two facts (a record is a value: a turn makes none). */
        static Result of(boolean cooperated, boolean forwardDelivered) {
            return ALL[(cooperated ? 2 : 0) + (forwardDelivered ? 1 : 0)];
        }
    }

    static Result resolve(Turn t, Variant m, Variant b) {
        boolean delivered = deliverBacklog(t);
        if (t.contracts() && deliverContracts(t)) {
            delivered = true;
        }
        if (m == Variant.ARMS_DENIED_SYSTEMS && b != m && t.inForce(Mod.A13_UNASKED_OFFER)) {
            deniedUnasked(t);
        }
        boolean ma = m.line() == Line.ARMS;
        boolean ba = b.line() == Line.ARMS;
        if (!ma && !ba) {
            return Result.of(delivered, delivered);
        }
        if (ma && ba) {
            Variant deal;
            if (m == b) {
                deal = m;
            } else if (m.isForwardArms() == b.isForwardArms()) {
                negotiationTerms(t, m.isForwardArms());
                Variant buyer = m.isForwardArms() ? b : m;
                Variant seller = m.isForwardArms() ? m : b;
                Variant compromise = seller.tier() < buyer.tier() ? seller : buyer;
                if (!t.roll(RollKind.NEGOTIATION, compromise, RollKind.NEGOTIATION.base())) {
                    stalled(t, compromise);
                    return Result.of(delivered, delivered);
                }
                deal = compromise;
                t.fx("arms.compromise", compromise, null).emit();
            } else {
                t.fx("arms.cross_purposes", null, null).emit();
                return Result.of(delivered, delivered);
            }
            if (deal.isForwardArms() && t.contracts() && Contract.terms(deal).isPresent()) {
                sign(t, deal);
                return Result.of(true, delivered);
            }
            if (deal.isForwardArms()) {
                boolean now = forwardDeal(t, deal);
                return Result.of(true, delivered || now);
            }
            reverseDeal(t, deal);
            return Result.of(true, delivered);
        }
        Variant alone = ma ? m : b;
        Side actor = ma ? Side.MOSCOW : Side.BEIJING;
        unanswered(t, alone, actor);
        return Result.of(delivered, delivered);
    }

    /**
     * Rules 3 on: Moscow offers the systems it has always denied while Beijing asked for something else
     * or nothing; the offer alone alarms the West and reads as pressure in Beijing.
     */
    static void deniedUnasked(Turn t) {
        Turn.Fx fx = t.fx("arms.denied_unasked", Variant.ARMS_DENIED_SYSTEMS, Side.MOSCOW);
        fx.mod(Mod.A7_DENIED_OFFER_ALARMS_WEST);
        if (t.inForce(Mod.A13_UNASKED_OFFER)) {
            fx.trust(t.size(Mod.A13_UNASKED_OFFER), Mod.A13_UNASKED_OFFER);
        }
        fx.emit();
    }

    /** One side alone on the arms line. */
    static void unanswered(Turn t, Variant alone, Side actor) {
        if (actor == Side.MOSCOW && alone.isForwardArms()) {
            Turn.Fx fx = t.fx("arms.offer_unanswered", alone, actor);
            fx.mod(Mod.A5_EAGER_SELLER);
            fx.emit();
        } else if (actor == Side.BEIJING && alone.isForwardArms()) {
            Turn.Fx fx = t.fx("arms.request_unanswered", alone, actor);
            fx.trust(-1, null);
            fx.emit();
        } else {
            t.fx("arms.reverse_unanswered", alone, actor).emit();
        }
    }

    /** The terms of the roll for settling on the milder of two different picks on the same side of the trade. */
    static void negotiationTerms(Turn t, boolean forward) {
        t.trustTerm();
        if (forward && t.get(RU_DEFENSE_INDUSTRY) < 50) {
            t.term(Mod.A5_SELLER_NEEDS_DEAL, t.size(Mod.A5_SELLER_NEEDS_DEAL));
        }
    }

    /** Talks on two different picks fail. */
    static void stalled(Turn t, Variant compromise) {
        Turn.Fx fx = t.fx("arms.talks_stalled", compromise, null);
        fx.trust(-1, null);
        fx.emit();
    }

    /** The terms of a delivery roll: Russian plants' capacity for a deal this complex (A6) and trust. */
    static void deliveryTerms(Turn t, double complexity) {
        double shortfall = 1 - t.get(RU_DEFENSE_INDUSTRY) / 100.0;
        t.term(Mod.A6_CAPACITY, t.size(Mod.A6_CAPACITY) * complexity * shortfall);
        t.trustTerm();
    }

    /** The terms of the roll a late contract faces: does it survive? */
    static void survivalTerms(Turn t) {
        t.trustTerm();
    }

    /** A forward deal is struck; returns true if delivered this turn. */
    static boolean forwardDeal(Turn t, Variant deal) {
        Variant.Arms a = deal.arms().orElseThrow();
        deliveryTerms(t, a.complexity());
        if (t.roll(RollKind.DELIVERY, deal, RollKind.DELIVERY.base())) {
            delivered(t, t.fx("arms.delivered", deal, Side.MOSCOW), a);
            return true;
        }
        survivalTerms(t);
        if (t.roll(RollKind.CONTRACT_SURVIVES, deal, RollKind.CONTRACT_SURVIVES.base())) {
            delayed(t, deal);
        } else {
            broken(t, deal);
        }
        return false;
    }

    /** The deal is late: its value joins the backlog, and trust suffers (A6). */
    static void delayed(Turn t, Variant deal) {
        Variant.Arms a = deal.arms().orElseThrow();
        Turn.Fx fx = t.fx("arms.delayed", deal, Side.MOSCOW);
        fx.add(RU_DELIVERY_BACKLOG, a.valueBusd(), null);
        t.overdue.add(deal);
        fx.trust(t.size(Mod.A6_DELAY), Mod.A6_DELAY);
        fx.emit();
    }

    /** The contract breaks (A6). */
    static void broken(Turn t, Variant deal) {
        Turn.Fx fx = t.fx("arms.contract_broken", deal, Side.MOSCOW);
        fx.trust(t.size(Mod.A6_BROKEN_CONTRACT), Mod.A6_BROKEN_CONTRACT);
        fx.emit();
    }

    /** The consequences of a forward deal reaching the PLA, on time or late; emits {@code fx}. */
    static void delivered(Turn t, Turn.Fx fx, Variant.Arms a) {
        delivered(t, fx, a, 1);
    }

    /**
     * The consequences of {@code scale} times a forward deal's table reaching the PLA (1 for a yearly deal,
     * a tranche's share for a contract's); emits {@code fx}, whose subject is the variant delivered. From
     * rules 3 on the copy exposure goes to the variant's class ({@link CopyClass}), engines' reduced by
     * {@link Mod#A8_ENGINES_HARDEST}.
     */
    static void delivered(Turn t, Turn.Fx fx, Variant.Arms a, double scale) {
        // (x * 1 is exactly x: a yearly deal's amounts are bit for bit what they were before contracts)
        fx.add(RU_ARMS_REVENUE, a.valueBusd() * scale, null);
        fx.add(RU_DEFENSE_INDUSTRY, t.size(Mod.A5_ORDERS_SUSTAIN) * a.valueBusd() * scale, Mod.A5_ORDERS_SUSTAIN);
        fx.add(RU_ECONOMY, 0.5 * a.valueBusd() * scale, null);
        double lead = fx.factor(a.russianEdgeDomain() ? Mod.A4_RUSSIAN_LEAD : Mod.A4_OUTSIDE_RUSSIAN_LEAD);
        fx.add(CN_PLA_MODERNIZATION, a.plaGain() * lead * scale,
                a.russianEdgeDomain() ? Mod.A4_RUSSIAN_LEAD : Mod.A4_OUTSIDE_RUSSIAN_LEAD);
        fx.add(RU_FAR_EAST_SECURITY, a.borderShift() * t.size(Mod.A2_BORDER_SHIFT) * scale, Mod.A2_BORDER_SHIFT);
        fx.add(RU_TECH_EDGE, a.techLoss() * t.size(Mod.A7_TECH_DIFFUSION) * scale, Mod.A7_TECH_DIFFUSION);
        double lag = fx.factor(Mod.A8_SLOW_ABSORPTION);
        if (t.olderFighters && fx.subject == Variant.ARMS_DOWNGRADED_EXPORT) {
            // rules 4 on: the older generation, the Su-27 line's class
            t.addCopy(fx, CopyClass.OLDER_FIGHTERS,
                    a.copyExposure() * t.size(Mod.A7_OLDER_GENERATION) * lag * scale, Mod.A7_OLDER_GENERATION);
        } else {
            copyExposure(t, fx, a.copyExposure() * t.size(Mod.A7_COPY_EXPOSURE) * lag * scale);
        }
        fx.add(CN_INDIGENOUS_INDUSTRY, a.indigenousGain() * scale, null);
        fx.add(WESTERN_PRESSURE, a.westernPressure() * scale, null);
        fx.trust(a.trustGain() * scale, null);
        fx.emit();
    }

    /**
     * Adds a transfer's copy exposure: to the one pool under rules 1 and 2; from rules 3 on to the class of
     * {@code fx}'s subject, engines at {@link Mod#A8_ENGINES_HARDEST} of the pace.
     */
    static void copyExposure(Turn t, Turn.Fx fx, double amount) {
        CopyClass c = t.copy == null ? null : CopyClass.of(fx.subject);
        if (c == null) {
            fx.add(CN_COPY_PROGRESS, amount, Mod.A7_COPY_EXPOSURE);
        } else if (c == CopyClass.ENGINES) {
            t.addCopy(fx, c, amount * fx.factor(Mod.A8_ENGINES_HARDEST), Mod.A8_ENGINES_HARDEST);
        } else {
            t.addCopy(fx, c, amount, Mod.A7_COPY_EXPOSURE);
        }
    }

    /**
     * Rules 3: the contract signing {@code v} now would create (its size halved for a repeat, A6), or empty
     * when {@code v} is no big system or the scenario's cap for it is reached.
     */
    static java.util.Optional<Contract> nextContract(Turn t, java.util.List<Contract> signed, Variant v) {
        return Contract.next(signed, v, t.size(Mod.A6_REPEAT_CONTRACT), t.scenario.contractsPerSystem(), t.number);
    }

    /** Rules 3: both sides agree on a big system: a contract is signed, its tranches to come one a turn. */
    static void sign(Turn t, Variant deal) {
        java.util.Optional<Contract> c = nextContract(t, t.contracts, deal);
        if (c.isEmpty()) {
            stalled(t, deal); // the cap is reached (not on offer: only a forced or forged choice comes here)
            return;
        }
        t.contracts.add(c.get());
        if (t.rec.keepsEvents()) {
            t.rec.event(new Event.ContractUpdate(c.get(), Event.ContractUpdate.Stage.SIGNED));
        }
        t.fx("arms.contract_signed", deal, Side.MOSCOW).emit();
    }

    /**
     * Rules 3: each contract still delivering faces a delivery roll for its next tranche, in signing order.
     * A tranche delivered brings its share of the system's table; one that fails slips a turn (A6: trust
     * suffers) or, if the contract does not survive, the contract is broken. Returns true if any arrived.
     */
    static boolean deliverContracts(Turn t) {
        boolean any = false;
        for (int i = 0; i < t.contracts.size(); i++) {
            Contract c = t.contracts.get(i);
            if (!c.active()) {
                continue;
            }
            Variant.Arms a = c.system().arms().orElseThrow();
            if (t.rec.keepsEvents()) {
                t.rec.event(new Event.ContractUpdate(c, Event.ContractUpdate.Stage.DUE));
            }
            deliveryTerms(t, a.complexity());
            if (t.roll(RollKind.DELIVERY, c.system(), RollKind.DELIVERY.base())) {
                t.contracts.set(i, c.deliverTranche());
                tranche(t, c);
                any = true;
                continue;
            }
            survivalTerms(t);
            if (t.roll(RollKind.CONTRACT_SURVIVES, c.system(), RollKind.CONTRACT_SURVIVES.base())) {
                trancheLate(t, c.system());
            } else {
                t.contracts.set(i, c.breakOff());
                broken(t, c.system());
            }
        }
        return any;
    }

    /** Rules 3: a contract's next tranche reaches the PLA: its share of the system's table. */
    static void tranche(Turn t, Contract c) {
        Variant.Arms a = c.system().arms().orElseThrow();
        delivered(t, t.fx("arms.tranche_delivered", c.system(), Side.MOSCOW), a, c.trancheBusd() / a.valueBusd());
    }

    /** Rules 3: a tranche is late: it slips a turn, and trust suffers (A6). */
    static void trancheLate(Turn t, Variant system) {
        Turn.Fx fx = t.fx("arms.tranche_late", system, Side.MOSCOW);
        fx.trust(t.size(Mod.A6_DELAY), Mod.A6_DELAY);
        fx.emit();
    }

    /**
     * Overdue deliveries arrive when Russian plants manage; returns true if any arrived. The oldest
     * overdue deal comes first, with all the consequences of an on-time delivery; a backlog a scenario
     * starts with (contracts signed before the game) arrives up to $1B a turn.
     */
    static boolean deliverBacklog(Turn t) {
        double backlog = t.get(RU_DELIVERY_BACKLOG);
        if (backlog <= 0 && t.overdue.isEmpty()) {
            return false;
        }
        Variant oldest = t.overdue.isEmpty() ? null : t.overdue.get(0);
        deliveryTerms(t, oldest == null ? 30 : oldest.arms().orElseThrow().complexity());
        if (!t.roll(RollKind.DELIVERY, oldest, RollKind.DELIVERY.base())) {
            return false;
        }
        if (oldest != null) {
            t.overdue.remove(0);
            Variant.Arms a = oldest.arms().orElseThrow();
            Turn.Fx fx = t.fx("arms.overdue_delivered", oldest, Side.MOSCOW);
            fx.add(RU_DELIVERY_BACKLOG, -a.valueBusd(), null);
            delivered(t, fx, a);
            return true;
        }
        double amount = Math.min(backlog, 1.0);
        Turn.Fx fx = t.fx("arms.backlog_delivered", null, Side.MOSCOW);
        fx.add(RU_DELIVERY_BACKLOG, -amount, null);
        fx.add(RU_ARMS_REVENUE, amount, null);
        fx.add(RU_DEFENSE_INDUSTRY, t.size(Mod.A5_ORDERS_SUSTAIN) * amount, Mod.A5_ORDERS_SUSTAIN);
        fx.add(CN_PLA_MODERNIZATION, 3.0 * amount, null);
        fx.trust(0.5, null);
        fx.emit();
        return true;
    }

    /**
     * Rules 2 on: the factor on Russia's gains from a reverse deal at this Western pressure, from
     * {@link Mod#A3_REVERSE_WITHOUT_SANCTIONS}'s size at pressure 50 or less up to 1 at pressure 70 or
     * more; exactly 1 under rules without that modifier.
     */
    static double reversePressureFactor(Turn t, double westernPressure) {
        if (!t.rules.inForce(Mod.A3_REVERSE_WITHOUT_SANCTIONS)) {
            return 1;
        }
        double floor = t.size(Mod.A3_REVERSE_WITHOUT_SANCTIONS);
        double need = Math.max(0, Math.min(1, (westernPressure - 50) / 20.0));
        return floor + (1 - floor) * need;
    }

    /**
     * Rules 2 on: the factor on Russia's gains from a reverse deal after {@code delivered} earlier ones
     * ({@link Mod#A11_REVERSE_REPEATED} to that power); exactly 1 under rules without that modifier.
     */
    static double reverseRepeatFactor(Turn t, int delivered) {
        return t.rules.inForce(Mod.A11_REVERSE_REPEATED) && delivered > 0
                ? Math.pow(t.size(Mod.A11_REVERSE_REPEATED), delivered) : 1;
    }

    /** China supplies Russia (a reverse flow). */
    static void reverseDeal(Turn t, Variant deal) {
        Variant.Reverse r = deal.reverse().orElseThrow();
        Turn.Fx fx = t.fx("arms.reverse_delivered", deal, Side.BEIJING);
        double f = fx.factor(Mod.A11_IMPORTS_TEMPORARY);
        if (t.get(WESTERN_PRESSURE) >= 60) {
            f *= fx.factor(Mod.A3_SANCTIONS_DEMAND);
        }
        // rules 2 on (both factors are exactly 1 under rules 1, and then not recorded)
        double pressure = reversePressureFactor(t, t.get(WESTERN_PRESSURE));
        if (pressure != 1) {
            f *= fx.factor(Mod.A3_REVERSE_WITHOUT_SANCTIONS, pressure);
        }
        double repeat = reverseRepeatFactor(t, t.reverseDeals);
        if (repeat != 1) {
            f *= fx.factor(Mod.A11_REVERSE_REPEATED, repeat);
        }
        double industryLead = fx.factor(Mod.A4_CHINESE_LEAD);
        fx.add(RU_DEFENSE_INDUSTRY, r.ruIndustry() * f * industryLead, Mod.A4_CHINESE_LEAD);
        fx.add(RU_ECONOMY, r.ruEconomy() * f, Mod.A11_IMPORTS_TEMPORARY);
        fx.add(CN_ECONOMY, r.cnEconomy(), null);
        fx.add(CN_LEVERAGE, r.leverage(), null);
        fx.add(CN_INDIGENOUS_INDUSTRY, r.indigenousGain(), null);
        fx.add(RU_TECH_EDGE, r.techLoss() * t.size(Mod.A7_TECH_DIFFUSION), Mod.A7_TECH_DIFFUSION);
        if (r.copyExposure() > 0) {
            double lag = fx.factor(Mod.A8_SLOW_ABSORPTION);
            copyExposure(t, fx, r.copyExposure() * t.size(Mod.A7_COPY_EXPOSURE) * lag);
        }
        fx.trust(r.trustGain(), null);
        if (t.rules.inForce(Mod.A3_SUPPLY_DEPENDENCE)) {
            fx.mod(Mod.A3_SUPPLY_DEPENDENCE);
        }
        fx.emit();
        if (t.rules.countsReverseDeals()) {
            t.reverseDeals++;
        }
    }
}
