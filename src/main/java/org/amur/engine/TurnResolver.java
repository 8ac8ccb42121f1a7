package org.amur.engine;

import static org.amur.engine.Indicator.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves one turn. Mutable and short-lived: it works on a private copy of the indicator vector
 * and of the generator, appends events as it goes, and hands back a new immutable {@link GameState}.
 *
 * <p>Order of resolution, fixed so that games replay bit for bit: reveal; formal alliance; arms
 * transfers (and overdue deliveries); joint exercises; burden and spoils (A10) or lost contact (A13);
 * treaty upkeep (A12); the world's drift; China's credit at critical moments (A3); unlicensed copying
 * (A7, A8); war rolls; rupture; scores; then either the end of the game or the next turn's cards.
 */
final class TurnResolver {
    private static final int EXERCISE_DOMAINS_START = INTEROP_GROUND_AIR.ordinal();
    private static final Indicator[] DOMAINS = {
            INTEROP_GROUND_AIR, INTEROP_NAVAL, INTEROP_AEROSPACE, INTEROP_INTERNAL_SECURITY};

    private final Engine engine;
    private final Scenario scenario;
    private final double[] v;
    private final SplitMix64 rng;
    private final List<Variant> overdue = new ArrayList<>(2);
    private final List<Action.RollOverride> overrides = new ArrayList<>(0);
    private List<Event> out;

    /** The values this resolver started from (immutable): what the turn's net changes are measured against. */
    private final Indicators initial;

    /** Reverse deals delivered so far (see {@link GameState#reverseDeals()}). */
    private int reverseDeals;

    TurnResolver(Engine engine, Indicators values, long rngState) {
        this(engine, values, rngState, 0);
    }

    TurnResolver(Engine engine, Indicators values, long rngState, int reverseDeals) {
        this.engine = engine;
        this.reverseDeals = reverseDeals;
        this.scenario = engine.scenario();
        this.initial = values;
        this.v = values.copyArray();
        this.rng = new SplitMix64(rngState);
    }

    private double get(Indicator i) {
        return v[i.ordinal()];
    }

    private double size(Mod m) {
        return engine.size(m);
    }

    // ------------------------------------------------------------------ effects

    // Scratch lists shared by the effects of one resolution: effects are recorded one after the other
    // (each is emitted before the next one changes anything), so one pair of lists serves them all and
    // each effect's event gets an exact-size immutable copy.
    private final ArrayList<Event.Applied> scratchFactors = new ArrayList<>(8);
    private final ArrayList<Event.Delta> scratchDeltas = new ArrayList<>(16);
    private Fx recording;

    /** Collects the changes and factors of one thing that happened. */
    private final class Fx {
        final String key;
        final Variant subject;
        final Side actor;

        Fx(String key, Variant subject, Side actor) {
            this.key = key;
            this.subject = subject;
            this.actor = actor;
        }

        /** Claims the scratch lists; two effects recording at once would be a bug in the resolver. */
        private void claim() {
            if (recording != this) {
                if (recording != null && (!scratchDeltas.isEmpty() || !scratchFactors.isEmpty())) {
                    throw new IllegalStateException("effect " + key + " recorded while " + recording.key
                            + " was still open");
                }
                scratchDeltas.clear();
                scratchFactors.clear();
                recording = this;
            }
        }

        /** Records a factor modifier and returns its size. */
        double factor(Mod m) {
            double s = size(m);
            applied(new Event.Applied(m, s));
            return s;
        }

        /** Records an already computed factor attributed to a modifier and returns it. */
        double factor(Mod m, double value) {
            applied(new Event.Applied(m, value));
            return value;
        }

        /** Adds {@code amount} to an indicator (clamped); {@code cause} may be null for a base effect. */
        void add(Indicator i, double amount, Mod cause) {
            if (amount == 0) {
                return;
            }
            double before = v[i.ordinal()];
            double after = i.clamp(before + amount);
            if (after == before) {
                return;
            }
            v[i.ordinal()] = after;
            claim();
            scratchDeltas.add(new Event.Delta(i, before, after, cause));
            if (i.ordinal() >= EXERCISE_DOMAINS_START && i.ordinal() < EXERCISE_DOMAINS_START + 4) {
                recomputeDerived();
            }
        }

        /** Applies a POINTS modifier to its own target. */
        void mod(Mod m) {
            add(m.target(), size(m), m);
        }

        /** Applies a POINTS modifier to another indicator (used for side-specific targets). */
        void mod(Mod m, Indicator target) {
            add(target, size(m), m);
        }

        /**
         * Changes trust the way A13 says it changes: gains come slowly, losses are remembered long.
         */
        void trust(double amount, Mod cause) {
            if (amount > 0) {
                double slow = factor(Mod.A13_SLOW_TRUST);
                add(TRUST, amount * slow, cause == null ? Mod.A13_SLOW_TRUST : cause);
            } else if (amount < 0) {
                double memory = factor(Mod.A13_LONG_MEMORY);
                add(TRUST, amount * memory, cause == null ? Mod.A13_LONG_MEMORY : cause);
            }
        }

        private void applied(Event.Applied a) {
            claim();
            scratchFactors.add(a);
        }

        /** This effect's changes, as an immutable list; ends its recording. */
        List<Event.Delta> deltas() {
            if (recording != this) {
                return List.of();
            }
            List<Event.Delta> d = frozen(scratchDeltas);
            scratchDeltas.clear();
            return d;
        }

        void emit() {
            List<Event.Applied> f = recording == this ? frozen(scratchFactors) : List.of();
            List<Event.Delta> d = deltas();
            scratchFactors.clear();
            if (recording == this) {
                recording = null;
            }
            out.add(new Event.Effect(key, subject, actor, f, d));
        }
    }

    /**
     * An immutable copy of a short list, made with {@code List.of}'s fixed-arity forms: they keep their
     * elements without the second array copy that {@code List.copyOf} of an {@code ArrayList} makes, and
     * the events' own {@code List.copyOf} then keeps them as they are. Same elements, same order.
     */
    static <T> List<T> frozen(List<T> l) {
        return switch (l.size()) {
            case 0 -> List.of();
            case 1 -> List.of(l.get(0));
            case 2 -> List.of(l.get(0), l.get(1));
            case 3 -> List.of(l.get(0), l.get(1), l.get(2));
            case 4 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3));
            case 5 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4));
            case 6 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5));
            case 7 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6));
            case 8 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), l.get(7));
            case 9 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), l.get(7),
                    l.get(8));
            case 10 -> List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), l.get(7),
                    l.get(8), l.get(9));
            default -> List.copyOf(l);
        };
    }

    void recomputeDerived() {
        double sum = 0;
        for (Indicator d : DOMAINS) {
            sum += v[d.ordinal()];
        }
        v[INTEROPERABILITY.ordinal()] = sum / DOMAINS.length;
    }

    // ------------------------------------------------------------------ rolls

    private final List<Event.Applied> rollMods = new ArrayList<>(4);

    private int clampOdds(RollKind kind, double odds) {
        return (int) Math.max(kind.floor(), Math.min(kind.ceiling(), Math.round(odds)));
    }

    private void oddsMod(Mod m, double pp) {
        rollMods.add(new Event.Applied(m, pp));
    }

    private void trustOdds() {
        oddsMod(Mod.A13_TRUST_ODDS, size(Mod.A13_TRUST_ODDS) * (get(TRUST) - 50));
    }

    /** Rolls the percentile die against {@code base} adjusted by the modifiers collected in rollMods. */
    private boolean roll(RollKind kind, Variant subject, double base) {
        double odds = base;
        double factor = 1;
        for (Event.Applied a : rollMods) {
            if (a.mod().unit() == Mod.Unit.FACTOR) {
                factor *= a.size();
            } else {
                odds += a.size();
            }
        }
        int finalOdds = clampOdds(kind, odds * factor);
        Action.RollOverride forced = null;
        for (Action.RollOverride o : overrides) {
            if (o.kind() == kind && (o.subject() == null || o.subject() == subject)) {
                forced = o;
                break;
            }
        }
        if (finalOdds <= 0 && forced == null) {
            // A hazard whose modifiers took its odds to zero: nothing to roll, nothing drawn.
            rollMods.clear();
            return false;
        }
        int draw = rng.d100();
        boolean success = draw <= finalOdds;
        out.add(new Event.Roll(kind, subject, (int) Math.round(base), frozen(rollMods), finalOdds, draw, success));
        rollMods.clear();
        if (forced != null) {
            overrides.remove(forced);
            if (forced.success() != success) {
                out.add(new Event.Overridden(kind, subject, success, forced.success()));
            }
            return forced.success();
        }
        return success;
    }

    // ------------------------------------------------------------------ turn

    GameState resolve(GameState committed, List<Event> events, Action.Adjudicated ruling) {
        this.out = events;
        overdue.addAll(committed.overdue());
        Variant m = committed.moscow().variant();
        Variant b = committed.beijing().variant();
        out.add(new Event.ChoicesRevealed(committed.turn(), m, b, committed.moscow().rationale(),
                committed.beijing().rationale()));
        if (ruling != null) {
            overrides.addAll(ruling.overrides());
            out.add(new Event.Adjudicated(committed.turn(), ruling.rationale(), ruling.overrides().size(),
                    ruling.adjustments().size()));
        }
        Indicators before = initial; // nothing has changed v since the resolver was made
        v[RU_ARMS_REVENUE.ordinal()] = 0; // revenue is this turn's deliveries

        boolean cooperated = resolveAlliance(m, b);
        ArmsResult arms = resolveArms(m, b);
        cooperated |= arms.cooperated;
        cooperated |= resolveExercises(m, b);

        Fx partnership = new Fx(cooperated ? "burden_and_spoils" : "no_contact", null, null);
        if (cooperated) {
            partnership.mod(Mod.A10_BURDEN_FREEDOM);
            partnership.mod(Mod.A10_BURDEN_ECONOMY);
            partnership.mod(Mod.A10_BURDEN_TENSION);
            partnership.mod(Mod.A10_SPOILS_STANDING);
            partnership.mod(Mod.A10_SPOILS_ECONOMY);
            partnership.mod(Mod.A10_SPOILS_NO_REBALANCE);
        } else {
            partnership.trust(size(Mod.A13_NO_CONTACT), Mod.A13_NO_CONTACT);
        }
        partnership.emit();

        if (committed.allianceLevel() >= 3 && (int) Math.round(get(ALLIANCE_LEVEL)) >= 3) {
            Fx upkeep = new Fx("alliance.upkeep", null, null);
            upkeep.mod(Mod.A12_TREATY_UPKEEP_MOSCOW);
            upkeep.mod(Mod.A12_TREATY_UPKEEP_BEIJING);
            upkeep.emit();
        }

        if (ruling != null && !ruling.adjustments().isEmpty()) {
            Fx fx = new Fx("facilitator.adjustment", null, null);
            for (Scenario.CardEffect e : ruling.adjustments()) {
                fx.add(e.indicator(), e.delta(), null);
            }
            fx.emit();
        }

        drift(arms.forwardDelivered);
        chineseCredit();
        copying();

        EndReason ending = wars();
        if (ending == null && get(TRUST) <= scenario.thresholds().ruptureTrust()) {
            ending = EndReason.RUPTURE;
        }
        int turn = committed.turn();
        if (ending == null && turn >= scenario.turns()) {
            ending = EndReason.FULL_TERM;
        }
        score(ending);

        List<Event.Delta> net = new ArrayList<>(v.length);
        for (Indicator i : Indicator.all()) {
            double was = before.get(i);
            if (v[i.ordinal()] != was) {
                net.add(new Event.Delta(i, was, v[i.ordinal()], null));
            }
        }
        out.add(new Event.TurnResolved(turn, committed.year(), frozen(net)));

        if (ending != null) {
            out.add(new Event.GameEnded(ending, turn, get(RU_SCORE), get(CN_SCORE),
                    (int) Math.round(get(ALLIANCE_LEVEL)) >= 3));
            return new GameState(turn, committed.year(), Indicators.wrap(v), null, null, rng.state(), List.of(),
                    committed.spentCards(), overdue, ending, reverseDeals);
        }
        return startTurn(turn + 1, committed.spentCards(), events);
    }

    /** The facilitator's injected event: its effects now, the state otherwise unchanged. */
    GameState inject(GameState s, String cardId, String title, List<Scenario.CardEffect> effects, String rationale,
                     List<Event> events) {
        this.out = events;
        Fx fx = new Fx("card", null, null);
        for (Scenario.CardEffect e : effects) {
            fx.add(e.indicator(), e.delta(), null);
        }
        score(null);
        out.add(new Event.Injected(s.turn(), cardId, title, fx.deltas(), rationale));
        List<String> cards = new ArrayList<>(s.cards());
        cards.add(cardId == null ? "inject:" + title : cardId);
        // a once-only card the facilitator plays has happened: the deck will not draw it again
        List<String> spent = s.spentCards();
        for (Scenario.Card card : scenario.deck()) {
            if (card.id().equals(cardId) && card.once() && !spent.contains(cardId)) {
                spent = new ArrayList<>(spent);
                spent.add(cardId);
            }
        }
        return new GameState(s.turn(), s.year(), Indicators.wrap(v), s.moscow(), s.beijing(), s.rng(), cards,
                spent, s.overdue(), s.ending(), s.reverseDeals());
    }

    /** Begins turn {@code turn}: draws the event cards and returns the state awaiting both choices. */
    GameState startTurn(int turn, List<String> spent, List<Event> events) {
        this.out = events;
        int year = scenario.yearOf(turn);
        out.add(new Event.TurnStarted(turn, year));
        List<String> fired = new ArrayList<>(2);
        List<String> spentNow = new ArrayList<>(spent);
        // Triggers see the state before this turn's cards. Until a card fires that is v itself; when the
        // first card fires, the triggers of the cards after it are settled on v before its effects apply
        // (bit k of laterTriggers = card first + 1 + k), so no copy of the state is needed. A deck of more
        // than 64 cards copies the state instead.
        List<Scenario.Card> deck = scenario.deck();
        Indicators current = Indicators.wrap(v);
        Indicators snapshot = null;
        int first = -1;
        long laterTriggers = 0;
        for (int k = 0; k < deck.size(); k++) {
            Scenario.Card card = deck.get(k);
            if (fired.size() >= scenario.maxCardsPerTurn()) {
                break;
            }
            if (turn < card.firstTurn() || turn > card.lastTurn() || (card.once() && spentNow.contains(card.id()))) {
                continue;
            }
            boolean triggered;
            if (first < 0) {
                triggered = triggers(card, current);
            } else if (snapshot != null) {
                triggered = triggers(card, snapshot);
            } else {
                triggered = (laterTriggers & (1L << (k - first - 1))) != 0;
            }
            if (!triggered) {
                continue;
            }
            int draw = rng.d100();
            if (draw > card.chance()) {
                continue;
            }
            if (first < 0) {
                first = k;
                if (deck.size() - k - 1 > 64) {
                    snapshot = Indicators.wrap(v.clone());
                } else {
                    for (int j = k + 1; j < deck.size(); j++) {
                        if (triggers(deck.get(j), current)) {
                            laterTriggers |= 1L << (j - k - 1);
                        }
                    }
                }
            }
            Fx fx = new Fx("card", null, null);
            for (Scenario.CardEffect e : card.effects()) {
                fx.add(e.indicator(), e.delta(), null);
            }
            out.add(new Event.CardDrawn(card.id(), card.title(), card.chance(), draw, fx.deltas(),
                    card.citation() == null ? "" : card.citation().toString()));
            fired.add(card.id());
            if (card.once()) {
                spentNow.add(card.id());
            }
        }
        return new GameState(turn, year, Indicators.wrap(v), null, null, rng.state(), frozen(fired), frozen(spentNow),
                frozen(overdue), null, reverseDeals);
    }

    private static boolean triggers(Scenario.Card card, Indicators values) {
        List<Scenario.Condition> trigger = card.trigger();
        for (int i = 0; i < trigger.size(); i++) {
            if (!trigger.get(i).holds(values)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ formal alliance

    private boolean resolveAlliance(Variant m, Variant b) {
        Variant ma = m.line() == Line.ALLIANCE ? m : null;
        Variant ba = b.line() == Line.ALLIANCE ? b : null;
        if (ma == null && ba == null) {
            return false;
        }
        int level = (int) Math.round(get(ALLIANCE_LEVEL));
        if (ma != null && ba != null) {
            Fx talks = new Fx("alliance.consultations", null, null);
            talks.trust(1.5, null);
            talks.emit();
            int rm = ma.rank();
            int rb = ba.rank();
            if (level == 3 && (rm == 4 || rb == 4)) {
                Side invoker = rm == 4 ? Side.MOSCOW : Side.BEIJING;
                int partnerRank = invoker == Side.MOSCOW ? rb : rm;
                if (partnerRank >= 3) {
                    honoured(rm == 4 && rb == 4 ? null : invoker);
                } else {
                    invokeAlone(invoker);
                }
            } else if (level == 2 && rm >= 3 && rb >= 3) {
                sign();
            } else if (level == 2 && (rm >= 3 || rb >= 3)) {
                rebuff(rm >= 3 ? Side.MOSCOW : Side.BEIJING);
            } else if (level < 2 && Math.min(rm, rb) > level) {
                setLevel(level + 1);
                Fx fx = new Fx(level + 1 == 1 ? "alliance.consultations_established" : "alliance.preparations_begun",
                        null, null);
                fx.emit();
            } else if (level >= 2 && rm == 2 && rb == 2) {
                Fx fx = new Fx("alliance.preparations_kept", Variant.ALLIANCE_PREPARE, null);
                double ceiling = fx.factor(Mod.A11_INTEGRATION_CEILING);
                fx.add(INTEROP_AEROSPACE, 1.0 * headroom(INTEROP_AEROSPACE, ceiling), null);
                fx.add(INTEROP_GROUND_AIR, 0.5 * headroom(INTEROP_GROUND_AIR, ceiling), null);
                fx.emit();
            }
            return true;
        }
        Side actor = ma != null ? Side.MOSCOW : Side.BEIJING;
        Variant alone = ma != null ? ma : ba;
        switch (alone) {
            case ALLIANCE_CONSULT -> {
                Fx fx = new Fx("alliance.consult_alone", alone, actor);
                fx.trust(0.5, null);
                fx.emit();
            }
            case ALLIANCE_PREPARE -> new Fx("alliance.prepare_alone", alone, actor).emit();
            case ALLIANCE_SIGN -> rebuff(actor);
            case ALLIANCE_INVOKE -> invokeAlone(actor);
            default -> throw new IllegalStateException(alone.id());
        }
        return false;
    }

    private void setLevel(int to) {
        int from = (int) Math.round(get(ALLIANCE_LEVEL));
        if (from != to) {
            v[ALLIANCE_LEVEL.ordinal()] = to;
            out.add(new Event.AllianceChanged(from, to));
        }
    }

    private void sign() {
        setLevel(3);
        Fx fx = new Fx("alliance.signed", Variant.ALLIANCE_SIGN, null);
        fx.mod(Mod.A12_TREATY_BINDS_MOSCOW);
        fx.mod(Mod.A12_TREATY_BINDS_BEIJING);
        fx.mod(Mod.A12_TREATY_ALARMS_WEST);
        fx.mod(Mod.A12_TREATY_ALARMS_NATO);
        fx.mod(Mod.A12_TREATY_HURTS_CHINESE_TRADE);
        fx.mod(Mod.A10_TREATY_COSTS_SOFT_POWER);
        fx.mod(Mod.A2_ALLY_ON_BORDER);
        if (get(US_CHINA_WAR_RISK) >= scenario.thresholds().realThreat()) {
            fx.mod(Mod.A1_TREATY_DETERRENT);
        } else {
            fx.mod(Mod.A1_TREATY_WITHOUT_THREAT);
        }
        fx.trust(4, null);
        fx.emit();
    }

    private void rebuff(Side proposer) {
        Fx fx = new Fx("alliance.treaty_declined", Variant.ALLIANCE_SIGN, proposer);
        fx.trust(size(Mod.A13_REBUFF), Mod.A13_REBUFF);
        fx.add(proposer == Side.MOSCOW ? RU_FREEDOM : CN_FREEDOM, -2, null);
        fx.emit();
    }

    private void invokeAlone(Side invoker) {
        trustOdds();
        oddsMod(Mod.A12_DISTANT_THEATRE, size(Mod.A12_DISTANT_THEATRE));
        if (roll(RollKind.TREATY_HONOURED, Variant.ALLIANCE_INVOKE, RollKind.TREATY_HONOURED.base())) {
            honoured(invoker);
        } else {
            setLevel(1);
            Fx fx = new Fx("alliance.invocation_refused", Variant.ALLIANCE_INVOKE, invoker);
            fx.trust(size(Mod.A13_BROKEN_PROMISE), Mod.A13_BROKEN_PROMISE);
            fx.add(invoker == Side.MOSCOW ? RU_FREEDOM : CN_FREEDOM, -5, null);
            fx.emit();
        }
    }

    /** The treaty is invoked and honoured; {@code invoker == null} means both invoked it together. */
    private void honoured(Side invoker) {
        setLevel(4);
        Fx fx = new Fx("alliance.invoked", Variant.ALLIANCE_INVOKE, invoker);
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

    // ------------------------------------------------------------------ arms

    private record ArmsResult(boolean cooperated, boolean forwardDelivered) {
    }

    private ArmsResult resolveArms(Variant m, Variant b) {
        boolean delivered = deliverBacklog();
        boolean ma = m.line() == Line.ARMS;
        boolean ba = b.line() == Line.ARMS;
        if (!ma && !ba) {
            return new ArmsResult(delivered, delivered);
        }
        if (ma && ba) {
            Variant deal;
            if (m == b) {
                deal = m;
            } else if (m.isForwardArms() == b.isForwardArms()) {
                trustOdds();
                if (m.isForwardArms() && get(RU_DEFENSE_INDUSTRY) < 50) {
                    oddsMod(Mod.A5_SELLER_NEEDS_DEAL, size(Mod.A5_SELLER_NEEDS_DEAL));
                }
                Variant buyer = m.isForwardArms() ? b : m;
                Variant seller = m.isForwardArms() ? m : b;
                Variant compromise = seller.tier() < buyer.tier() ? seller : buyer;
                if (!roll(RollKind.NEGOTIATION, compromise, RollKind.NEGOTIATION.base())) {
                    Fx fx = new Fx("arms.talks_stalled", compromise, null);
                    fx.trust(-1, null);
                    fx.emit();
                    return new ArmsResult(delivered, delivered);
                }
                deal = compromise;
                new Fx("arms.compromise", compromise, null).emit();
            } else {
                new Fx("arms.cross_purposes", null, null).emit();
                return new ArmsResult(delivered, delivered);
            }
            if (deal.isForwardArms()) {
                boolean now = forwardDeal(deal);
                return new ArmsResult(true, delivered || now);
            }
            reverseDeal(deal);
            return new ArmsResult(true, delivered);
        }
        Variant alone = ma ? m : b;
        Side actor = ma ? Side.MOSCOW : Side.BEIJING;
        if (actor == Side.MOSCOW && alone.isForwardArms()) {
            Fx fx = new Fx("arms.offer_unanswered", alone, actor);
            fx.mod(Mod.A5_EAGER_SELLER);
            fx.emit();
        } else if (actor == Side.BEIJING && alone.isForwardArms()) {
            Fx fx = new Fx("arms.request_unanswered", alone, actor);
            fx.trust(-1, null);
            fx.emit();
        } else {
            new Fx("arms.reverse_unanswered", alone, actor).emit();
        }
        return new ArmsResult(delivered, delivered);
    }

    /** A forward deal is struck; returns true if delivered this turn. */
    private boolean forwardDeal(Variant deal) {
        Variant.Arms a = deal.arms().orElseThrow();
        capacityOdds(a.complexity());
        trustOdds();
        if (roll(RollKind.DELIVERY, deal, RollKind.DELIVERY.base())) {
            delivered(new Fx("arms.delivered", deal, Side.MOSCOW), a);
            return true;
        }
        trustOdds();
        if (roll(RollKind.CONTRACT_SURVIVES, deal, RollKind.CONTRACT_SURVIVES.base())) {
            Fx fx = new Fx("arms.delayed", deal, Side.MOSCOW);
            fx.add(RU_DELIVERY_BACKLOG, a.valueBusd(), null);
            overdue.add(deal);
            fx.trust(size(Mod.A6_DELAY), Mod.A6_DELAY);
            fx.emit();
        } else {
            Fx fx = new Fx("arms.contract_broken", deal, Side.MOSCOW);
            fx.trust(size(Mod.A6_BROKEN_CONTRACT), Mod.A6_BROKEN_CONTRACT);
            fx.emit();
        }
        return false;
    }

    private void capacityOdds(double complexity) {
        double shortfall = 1 - get(RU_DEFENSE_INDUSTRY) / 100.0;
        oddsMod(Mod.A6_CAPACITY, size(Mod.A6_CAPACITY) * complexity * shortfall);
    }

    /** The consequences of a forward deal reaching the PLA, on time or late. */
    private void delivered(Fx fx, Variant.Arms a) {
        fx.add(RU_ARMS_REVENUE, a.valueBusd(), null);
        fx.add(RU_DEFENSE_INDUSTRY, size(Mod.A5_ORDERS_SUSTAIN) * a.valueBusd(), Mod.A5_ORDERS_SUSTAIN);
        fx.add(RU_ECONOMY, 0.5 * a.valueBusd(), null);
        double lead = fx.factor(a.russianEdgeDomain() ? Mod.A4_RUSSIAN_LEAD : Mod.A4_OUTSIDE_RUSSIAN_LEAD);
        fx.add(CN_PLA_MODERNIZATION, a.plaGain() * lead,
                a.russianEdgeDomain() ? Mod.A4_RUSSIAN_LEAD : Mod.A4_OUTSIDE_RUSSIAN_LEAD);
        fx.add(RU_FAR_EAST_SECURITY, a.borderShift() * size(Mod.A2_BORDER_SHIFT), Mod.A2_BORDER_SHIFT);
        fx.add(RU_TECH_EDGE, a.techLoss() * size(Mod.A7_TECH_DIFFUSION), Mod.A7_TECH_DIFFUSION);
        double lag = fx.factor(Mod.A8_SLOW_ABSORPTION);
        fx.add(CN_COPY_PROGRESS, a.copyExposure() * size(Mod.A7_COPY_EXPOSURE) * lag, Mod.A7_COPY_EXPOSURE);
        fx.add(CN_INDIGENOUS_INDUSTRY, a.indigenousGain(), null);
        fx.add(WESTERN_PRESSURE, a.westernPressure(), null);
        fx.trust(a.trustGain(), null);
        fx.emit();
    }

    /**
     * Overdue deliveries arrive when Russian plants manage; returns true if any arrived. The oldest
     * overdue deal comes first, with all the consequences of an on-time delivery; a backlog a scenario
     * starts with (contracts signed before the game) arrives up to $1B a turn.
     */
    private boolean deliverBacklog() {
        double backlog = get(RU_DELIVERY_BACKLOG);
        if (backlog <= 0 && overdue.isEmpty()) {
            return false;
        }
        Variant oldest = overdue.isEmpty() ? null : overdue.get(0);
        capacityOdds(oldest == null ? 30 : oldest.arms().orElseThrow().complexity());
        trustOdds();
        if (!roll(RollKind.DELIVERY, oldest, RollKind.DELIVERY.base())) {
            return false;
        }
        if (oldest != null) {
            overdue.remove(0);
            Variant.Arms a = oldest.arms().orElseThrow();
            Fx fx = new Fx("arms.overdue_delivered", oldest, Side.MOSCOW);
            fx.add(RU_DELIVERY_BACKLOG, -a.valueBusd(), null);
            delivered(fx, a);
            return true;
        }
        double amount = Math.min(backlog, 1.0);
        Fx fx = new Fx("arms.backlog_delivered", null, Side.MOSCOW);
        fx.add(RU_DELIVERY_BACKLOG, -amount, null);
        fx.add(RU_ARMS_REVENUE, amount, null);
        fx.add(RU_DEFENSE_INDUSTRY, size(Mod.A5_ORDERS_SUSTAIN) * amount, Mod.A5_ORDERS_SUSTAIN);
        fx.add(CN_PLA_MODERNIZATION, 3.0 * amount, null);
        fx.trust(0.5, null);
        fx.emit();
        return true;
    }

    private void reverseDeal(Variant deal) {
        Variant.Reverse r = deal.reverse().orElseThrow();
        Fx fx = new Fx("arms.reverse_delivered", deal, Side.BEIJING);
        double f = fx.factor(Mod.A11_IMPORTS_TEMPORARY);
        if (get(WESTERN_PRESSURE) >= 60) {
            f *= fx.factor(Mod.A3_SANCTIONS_DEMAND);
        }
        // rules 2 on (both factors are exactly 1 under rules 1, and then not recorded)
        Rules rules = engine.rules();
        double pressure = engine.reversePressureFactor(get(WESTERN_PRESSURE));
        if (pressure != 1) {
            f *= fx.factor(Mod.A3_REVERSE_WITHOUT_SANCTIONS, pressure);
        }
        double repeat = engine.reverseRepeatFactor(reverseDeals);
        if (repeat != 1) {
            f *= fx.factor(Mod.A11_REVERSE_REPEATED, repeat);
        }
        double industryLead = fx.factor(Mod.A4_CHINESE_LEAD);
        fx.add(RU_DEFENSE_INDUSTRY, r.ruIndustry() * f * industryLead, Mod.A4_CHINESE_LEAD);
        fx.add(RU_ECONOMY, r.ruEconomy() * f, Mod.A11_IMPORTS_TEMPORARY);
        fx.add(CN_ECONOMY, r.cnEconomy(), null);
        fx.add(CN_LEVERAGE, r.leverage(), null);
        fx.add(CN_INDIGENOUS_INDUSTRY, r.indigenousGain(), null);
        fx.add(RU_TECH_EDGE, r.techLoss() * size(Mod.A7_TECH_DIFFUSION), Mod.A7_TECH_DIFFUSION);
        if (r.copyExposure() > 0) {
            double lag = fx.factor(Mod.A8_SLOW_ABSORPTION);
            fx.add(CN_COPY_PROGRESS, r.copyExposure() * size(Mod.A7_COPY_EXPOSURE) * lag, Mod.A7_COPY_EXPOSURE);
        }
        fx.trust(r.trustGain(), null);
        if (rules.inForce(Mod.A3_SUPPLY_DEPENDENCE)) {
            fx.mod(Mod.A3_SUPPLY_DEPENDENCE);
        }
        fx.emit();
        if (rules.countsReverseDeals()) {
            reverseDeals++;
        }
    }

    // ------------------------------------------------------------------ exercises

    private boolean resolveExercises(Variant m, Variant b) {
        boolean me = m.line() == Line.EXERCISES;
        boolean be = b.line() == Line.EXERCISES;
        if (!me && !be) {
            return false;
        }
        if (me && be) {
            if (m == b) {
                exercise(m, 1.0, "exercise.held_jointly", null);
            } else {
                exercise(m, 0.6, "exercise.held_split", Side.MOSCOW);
                exercise(b, 0.6, "exercise.held_split", Side.BEIJING);
            }
            return true;
        }
        Variant alone = me ? m : b;
        Side actor = me ? Side.MOSCOW : Side.BEIJING;
        trustOdds();
        if (roll(RollKind.PARTICIPATION, alone, RollKind.PARTICIPATION.base())) {
            exercise(alone, 0.4, "exercise.held_token", actor);
            return true;
        }
        Fx fx = new Fx("exercise.declined", alone, actor);
        fx.trust(-1, null);
        fx.emit();
        return false;
    }

    private double headroom(Indicator domain, double ceiling) {
        return Math.max(0, 1 - get(domain) / ceiling);
    }

    private void exercise(Variant ex, double scale, String key, Side actor) {
        Variant.Exercise e = ex.exercise().orElseThrow();
        trustOdds();
        boolean oldFleet = e.maritime() && !e.russianEdge();
        if (oldFleet) {
            oddsMod(Mod.A9_OLD_FLEET_ODDS, size(Mod.A9_OLD_FLEET_ODDS));
        }
        boolean ok = roll(RollKind.EXERCISE_SUCCESS, ex, RollKind.EXERCISE_SUCCESS.base());
        double quality = ok ? 1.0 : 0.5;
        Fx fx = new Fx(ok ? key : "exercise.troubled", ex, actor);
        double gain = e.interopGain() * scale * quality;
        Mod navalMod = null;
        if (e.maritime()) {
            navalMod = e.russianEdge() ? Mod.A9_EDGE_AREAS : Mod.A9_OLD_SURFACE_FLEET;
            gain *= fx.factor(navalMod);
        }
        double ceiling = fx.factor(Mod.A11_INTEGRATION_CEILING);
        if (e.domain() != null) {
            fx.add(e.domain(), gain * headroom(e.domain(), ceiling), navalMod);
        } else {
            for (Indicator d : DOMAINS) {
                fx.add(d, gain * headroom(d, ceiling), null);
            }
        }
        fx.trust(e.trustGain() * scale * quality, null);
        if (e.signal() != null) {
            switch (e.signal()) {
                case SOUTH_CHINA_SEA -> {
                    scaled(fx, Mod.A12_SOUTH_CHINA_SEA_RISK, scale);
                    scaled(fx, Mod.A12_SOUTH_CHINA_SEA_BINDS_MOSCOW, scale);
                }
                case BALTIC -> {
                    scaled(fx, Mod.A12_BALTIC_TENSION, scale);
                    scaled(fx, Mod.A12_BALTIC_COSTS_STANDING, scale);
                    scaled(fx, Mod.A12_BALTIC_COSTS_EU_TRADE, scale);
                }
                case MEDITERRANEAN -> scaled(fx, Mod.A12_MEDITERRANEAN_PRESSURE, scale);
                default -> throw new IllegalStateException();
            }
        }
        fx.add(WESTERN_PRESSURE, e.westernPressure() * scale, null);
        fx.add(CN_STANDING, e.cnStanding() * scale, null);
        fx.add(CN_PLA_MODERNIZATION, e.plaGain() * scale, null);
        if (e.russianEdge()) {
            fx.mod(Mod.A9_EDGE_SHOWN);
        }
        fx.emit();
    }

    private void scaled(Fx fx, Mod m, double scale) {
        fx.add(m.target(), size(m) * scale, m);
    }

    // ------------------------------------------------------------------ the world

    private void drift(boolean forwardDelivered) {
        Fx fx = new Fx("world.drift", null, null);
        fx.mod(Mod.A3_TRADE_TILT);
        fx.add(RU_ECONOMY, size(Mod.A3_SANCTIONS_DRAG) * (get(WESTERN_PRESSURE) - 50), Mod.A3_SANCTIONS_DRAG);
        if (!forwardDelivered) {
            fx.mod(Mod.A5_NO_ORDERS);
        }
        fx.mod(Mod.A8_STEADY_INDIGENOUS_WORK);
        fx.add(RU_FAR_EAST_SECURITY, size(Mod.A2_PLA_OUTGROWS_GARRISONS) * (get(CN_PLA_MODERNIZATION) - 60),
                Mod.A2_PLA_OUTGROWS_GARRISONS);
        fx.add(RU_FAR_EAST_SECURITY, size(Mod.A2_FRIENDLY_BORDER) * (get(TRUST) - 50), Mod.A2_FRIENDLY_BORDER);
        Indicators start = scenario.start();
        fx.add(US_CHINA_WAR_RISK, 0.15 * (start.get(US_CHINA_WAR_RISK) - get(US_CHINA_WAR_RISK)), null);
        fx.add(RUSSIA_NATO_TENSION, 0.15 * (start.get(RUSSIA_NATO_TENSION) - get(RUSSIA_NATO_TENSION)), null);
        fx.add(WESTERN_PRESSURE, 0.10 * (start.get(WESTERN_PRESSURE) - get(WESTERN_PRESSURE)), null);
        fx.emit();
    }

    private void chineseCredit() {
        if (get(RU_ECONOMY) >= 35) {
            return;
        }
        trustOdds();
        if (roll(RollKind.CHINESE_CREDIT, null, RollKind.CHINESE_CREDIT.base())) {
            Fx fx = new Fx("world.chinese_credit", null, Side.BEIJING);
            fx.mod(Mod.A3_CREDIT_RESCUE);
            fx.mod(Mod.A3_CREDIT_LEVERAGE);
            fx.emit();
        }
    }

    private void copying() {
        double progress = get(CN_COPY_PROGRESS);
        RollKind.Hazard h = RollKind.UNLICENSED_COPY.hazard();
        if (!h.rolls(progress)) {
            return;
        }
        oddsMod(Mod.A8_OVERSTATED_SUCCESS, size(Mod.A8_OVERSTATED_SUCCESS));
        if (roll(RollKind.UNLICENSED_COPY, null, h.odds(progress))) {
            Fx fx = new Fx("copy.unlicensed", null, Side.BEIJING);
            fx.mod(Mod.A7_COPY_ERODES_EDGE);
            fx.mod(Mod.A7_COPY_TAKES_MARKET);
            fx.mod(Mod.A7_COPY_FEEDS_INDUSTRY);
            fx.trust(size(Mod.A7_COPY_BETRAYS_TRUST), Mod.A7_COPY_BETRAYS_TRUST);
            fx.add(CN_COPY_PROGRESS, -progress, null);
            fx.emit();
        }
    }

    private EndReason wars() {
        int level = (int) Math.round(get(ALLIANCE_LEVEL));
        RollKind.Hazard usChina = RollKind.US_CHINA_WAR.hazard();
        if (usChina.rolls(get(US_CHINA_WAR_RISK))) {
            if (level >= 3) {
                oddsMod(Mod.A1_WAR_ODDS_UNDER_TREATY, size(Mod.A1_WAR_ODDS_UNDER_TREATY));
            }
            if (level >= 4) {
                oddsMod(Mod.A1_WAR_ODDS_INVOKED, size(Mod.A1_WAR_ODDS_INVOKED));
            }
            if (roll(RollKind.US_CHINA_WAR, null, usChina.odds(get(US_CHINA_WAR_RISK)))) {
                return EndReason.WAR_US_CHINA;
            }
        }
        RollKind.Hazard nato = RollKind.RUSSIA_NATO_WAR.hazard();
        if (nato.rolls(get(RUSSIA_NATO_TENSION))) {
            if (level >= 3) {
                oddsMod(Mod.A1_NO_CHINESE_UMBRELLA, size(Mod.A1_NO_CHINESE_UMBRELLA));
            }
            if (roll(RollKind.RUSSIA_NATO_WAR, null, nato.odds(get(RUSSIA_NATO_TENSION)))) {
                return EndReason.WAR_RUSSIA_NATO;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ scoring

    private void score(EndReason ending) {
        for (Side side : Side.values()) {
            double s = objectiveScore(side);
            if (ending != null) {
                s += scenario.outcomeScores().of(ending, side);
                int level = (int) Math.round(get(ALLIANCE_LEVEL));
                boolean partnerWar = (ending == EndReason.WAR_US_CHINA && side == Side.MOSCOW)
                        || (ending == EndReason.WAR_RUSSIA_NATO && side == Side.BEIJING);
                if (partnerWar && level >= 3) {
                    s += size(Mod.A12_DRAWN_INTO_WAR);
                }
            }
            v[Indicator.score(side).ordinal()] = Indicator.score(side).clamp(s);
        }
    }

    private double objectiveScore(Side side) {
        double s = 0;
        for (Scenario.Objective o : scenario.objectives(side)) {
            Indicator i = o.indicator();
            s += o.weight() * (get(i) - scenario.start().get(i)) * 100.0 / i.range();
        }
        return s;
    }
}
