package org.amur.engine;

import static org.amur.engine.Citation.ALLIANCE;
import static org.amur.engine.Citation.BUILDING;
import static org.amur.engine.Citation.CONCLUSION;
import static org.amur.engine.Citation.MARITIME;
import static org.amur.engine.Citation.ROLE;
import static org.amur.engine.Citation.TRENDS;
import static org.amur.engine.Citation.WHY;
import static org.amur.engine.Citation.at;

import java.util.EnumMap;
import java.util.Map;

/**
 * The page where each modifier's fact stands in the report (docs/pages.md: how the pages were
 * recovered), or {@link Citation#ASSUMPTION} for a modifier the report does not support. Every preview,
 * reveal, log line, report and the rule book show a modifier's source through {@link #of}, so a
 * modifier cites its own page rather than its asymmetry's pages.
 *
 * <p>Every modifier has an entry ({@code CitationPagesTest} fails on one without): a new modifier is
 * placed here with the page of its fact, or marked an assumption.
 */
public final class ModCitations {
    private static final Map<Mod, Citation> PAGES = new EnumMap<>(Mod.class);

    private ModCitations() {
    }

    private static void put(Citation c, Mod... mods) {
        for (Mod m : mods) {
            if (PAGES.put(m, c) != null) {
                throw new IllegalStateException(m + " is placed twice");
            }
        }
    }

    static {
        // A1: China cannot protect a nuclear superpower; Russian guarantees matter only in a US-China war (p.24)
        put(at(ALLIANCE, 24), Mod.A1_TREATY_DETERRENT, Mod.A1_TREATY_WITHOUT_THREAT, Mod.A1_WAR_ODDS_UNDER_TREATY,
                Mod.A1_WAR_ODDS_INVOKED, Mod.A1_NO_CHINESE_UMBRELLA, Mod.A1_INVOCATION_DETERS);

        // A2: denied systems would upset the border balance (p.16); the PLA's overwhelming advantage (p.14);
        // the border agreements on military trust and force ceilings (p.13)
        put(at(BUILDING, 16), Mod.A2_BORDER_SHIFT);
        put(at(BUILDING, 14), Mod.A2_PLA_OUTGROWS_GARRISONS);
        put(at(BUILDING, 13), Mod.A2_FRIENDLY_BORDER);
        put(Citation.ASSUMPTION, Mod.A2_ALLY_ON_BORDER);

        // A3: interdependence in China's favour (p.23); loans in 2014-15 and Moscow's reluctance to take more
        // that would limit its choices (p.25); Chinese components bought after the 2014 sanctions, a stopgap (p.22)
        put(at(ALLIANCE, 23), Mod.A3_TRADE_TILT);
        put(at(ALLIANCE, 25), Mod.A3_SANCTIONS_DRAG, Mod.A3_CREDIT_RESCUE, Mod.A3_CREDIT_LEVERAGE,
                Mod.A3_KEPT_DISTANCE, Mod.A3_CREDIT_ON_TERMS);
        put(at(TRENDS, 22), Mod.A3_SANCTIONS_DEMAND, Mod.A3_REVERSE_WITHOUT_SANCTIONS, Mod.A3_SUPPLY_DEPENDENCE);

        // A4: Russia's air defense, submarine and strike edges, China's UAVs, ships and transports (p.24);
        // China sold less advanced versions than India (p.15)
        put(at(ALLIANCE, 24), Mod.A4_RUSSIAN_LEAD, Mod.A4_CHINESE_LEAD);
        put(at(BUILDING, 15), Mod.A4_OUTSIDE_RUSSIAN_LEAD);

        // A5: the industry depended on China for survival (p.9); plants without the market died (p.10);
        // the Su-35 haggling over numbers (p.21)
        put(at(ROLE, 9), Mod.A5_ORDERS_SUSTAIN, Mod.A5_EAGER_SELLER);
        put(at(ROLE, 10), Mod.A5_NO_ORDERS);
        // home procurement resumed in 2010-2011 (p.9)
        put(at(ROLE, 9), Mod.A5_HOME_PROCUREMENT);
        put(at(TRENDS, 21), Mod.A5_SELLER_NEEDS_DEAL);

        // A6: Almaz-Antei's capacity and the S-400 delays (p.21); the broken Il-76/Il-78 contract (p.16)
        put(at(TRENDS, 21), Mod.A6_CAPACITY, Mod.A6_DELAY);
        put(at(BUILDING, 16), Mod.A6_BROKEN_CONTRACT);
        // a follow-on contract half the size of the first: the report only says the S-400 deal may be
        // expanded (p.21), not by how much
        put(Citation.ASSUMPTION, Mod.A6_REPEAT_CONTRACT);

        // A7: the Su-27SK licence and the J-11B, the transfer of industrial power status (p.15)
        put(at(BUILDING, 15), Mod.A7_COPY_EXPOSURE, Mod.A7_TECH_DIFFUSION, Mod.A7_COPY_ERODES_EDGE,
                Mod.A7_COPY_TAKES_MARKET, Mod.A7_COPY_FEEDS_INDUSTRY, Mod.A7_COPY_BETRAYS_TRUST);
        put(Citation.ASSUMPTION, Mod.A7_DENIED_OFFER_ALARMS_WEST);
        // contracts, rules 4: China sold the less advanced Su-30MKK/MK2, and the Su-27 line it already copied as
        // the J-11B (p.15); Su-35 deliveries from 2016 and the first S-400 regiment by May 2018 (p.21)
        put(at(BUILDING, 15), Mod.A7_OLDER_GENERATION);
        put(at(TRENDS, 21), Mod.A7_EXPOSED_BEFORE_THE_GAME);
        // a contained crisis leaves its cause: the 2014 crisis left Western sanctions in place (p.22)
        put(at(TRENDS, 22), Mod.A12_CRISIS_UNRESOLVED);

        // A8: absorption, the WS-10's overstated readiness (p.16)
        put(at(BUILDING, 16), Mod.A8_SLOW_ABSORPTION, Mod.A8_OVERSTATED_SUCCESS, Mod.A8_STEADY_INDIGENOUS_WORK);
        // engines, the hardest technology for Chinese industry to master: the WS-10 declared ready in 2006,
        // in serial twin-engine fighters only around 2013-2014 (p.16)
        put(at(BUILDING, 16), Mod.A8_ENGINES_HARDEST);

        // A9: the ageing surface fleet (p.18); submarines, maritime bombers and mines, where Russia leads (p.19)
        put(MARITIME, Mod.A9_OLD_SURFACE_FLEET, Mod.A9_OLD_FLEET_ODDS);
        put(at(MARITIME, 19), Mod.A9_EDGE_AREAS, Mod.A9_EDGE_SHOWN);

        // A10: Russia the hard power, China the soft power; sacrifices and spoils; no US rebalance (p.25)
        put(at(ALLIANCE, 25), Mod.A10_BURDEN_FREEDOM, Mod.A10_BURDEN_ECONOMY, Mod.A10_BURDEN_TENSION,
                Mod.A10_SPOILS_STANDING, Mod.A10_SPOILS_ECONOMY, Mod.A10_SPOILS_NO_REBALANCE,
                Mod.A10_TREATY_COSTS_SOFT_POWER, Mod.A10_CONFRONTATION);

        // A11: technological nationalism, imports a temporary measure (p.22)
        put(at(TRENDS, 22), Mod.A11_INTEGRATION_CEILING, Mod.A11_NATIONALIST_CEILING, Mod.A11_IMPORTS_TEMPORARY,
                Mod.A11_REVERSE_REPEATED);
        // play (claims), rules 4: the growth of defense cooperation limited by technological nationalism now
        // (p.22); greater trust from long military ties, a partnership that can grow (p.27)
        put(at(TRENDS, 22), Mod.A11_CEILING_NOW);
        put(at(CONCLUSION, 27), Mod.A11_CEILING_FOLLOWS_TRUST);

        // A12: the theatres each side avoids (p.24); a formal alliance would make the partnership less
        // effective (p.25); the naval phases in the Mediterranean, South China Sea and Baltic (p.18)
        put(at(ALLIANCE, 24), Mod.A12_TREATY_BINDS_MOSCOW, Mod.A12_TREATY_BINDS_BEIJING,
                Mod.A12_TREATY_HURTS_CHINESE_TRADE, Mod.A12_TREATY_UPKEEP_MOSCOW, Mod.A12_TREATY_UPKEEP_BEIJING,
                Mod.A12_SOUTH_CHINA_SEA_BINDS_MOSCOW, Mod.A12_DISTANT_THEATRE, Mod.A12_HONOURING_BINDS,
                Mod.A12_DRAWN_INTO_WAR);
        put(at(ALLIANCE, 25), Mod.A12_TREATY_ALARMS_WEST, Mod.A12_TREATY_ALARMS_NATO);
        put(MARITIME, Mod.A12_BALTIC_TENSION, Mod.A12_MEDITERRANEAN_PRESSURE);
        // the 2016 drill was held far from the disputed islands (p.18); nothing on Baltic costs to Beijing
        put(Citation.ASSUMPTION, Mod.A12_SOUTH_CHINA_SEA_RISK, Mod.A12_BALTIC_COSTS_STANDING,
                Mod.A12_BALTIC_COSTS_EU_TRADE);

        // A13: growing trust expanded cooperation (p.14); memory of the confrontation (p.4); trust from a long
        // history of military ties (p.27); exercises built for interoperability (p.23)
        put(at(BUILDING, 14), Mod.A13_TRUST_ODDS, Mod.A13_NO_CONTACT);
        put(at(WHY, 4), Mod.A13_LONG_MEMORY);
        put(at(CONCLUSION, 27), Mod.A13_SLOW_TRUST);
        put(at(ALLIANCE, 23), Mod.A13_INTEROP_ODDS, Mod.A13_INTEROP_DETERS);
        // rules 3's partial crisis outcomes: the report describes no crisis being contained or defused
        put(Citation.ASSUMPTION, Mod.A12_CRISIS_COST_BEIJING, Mod.A12_CRISIS_COST_MOSCOW,
                Mod.A12_CRISIS_BACKDOWN_BEIJING, Mod.A12_CRISIS_BACKDOWN_MOSCOW, Mod.A12_CRISIS_PARTNER_BOUND);
        // crises (balance), rules 4: the 2001 treaty's call for immediate consultations to remove a threat (p.14;
        // Moscow's half the size: China adds almost nothing in Europe, p.24); the clash's cost and the Russia-NATO
        // war level are not in the report (the US-China real-threat level is where a full-scale attack becomes a
        // real possibility, p.23)
        put(at(BUILDING, 14), Mod.A12_CRISIS_TALKS_BEIJING, Mod.A12_CRISIS_TALKS_MOSCOW);
        put(Citation.ASSUMPTION, Mod.A12_CLASH_COST_BEIJING, Mod.A12_CLASH_COST_MOSCOW);
        // the report sizes no limit to how much the confrontation weighs on burden and spoils
        put(Citation.ASSUMPTION, Mod.A10_CONFRONTATION_CAP);
        // the report says nothing of a rebuffed treaty, a treaty left unhonoured or an offer nobody asked for
        put(Citation.ASSUMPTION, Mod.A13_REBUFF, Mod.A13_BROKEN_PROMISE, Mod.A13_UNASKED_OFFER);
        // rules 5: the moment is the report's (the treaty kept in reserve for a real threat of a full-scale US
        // attack, p.24), how trust answers a refusal or a signature then is the model's
        put(Citation.ASSUMPTION, Mod.A13_RESERVE_REFUSED, Mod.A13_RESERVE_HONOURED);
    }

    /** Where the report states this modifier's fact, or {@link Citation#ASSUMPTION}. */
    public static Citation of(Mod m) {
        Citation c = PAGES.get(m);
        return c != null ? c : m.asymmetry().citations().get(0);
    }

    /** Whether the modifier has its own entry (a modifier without one shows its asymmetry's first page). */
    public static boolean placed(Mod m) {
        return PAGES.containsKey(m);
    }

    /** The short source of a modifier for a line of text: {@code Kashin 2018 p.24} or a scenario assumption. */
    public static String pages(Mod m) {
        return of(m).pages();
    }
}
