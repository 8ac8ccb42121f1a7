package org.amur.engine;

import static org.amur.engine.Indicator.*;

/**
 * The formal-alliance step of a turn: the ladder from consultations to an invoked treaty (A1, A12,
 * A13). {@link #resolve} plays the step; the odds and outcome functions are also what
 * {@link Forecast} shows.
 */
final class AllianceStep {
    private AllianceStep() {
    }

    /** Plays the alliance line; returns true if both sides worked on it together. */
    static boolean resolve(Turn t, Variant m, Variant b) {
        Variant ma = m.line() == Line.ALLIANCE ? m : null;
        Variant ba = b.line() == Line.ALLIANCE ? b : null;
        if (ma == null && ba == null) {
            return false;
        }
        int level = t.allianceLevel();
        if (ma != null && ba != null) {
            talks(t);
            int rm = ma.rank();
            int rb = ba.rank();
            if (level == 3 && (rm == 4 || rb == 4)) {
                Side invoker = rm == 4 ? Side.MOSCOW : Side.BEIJING;
                int partnerRank = invoker == Side.MOSCOW ? rb : rm;
                if (partnerRank >= 3) {
                    honoured(t, rm == 4 && rb == 4 ? null : invoker);
                } else {
                    invokeAlone(t, invoker);
                }
            } else if (level == 2 && rm >= 3 && rb >= 3) {
                sign(t);
            } else if (level == 2 && (rm >= 3 || rb >= 3)) {
                rebuff(t, rm >= 3 ? Side.MOSCOW : Side.BEIJING);
            } else if (level < 2 && Math.min(rm, rb) > level) {
                t.setLevel(level + 1);
                t.fx(level + 1 == 1 ? "alliance.consultations_established" : "alliance.preparations_begun", null, null)
                        .emit();
            } else if (level >= 2 && rm == 2 && rb == 2) {
                keptInReserve(t);
            }
            return true;
        }
        Side actor = ma != null ? Side.MOSCOW : Side.BEIJING;
        Variant alone = ma != null ? ma : ba;
        switch (alone) {
            case ALLIANCE_CONSULT -> consultAlone(t, actor);
            case ALLIANCE_PREPARE -> t.fx("alliance.prepare_alone", alone, actor).emit();
            case ALLIANCE_SIGN -> rebuff(t, actor);
            case ALLIANCE_INVOKE -> invokeAlone(t, actor);
            default -> throw new IllegalStateException(alone.id());
        }
        return false;
    }

    /** Both sides on the alliance line: consultations build a little trust. */
    static void talks(Turn t) {
        Turn.Fx talks = t.fx("alliance.consultations", null, null);
        talks.trust(1.5, null);
        talks.emit();
    }

    static void consultAlone(Turn t, Side actor) {
        Turn.Fx fx = t.fx("alliance.consult_alone", Variant.ALLIANCE_CONSULT, actor);
        fx.trust(0.5, null);
        fx.emit();
    }

    /** Both keep preparations in reserve (level 2 or more): staff work adds interoperability. */
    static void keptInReserve(Turn t) {
        Turn.Fx fx = t.fx("alliance.preparations_kept", Variant.ALLIANCE_PREPARE, null);
        double ceiling = t.ceiling(fx);
        double aerospace = t.headroom(INTEROP_AEROSPACE, ceiling);
        double groundAir = t.headroom(INTEROP_GROUND_AIR, ceiling);
        fx.add(INTEROP_AEROSPACE, 1.0 * aerospace, null);
        fx.add(INTEROP_GROUND_AIR, 0.5 * groundAir, null);
        fx.emit();
    }

    static void sign(Turn t) {
        t.setLevel(3);
        Turn.Fx fx = t.fx("alliance.signed", Variant.ALLIANCE_SIGN, null);
        fx.mod(Mod.A12_TREATY_BINDS_MOSCOW);
        fx.mod(Mod.A12_TREATY_BINDS_BEIJING);
        fx.mod(Mod.A12_TREATY_ALARMS_WEST);
        fx.mod(Mod.A12_TREATY_ALARMS_NATO);
        fx.mod(Mod.A12_TREATY_HURTS_CHINESE_TRADE);
        fx.mod(Mod.A10_TREATY_COSTS_SOFT_POWER);
        fx.mod(Mod.A2_ALLY_ON_BORDER);
        if (t.get(US_CHINA_WAR_RISK) >= t.scenario.thresholds().realThreat()) {
            fx.mod(Mod.A1_TREATY_DETERRENT);
            if (t.inForce(Mod.A13_RESERVE_HONOURED)) {
                fx.trust(t.size(Mod.A13_RESERVE_HONOURED), Mod.A13_RESERVE_HONOURED);
            }
        } else {
            fx.mod(Mod.A1_TREATY_WITHOUT_THREAT);
        }
        fx.trust(4, null);
        fx.emit();
    }

    /** A treaty one side proposes and the other declines (rules 5: at the reserve's moment, also shelved). */
    static void rebuff(Turn t, Side proposer) {
        boolean reserve = reserveRefused(t, proposer);
        declined(t, proposer);
        if (reserve) {
            reserveShelved(t);
        }
    }

    /** The ordinary cost of a treaty turned down: trust, and the proposer's freedom of action. */
    static void declined(Turn t, Side proposer) {
        Turn.Fx fx = t.fx("alliance.treaty_declined", Variant.ALLIANCE_SIGN, proposer);
        fx.trust(t.size(Mod.A13_REBUFF), Mod.A13_REBUFF);
        fx.add(proposer == Side.MOSCOW ? RU_FREEDOM : CN_FREEDOM, -2, null);
        fx.emit();
    }

    /**
     * Rules 5: the reserve refused at the moment it was kept for. Trust falls by {@link Mod#A13_RESERVE_REFUSED}
     * and the preparations are shelved: the alliance falls back to consultations (level 1), as after a refused
     * invocation, so the reserve is refused once, not every year, until both prepare again.
     */
    static void reserveShelved(Turn t) {
        t.setLevel(1);
        Turn.Fx fx = t.fx("alliance.reserve_refused", Variant.ALLIANCE_SIGN, Side.BEIJING);
        fx.trust(t.size(Mod.A13_RESERVE_REFUSED), Mod.A13_RESERVE_REFUSED);
        fx.emit();
    }

    /**
     * Rules 5: whether a treaty Beijing proposes and Moscow declines is the reserve refused at the moment it
     * was kept for (preparations in reserve, US-China war risk at the real-threat level; Kashin p.24).
     */
    static boolean reserveRefused(Turn t, Side proposer) {
        return proposer == Side.BEIJING && reserveAtStake(t);
    }

    /**
     * Rules 5: whether this is the moment the reserve was kept for (preparations in reserve, US-China war risk
     * at the real-threat level), so that a treaty Beijing asks for and Moscow declines is the reserve refused.
     */
    static boolean reserveAtStake(Turn t) {
        return t.inForce(Mod.A13_RESERVE_REFUSED) && t.allianceLevel() == 2
                && t.get(US_CHINA_WAR_RISK) >= t.scenario.thresholds().realThreat();
    }

    /** The terms of the roll a lone invocation faces: will the partner honour the treaty? */
    static void honouredTerms(Turn t) {
        t.trustTerm();
        t.term(Mod.A12_DISTANT_THEATRE, t.size(Mod.A12_DISTANT_THEATRE));
        t.interopTerm();
    }

    static void invokeAlone(Turn t, Side invoker) {
        honouredTerms(t);
        if (t.roll(RollKind.TREATY_HONOURED, Variant.ALLIANCE_INVOKE, RollKind.TREATY_HONOURED.base())) {
            honoured(t, invoker);
        } else {
            refused(t, invoker);
        }
    }

    /** The partner refuses to honour the treaty: the alliance falls back to talks. */
    static void refused(Turn t, Side invoker) {
        t.setLevel(1);
        Turn.Fx fx = t.fx("alliance.invocation_refused", Variant.ALLIANCE_INVOKE, invoker);
        fx.trust(t.size(Mod.A13_BROKEN_PROMISE), Mod.A13_BROKEN_PROMISE);
        fx.add(invoker == Side.MOSCOW ? RU_FREEDOM : CN_FREEDOM, -5, null);
        fx.emit();
    }

    /** The treaty is invoked and honoured; {@code invoker == null} means both invoked it together. */
    static void honoured(Turn t, Side invoker) {
        t.setLevel(4);
        Turn.Fx fx = t.fx("alliance.invoked", Variant.ALLIANCE_INVOKE, invoker);
        boolean beijingCalled = invoker != Side.MOSCOW;
        boolean moscowCalled = invoker != Side.BEIJING;
        if (beijingCalled) {
            fx.mod(Mod.A1_INVOCATION_DETERS);
            fx.mod(Mod.A12_HONOURING_BINDS, RU_FREEDOM);
        }
        if (moscowCalled) {
            fx.add(RUSSIA_NATO_TENSION, -3 * fx.factor(Mod.A1_NO_CHINESE_UMBRELLA), null);
            fx.mod(Mod.A12_HONOURING_BINDS, CN_FREEDOM);
        }
        fx.trust(3, null);
        fx.emit();
    }
}
