package org.amur.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of Amur for one scenario: the single contract that the terminal UI, the bots, saves,
 * replay and batch simulation share.
 *
 * <ul>
 *   <li>{@link #newGame(long)} starts a game from a seed;</li>
 *   <li>{@link #legalChoices(GameState, Side)} lists what a seat may choose now;</li>
 *   <li>{@link #apply(GameState, Action)} is the only transition: it returns the new state and the
 *       events it produced, or a typed {@link Rejection}, never an exception for illegal input;</li>
 *   <li>{@link #view(GameState, Side)} is what one seat may know ({@link #facilitatorView} the
 *       facilitator's);</li>
 *   <li>{@link #forecast(GameState, Side, Variant)} is what a variant would do now, from the same step
 *       functions that resolve a turn (no front end recomputes a rule).</li>
 * </ul>
 *
 * <p>Both seats commit in secret; the second commitment resolves the turn. An Engine is immutable and
 * thread-safe; states are values, so any number of games can run on one Engine at once.
 */
public final class Engine {

    /** Longest rationale a player may attach to a choice, in characters. */
    public static final int MAX_RATIONALE = 280;

    /** Longest facilitator note or ruling rationale, in characters. */
    public static final int MAX_NOTE = 1000;

    /**
     * Below this, the Russian economy is at a critical moment (Kashin p.25): Chinese credit is on offer
     * ({@code WorldStep.chineseCredit}), and the personalities that watch for it act on it.
     */
    public static final double CRITICAL_ECONOMY = 35;

    private final Scenario scenario;
    private final Rules rules;
    private final double[] weights = new double[Asymmetry.values().length];
    private final double[] modSizes = new double[Mod.values().length];
    private final boolean[] inForce = new boolean[Mod.values().length];
    /** Whether each variant (by ordinal) is on offer in this scenario: a lookup, not a list search. */
    private final boolean[] available = new boolean[Variant.values().length];
    /** Each side's objectives as arrays for {@link Scoring} (by side ordinal). */
    private final Scoring.Objectives[] objectives = new Scoring.Objectives[Side.values().length];
    /** The deck's cards as the turn-start loop reads them, by deck index. */
    private final DeckFacts deckFacts;

    /**
     * What the turn-start card loop asks of every card, by deck index, in flat arrays: whether it fires only
     * once, whether it has no trigger (fires on any values), its chance.
     */
    static final class DeckFacts {
        final boolean[] once;
        final boolean[] always;
        final int[] chance;

        DeckFacts(List<Scenario.Card> deck) {
            once = new boolean[deck.size()];
            always = new boolean[deck.size()];
            chance = new int[deck.size()];
            for (int k = 0; k < deck.size(); k++) {
                once[k] = deck.get(k).once();
                always[k] = deck.get(k).trigger().isEmpty();
                chance[k] = deck.get(k).chance();
            }
        }
    }

    DeckFacts deckFacts() {
        return deckFacts;
    }

    /** {@link #cardsInTurn} by turn (index 0 unused). */
    private final int[][] cardsInTurn;

    /** A commitment without a rationale, per variant (records are values: one serves every game). */
    private static final GameState.Commitment[] BARE_COMMITMENTS = new GameState.Commitment[Variant.values().length];
    /** The one event of an accepted commitment, per side (events are values). */
    private static final List<List<Event>> COMMITTED = List.of(
            List.of(new Event.ChoiceCommitted(Side.MOSCOW)), List.of(new Event.ChoiceCommitted(Side.BEIJING)));
    /** The batch path's recorder for {@link Tally#NONE} (it keeps no state of its own). */
    private static final Recorder QUIET = new Recorder.Quiet(Tally.NONE);

    static {
        for (Variant v : Variant.values()) {
            BARE_COMMITMENTS[v.ordinal()] = new GameState.Commitment(v, "");
        }
    }

    /** The first year of a scenario in which Russian home procurement has resumed (rules 3, A5). */
    static final int HOME_PROCUREMENT_RESUMED = 2011;

    /** An engine under the {@link Rules#CURRENT current rules}, for new games. */
    public Engine(Scenario scenario) {
        this(scenario, Map.of());
    }

    /** An engine under the given rules (a saved game replays under the rules it was played with). */
    public Engine(Scenario scenario, Rules rules) {
        this(scenario, Map.of(), rules);
    }

    /**
     * @param scale an analyst's extra weight per asymmetry on top of the scenario's (sensitivity
     *              analysis); missing entries mean 1
     */
    public Engine(Scenario scenario, Map<Asymmetry, Double> scale) {
        this(scenario, scale, Rules.CURRENT);
    }

    /**
     * @param scale an analyst's extra weight per asymmetry (see {@link #Engine(Scenario, Map)})
     * @param rules the rules version the game is played under
     */
    public Engine(Scenario scenario, Map<Asymmetry, Double> scale, Rules rules) {
        this.scenario = scenario;
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        for (Asymmetry a : Asymmetry.values()) {
            weights[a.ordinal()] = scenario.weight(a) * scale.getOrDefault(a, 1.0);
        }
        for (Mod m : Mod.values()) {
            modSizes[m.ordinal()] = m.scaled(weights[m.asymmetry().ordinal()]);
            inForce[m.ordinal()] = rules.inForce(m);
        }
        // Rules 3: A5 weighted by era. Home procurement resumed in 2010-2011 (Kashin p.9), so from then on
        // Russian plants no longer live or die on Chinese orders.
        if (rules.inForce(Mod.A5_HOME_PROCUREMENT) && scenario.startYear() >= HOME_PROCUREMENT_RESUMED) {
            double era = modSizes[Mod.A5_HOME_PROCUREMENT.ordinal()];
            for (Mod m : Mod.values()) {
                if (m.asymmetry() == Asymmetry.A5 && m != Mod.A5_HOME_PROCUREMENT) {
                    modSizes[m.ordinal()] *= era;
                }
            }
        }
        for (Variant v : scenario.variants()) {
            available[v.ordinal()] = true;
        }
        for (Side side : Side.values()) {
            objectives[side.ordinal()] = new Scoring.Objectives(scenario, side);
        }
        deckFacts = new DeckFacts(scenario.deck());
        cardsInTurn = new int[scenario.turns() + 1][];
        List<Scenario.Card> deck = scenario.deck();
        for (int turn = 1; turn <= scenario.turns(); turn++) {
            int n = 0;
            int[] in = new int[deck.size()];
            for (int k = 0; k < deck.size(); k++) {
                if (turn >= deck.get(k).firstTurn() && turn <= deck.get(k).lastTurn()) {
                    in[n++] = k;
                }
            }
            cardsInTurn[turn] = java.util.Arrays.copyOf(in, n);
        }
    }

    /**
     * The deck indices of the cards whose turns include {@code turn}, in deck order, or null for a turn
     * outside the scenario (then every card is looked at).
     */
    int[] cardsInTurn(int turn) {
        return turn >= 1 && turn < cardsInTurn.length ? cardsInTurn[turn] : null;
    }

    /** A side's objectives, as {@link Scoring} reads them. */
    Scoring.Objectives objectives(Side side) {
        return objectives[side.ordinal()];
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The rules version this engine plays by. */
    public Rules rules() {
        return rules;
    }

    /** Effective weight of an asymmetry in this engine (scenario weight times analyst scale). */
    double weight(Asymmetry a) {
        return weights[a.ordinal()];
    }

    /** Whether a modifier is part of this engine's rules ({@link Rules#inForce}), as a lookup. */
    boolean inForce(Mod m) {
        return inForce[m.ordinal()];
    }

    /** Effective size of a modifier in this engine. */
    double size(Mod m) {
        return modSizes[m.ordinal()];
    }

    /**
     * What {@code variant} would do if {@code side} chose it in {@code state}: every roll it would face
     * with its base odds, terms and final odds, and what each outcome would change, computed by the
     * same step functions that resolve a turn. Uses nothing {@code side} may not see.
     */
    public Forecast forecast(GameState state, Side side, Variant variant) {
        return Forecast.of(this, state, side, variant);
    }

    /**
     * Beijing's copy progress when a game starts, before turn 1's cards: the scenario's start value and, from
     * rules 4 on, what the contracts signed before the game put in Chinese hands. Public knowledge (the
     * scenario, its contracts and the rules), so a Moscow seat may start its estimate from it.
     */
    public double copyProgressAtStart() {
        TurnResolver r = atStart();
        r.contractsBeforeTheGame();
        return r.get(Indicator.CN_COPY_PROGRESS);
    }

    /**
     * Rules 3 on: Beijing's copy progress by class when a game starts (the scenario's start value in the start
     * class and, from rules 4 on, the exposure of the contracts signed before the game): public knowledge, like
     * {@link #copyProgressAtStart()}; empty under rules 1 and 2.
     */
    public java.util.Map<CopyClass, Double> copyClassesAtStart() {
        TurnResolver r = atStart();
        r.contractsBeforeTheGame();
        return r.copyClasses();
    }

    /**
     * Rules 3 on: how much one delivery of {@code system} adds to each copy class, {@code scale} being its share
     * of a full year's deal (a contract's tranche: the tranche's value over the variant's). Computed by the very
     * step a delivery runs, on a scratch turn from the scenario's start (the amounts depend on the rules and the
     * weights, not on the state). A public rule: a Moscow seat may follow it from the deliveries it is told of.
     */
    public java.util.Map<CopyClass, Double> copyExposureOf(Variant system, double scale) {
        TurnResolver r = atStart();
        return r.copyExposureOf(system, scale);
    }

    /** A scratch resolver on the scenario's start values (no dice, no events kept), for the public rules above. */
    private TurnResolver atStart() {
        TurnResolver r = new TurnResolver(this, scenario.start(), 0L, 0, new ArrayList<>());
        r.recomputeDerived();
        return r;
    }

    /** Starts a game: turn 1, the scenario's start values, and the cards that fire at the start of turn 1. */
    public Step.Accepted newGame(long seed) {
        List<Event> events = new ArrayList<>();
        events.add(new Event.GameStarted(scenario.id(), seed, SplitMix64.ALGORITHM));
        TurnResolver r = new TurnResolver(this, scenario.start(), SplitMix64.seedState(seed), 0, events);
        r.recomputeDerived();
        r.contractsBeforeTheGame();
        GameState s = r.startTurn(1, List.of());
        return new Step.Accepted(s, events);
    }

    /**
     * The batch path's {@link #newGame(long)}: the same state, no events ({@code tally} hears what a
     * batch keeps; see {@link Tally}).
     */
    public Step.Accepted newGame(long seed, Tally tally) {
        TurnResolver r = new TurnResolver(this, scenario.start(), SplitMix64.seedState(seed), 0,
                new Recorder.Quiet(tally));
        r.recomputeDerived();
        r.contractsBeforeTheGame();
        return new Step.Accepted(r.startTurn(1, List.of()), List.of());
    }

    /**
     * What a seat may commit now, in the scenario's order; empty when the game is over or the seat has
     * already committed this turn (its only legal action then is {@link Action.Withdraw}).
     */
    public List<Variant> legalChoices(GameState state, Side side) {
        if (state.isOver() || state.hasCommitted(side)) {
            return List.of();
        }
        List<Variant> variants = scenario.variants();
        if (variants.size() > 64) {
            List<Variant> out = new ArrayList<>(variants.size());
            for (Variant v : variants) {
                if (isLegal(state, side, v)) {
                    out.add(v);
                }
            }
            return List.copyOf(out);
        }
        long legal = 0; // bit k: variants.get(k) is legal
        for (int k = 0; k < variants.size(); k++) {
            if (isLegal(state, side, variants.get(k))) {
                legal |= 1L << k;
            }
        }
        // a scenario's legal sets are few (the alliance's steps and the contract caps vary them): each is made
        // once and shared, so a bot's every decision in a batch builds no list
        int slot = (int) ((legal * 0x9E3779B97F4A7C15L) >>> (64 - LEGAL_SLOTS_BITS));
        LegalSet known = legalSets[slot];
        if (known != null && known.mask == legal) {
            return known.choices;
        }
        List<Variant> out = new ArrayList<>(Long.bitCount(legal));
        for (int k = 0; k < variants.size(); k++) {
            if ((legal & (1L << k)) != 0) {
                out.add(variants.get(k));
            }
        }
        LegalSet made = new LegalSet(legal, List.copyOf(out));
        legalSets[slot] = made; // an immutable record: threads that race here store equal ones
        return made.choices;
    }

    /** One legal set of variants by its bit mask over the scenario's variants. */
    private record LegalSet(long mask, List<Variant> choices) {
    }

    private static final int LEGAL_SLOTS_BITS = 6;
    /** Legal sets met so far, by a hash of their mask (a collision makes the set again). */
    private final LegalSet[] legalSets = new LegalSet[1 << LEGAL_SLOTS_BITS];

    /**
     * True if {@code side} may choose {@code v} now: the same rule as {@link #whyIllegal} (a test keeps
     * them equal), without building a reason; the simulator's hot path.
     */
    public boolean isLegal(GameState state, Side side, Variant v) {
        if (state.isOver() || !available[v.ordinal()]) {
            return false;
        }
        if (v == Variant.ALLIANCE_SIGN) {
            return state.allianceLevel() == 2;
        }
        if (v == Variant.ALLIANCE_INVOKE) {
            return state.allianceLevel() == 3 && crisisFor(state.values(), side);
        }
        return !capReached(state, v);
    }

    /** Rules 3: whether {@code v} is a big system whose contracts have all been signed (not on offer). */
    private boolean capReached(GameState state, Variant v) {
        if (!inForce(Mod.A6_REPEAT_CONTRACT) || state.contracts().isEmpty()) {
            return false;
        }
        // contractOffer(state, v) is empty exactly when the cap is reached: counted without building the offer
        return Contract.terms(v).isPresent()
                && Contract.signedOfFamily(state.contracts(), v) >= scenario.contractsPerSystem();
    }

    /**
     * Rules 3: the contract that agreeing on {@code v} in {@code state} would sign (its size, value and
     * tranches; a repeat is smaller), or empty when {@code v} is sold yearly, the rules have no contracts,
     * or the scenario's cap for it is reached.
     */
    public Optional<Contract> contractOffer(GameState state, Variant v) {
        return contractAfter(state.contracts(), v, state.turn());
    }

    /** Rules 3: the contract for {@code v} that would be signed in {@code turn} after {@code signed}. */
    public Optional<Contract> contractAfter(List<Contract> signed, Variant v, int turn) {
        if (!inForce(Mod.A6_REPEAT_CONTRACT)) {
            return Optional.empty();
        }
        return Contract.next(signed, v, size(Mod.A6_REPEAT_CONTRACT), scenario.contractsPerSystem(), turn);
    }

    /** Empty if {@code side} may choose {@code v} now, otherwise the reason it may not. */
    public Optional<Rejection> whyIllegal(GameState state, Side side, Variant v) {
        if (state.isOver()) {
            return Optional.of(new Rejection(Rejection.Code.GAME_OVER, Rejection.Reason.GAME_OVER));
        }
        if (!available[v.ordinal()]) {
            return Optional.of(new Rejection(Rejection.Code.NOT_AVAILABLE,
                    Rejection.Reason.NOT_IN_SCENARIO, v, scenario.id()));
        }
        int level = state.allianceLevel();
        if (v == Variant.ALLIANCE_SIGN && level != 2) {
            return Optional.of(level < 2
                    ? new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.SIGN_TOO_EARLY, level)
                    : new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.ALREADY_SIGNED));
        }
        if (v == Variant.ALLIANCE_INVOKE) {
            if (level != 3) {
                return Optional.of(new Rejection(Rejection.Code.NOT_LEGAL_NOW,
                        Rejection.Reason.INVOKE_UNSIGNED, level));
            }
            if (!crisisFor(state.values(), side)) {
                return Optional.of(side == Side.BEIJING
                        ? new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.INVOKE_BEIJING_CALM,
                                fmt(scenario.thresholds().realThreat()))
                        : new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.INVOKE_MOSCOW_CALM,
                                fmt(scenario.thresholds().natoCrisis())));
            }
        }
        if (capReached(state, v)) {
            return Optional.of(new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.CONTRACT_CAP, v,
                    scenario.contractsPerSystem()));
        }
        return Optional.empty();
    }

    /** True when {@code side} faces the crisis that lets it invoke a signed treaty. */
    boolean crisisFor(Indicators v, Side side) {
        return side == Side.BEIJING
                ? v.get(Indicator.US_CHINA_WAR_RISK) >= scenario.thresholds().realThreat()
                : v.get(Indicator.RUSSIA_NATO_TENSION) >= scenario.thresholds().natoCrisis();
    }

    /** The only transition. Never throws for illegal input: it answers with a {@link Step.Rejected}. */
    public Step apply(GameState state, Action action) {
        return apply(state, action, null);
    }

    /**
     * The batch path's {@link #apply(GameState, Action)}: the same checks, the same state and the same
     * dice, but a turn's resolution builds no events ({@code tally} hears what a batch keeps, see
     * {@link Tally}); the step's events are only the commitment, withdrawal, note or injection itself.
     * For batches whose players read no events ({@code BatchPathTest} keeps the two paths equal).
     */
    public Step apply(GameState state, Action action, Tally tally) {
        if (state.isOver()) {
            return reject(Rejection.Code.GAME_OVER, Rejection.Reason.GAME_OVER);
        }
        if (action instanceof Action.Note n) {
            if (n.text().isEmpty() || n.text().length() > MAX_NOTE) {
                return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.NOTE_LENGTH, MAX_NOTE);
            }
            return new Step.Accepted(state, List.of(new Event.FacilitatorNote(state.turn(), n.text())));
        }
        if (action instanceof Action.Inject inject) {
            return inject(state, inject);
        }
        Action.Adjudicated ruling = null;
        if (action instanceof Action.Adjudicated a) {
            ruling = a;
            if (!state.hasCommitted(a.side().other())) {
                return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.RULING_TOO_EARLY, a.side().other());
            }
            if (a.rationale().isEmpty() || a.rationale().length() > MAX_NOTE) {
                return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.RULING_RATIONALE, MAX_NOTE);
            }
            for (Scenario.CardEffect e : a.adjustments()) {
                Rejection bad = badChange(e);
                if (bad != null) {
                    return new Step.Rejected(bad);
                }
                if (e.indicator().derived() || e.indicator() == Indicator.ALLIANCE_LEVEL) {
                    return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.NOT_ADJUSTABLE, e.indicator());
                }
            }
            action = a.commit();
        }
        Side side = action.side();
        if (action instanceof Action.Withdraw) {
            if (!state.hasCommitted(side)) {
                return reject(Rejection.Code.NOTHING_TO_WITHDRAW, Rejection.Reason.NOTHING_TO_WITHDRAW, side);
            }
            return new Step.Accepted(state.withCommitment(side, null), List.of(new Event.ChoiceWithdrawn(side)));
        }
        Action.Commit c = (Action.Commit) action;
        if (state.hasCommitted(side)) {
            return reject(Rejection.Code.ALREADY_COMMITTED, Rejection.Reason.ALREADY_COMMITTED, side);
        }
        Optional<Variant> v = Variant.byId(c.variantId());
        if (v.isEmpty()) {
            return reject(Rejection.Code.UNKNOWN_VARIANT, Rejection.Reason.UNKNOWN_VARIANT, c.variantId());
        }
        if (c.rationale().length() > MAX_RATIONALE) {
            return reject(Rejection.Code.RATIONALE_TOO_LONG, Rejection.Reason.RATIONALE_TOO_LONG, MAX_RATIONALE);
        }
        if (!isLegal(state, side, v.get())) { // the same rule, without building a reason for the legal case
            return new Step.Rejected(whyIllegal(state, side, v.get()).orElseThrow());
        }
        GameState.Commitment commitment = c.rationale().isEmpty()
                ? BARE_COMMITMENTS[v.get().ordinal()] : new GameState.Commitment(v.get(), c.rationale());
        GameState.Commitment moscow = side == Side.MOSCOW ? commitment : state.moscow();
        GameState.Commitment beijing = side == Side.BEIJING ? commitment : state.beijing();
        if (moscow == null || beijing == null) {
            return new Step.Accepted(state.withCommitment(side, commitment), COMMITTED.get(side.ordinal()));
        }
        // the second commitment resolves the turn at once: the state holding both is never seen, so none is made
        if (tally != null) {
            GameState resolved = new TurnResolver(this, state.values(), state.rng(), state.reverseDeals(),
                    tally == Tally.NONE ? QUIET : new Recorder.Quiet(tally)).resolve(state, moscow, beijing, ruling);
            return new Step.Accepted(resolved, COMMITTED.get(side.ordinal()));
        }
        List<Event> events = new ArrayList<>(48);
        events.add(new Event.ChoiceCommitted(side));
        GameState resolved = new TurnResolver(this, state.values(), state.rng(), state.reverseDeals(), events)
                .resolve(state, moscow, beijing, ruling);
        return new Step.Accepted(resolved, events);
    }

    private Step inject(GameState state, Action.Inject inject) {
        if (state.moscow() != null || state.beijing() != null) {
            return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.INJECT_TOO_LATE);
        }
        if (inject.rationale().length() > MAX_NOTE) {
            return reject(Rejection.Code.RATIONALE_TOO_LONG, Rejection.Reason.RATIONALE_TOO_LONG, MAX_NOTE);
        }
        String title = inject.title();
        List<Scenario.CardEffect> effects = inject.effects();
        if (inject.cardId() != null) {
            Scenario.Card card = null;
            for (Scenario.Card c : scenario.deck()) {
                if (c.id().equals(inject.cardId())) {
                    card = c;
                }
            }
            if (card == null) {
                return reject(Rejection.Code.UNKNOWN_VARIANT, Rejection.Reason.UNKNOWN_CARD, inject.cardId());
            }
            title = card.title();
            effects = card.effects();
        } else if (title.isEmpty() || title.length() > 120) {
            return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.EVENT_TITLE, 120);
        }
        for (Scenario.CardEffect e : effects) {
            Rejection bad = badChange(e);
            if (bad != null) {
                return new Step.Rejected(bad);
            }
            if (e.indicator().derived() || e.indicator() == Indicator.ALLIANCE_LEVEL) {
                return reject(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.NOT_CHANGEABLE, e.indicator());
            }
        }
        List<Event> events = new ArrayList<>();
        GameState next = new TurnResolver(this, state.values(), state.rng(), state.reverseDeals(), events)
                .inject(state, inject.cardId(), title, effects, inject.rationale());
        return new Step.Accepted(next, events);
    }

    /**
     * How {@code side} stands in {@code state}: raw score, the scenario's par, the result against par and
     * the victory level (see {@link Standing}). The one function every screen, {@code replay}, the report
     * and {@code simulate} read scores through.
     */
    public Standing standing(GameState state, Side side) {
        double played = state.isOver() ? 1 : (state.turn() - 1) / (double) scenario.turns();
        return Standing.of(side, state.score(side), scenario.par(), played);
    }

    /**
     * The standing of a final score read from the record of a game (the scores a game's end carries): the
     * same function as {@link #standing(GameState, Side)} for a finished game.
     */
    public Standing standing(Side side, double finalScore) {
        return Standing.of(side, finalScore, scenario.par());
    }

    /**
     * The standing of a score read at the start of {@code turn} from the record of a game still under
     * way then (a replay's turn start): the same function as {@link #standing(GameState, Side)}.
     */
    public Standing standingAtTurnStart(Side side, double score, int turn) {
        return Standing.of(side, score, scenario.par(), (turn - 1) / (double) scenario.turns());
    }

    /** What {@code seat} may know: never the other side's pending choice, never the generator's state. */
    public SeatView view(GameState state, Side seat) {
        Map<Indicator, Double> visible = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i.visibility().visibleTo(seat)) {
                visible.put(i, state.get(i));
            }
        }
        GameState.Commitment own = state.commitment(seat);
        // contracts are public; the copy classes are Beijing's secret, like the copy progress they add up to
        return new SeatView(seat, state.turn(), state.year(), scenario.turns(), Collections.unmodifiableMap(visible),
                own == null ? null : own.variant(), state.hasCommitted(seat.other()), legalChoices(state, seat),
                state.cards(), state.ending(), state.score(seat), state.score(seat.other()), state.contracts(),
                Indicator.CN_COPY_PROGRESS.visibility().visibleTo(seat) ? state.copyProgress() : Map.of());
    }

    /**
     * What the facilitator may know: everything about the state, and the sides' pending choices only
     * when {@code openPlay} (otherwise a facilitator learns them at the reveal, like everyone else).
     */
    public FacilitatorView facilitatorView(GameState state, boolean openPlay) {
        Map<Indicator, Double> all = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            all.put(i, state.get(i));
        }
        return new FacilitatorView(state.turn(), state.year(), scenario.turns(), Collections.unmodifiableMap(all),
                state.hasCommitted(Side.MOSCOW), state.hasCommitted(Side.BEIJING),
                openPlay && state.moscow() != null ? state.moscow().variant() : null,
                openPlay && state.beijing() != null ? state.beijing().variant() : null,
                state.cards(), state.ending(), state.score(Side.MOSCOW), state.score(Side.BEIJING));
    }

    /**
     * Why a facilitator's change cannot be applied as given (no indicator, not a finite number, or more
     * than the indicator's whole range), or null when it can.
     */
    /** Why a change of an indicator cannot be made, or {@code null} if it can. */
    private static Rejection badChange(Scenario.CardEffect e) {
        if (e == null || e.indicator() == null) {
            return new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.CHANGE_NEEDS_INDICATOR);
        }
        if (!Double.isFinite(e.delta()) || Math.abs(e.delta()) > e.indicator().range()) {
            return new Rejection(Rejection.Code.NOT_LEGAL_NOW, Rejection.Reason.CHANGE_OUT_OF_RANGE, e.indicator(),
                    fmt(e.indicator().range()));
        }
        return null;
    }

    private static Step reject(Rejection.Code code, Rejection.Reason reason, Object... args) {
        return new Step.Rejected(new Rejection(code, reason, args));
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.valueOf(d);
    }
}
