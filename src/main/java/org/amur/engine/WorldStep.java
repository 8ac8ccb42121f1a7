package org.amur.engine;

import static org.amur.engine.Indicator.*;

/**
 * The world's part of a turn, after the three lines: burden and spoils or lost contact (A10, A13),
 * treaty upkeep (A12), the world's drift, China's credit at critical moments (A3), unlicensed copying
 * (A7, A8) and the war rolls (A1). The odds and outcome functions are also what {@link Forecast} shows.
 */
final class WorldStep {
    private WorldStep() {
    }

    /**
     * A turn of cooperation carries A10's burden and spoils; a turn without any costs trust (A13). From
     * rules 3 on the burden and spoils are sized by Russia's confrontation with the West
     * ({@link #confrontation}), and cooperation alone no longer raises NATO tension.
     */
    static void partnership(Turn t, boolean cooperated) {
        Turn.Fx partnership = t.fx(cooperated ? "burden_and_spoils" : "no_contact", null, null);
        if (cooperated) {
            double c = 1;
            if (t.inForce(Mod.A10_CONFRONTATION)) {
                c = partnership.factor(Mod.A10_CONFRONTATION, confrontation(t));
            }
            partnership.scaled(Mod.A10_BURDEN_FREEDOM, c);
            partnership.scaled(Mod.A10_BURDEN_ECONOMY, c);
            partnership.scaled(Mod.A10_BURDEN_TENSION, c);
            partnership.scaled(Mod.A10_SPOILS_STANDING, c);
            partnership.scaled(Mod.A10_SPOILS_ECONOMY, c);
            partnership.scaled(Mod.A10_SPOILS_NO_REBALANCE, c);
        } else {
            partnership.trust(t.size(Mod.A13_NO_CONTACT), Mod.A13_NO_CONTACT);
        }
        partnership.emit();
    }

    /**
     * Rules 3: how much Russia is confronting the West now, as the multiplier of a turn's burden and
     * spoils: {@link Mod#A10_CONFRONTATION} times the points by which Russia-NATO tension exceeds 40 and
     * Western pressure exceeds 45, at most {@link Mod#A10_CONFRONTATION_CAP}.
     */
    static double confrontation(Turn t) {
        double points = Math.max(0, t.get(RUSSIA_NATO_TENSION) - 40) + Math.max(0, t.get(WESTERN_PRESSURE) - 45);
        return Math.min(t.size(Mod.A10_CONFRONTATION_CAP), t.size(Mod.A10_CONFRONTATION) * points);
    }

    /** A signed treaty that is still in force at the end of the lines costs both freedom of action. */
    static void treatyUpkeep(Turn t, int levelAtCommit) {
        if (levelAtCommit >= 3 && t.allianceLevel() >= 3) {
            Turn.Fx upkeep = t.fx("alliance.upkeep", null, null);
            upkeep.mod(Mod.A12_TREATY_UPKEEP_MOSCOW);
            upkeep.mod(Mod.A12_TREATY_UPKEEP_BEIJING);
            upkeep.emit();
        }
    }

    /**
     * The world's drift; {@code moscowTraded} says whether Moscow was on the arms line this turn (from
     * rules 3 on, a year at arm's length while Russia is not squeezed lowers Beijing's leverage).
     */
    static void drift(Turn t, boolean forwardDelivered, boolean moscowTraded) {
        Turn.Fx fx = t.fx("world.drift", null, null);
        fx.mod(Mod.A3_TRADE_TILT);
        if (!moscowTraded && t.get(RU_ECONOMY) >= 40 && t.get(WESTERN_PRESSURE) < 60) {
            fx.mod(Mod.A3_KEPT_DISTANCE);
        }
        fx.add(RU_ECONOMY, t.size(Mod.A3_SANCTIONS_DRAG) * (t.get(WESTERN_PRESSURE) - 50), Mod.A3_SANCTIONS_DRAG);
        if (!forwardDelivered) {
            fx.mod(Mod.A5_NO_ORDERS);
        }
        fx.mod(Mod.A8_STEADY_INDIGENOUS_WORK);
        fx.add(RU_FAR_EAST_SECURITY, t.size(Mod.A2_PLA_OUTGROWS_GARRISONS) * (t.get(CN_PLA_MODERNIZATION) - 60),
                Mod.A2_PLA_OUTGROWS_GARRISONS);
        fx.add(RU_FAR_EAST_SECURITY, t.size(Mod.A2_FRIENDLY_BORDER) * (t.get(TRUST) - 50), Mod.A2_FRIENDLY_BORDER);
        Indicators start = t.scenario.start();
        fx.add(US_CHINA_WAR_RISK, 0.15 * (start.get(US_CHINA_WAR_RISK) - t.get(US_CHINA_WAR_RISK)), null);
        fx.add(RUSSIA_NATO_TENSION, 0.15 * (start.get(RUSSIA_NATO_TENSION) - t.get(RUSSIA_NATO_TENSION)), null);
        fx.add(WESTERN_PRESSURE, 0.10 * (start.get(WESTERN_PRESSURE) - t.get(WESTERN_PRESSURE)), null);
        fx.emit();
    }

    /**
     * Chinese credit while the Russian economy is below 35 (the critical moment, Kashin p.25). Under rules 1 to
     * 3 a roll on trust decides it; from rules 4 ({@link Mod#A3_CREDIT_ON_TERMS}) no die is drawn: it comes
     * in a year the two capitals do business together ({@code business}: both choices on the arms line) and
     * binds Russia's freedom of action; a Moscow that keeps its distance refuses it, a Beijing that does no
     * business with Russia that year does not offer it.
     */
    static void chineseCredit(Turn t, boolean business) {
        if (t.get(RU_ECONOMY) >= Engine.CRITICAL_ECONOMY) {
            return;
        }
        if (t.inForce(Mod.A3_CREDIT_ON_TERMS)) {
            if (business) {
                Turn.Fx fx = t.fx("world.chinese_credit_terms", null, Side.BEIJING);
                fx.mod(Mod.A3_CREDIT_RESCUE);
                fx.mod(Mod.A3_CREDIT_LEVERAGE);
                fx.mod(Mod.A3_CREDIT_ON_TERMS);
                fx.emit();
            }
            return;
        }
        t.trustTerm();
        if (t.roll(RollKind.CHINESE_CREDIT, null, RollKind.CHINESE_CREDIT.base())) {
            Turn.Fx fx = t.fx("world.chinese_credit", null, Side.BEIJING);
            fx.mod(Mod.A3_CREDIT_RESCUE);
            fx.mod(Mod.A3_CREDIT_LEVERAGE);
            fx.emit();
        }
    }

    static void copying(Turn t) {
        if (t.copy != null) {
            for (CopyClass c : CopyClass.ALL) {
                copying(t, c);
            }
            return;
        }
        double progress = t.get(CN_COPY_PROGRESS);
        RollKind.Hazard h = RollKind.UNLICENSED_COPY.hazard();
        if (!h.rolls(progress)) {
            return;
        }
        t.term(Mod.A8_OVERSTATED_SUCCESS, t.size(Mod.A8_OVERSTATED_SUCCESS));
        if (t.roll(RollKind.UNLICENSED_COPY, null, h.odds(progress))) {
            Turn.Fx fx = t.fx("copy.unlicensed", null, Side.BEIJING);
            fx.mod(Mod.A7_COPY_ERODES_EDGE);
            fx.mod(Mod.A7_COPY_TAKES_MARKET);
            fx.mod(Mod.A7_COPY_FEEDS_INDUSTRY);
            fx.trust(t.size(Mod.A7_COPY_BETRAYS_TRUST), Mod.A7_COPY_BETRAYS_TRUST);
            fx.add(CN_COPY_PROGRESS, -progress, null);
            fx.emit();
        }
    }

    /**
     * Rules 3: the copy roll of one class of technology, its odds growing with that class's progress alone;
     * a copy erodes Russia's edge as under rules 1 and 2 and sets that class's progress back to 0. The roll
     * names the class by its {@link CopyClass#representative() representative} variant.
     */
    static void copying(Turn t, CopyClass c) {
        double progress = t.copy[c.ordinal()];
        RollKind.Hazard h = RollKind.UNLICENSED_COPY.hazard();
        if (!h.rolls(progress)) {
            return;
        }
        t.term(Mod.A8_OVERSTATED_SUCCESS, t.size(Mod.A8_OVERSTATED_SUCCESS));
        if (t.roll(RollKind.UNLICENSED_COPY, c.representative(), h.odds(progress))) {
            Turn.Fx fx = t.fx("copy.unlicensed", c.representative(), Side.BEIJING);
            fx.mod(Mod.A7_COPY_ERODES_EDGE);
            fx.mod(Mod.A7_COPY_TAKES_MARKET);
            fx.mod(Mod.A7_COPY_FEEDS_INDUSTRY);
            fx.trust(t.size(Mod.A7_COPY_BETRAYS_TRUST), Mod.A7_COPY_BETRAYS_TRUST);
            t.addCopy(fx, c, -progress, null);
            fx.emit();
        }
    }

    /** The terms of the US-China war roll at this alliance level (A1). */
    static void usChinaWarTerms(Turn t, int level) {
        if (level >= 3) {
            t.term(Mod.A1_WAR_ODDS_UNDER_TREATY, t.size(Mod.A1_WAR_ODDS_UNDER_TREATY));
        }
        if (level >= 4) {
            t.term(Mod.A1_WAR_ODDS_INVOKED, t.size(Mod.A1_WAR_ODDS_INVOKED));
        }
    }

    /** The terms of the Russia-NATO war roll at this alliance level (A1). */
    static void natoWarTerms(Turn t, int level) {
        if (level >= 3) {
            t.term(Mod.A1_NO_CHINESE_UMBRELLA, t.size(Mod.A1_NO_CHINESE_UMBRELLA));
        }
    }

    /**
     * The war rolls; returns how the game ends, or null. Under rules 1 and 2 a war roll that succeeds is
     * the war. From rules 3 on it is a crisis breaking out, and a second roll ({@link #escalationTerms})
     * decides whether it becomes a war; if not, the crisis is contained at a cost or defused with a loss
     * of standing ({@link #defused}).
     */
    static EndReason wars(Turn t) {
        int level = t.allianceLevel();
        RollKind.Hazard usChina = RollKind.US_CHINA_WAR.hazard();
        if (usChina.rolls(t.get(US_CHINA_WAR_RISK))) {
            usChinaWarTerms(t, level);
            if (t.roll(RollKind.US_CHINA_WAR, null, usChina.odds(t.get(US_CHINA_WAR_RISK)))) {
                if (!partialCrises(t)) {
                    return EndReason.WAR_US_CHINA;
                }
                escalationTerms(t);
                if (t.roll(RollKind.US_CHINA_ESCALATION, null, RollKind.US_CHINA_ESCALATION.base())) {
                    if (!limitedClash(t, Side.BEIJING)) {
                        return EndReason.WAR_US_CHINA;
                    }
                    clashed(t, Side.BEIJING);
                    return null;
                }
                defused(t, Side.BEIJING);
            }
        }
        RollKind.Hazard nato = RollKind.RUSSIA_NATO_WAR.hazard();
        if (nato.rolls(t.get(RUSSIA_NATO_TENSION))) {
            natoWarTerms(t, level);
            if (t.roll(RollKind.RUSSIA_NATO_WAR, null, nato.odds(t.get(RUSSIA_NATO_TENSION)))) {
                if (!partialCrises(t)) {
                    return EndReason.WAR_RUSSIA_NATO;
                }
                escalationTerms(t);
                if (t.roll(RollKind.RUSSIA_NATO_ESCALATION, null, RollKind.RUSSIA_NATO_ESCALATION.base())) {
                    if (!limitedClash(t, Side.MOSCOW)) {
                        return EndReason.WAR_RUSSIA_NATO;
                    }
                    clashed(t, Side.MOSCOW);
                    return null;
                }
                defused(t, Side.MOSCOW);
            }
        }
        return null;
    }

    /**
     * Rules 4: strategic consultations chosen by the side whose crisis is live (Beijing: US-China war risk,
     * Moscow: Russia-NATO tension, each at the level where its crisis roll is made) lower that risk before
     * the war rolls: the 2001 treaty calls for immediate contacts and consultations to remove a threat
     * (Kashin, p. 14). Either side's talks count, matched by the partner or not.
     */
    static void crisisTalks(Turn t, Variant moscow, Variant beijing) {
        if (beijing == Variant.ALLIANCE_CONSULT && talksCount(t, Side.BEIJING)) {
            Turn.Fx fx = t.fx("crisis.talks_us_china", null, Side.BEIJING);
            fx.mod(Mod.A12_CRISIS_TALKS_BEIJING);
            fx.emit();
        }
        if (moscow == Variant.ALLIANCE_CONSULT && talksCount(t, Side.MOSCOW)) {
            Turn.Fx fx = t.fx("crisis.talks_nato", null, Side.MOSCOW);
            fx.mod(Mod.A12_CRISIS_TALKS_MOSCOW);
            fx.emit();
        }
    }

    /** Whether a side's crisis talks would lower its risk now (rules 4; also what {@link Forecast} shows). */
    static boolean talksCount(Turn t, Side side) {
        return side == Side.BEIJING
                ? t.inForce(Mod.A12_CRISIS_TALKS_BEIJING) && RollKind.US_CHINA_WAR.hazard().rolls(t.get(US_CHINA_WAR_RISK))
                : t.inForce(Mod.A12_CRISIS_TALKS_MOSCOW) && RollKind.RUSSIA_NATO_WAR.hazard().rolls(t.get(RUSSIA_NATO_TENSION));
    }

    /**
     * Rules 4: whether a crisis of {@code side}'s that escalates is a limited clash rather than the war that
     * ends the game: a US-China crisis below the real-threat level (only then is a full-scale attack a real
     * possibility, Kashin p. 23), a Russia-NATO crisis less than {@link Scenario.Thresholds#NATO_WAR_ABOVE_CRISIS} points above
     * the crisis level (a scenario assumption).
     */
    static boolean limitedClash(Turn t, Side side) {
        if (side == Side.BEIJING) {
            return t.inForce(Mod.A12_CLASH_COST_BEIJING)
                    && t.get(US_CHINA_WAR_RISK) < t.scenario.thresholds().realThreat();
        }
        return t.inForce(Mod.A12_CLASH_COST_MOSCOW)
                && t.get(RUSSIA_NATO_TENSION) < t.scenario.thresholds().natoWar();
    }

    /** Rules 4: a limited clash: the side in crisis pays in its economy; the crisis does not vent. */
    static void clashed(Turn t, Side side) {
        Turn.Fx fx = t.fx(side == Side.BEIJING ? "crisis.us_china_clash" : "crisis.nato_clash", null, side);
        clashOutcome(fx, side);
        fx.emit();
    }

    /** The changes of a limited clash (also what {@link Forecast} shows). */
    static void clashOutcome(Turn.Fx fx, Side side) {
        fx.mod(side == Side.BEIJING ? Mod.A12_CLASH_COST_BEIJING : Mod.A12_CLASH_COST_MOSCOW);
    }

    /** Whether a war roll that succeeds is a crisis that may still be defused (rules 3 on). */
    static boolean partialCrises(Turn t) {
        return t.inForce(Mod.A13_INTEROP_DETERS);
    }

    /**
     * Rules 3: the terms of a crisis's escalation to war: interoperability above 30 deters it (A13's
     * joint capability shown in exercises), below 30 invites it.
     */
    static void escalationTerms(Turn t) {
        t.term(Mod.A13_INTEROP_DETERS, t.size(Mod.A13_INTEROP_DETERS) * (t.get(INTEROPERABILITY) - 30));
    }

    /**
     * Rules 3: whether the side in a crisis stands firm (it has alliance preparations in reserve, or its
     * forces and the partner's work together) rather than backing down.
     */
    static boolean standsFirm(Turn t) {
        return t.allianceLevel() >= 2 || t.get(INTEROPERABILITY) >= 40;
    }

    /**
     * Rules 3: a crisis of {@code side}'s (Beijing: US-China, Moscow: Russia-NATO) that did not escalate.
     * Standing firm contains it at an economic cost (and binds a treaty partner); backing down defuses it
     * further at a loss of standing (Beijing) or of freedom of action (Moscow). Either way the crisis
     * vents: the risk or tension falls back.
     */
    static void defused(Turn t, Side side) {
        boolean firm = standsFirm(t);
        boolean beijing = side == Side.BEIJING;
        Turn.Fx fx = t.fx(firm ? (beijing ? "crisis.us_china_contained" : "crisis.nato_contained")
                : (beijing ? "crisis.us_china_backed_down" : "crisis.nato_backed_down"), null, side);
        crisisOutcome(t, fx, side, firm);
        fx.emit();
    }

    /**
     * The risk or tension falls back {@code points} after a crisis that did not escalate (rules 3); from rules 4
     * on times {@link Mod#A12_CRISIS_UNRESOLVED}, so that a crisis contained at a cost is a cost, not a gain.
     */
    private static void vent(Turn t, Turn.Fx fx, Indicator driver, double points) {
        if (!t.inForce(Mod.A12_CRISIS_UNRESOLVED)) {
            fx.add(driver, -points, null);
            return;
        }
        // a factor moves away from 1 with the A12 weight; above weight 1 it would turn negative, and a crisis
        // that ends without war does not raise the risk that bred it: never below 0
        double f = fx.factor(Mod.A12_CRISIS_UNRESOLVED, Math.max(0, t.size(Mod.A12_CRISIS_UNRESOLVED)));
        fx.add(driver, -points * f, Mod.A12_CRISIS_UNRESOLVED);
    }

    /** The changes of a defused crisis (also what {@link Forecast} shows). */
    static void crisisOutcome(Turn t, Turn.Fx fx, Side side, boolean firm) {
        boolean beijing = side == Side.BEIJING;
        Indicator driver = beijing ? US_CHINA_WAR_RISK : RUSSIA_NATO_TENSION;
        if (firm) {
            fx.mod(beijing ? Mod.A12_CRISIS_COST_BEIJING : Mod.A12_CRISIS_COST_MOSCOW);
            if (!beijing) {
                fx.add(WESTERN_PRESSURE, 3, null);
            }
            if (t.allianceLevel() >= 3) {
                fx.mod(Mod.A12_CRISIS_PARTNER_BOUND, beijing ? RU_FREEDOM : CN_FREEDOM);
            }
            vent(t, fx, driver, 10);
        } else {
            fx.mod(beijing ? Mod.A12_CRISIS_BACKDOWN_BEIJING : Mod.A12_CRISIS_BACKDOWN_MOSCOW);
            vent(t, fx, driver, 15);
        }
    }
}
