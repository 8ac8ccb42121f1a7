package org.amur.ai;

import static org.amur.engine.Variant.*;

import org.amur.engine.Engine;
import org.amur.engine.Indicator;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * <b>Hedger</b>: keeps the partnership warm but its own hands free — no treaty, no exercises that
 * take sides in someone else's quarrel, and only the deals that cost it least.
 *
 * <ul>
 *   <li>Moscow keeps the technological gap: the report's early Russian idea of selling China systems
 *       below its own and below India's (the Su-30MKK rather than the Su-30MKI; Kashin 2018, Building
 *       the Defense Partnership, p.12), so it offers downgraded export versions and engines; it stays
 *       out of Asia-Pacific disputes (The Issue of the Sino-Russian Alliance, p.23) with exercises
 *       that send no signal; it never signs, since China cannot be Russia's security provider
 *       (p.23); it mends trust with talks and training when trust sags.</li>
 *   <li>Beijing keeps its options: careful not to side with one camp or another (p.23), it signs only
 *       when war is close (ten points past the real-threat level), buys where Russia leads only while
 *       trust is high enough for the deal to be delivered (Trends, p.20), lends a hand with parts at
 *       Russia's critical moments for leverage (p.23), and otherwise drills quietly with Peace Mission
 *       and internal-security exercises (Joint exercises, p.17; Other exercises, p.19).</li>
 * </ul>
 */
final class Hedger extends Heuristic {

    Hedger() {
        super("hedger");
    }

    @Override
    Pick moscow(Situation s, SplitMix64 dice) {
        Pick p = pick(s, ALLIANCE_INVOKE, "invoke");
        if (p != null) {
            return p;
        }
        if (s.allianceLevel() == 0 && (p = pick(s, ALLIANCE_CONSULT, "talks")) != null) {
            return p;
        }
        if (s.trust() < 50) {
            Variant v = menu(s).add(ALLIANCE_CONSULT, 1).add(EX_TRAINING, 2).draw(dice);
            if ((p = pick(s, v, "mend")) != null) {
                return p;
            }
        }
        if (s.turn() % 2 == 1 || s.get(Indicator.RU_DEFENSE_INDUSTRY) < 50) {
            Variant v = menu(s).add(ARMS_DOWNGRADED_EXPORT, 4).add(ARMS_ENGINES_HELICOPTERS, 2).draw(dice);
            if ((p = pick(s, v, "keep_gap")) != null) {
                return p;
            }
        }
        Variant v = menu(s).add(EX_INTERNAL_SECURITY, 2).add(EX_PEACE_MISSION, 2).add(EX_TRAINING, 1).draw(dice);
        return pick(s, v, "no_signal");
    }

    @Override
    Pick beijing(Situation s, SplitMix64 dice) {
        Pick p = pick(s, ALLIANCE_INVOKE, "invoke");
        if (p != null) {
            return p;
        }
        if (s.warRisk() >= s.realThreat() + 10 && (p = pick(s, ALLIANCE_SIGN, "last_resort")) != null) {
            return p;
        }
        if (s.allianceLevel() == 0 && (p = pick(s, ALLIANCE_CONSULT, "talks")) != null) {
            return p;
        }
        if (s.get(Indicator.RU_ECONOMY) < Engine.CRITICAL_ECONOMY) {
            Variant v = menu(s).add(REV_SPACE_ELECTRONICS, 2).add(REV_NAVAL_DIESELS, 1).draw(dice);
            if ((p = pick(s, v, "leverage")) != null) {
                return p;
            }
        }
        if (s.trust() >= 55 && s.turn() % 2 == 1) {
            Variant v = menu(s).add(ARMS_S400, 3).add(ARMS_ENGINES_HELICOPTERS, 3).add(ARMS_DOWNGRADED_EXPORT, 1)
                    .draw(dice);
            if ((p = pick(s, v, v == ARMS_S400 ? "air_defense" : "buy_trusted")) != null) {
                return p;
            }
        }
        Variant v = menu(s).add(EX_PEACE_MISSION, 3).add(EX_INTERNAL_SECURITY, 2).add(EX_TRAINING, 2).draw(dice);
        return pick(s, v, "quiet");
    }
}
