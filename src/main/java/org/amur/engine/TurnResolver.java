package org.amur.engine;

import static org.amur.engine.Indicator.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves one turn by running its steps in a fixed order around one {@link Recorder}, so that games
 * replay bit for bit: reveal; formal alliance ({@link AllianceStep}); arms transfers and overdue
 * deliveries ({@link ArmsStep}); joint exercises ({@link ExerciseStep}); then the world
 * ({@link WorldStep}): burden and spoils (A10) or lost contact (A13), treaty upkeep (A12), the
 * facilitator's adjustments, the world's drift, China's credit at critical moments (A3), unlicensed
 * copying (A7, A8), war rolls; rupture; scores ({@link Scoring}); then either the end of the game or
 * the next turn's cards (from rules 3 on, the scores are taken again after the cards).
 *
 * <p>Mutable and short-lived: it works on a private copy of the indicator vector and of the
 * generator and hands back a new immutable {@link GameState}.
 */
final class TurnResolver {
    final Turn t; // package-private for StepCostHarness (test sources), which runs the steps one by one
    private final double[] v;
    private final SplitMix64 rng;
    private final Scenario scenario;
    private final Recorder rec;

    /** The values this resolver started from (immutable): what the turn's net changes are measured against. */
    private final Indicators initial;
    /** {@link #v} as {@link Indicators}: read by the card triggers, and the values of the state handed back. */
    private final Indicators view;

    TurnResolver(Engine engine, Indicators values, long rngState, int reverseDeals, List<Event> events) {
        this(engine, values, rngState, reverseDeals, new Recorder.Events(events));
    }

    TurnResolver(Engine engine, Indicators values, long rngState, int reverseDeals, Recorder rec) {
        this.initial = values;
        this.v = values.copyArray();
        this.view = Indicators.wrap(v);
        this.rng = new SplitMix64(rngState);
        this.rec = rec;
        this.scenario = engine.scenario();
        this.t = new Turn(engine, v, rng, reverseDeals, rec);
    }

    void recomputeDerived() {
        t.recomputeDerived();
    }

    /** An indicator's value now. */
    double get(Indicator i) {
        return v[i.ordinal()];
    }

    /**
     * Resolves the turn of {@code committed} with both choices, {@code moscow} and {@code beijing}
     * ({@code committed} itself may still lack the one that completed the pair: only its other parts are read).
     */
    GameState resolve(GameState committed, GameState.Commitment moscow, GameState.Commitment beijing,
                      Action.Adjudicated ruling) {
        Turn.addAll(t.overdue, committed.overdue());
        t.load(committed);
        Variant m = moscow.variant();
        Variant b = beijing.variant();
        if (rec.keepsEvents()) {
            rec.event(new Event.ChoicesRevealed(committed.turn(), m, b, moscow.rationale(), beijing.rationale()));
        }
        if (ruling != null) {
            t.overrides = new ArrayList<>(ruling.overrides());
            if (rec.keepsEvents()) {
                rec.event(new Event.Adjudicated(committed.turn(), ruling.rationale(), ruling.overrides().size(),
                        ruling.adjustments().size()));
            }
        }
        v[RU_ARMS_REVENUE.ordinal()] = 0; // revenue is this turn's deliveries

        boolean cooperated = AllianceStep.resolve(t, m, b);
        ArmsStep.Result arms = ArmsStep.resolve(t, m, b);
        cooperated |= arms.cooperated();
        cooperated |= ExerciseStep.resolve(t, m, b);

        WorldStep.partnership(t, cooperated);
        WorldStep.treatyUpkeep(t, committed.allianceLevel());

        if (ruling != null && !ruling.adjustments().isEmpty()) {
            double copyBefore = t.get(CN_COPY_PROGRESS);
            Turn.Fx fx = t.fx("facilitator.adjustment", null, null);
            for (Scenario.CardEffect e : ruling.adjustments()) {
                fx.add(e.indicator(), e.delta(), null);
            }
            fx.emit();
            t.copyFromOutside(copyBefore);
        }

        WorldStep.drift(t, arms.forwardDelivered(), m.line() == Line.ARMS);
        WorldStep.chineseCredit(t, m.line() == Line.ARMS && b.line() == Line.ARMS);
        WorldStep.copying(t);

        WorldStep.crisisTalks(t, m, b);
        EndReason ending = WorldStep.wars(t);
        if (ending == null && t.get(TRUST) <= scenario.thresholds().ruptureTrust()) {
            ending = EndReason.RUPTURE;
        }
        int turn = committed.turn();
        if (ending == null && turn >= scenario.turns()) {
            ending = EndReason.FULL_TERM;
        }
        Scoring.score(t, ending);

        if (rec.keepsEvents()) {
            List<Event.Delta> net = new ArrayList<>(v.length);
            for (Indicator i : Indicator.all()) {
                double was = initial.get(i);
                if (v[i.ordinal()] != was) {
                    net.add(new Event.Delta(i, was, v[i.ordinal()], null));
                }
            }
            rec.event(new Event.TurnResolved(turn, committed.year(), Recorder.frozen(net)));
        } else {
            rec.turnResolved(turn, view); // a view for the call: no copy on the batch path
        }

        if (ending != null) {
            if (rec.keepsEvents()) {
                rec.event(new Event.GameEnded(ending, turn, t.get(RU_SCORE), t.get(CN_SCORE),
                        t.allianceLevel() >= 3));
            }
            return new GameState(turn, committed.year(), view, null, null, rng.state(), List.of(),
                    committed.spentCards(), t.overdue, ending, t.reverseDeals, t.contracts, t.copyProgress());
        }
        return startTurn(turn + 1, committed.spentCards(), committed);
    }

    /** The facilitator's injected event: its effects now, the state otherwise unchanged. */
    GameState inject(GameState s, String cardId, String title, List<Scenario.CardEffect> effects, String rationale) {
        t.load(s);
        double copyBefore = t.get(CN_COPY_PROGRESS);
        Turn.Fx fx = t.fx("card", null, null);
        for (Scenario.CardEffect e : effects) {
            fx.add(e.indicator(), e.delta(), null);
        }
        List<Event.Delta> deltas = t.takeDeltas(fx);
        t.copyFromOutside(copyBefore);
        Scoring.score(t, null);
        if (rec.keepsEvents()) {
            rec.event(new Event.Injected(s.turn(), cardId, title, deltas, rationale));
        }
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
                spent, s.overdue(), s.ending(), s.reverseDeals(), s.contracts(), t.copyProgress());
    }

    /**
     * Rules 3: the contracts a scenario starts with, signed before the game (turn 0) and counted as
     * delivered (what they still owe is the start's delivery backlog).
     */
    void contractsBeforeTheGame() {
        if (!t.contracts()) {
            return;
        }
        for (Variant v : scenario.contractsSigned()) {
            Contract c = ArmsStep.nextContract(t, t.contracts, v).orElseThrow(
                    () -> new IllegalStateException(v.id() + " signed before the game more often than allowed"));
            t.contracts.add(new Contract(c.system(), c.number(), c.units(), c.valueBusd(), c.tranches(),
                    c.tranches(), 0, false));
            if (t.inForce(Mod.A7_EXPOSED_BEFORE_THE_GAME)) {
                exposedBeforeTheGame(c);
            }
        }
    }

    /**
     * Rules 4 on: a contract signed before the game has put its system in Chinese hands, so its copy exposure
     * (the whole contract's, as its tranches would bring in the game: the table's exposure scaled by the
     * contract's value, slowed by the absorption lag) counts towards its class, and the copy progress, at the
     * start. Part of the start like the scenario's values: no event, no roll.
     */
    private void exposedBeforeTheGame(Contract c) {
        Variant.Arms a = c.system().arms().orElseThrow();
        CopyClass k = CopyClass.of(c.system(), t.rules);
        double amount = a.copyExposure() * t.size(Mod.A7_EXPOSED_BEFORE_THE_GAME) * t.size(Mod.A8_SLOW_ABSORPTION)
                * c.valueBusd() / a.valueBusd();
        double before = t.copy[k.ordinal()];
        double after = CN_COPY_PROGRESS.clamp(before + amount);
        t.copy[k.ordinal()] = after;
        v[CN_COPY_PROGRESS.ordinal()] = CN_COPY_PROGRESS.clamp(v[CN_COPY_PROGRESS.ordinal()] + after - before);
    }

    /** The copy classes as they stand (empty under rules 1 and 2). */
    java.util.Map<CopyClass, Double> copyClasses() {
        return t.copyProgress();
    }

    /** What one delivery of {@code system} at {@code scale} adds to each copy class (see {@link Engine#copyExposureOf}). */
    java.util.Map<CopyClass, Double> copyExposureOf(Variant system, double scale) {
        if (t.copy == null || system.arms().isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Arrays.fill(t.copy, 0.0);
        ArmsStep.delivered(t, t.fx("arms.delivered", system, Side.MOSCOW), system.arms().get(), scale);
        java.util.Map<CopyClass, Double> out = new java.util.EnumMap<>(CopyClass.class);
        for (CopyClass c : CopyClass.ALL) {
            if (t.copy[c.ordinal()] != 0) {
                out.put(c, t.copy[c.ordinal()]);
            }
        }
        return out;
    }

    /** Begins turn {@code turn}: draws the event cards and returns the state awaiting both choices. */
    GameState startTurn(int turn, List<String> spent) {
        return startTurn(turn, spent, null);
    }

    /**
     * {@link #startTurn(int, List)} after {@code resolved} was resolved: the new state keeps {@code resolved}'s
     * own overdue and contract lists when the turn left them as they were (element for element).
     */
    GameState startTurn(int turn, List<String> spent, GameState resolved) {
        int year = scenario.yearOf(turn);
        if (rec.keepsEvents()) {
            rec.event(new Event.TurnStarted(turn, year));
        }
        List<String> fired = List.of(); // an ArrayList once a card fires (most turns draw none)
        List<String> spentNow = spent; // copied when a once-only card fires (spent is immutable)
        // Triggers see the state before this turn's cards. Until a card fires that is v itself; when the
        // first card fires, the triggers of the cards after it are settled on v before its effects apply
        // (bit k of laterTriggers = card first + 1 + k), so no copy of the state is needed. A deck of more
        // than 64 cards copies the state instead.
        List<Scenario.Card> deck = scenario.deck();
        double copyBefore = t.get(CN_COPY_PROGRESS);
        Indicators current = view;
        Indicators snapshot = null;
        int first = -1;
        long laterTriggers = 0;
        // only the cards whose turns include this one, in deck order (a card outside its turns draws nothing)
        int[] window = t.engine.cardsInTurn(turn);
        int count = window == null ? deck.size() : window.length;
        Engine.DeckFacts facts = t.engine.deckFacts();
        int maxCards = scenario.maxCardsPerTurn();
        for (int p = 0; p < count; p++) {
            if (fired.size() >= maxCards) {
                break;
            }
            int k = window == null ? p : window[p];
            if (window == null && (turn < deck.get(k).firstTurn() || turn > deck.get(k).lastTurn())) {
                continue; // a window holds only the cards whose turns include this one
            }
            if (facts.once[k] && spentNow.contains(deck.get(k).id())) {
                continue;
            }
            boolean triggered;
            if (facts.always[k]) {
                triggered = true; // no trigger: holds on any values (what triggers() answers for it)
            } else if (first < 0) {
                triggered = triggers(deck.get(k), current);
            } else if (snapshot != null) {
                triggered = triggers(deck.get(k), snapshot);
            } else {
                triggered = (laterTriggers & (1L << (k - first - 1))) != 0;
            }
            if (!triggered) {
                continue;
            }
            int draw = rng.d100();
            if (draw > facts.chance[k]) {
                continue;
            }
            Scenario.Card card = deck.get(k);
            if (first < 0) {
                first = k;
                if (deck.size() - k - 1 > 64) {
                    snapshot = Indicators.wrap(v.clone());
                } else {
                    for (int q = p + 1; q < count; q++) {
                        int j = window == null ? q : window[q];
                        if (triggers(deck.get(j), current)) {
                            laterTriggers |= 1L << (j - k - 1);
                        }
                    }
                }
            }
            Turn.Fx fx = t.fx("card", null, null);
            List<Scenario.CardEffect> effects = card.effects();
            for (int e = 0; e < effects.size(); e++) {
                fx.add(effects.get(e).indicator(), effects.get(e).delta(), null);
            }
            List<Event.Delta> deltas = t.takeDeltas(fx);
            if (rec.keepsEvents()) {
                rec.event(new Event.CardDrawn(card.id(), card.title(), card.chance(), draw, deltas,
                        card.citation() == null ? "" : card.citation().toString()));
            }
            if (fired.isEmpty()) {
                fired = new ArrayList<>(2);
            }
            fired.add(card.id());
            if (card.once()) {
                if (spentNow == spent) {
                    spentNow = new ArrayList<>(spent);
                }
                spentNow.add(card.id());
            }
        }
        t.copyFromOutside(copyBefore);
        if (t.rules.scoresCardsAtTurnStart() && !fired.isEmpty()) {
            // Rules 3: a turn's opening cards count in the scores at once, so every screen, replay and the
            // report read the same score at the turn start (rules 1 and 2 rescore only when a turn resolves).
            Scoring.score(t, null);
        }
        return new GameState(turn, year, view, null, null, rng.state(), Recorder.frozen(fired),
                spentNow == spent ? spent : Recorder.frozen(spentNow),
                resolved == null ? Recorder.frozen(t.overdue) : unchangedOr(resolved.overdue(), t.overdue), null,
                t.reverseDeals, resolved == null ? t.contracts : unchangedOr(resolved.contracts(), t.contracts),
                t.copyProgress());
    }

    /** {@code before} (immutable) if {@code now} holds the same objects in the same order, else a copy of {@code now}. */
    private static <T> List<T> unchangedOr(List<T> before, List<T> now) {
        if (before.size() == now.size()) {
            boolean same = true;
            for (int i = 0; i < now.size() && same; i++) {
                same = before.get(i) == now.get(i);
            }
            if (same) {
                return before;
            }
        }
        return Recorder.frozen(now);
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
}
