package org.amur.ai;

import static org.amur.engine.Variant.*;

import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * <b>Hawk</b>: treats the partnership as a military bloc against the United States — presses for the
 * treaty, sends signals with its exercises and wants (Beijing) or sells (Moscow) top-end systems.
 *
 * <ul>
 *   <li>Moscow, the bloc builder: the report notes the two already act like allies in all but the
 *       written promise (Kashin 2018, The Issue of the Sino-Russian Alliance, p.23); this Moscow wants
 *       the promise. It proposes the treaty whenever trust is at least 60 (a rebuff costs trust, so it
 *       pauses until trust recovers), holds the signalling exercises — the Baltic as in 2017 when
 *       NATO tension runs high, the Mediterranean as in 2015 (Maritime Cooperation, p.18) — and the
 *       joint missile-defense drill (Other exercises, p.19), and arms its partner with S-400, the
 *       40N6 add-on and Su-35s (Trends, p.20), but never the denied systems.</li>
 *   <li>Beijing, PLA first: wants what Russia leads in and what it has refused (Tu-22M3, MiG-31,
 *       Iskander: Building the Defense Partnership, p.12), holds South China Sea drills as in 2016
 *       and asks for the submarine and mine-warfare edge (Maritime Cooperation, p.18), and signs the
 *       treaty ten points before US-China war risk reaches the real-threat level (Alliance, p.23).</li>
 * </ul>
 */
final class Hawk extends Heuristic {

    Hawk() {
        super("hawk");
    }

    @Override
    Pick moscow(Situation s, SplitMix64 dice) {
        Pick p = pick(s, ALLIANCE_INVOKE, "invoke");
        if (p != null) {
            return p;
        }
        if (s.trust() >= 60 && (p = pick(s, ALLIANCE_SIGN, "press_treaty")) != null) {
            return p;
        }
        if ((p = pick(s, nextRung(s), "climb")) != null) {
            return p;
        }
        if (s.turn() % 2 == 1) {
            boolean tense = s.natoTension() >= 55;
            Variant v = menu(s)
                    .addIf(tense, EX_MARITIME_BALTIC, 3)
                    .add(EX_MARITIME_MEDITERRANEAN, tense ? 1 : 2)
                    .add(EX_AEROSPACE_SECURITY, 3)
                    .addIf(!tense, EX_MARITIME_EDGE, 1)
                    .draw(dice);
            p = pick(s, v, v == EX_AEROSPACE_SECURITY ? "missile_defense" : "signal");
            if (p != null) {
                return p;
            }
        }
        Variant v = menu(s)
                .add(ARMS_S400, 3)
                .addIf(s.trust() >= 55, ARMS_S400_40N6, 3)
                .add(ARMS_SU35, 2)
                .draw(dice);
        p = pick(s, v, "arm_partner");
        return p != null ? p : pick(s, firstLegal(s, EX_AEROSPACE_SECURITY, EX_PEACE_MISSION), "missile_defense");
    }

    @Override
    Pick beijing(Situation s, SplitMix64 dice) {
        Pick p = pick(s, ALLIANCE_INVOKE, "invoke");
        if (p != null) {
            return p;
        }
        if (s.warRisk() >= s.realThreat() - 10 && (p = pick(s, ALLIANCE_SIGN, "sign_early")) != null) {
            return p;
        }
        if ((p = pick(s, nextRung(s), "climb")) != null) {
            return p;
        }
        if (s.turn() % 3 == 0) {
            Variant v = menu(s).add(EX_MARITIME_SOUTH_CHINA_SEA, 3).add(EX_MARITIME_EDGE, 2).draw(dice);
            p = pick(s, v, v == EX_MARITIME_EDGE ? "learn_edge" : "back_claims");
            if (p != null) {
                return p;
            }
        }
        Variant v = menu(s)
                .addIf(s.trust() >= 65, ARMS_DENIED_SYSTEMS, 2)
                .add(ARMS_S400_40N6, 3)
                .add(ARMS_SU35, 3)
                .add(ARMS_S400, 2)
                .draw(dice);
        p = pick(s, v, v == ARMS_DENIED_SYSTEMS ? "denied" : "top_system");
        return p != null ? p : pick(s, firstLegal(s, EX_MARITIME_SOUTH_CHINA_SEA, EX_MARITIME_EDGE), "back_claims");
    }
}
