package org.amur.engine;

/**
 * Every modifier in the model: which asymmetry it expresses, what it acts on, how large it is by
 * default, and (in {@code model.properties}, key {@code mod.<NAME>}) when it applies. A scenario
 * weight or an analyst's {@code --vary} scales an asymmetry, and with it all of its modifiers
 * ({@link #scaled}).
 *
 * <p>Units: {@link Unit#POINTS} add to an indicator; {@link Unit#ODDS} add percentage points to a
 * roll; {@link Unit#FACTOR} multiplies a base amount (it must differ from 1, or weighting it would do
 * nothing); {@link Unit#PER_POINT} is a rate that multiplies some quantity (trust above 50, a
 * variant's border shift in the table...), so weight 0 removes it.
 */
public enum Mod {
    // A1 Nuclear
    A1_TREATY_DETERRENT(Asymmetry.A1, Unit.POINTS, -20, Indicator.US_CHINA_WAR_RISK),
    A1_TREATY_WITHOUT_THREAT(Asymmetry.A1, Unit.POINTS, -2, Indicator.US_CHINA_WAR_RISK),
    A1_WAR_ODDS_UNDER_TREATY(Asymmetry.A1, Unit.FACTOR, 0.5, null),
    A1_WAR_ODDS_INVOKED(Asymmetry.A1, Unit.FACTOR, 0.7, null),
    A1_NO_CHINESE_UMBRELLA(Asymmetry.A1, Unit.FACTOR, 0.95, null),
    A1_INVOCATION_DETERS(Asymmetry.A1, Unit.POINTS, -15, Indicator.US_CHINA_WAR_RISK),

    // A2 Conventional balance on the border
    A2_BORDER_SHIFT(Asymmetry.A2, Unit.PER_POINT, -1.0, Indicator.RU_FAR_EAST_SECURITY),
    A2_ALLY_ON_BORDER(Asymmetry.A2, Unit.POINTS, 6, Indicator.RU_FAR_EAST_SECURITY),
    A2_PLA_OUTGROWS_GARRISONS(Asymmetry.A2, Unit.PER_POINT, -0.05, Indicator.RU_FAR_EAST_SECURITY),
    A2_FRIENDLY_BORDER(Asymmetry.A2, Unit.PER_POINT, 0.08, Indicator.RU_FAR_EAST_SECURITY),

    // A3 Economic interdependence in China's favour
    A3_TRADE_TILT(Asymmetry.A3, Unit.POINTS, 1, Indicator.CN_LEVERAGE),
    A3_SANCTIONS_DRAG(Asymmetry.A3, Unit.PER_POINT, -0.04, Indicator.RU_ECONOMY),
    A3_CREDIT_RESCUE(Asymmetry.A3, Unit.POINTS, 4, Indicator.RU_ECONOMY),
    A3_CREDIT_LEVERAGE(Asymmetry.A3, Unit.POINTS, 5, Indicator.CN_LEVERAGE),
    A3_SANCTIONS_DEMAND(Asymmetry.A3, Unit.FACTOR, 1.5, null),
    /** Rules 2 on ({@link Rules#V2}): a reverse deal is worth this much to Russia without Western pressure. */
    A3_REVERSE_WITHOUT_SANCTIONS(Asymmetry.A3, Unit.FACTOR, 0.1, null),
    /** Rules 2 on: each reverse deal delivered costs Moscow freedom of action. */
    A3_SUPPLY_DEPENDENCE(Asymmetry.A3, Unit.POINTS, -1, Indicator.RU_FREEDOM),
    /** Rules 3 on: a year in which Moscow neither sells nor buys arms lowers Beijing's leverage. */
    A3_KEPT_DISTANCE(Asymmetry.A3, Unit.POINTS, -2, Indicator.CN_LEVERAGE),

    // A4 Technology edges
    A4_RUSSIAN_LEAD(Asymmetry.A4, Unit.FACTOR, 1.25, Indicator.CN_PLA_MODERNIZATION),
    A4_OUTSIDE_RUSSIAN_LEAD(Asymmetry.A4, Unit.FACTOR, 0.8, Indicator.CN_PLA_MODERNIZATION),
    A4_CHINESE_LEAD(Asymmetry.A4, Unit.FACTOR, 1.25, Indicator.RU_DEFENSE_INDUSTRY),

    // A5 Russian industry lives off Chinese orders
    A5_ORDERS_SUSTAIN(Asymmetry.A5, Unit.PER_POINT, 3, Indicator.RU_DEFENSE_INDUSTRY),
    A5_NO_ORDERS(Asymmetry.A5, Unit.POINTS, -1.5, Indicator.RU_DEFENSE_INDUSTRY),
    A5_EAGER_SELLER(Asymmetry.A5, Unit.POINTS, 2, Indicator.CN_LEVERAGE),
    A5_SELLER_NEEDS_DEAL(Asymmetry.A5, Unit.ODDS, 10, null),
    /**
     * Rules 3 on: in a scenario that starts after Russian home procurement resumed (2011 or later), every
     * other A5 modifier is multiplied by this factor: Chinese orders no longer decide which plants live.
     */
    A5_HOME_PROCUREMENT(Asymmetry.A5, Unit.FACTOR, 0.4, null),

    // A6 Russian delivery capacity
    A6_CAPACITY(Asymmetry.A6, Unit.PER_POINT, -0.5, null),
    A6_DELAY(Asymmetry.A6, Unit.POINTS, -2, Indicator.TRUST),
    A6_BROKEN_CONTRACT(Asymmetry.A6, Unit.POINTS, -6, Indicator.TRUST),
    /**
     * Rules 3 on: big sales are contracts delivered in tranches ({@link Contract}); a repeat contract for
     * the same system is this fraction of the one before (its size, value and length).
     */
    A6_REPEAT_CONTRACT(Asymmetry.A6, Unit.FACTOR, 0.5, null),

    // A7 Copying and IP risk
    A7_COPY_EXPOSURE(Asymmetry.A7, Unit.PER_POINT, 1.0, Indicator.CN_COPY_PROGRESS),
    A7_TECH_DIFFUSION(Asymmetry.A7, Unit.PER_POINT, -1.0, Indicator.RU_TECH_EDGE),
    A7_COPY_ERODES_EDGE(Asymmetry.A7, Unit.POINTS, -8, Indicator.RU_TECH_EDGE),
    A7_COPY_TAKES_MARKET(Asymmetry.A7, Unit.POINTS, -4, Indicator.RU_DEFENSE_INDUSTRY),
    A7_COPY_FEEDS_INDUSTRY(Asymmetry.A7, Unit.POINTS, 6, Indicator.CN_INDIGENOUS_INDUSTRY),
    A7_COPY_BETRAYS_TRUST(Asymmetry.A7, Unit.POINTS, -4, Indicator.TRUST),
    /** Rules 3 on: denied systems offered when Beijing asked for something else alarm the West. */
    A7_DENIED_OFFER_ALARMS_WEST(Asymmetry.A7, Unit.POINTS, 3, Indicator.WESTERN_PRESSURE),

    // A8 Chinese absorption lag
    A8_SLOW_ABSORPTION(Asymmetry.A8, Unit.FACTOR, 0.6, Indicator.CN_COPY_PROGRESS),
    A8_OVERSTATED_SUCCESS(Asymmetry.A8, Unit.ODDS, -10, null),
    A8_STEADY_INDIGENOUS_WORK(Asymmetry.A8, Unit.POINTS, 1, Indicator.CN_INDIGENOUS_INDUSTRY),
    /**
     * Rules 3 on: copy progress is kept per class of technology ({@link CopyClass}), and engines, the
     * hardest to master, progress at this fraction of the others' pace.
     */
    A8_ENGINES_HARDEST(Asymmetry.A8, Unit.FACTOR, 0.3, Indicator.CN_COPY_PROGRESS),

    // A9 Russia's ageing navy
    A9_OLD_SURFACE_FLEET(Asymmetry.A9, Unit.FACTOR, 0.45, Indicator.INTEROP_NAVAL),
    A9_OLD_FLEET_ODDS(Asymmetry.A9, Unit.ODDS, -10, null),
    A9_EDGE_AREAS(Asymmetry.A9, Unit.FACTOR, 1.1, Indicator.INTEROP_NAVAL),
    A9_EDGE_SHOWN(Asymmetry.A9, Unit.POINTS, -1, Indicator.RU_TECH_EDGE),

    // A10 Burden and spoils
    A10_BURDEN_FREEDOM(Asymmetry.A10, Unit.POINTS, -1, Indicator.RU_FREEDOM),
    A10_BURDEN_ECONOMY(Asymmetry.A10, Unit.POINTS, -0.5, Indicator.RU_ECONOMY),
    A10_BURDEN_TENSION(Asymmetry.A10, Unit.POINTS, 1, Indicator.RUSSIA_NATO_TENSION),
    A10_SPOILS_STANDING(Asymmetry.A10, Unit.POINTS, 1.5, Indicator.CN_STANDING),
    A10_SPOILS_ECONOMY(Asymmetry.A10, Unit.POINTS, 0.5, Indicator.CN_ECONOMY),
    A10_SPOILS_NO_REBALANCE(Asymmetry.A10, Unit.POINTS, -0.5, Indicator.US_CHINA_WAR_RISK),
    A10_TREATY_COSTS_SOFT_POWER(Asymmetry.A10, Unit.POINTS, -6, Indicator.CN_STANDING),
    /**
     * Rules 3 on: the burden and the spoils of a turn of cooperation are multiplied by Russia's
     * confrontation with the West: this rate times the points by which Russia-NATO tension exceeds 40
     * and Western pressure exceeds 45.
     */
    A10_CONFRONTATION(Asymmetry.A10, Unit.PER_POINT, 0.04, null),
    /** Rules 3 on: the most the confrontation can multiply burden and spoils by. */
    A10_CONFRONTATION_CAP(Asymmetry.A10, Unit.CEILING, 2.0, null),

    // A11 Technological nationalism
    A11_INTEGRATION_CEILING(Asymmetry.A11, Unit.CEILING, 90, null),
    /**
     * Rules 3 on: the integration ceiling at trust 60; it moves a third of a point with each point of
     * trust, so it binds unless the partnership deepens.
     */
    A11_NATIONALIST_CEILING(Asymmetry.A11, Unit.CEILING, 55, null),
    A11_IMPORTS_TEMPORARY(Asymmetry.A11, Unit.FACTOR, 0.7, null),
    /** Rules 2 on: a reverse deal's gains to Russia shrink by this factor for every earlier one delivered. */
    A11_REVERSE_REPEATED(Asymmetry.A11, Unit.FACTOR, 0.9, null),

    // A12 Theatre entanglement
    A12_TREATY_BINDS_MOSCOW(Asymmetry.A12, Unit.POINTS, -8, Indicator.RU_FREEDOM),
    A12_TREATY_BINDS_BEIJING(Asymmetry.A12, Unit.POINTS, -8, Indicator.CN_FREEDOM),
    A12_TREATY_ALARMS_WEST(Asymmetry.A12, Unit.POINTS, 10, Indicator.WESTERN_PRESSURE),
    A12_TREATY_ALARMS_NATO(Asymmetry.A12, Unit.POINTS, 5, Indicator.RUSSIA_NATO_TENSION),
    A12_TREATY_HURTS_CHINESE_TRADE(Asymmetry.A12, Unit.POINTS, -3, Indicator.CN_ECONOMY),
    A12_TREATY_UPKEEP_MOSCOW(Asymmetry.A12, Unit.POINTS, -2, Indicator.RU_FREEDOM),
    A12_TREATY_UPKEEP_BEIJING(Asymmetry.A12, Unit.POINTS, -2, Indicator.CN_FREEDOM),
    A12_SOUTH_CHINA_SEA_RISK(Asymmetry.A12, Unit.POINTS, 3, Indicator.US_CHINA_WAR_RISK),
    A12_SOUTH_CHINA_SEA_BINDS_MOSCOW(Asymmetry.A12, Unit.POINTS, -3, Indicator.RU_FREEDOM),
    A12_BALTIC_TENSION(Asymmetry.A12, Unit.POINTS, 3, Indicator.RUSSIA_NATO_TENSION),
    A12_BALTIC_COSTS_STANDING(Asymmetry.A12, Unit.POINTS, -3, Indicator.CN_STANDING),
    A12_BALTIC_COSTS_EU_TRADE(Asymmetry.A12, Unit.POINTS, -1, Indicator.CN_ECONOMY),
    A12_MEDITERRANEAN_PRESSURE(Asymmetry.A12, Unit.POINTS, 2, Indicator.WESTERN_PRESSURE),
    A12_DISTANT_THEATRE(Asymmetry.A12, Unit.ODDS, -20, null),
    A12_HONOURING_BINDS(Asymmetry.A12, Unit.POINTS, -10, null),
    A12_DRAWN_INTO_WAR(Asymmetry.A12, Unit.POINTS, -15, null),
    /** Rules 3 on: a US-China crisis contained while Beijing stands firm costs the Chinese economy. */
    A12_CRISIS_COST_BEIJING(Asymmetry.A12, Unit.POINTS, -3, Indicator.CN_ECONOMY),
    /** Rules 3 on: a Russia-NATO crisis contained while Moscow stands firm costs the Russian economy. */
    A12_CRISIS_COST_MOSCOW(Asymmetry.A12, Unit.POINTS, -3, Indicator.RU_ECONOMY),
    /** Rules 3 on: a US-China crisis defused by Beijing backing down costs it standing. */
    A12_CRISIS_BACKDOWN_BEIJING(Asymmetry.A12, Unit.POINTS, -4, Indicator.CN_STANDING),
    /** Rules 3 on: a Russia-NATO crisis defused by Moscow backing down costs it freedom of action. */
    A12_CRISIS_BACKDOWN_MOSCOW(Asymmetry.A12, Unit.POINTS, -4, Indicator.RU_FREEDOM),
    /** Rules 3 on: a treaty partner standing by the other in its contained crisis gives up freedom of action. */
    A12_CRISIS_PARTNER_BOUND(Asymmetry.A12, Unit.POINTS, -2, null),

    // A13 Trust and memory
    A13_TRUST_ODDS(Asymmetry.A13, Unit.PER_POINT, 0.25, null),
    A13_SLOW_TRUST(Asymmetry.A13, Unit.FACTOR, 0.6, Indicator.TRUST),
    A13_LONG_MEMORY(Asymmetry.A13, Unit.FACTOR, 1.5, Indicator.TRUST),
    A13_NO_CONTACT(Asymmetry.A13, Unit.POINTS, -1, Indicator.TRUST),
    A13_REBUFF(Asymmetry.A13, Unit.POINTS, -4, Indicator.TRUST),
    A13_BROKEN_PROMISE(Asymmetry.A13, Unit.POINTS, -25, Indicator.TRUST),
    /**
     * Rules 3 on: interoperability above 30 helps the odds of a joint exercise going well and of a treaty
     * being honoured, this many points per point of interoperability (below 30 it hurts).
     */
    A13_INTEROP_ODDS(Asymmetry.A13, Unit.PER_POINT, 0.4, null),
    /** Rules 3 on: offering what the partner did not ask for (denied systems) costs trust. */
    A13_UNASKED_OFFER(Asymmetry.A13, Unit.POINTS, -2, Indicator.TRUST),
    /**
     * Rules 3 on: interoperability deters escalation. A crisis that breaks out becomes a war with odds
     * lowered this many points per point of interoperability above 30 (raised below 30).
     */
    A13_INTEROP_DETERS(Asymmetry.A13, Unit.PER_POINT, -0.5, null),

    // crises (balance): rules 4 on
    /**
     * Rules 4 on: in a year Beijing chooses strategic consultations while US-China war risk is at the level
     * where crises break out, the talks the 2001 treaty calls for to remove a threat lower the risk this much.
     */
    A12_CRISIS_TALKS_BEIJING(Asymmetry.A12, Unit.POINTS, -4, Indicator.US_CHINA_WAR_RISK),
    /**
     * Rules 4 on: the same for Moscow's consultations while Russia-NATO tension is at the crisis level, half
     * the size: Beijing's word weighs little in Europe, where China's small strategic force adds almost
     * nothing (A1, Kashin p.24).
     */
    A12_CRISIS_TALKS_MOSCOW(Asymmetry.A12, Unit.POINTS, -2, Indicator.RUSSIA_NATO_TENSION),
    /**
     * Rules 4 on: a US-China crisis that escalates below the real-threat level is a limited clash, not a
     * full-scale war: the game goes on and the Chinese economy pays this much.
     */
    A12_CLASH_COST_BEIJING(Asymmetry.A12, Unit.POINTS, -6, Indicator.CN_ECONOMY),
    /** Rules 4 on: a Russia-NATO crisis that escalates below the war level is a limited clash. */
    A12_CLASH_COST_MOSCOW(Asymmetry.A12, Unit.POINTS, -6, Indicator.RU_ECONOMY),
    /**
     * Rules 4 on: Chinese credit at a critical moment (Russian economy below 35) is a bargain, not a roll: it
     * comes in a year the two capitals do business together (both choices on the arms line) and not in a year
     * either keeps its distance, and accepting it costs Russia this much freedom of action, since such loans
     * bind its future choices (Kashin p.25).
     */
    A3_CREDIT_ON_TERMS(Asymmetry.A3, Unit.POINTS, -3, Indicator.RU_FREEDOM),

    // play (claims): rules 4 on
    /**
     * Rules 4 on: the integration ceiling at trust 60, replacing {@link #A11_NATIONALIST_CEILING}'s: the
     * partnership of 2018 is already near what technological nationalism allows (Kashin p.22: the growth of
     * defense cooperation is limited by it now), so the ceiling sits close above the overall interoperability
     * the 2018-2019 scenarios start with.
     */
    A11_CEILING_NOW(Asymmetry.A11, Unit.CEILING, 45, null),
    /**
     * Rules 4 on: how many points the integration ceiling moves per point of trust (rules 3: a third), so
     * that lost trust closes the door to deeper integration and won trust opens it (pp.22 and 27).
     */
    A11_CEILING_FOLLOWS_TRUST(Asymmetry.A11, Unit.PER_POINT, 1.0, null),

    // contracts (issue 13's model items): rules 4 on
    /**
     * Rules 4 on: a downgraded export version exposes the older generation of fighters, the Su-27 line China
     * has already localized (95 licensed Su-27SK, then the J-11B; China was sold the Su-30MKK/MK2, less
     * advanced than India's Su-30MKI: Kashin p.15). Its copy exposure goes, at this rate, to the class of the
     * older fighters ({@link CopyClass#OLDER_FIGHTERS}, with the Su-27 line a scenario starts with), not to
     * the Su-35's.
     */
    A7_OLDER_GENERATION(Asymmetry.A7, Unit.PER_POINT, 1.0, Indicator.CN_COPY_PROGRESS),
    /**
     * Rules 4 on: the contracts a scenario starts with (signed before the game) have put their systems in
     * Chinese hands: their copy exposure counts towards their classes from the start, at this rate (Su-35
     * deliveries from 2016, the first S-400 regiment by May 2018: Kashin p.21).
     */
    A7_EXPOSED_BEFORE_THE_GAME(Asymmetry.A7, Unit.PER_POINT, 1.0, Indicator.CN_COPY_PROGRESS),
    /**
     * Rules 4 on: a crisis that breaks out and does not escalate (contained, or defused by backing down) leaves
     * the risk or tension that bred it: the fall-back rules 3 gives it (10 points contained, 15 backed down) is
     * multiplied by this factor. Under rules 3 the fall-back outweighed the crisis's cost, so a contained crisis
     * was a net gain for the side in it. The 2014 crisis left Western sanctions and the confrontation in place
     * for years (Kashin p.22).
     */
    A12_CRISIS_UNRESOLVED(Asymmetry.A12, Unit.FACTOR, 0.0, null),

    // the reserve (issue 13, Taiwan): rules 5 on
    /**
     * Rules 5 on: Beijing asks for the treaty, with preparations in reserve (level 2) and US-China war risk at
     * or above the real-threat level, and Moscow does not sign: trust falls this much more (before A13's long
     * memory), and the preparations are shelved (level 1), so the reserve is refused once. The report reads the
     * alliance as kept in reserve for exactly that moment, with the preparations made beforehand (Kashin p.24);
     * standing aside then is close to a broken promise ({@link #A13_BROKEN_PROMISE} is -25). The size is the
     * model's.
     */
    A13_RESERVE_REFUSED(Asymmetry.A13, Unit.POINTS, -16, Indicator.TRUST),
    /**
     * Rules 5 on: the treaty signed at that moment (preparations in reserve, US-China war risk at or above the
     * real-threat level) is the reserve honoured: trust rises this much more (before A13's slow growth). Help
     * in the partner's worst moment is what the long record of helping and cheating remembers (Kashin pp.1-3);
     * the size is the model's, as is the refused reserve's: both are cited as scenario assumptions.
     */
    A13_RESERVE_HONOURED(Asymmetry.A13, Unit.POINTS, 20, Indicator.TRUST);

    /** How a modifier's size is read. */
    public enum Unit {
        /** Added to an indicator. */
        POINTS("pts"),
        /** Percentage points added to a roll's odds. */
        ODDS("pp"),
        /** Multiplies an amount. */
        FACTOR("x"),
        /** A rate applied to a distance in the state (see the modifier's condition text). */
        PER_POINT("/pt"),
        /** A ceiling that gains shrink towards. */
        CEILING("cap");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private final Asymmetry asymmetry;
    private final Unit unit;
    private final double base;
    private final Indicator target;

    Mod(Asymmetry asymmetry, Unit unit, double base, Indicator target) {
        this.asymmetry = asymmetry;
        this.unit = unit;
        this.base = base;
        this.target = target;
    }

    public Asymmetry asymmetry() {
        return asymmetry;
    }

    public Unit unit() {
        return unit;
    }

    /** Default size, before scenario weights and analyst scaling. */
    public double base() {
        return base;
    }

    /** Indicator this modifier acts on, or null for roll odds and generic factors. */
    public Indicator target() {
        return target;
    }

    /**
     * The size under an asymmetry weight {@code w} (1 = as the model has it, 0 = switched off).
     * Additive units scale linearly; a factor moves towards 1 and a ceiling towards "no ceiling"
     * (twice the base), so that w = 0 always means "this asymmetry has no effect".
     */
    public double scaled(double w) {
        return switch (unit) {
            case FACTOR -> 1 + (base - 1) * w;
            case CEILING -> w <= 0 ? Double.POSITIVE_INFINITY : base / w;
            default -> base * w;
        };
    }
}
