package org.amur.ai;

import static org.amur.engine.Variant.*;

import org.amur.engine.Indicator;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;

/**
 * <b>Mercantilist</b>: the defense-industrial lobby of each capital — every turn is a deal, and the
 * rest of the relationship is kept just warm enough for deals to go through.
 *
 * <ul>
 *   <li>Moscow speaks for the plants that lived on Chinese orders (40-45 % of Russian arms exports in
 *       the 1990s-2000s; KNAAPO and IAPO thrived on them: Kashin 2018, The role of defense technology,
 *       p.8; Trends in military technical cooperation, p.20): it offers the most valuable systems
 *       (Su-35, S-400, the 40N6 add-on), even the denied ones when its industry is desperate, asks for
 *       Chinese electronics under heavy sanctions (p.20), never signs a treaty, and holds an officer
 *       course only when trust sags so low that deals would fail.</li>
 *   <li>Beijing wants technology for its own industry, treating imports as a stopgap (p.20): it asks
 *       for licences, offers the RD-180-for-electronics swap and sells naval diesels and space-grade
 *       electronics for leverage (p.20; The Issue of the Sino-Russian Alliance, p.23), never signs,
 *       and mends trust with Peace Mission (Joint exercises, p.17) when it sags.</li>
 * </ul>
 */
final class Mercantilist extends Heuristic {

    Mercantilist() {
        super("mercantilist");
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
        if (s.trust() < 45 && (p = pick(s, EX_TRAINING, "mend")) != null) {
            return p;
        }
        if (s.get(Indicator.WESTERN_PRESSURE) >= 65 && s.turn() % 3 == 0
                && (p = pick(s, REV_SPACE_ELECTRONICS, "sanctions_parts")) != null) {
            return p;
        }
        boolean desperate = s.get(Indicator.RU_DEFENSE_INDUSTRY) < 40;
        Variant v = menu(s)
                .add(ARMS_SU35, 3)
                .add(ARMS_S400, 3)
                .add(ARMS_S400_40N6, 2)
                .add(ARMS_ENGINES_HELICOPTERS, 2)
                .add(ARMS_DOWNGRADED_EXPORT, 1)
                .addIf(desperate, ARMS_DENIED_SYSTEMS, 2)
                .draw(dice);
        return pick(s, v, v == ARMS_DENIED_SYSTEMS ? "desperate" : "biggest_sale");
    }

    @Override
    Pick beijing(Situation s, SplitMix64 dice) {
        Pick p = pick(s, ALLIANCE_INVOKE, "invoke");
        if (p != null) {
            return p;
        }
        if (s.allianceLevel() == 0 && (p = pick(s, ALLIANCE_CONSULT, "talks")) != null) {
            return p;
        }
        if (s.trust() < 45 && (p = pick(s, EX_PEACE_MISSION, "mend")) != null) {
            return p;
        }
        Variant v = menu(s)
                .add(ARMS_LICENSED_ANTISHIP, 3)
                .add(REV_RD180_FOR_ELECTRONICS, 2)
                .add(REV_SPACE_ELECTRONICS, 2)
                .add(REV_NAVAL_DIESELS, 1)
                .add(ARMS_ENGINES_HELICOPTERS, 1)
                .draw(dice);
        return pick(s, v, v == null ? "" : switch (v) {
            case ARMS_LICENSED_ANTISHIP -> "licence";
            case REV_RD180_FOR_ELECTRONICS -> "swap";
            case REV_SPACE_ELECTRONICS, REV_NAVAL_DIESELS -> "sell_parts";
            default -> "buy_small";
        });
    }
}
