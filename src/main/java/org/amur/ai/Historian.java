package org.amur.ai;

import static org.amur.engine.Variant.*;

import org.amur.engine.Engine;
import org.amur.engine.Indicator;
import org.amur.engine.RollKind;
import org.amur.engine.Scenario;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * <b>Historian</b>: plays each capital the way Kashin reads its policy in 2018 — steady exercises and
 * arms business, the alliance kept in reserve and signed only when a real threat of war appears.
 *
 * <ul>
 *   <li>Alliance (Kashin 2018, The Issue of the Sino-Russian Alliance, p.23): climbs to
 *       preparations-in-reserve once trust allows and renews them every fourth year; signs only when US-China war risk
 *       has reached the scenario's real-threat level (Moscow never to bind Beijing in a NATO crisis: China cannot be
 *       a security provider to Russia, p.24), and invokes a signed treaty in its own crisis. In its own live
 *       crisis (war rolled this year) with no treaty to invoke or sign it holds the consultations the 2001
 *       treaty calls for (Building the Defense Partnership, p.14): Beijing in every such year short of the
 *       real threat, Moscow once Russia-NATO tension reaches the level where an escalation is full war.</li>
 *   <li>Exercises (Joint exercises, p.17; Maritime Cooperation, p.18; Other exercises, p.19): a yearly
 *       calendar both capitals share — Peace Mission, Maritime Cooperation, Aerospace Security,
 *       officer training, the Mediterranean, internal security — so two Historians meet on it.</li>
 *   <li>A Central Asian crisis (Peace Mission, p.17): when the scenario is the one Peace Mission rehearses
 *       (a town seized by militants in an SCO state; recognised by the seat's own goals naming ground/air
 *       interoperability, which only that operation needs), both capitals put every year's joint effort
 *       into it, ahead of arms business: the drill's script of local forces, then Russian and Chinese
 *       special forces and air power, then heavy units, is now the operation.</li>
 *   <li>Arms, Moscow (Building the Defense Partnership, p.12; Trends, p.20): sells engines,
 *       helicopters and downgraded export versions, the big S-400/Su-35 contracts when its plants need
 *       orders, the 40N6 add-on only when trust is high, never the denied systems; under heavy
 *       sanctions it buys Chinese diesels and electronics, and at a critical moment for the Russian economy
 *       (below 35) it asks for Chinese space-grade electronics every year, as in 2014-2015 (p.22), while
 *       Beijing offers them.</li>
 *   <li>Arms, Beijing (Building, p.12; Trends, p.20): buys small, asks for licences and for what
 *       Russia leads in (engines, long-range air defense), every other year even while trust is low (the
 *       1990s arms trade, pp.6-8), mending low trust with officer courses in the years between; helps
 *       Moscow with parts only at a critical moment for the Russian economy (Alliance, p.23).</li>
 * </ul>
 */
final class Historian extends Heuristic {
    /** The shared exercise calendar, one entry per exercise year. */
    private static final Variant[] CALENDAR = {EX_PEACE_MISSION, EX_MARITIME_HOME, EX_AEROSPACE_SECURITY,
        EX_TRAINING, EX_MARITIME_MEDITERRANEAN, EX_INTERNAL_SECURITY};

    /** The Russian economy's critical moment, as the engine has it (Kashin p.25). */
    static final double CRITICAL_ECONOMY = Engine.CRITICAL_ECONOMY;

    Historian() {
        super("historian");
    }

    @Override
    Pick moscow(Situation s, SplitMix64 dice) {
        // Moscow signs only for the US-China threat, never to bind Beijing in a NATO crisis: China cannot be a
        // security provider to Russia, its nuclear forces could not affect a war in Europe (p.24). In its own
        // crisis Moscow holds the treaty's consultations (p.14) once the standoff reaches the level where an
        // escalation would be full war; below it, where China's word adds little in Europe (p.24), business
        // and the exercise calendar go on.
        Pick p = alliance(s, s.usChinaThreat(), natoCrisisLive(s) && s.natoTension() >= s.natoWar());
        if (p != null) {
            return p;
        }
        if ((p = peaceMission(s)) != null) {
            return p;
        }
        // At a critical moment for the Russian economy Moscow turns to China every year: it negotiates the
        // large-scale purchase of Chinese space-grade electronics, as in 2014-2015 (Trends, p.22), and takes the
        // loans China offers then (Alliance, p.25).
        if (s.get(Indicator.RU_ECONOMY) < CRITICAL_ECONOMY && (p = pick(s, REV_SPACE_ELECTRONICS, "critical_parts")) != null) {
            return p;
        }
        boolean armsYear = s.turn() % 2 == 1 || s.get(Indicator.RU_DEFENSE_INDUSTRY) < 45;
        if (armsYear) {
            Variant v = menu(s)
                    .addIf(s.get(Indicator.WESTERN_PRESSURE) >= 60, REV_NAVAL_DIESELS, 2)
                    .addIf(s.get(Indicator.WESTERN_PRESSURE) >= 60, REV_SPACE_ELECTRONICS, 2)
                    .add(ARMS_ENGINES_HELICOPTERS, 4)
                    .add(ARMS_DOWNGRADED_EXPORT, 3)
                    .add(ARMS_S400, s.get(Indicator.RU_DEFENSE_INDUSTRY) < 50 ? 4 : 2)
                    .add(ARMS_SU35, s.get(Indicator.RU_DEFENSE_INDUSTRY) < 50 ? 3 : 1)
                    .add(ARMS_LICENSED_ANTISHIP, 1)
                    .addIf(s.trust() >= 70, ARMS_S400_40N6, 1)
                    .draw(dice);
            Pick arms = pick(s, v, v == null ? "" : switch (v) {
                case REV_NAVAL_DIESELS, REV_SPACE_ELECTRONICS -> "sanctions_parts";
                case ARMS_DOWNGRADED_EXPORT -> "downgraded";
                case ARMS_S400, ARMS_SU35 -> "big_contract";
                case ARMS_LICENSED_ANTISHIP -> "licence";
                case ARMS_S400_40N6 -> "add_on";
                default -> "engines";
            });
            if (arms != null) {
                return arms;
            }
        }
        return exercise(s);
    }

    @Override
    Pick beijing(Situation s, SplitMix64 dice) {
        Pick p = alliance(s, s.usChinaThreat(), usChinaCrisisLive(s));
        if (p != null) {
            return p;
        }
        if ((p = peaceMission(s)) != null) {
            return p;
        }
        // At a critical moment for the Russian economy Beijing helps every year, on its own terms: the space-grade
        // electronics Russia negotiated for in 2014-2015 (Trends, p.22; Alliance, p.25).
        if (s.get(Indicator.RU_ECONOMY) < CRITICAL_ECONOMY && (p = pick(s, REV_SPACE_ELECTRONICS, "critical_help")) != null) {
            return p;
        }
        // Arms years come first even while trust is low: in the 1990s the arms trade was the pillar of a
        // relationship that had only just stopped being hostile, and Soviet technology is what drew the PLA
        // to the rapprochement (How the Two Sides Built Their Cooperation, pp.6-8); low trust is mended
        // with officer courses in the other years.
        if (s.trust() < 45 && s.turn() % 2 == 0) {
            Pick mend = pick(s, EX_TRAINING, "mend");
            if (mend != null) {
                return mend;
            }
        }
        if (s.turn() % 2 == 1) {
            boolean critical = s.get(Indicator.RU_ECONOMY) < CRITICAL_ECONOMY;
            Variant v = menu(s)
                    .addIf(critical, REV_SPACE_ELECTRONICS, 4)
                    .addIf(critical, REV_NAVAL_DIESELS, 2)
                    .add(ARMS_ENGINES_HELICOPTERS, 4)
                    .add(ARMS_LICENSED_ANTISHIP, 3)
                    .add(ARMS_S400, 3)
                    .add(ARMS_SU35, 1)
                    .draw(dice);
            Pick arms = pick(s, v, v == null ? "" : switch (v) {
                case REV_SPACE_ELECTRONICS, REV_NAVAL_DIESELS -> "critical_help";
                case ARMS_LICENSED_ANTISHIP -> "licence";
                case ARMS_S400 -> "russian_lead";
                case ARMS_SU35 -> "small_batch";
                default -> "buy_small";
            });
            if (arms != null) {
                return arms;
            }
        }
        return exercise(s);
    }

    /**
     * In the crisis Peace Mission rehearses, the operation: Peace Mission every year (p.17). The scenario is
     * recognised by what it asks of this seat (ground/air interoperability among its goals), never by its id.
     */
    private Pick peaceMission(Situation s) {
        for (Scenario.Objective o : s.scenario().objectives(s.seat())) {
            if (o.indicator() == Indicator.INTEROP_GROUND_AIR && o.weight() > 0) {
                return pick(s, EX_PEACE_MISSION, "peace_mission");
            }
        }
        return null;
    }

    /**
     * The alliance rules both capitals share; {@code threat} is what would make this capital sign, {@code
     * ownCrisis} whether this capital's own crisis is live (war rolled this year: Beijing's with the United
     * States, Moscow's with NATO). In its own live crisis a capital that has no treaty to invoke and no reason
     * to sign holds the crisis talks the 2001 treaty calls for: immediate contacts and consultations to remove
     * the threat (Building the Defense Partnership, p.14).
     */
    private Pick alliance(Situation s, boolean threat, boolean ownCrisis) {
        Pick p = pick(s, ALLIANCE_INVOKE, "invoke");
        if (p != null) {
            return p;
        }
        if (threat && (p = pick(s, ALLIANCE_SIGN, "sign_threat")) != null) {
            return p;
        }
        if (ownCrisis && (p = pick(s, ALLIANCE_CONSULT, "crisis_talks")) != null) {
            return p;
        }
        if (s.trust() >= 45 && (p = pick(s, nextRung(s), "climb")) != null) {
            return p;
        }
        if (s.turn() % 4 == 0 && s.allianceLevel() >= 2) {
            return pick(s, ALLIANCE_PREPARE, "reserve");
        }
        return null;
    }

    /** Beijing's crisis is live: US-China war risk is at the level from which war is rolled. */
    static boolean usChinaCrisisLive(Situation s) {
        return RollKind.US_CHINA_WAR.hazard().rolls(s.warRisk());
    }

    /** Moscow's crisis is live: Russia-NATO tension is at the level from which war is rolled. */
    static boolean natoCrisisLive(Situation s) {
        return RollKind.RUSSIA_NATO_WAR.hazard().rolls(s.natoTension());
    }

    private Pick exercise(Situation s) {
        int start = (s.turn() / 2) % CALENDAR.length;
        for (int k = 0; k < CALENDAR.length; k++) {
            Pick p = pick(s, CALENDAR[(start + k) % CALENDAR.length], "calendar");
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
