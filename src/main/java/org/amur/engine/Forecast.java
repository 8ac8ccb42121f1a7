package org.amur.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a variant would do if one side chose it now: the rolls it would face (base odds, every term at
 * this state, final odds, and what success and failure would change) and the outcomes that depend on
 * what the partner chooses. Computed by running the very step functions that resolve a turn
 * ({@link AllianceStep}, {@link ArmsStep}, {@link ExerciseStep}, {@link WorldStep}) on a scratch copy
 * of the state: no front end recomputes a rule, and a mechanic added to a step shows up here unchanged.
 *
 * <p>Amounts are before clamping at an indicator's bounds. Things earlier in the same turn (an overdue
 * delivery, alliance talks) can move trust or industry before a roll, so a forecast is exact only for
 * the state it was made from. It never uses a value hidden from {@code side}: such values are read as
 * the scenario's start (a change to a hidden indicator is still listed, and a screen shows it as hidden).
 *
 * @param side    who would choose
 * @param variant what they would choose
 * @param rolls   the rolls it would face, in the order the turn would reach them
 * @param certain changes it brings whatever the partner does (none yet under rules 1 and 2)
 * @param notes   outcomes that depend on the partner's choice, and the turn's general effects
 *                ({@link #BURDEN_AND_SPOILS}, {@link #NO_CONTACT})
 * @param contract rules 3: the contract agreeing on this variant would sign now (size, value, tranches and
 *                 the turn each is due), or null when it is sold yearly or under rules 1 and 2
 * @param repeat   rules 3: the contract a later sale of the same system would be after that one (smaller),
 *                 or null when none would be on offer (the scenario's cap) or {@code contract} is null
 */
public record Forecast(Side side, Variant variant, List<Roll> rolls, List<Change> certain, List<Note> notes,
                       Contract contract, Contract repeat) {

    /** A forecast with no contract (rules 1 and 2, or a yearly sale). */
    public Forecast(Side side, Variant variant, List<Roll> rolls, List<Change> certain, List<Note> notes) {
        this(side, variant, rolls, certain, notes, null, null);
    }

    /** Note key: what any turn of cooperation brings (A10's burden and spoils). */
    public static final String BURDEN_AND_SPOILS = "burden_and_spoils";
    /** Note key: what a turn without any cooperation costs (A13). */
    public static final String NO_CONTACT = "no_contact";
    /**
     * Rules 4: the note of Chinese credit at a critical moment, which comes on terms if the partner is on the
     * arms line too ({@link Mod#A3_CREDIT_ON_TERMS}); its changes are the credit's.
     */
    public static final String CREDIT_ON_TERMS = "world.chinese_credit_terms";
    /** Rules 4: a choice off the arms line at a critical moment brings no Chinese credit this year (no changes). */
    public static final String NO_CREDIT = "world.chinese_credit_forgone";
    /**
     * Rules 5: Moscow's note, on every choice but signing, at the moment the reserve was kept for: what it costs
     * if Beijing asks for the treaty this year ({@link Mod#A13_RESERVE_REFUSED}); its changes are the refusal's.
     */
    public static final String RESERVE_REFUSED = "alliance.reserve_refused";
    /**
     * Rules 5: Beijing's note when it asks for the treaty at that moment: what being turned down then adds to an
     * ordinary refusal (the effect {@code alliance.reserve_refused}).
     */
    public static final String RESERVE_SHELVED = "alliance.reserve_shelved";

    public Forecast {
        rolls = List.copyOf(rolls);
        certain = List.copyOf(certain);
        notes = List.copyOf(notes);
    }

    /**
     * One roll the variant would face: base odds, every modifier at this state, final odds.
     *
     * @param subject what situation the roll belongs to (a stable key such as {@code arms.deal}: "if the deal
     *                is struck"; screens word it)
     */
    public record Roll(RollKind kind, String subject, double base, List<Term> terms, double odds,
                       List<Change> onSuccess, List<Change> onFailure) {
        public Roll {
            terms = List.copyOf(terms);
            onSuccess = List.copyOf(onSuccess);
            onFailure = List.copyOf(onFailure);
        }
    }

    /**
     * One modifier's contribution: percentage points added to the odds, or for a
     * {@link Mod.Unit#FACTOR factor} the factor the odds are multiplied by.
     */
    public record Term(Mod mod, Asymmetry asymmetry, double points, Citation citation) {
    }

    /** One change to an indicator, with the asymmetry behind it (null for the variant's own table value). */
    public record Change(Indicator indicator, double delta, Asymmetry cause, Citation citation) {
    }

    /** An outcome that depends on the partner's choice (a stable key, such as {@code arms.offer_unanswered}). */
    public record Note(String key, List<Change> changes) {
        public Note {
            changes = List.copyOf(changes);
        }
    }

    /** The citation shown for a modifier: the page of its fact, or a scenario assumption ({@link ModCitations}). */
    static Citation citationOf(Mod m) {
        return ModCitations.of(m);
    }

    /**
     * The size of a modifier in an engine's scenario (scenario weight and analyst scale applied): the
     * model's parameter table, for the rule book and for bots that track public rules.
     */
    public static double modifierSize(Engine engine, Mod m) {
        return engine.size(m);
    }

    /** The weight of an asymmetry in an engine's scenario (scenario weight times analyst scale). */
    public static double weight(Engine engine, Asymmetry a) {
        return engine.weight(a);
    }

    // ------------------------------------------------------------------ building

    static Forecast of(Engine engine, GameState state, Side side, Variant variant) {
        return new Builder(engine, state, side, variant).build();
    }

    /** Records the changes of the outcomes a forecast runs, with their amounts before clamping. */
    private static final class Capture implements Recorder {
        final List<Change> changes = new ArrayList<>();

        @Override
        public void change(Indicator indicator, double amount, double before, double after, Mod cause) {
            changes.add(new Change(indicator, amount, cause == null ? null : cause.asymmetry(),
                    cause == null ? null : citationOf(cause)));
        }

        @Override
        public void factor(Mod mod, double size) {
        }

        @Override
        public void effect(String key, Variant subject, Side actor) {
        }

        @Override
        public void roll(RollKind kind, Variant subject, double base, List<Event.Applied> terms, int odds, int draw,
                         boolean success) {
            throw new IllegalStateException("a forecast never draws");
        }

        @Override
        public boolean keepsEvents() {
            return false;
        }

        @Override
        public void event(Event e) {
        }

        @Override
        public List<Event.Delta> takeDeltas() {
            return List.of();
        }
    }

    private static final class Builder {
        private final Engine engine;
        private final GameState state;
        private final Side side;
        private final Variant variant;
        private final double[] values;
        private final List<Roll> rolls = new ArrayList<>();
        private final List<Change> certain = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private Contract contract;
        private Contract repeat;

        Builder(Engine engine, GameState state, Side side, Variant variant) {
            this.engine = engine;
            this.state = state;
            this.side = side;
            this.variant = variant;
            this.values = state.values().copyArray();
            Indicators start = engine.scenario().start();
            for (Indicator i : Indicator.values()) {
                if (!i.visibility().visibleTo(side)) {
                    values[i.ordinal()] = start.get(i);
                }
            }
        }

        private Turn scratch(Recorder rec) {
            Turn t = new Turn(engine, values.clone(), null, state.reverseDeals(), rec);
            t.overdue.addAll(state.overdue());
            t.number = state.turn();
            t.contracts.addAll(state.contracts());
            // the copy classes are Beijing's secret: a Moscow forecast keeps the scenario's start (as it reads
            // every hidden value)
            if (t.copy != null && Indicator.CN_COPY_PROGRESS.visibility().visibleTo(side)) {
                for (CopyClass c : CopyClass.values()) {
                    t.copy[c.ordinal()] = state.copyProgress().getOrDefault(c, t.copy[c.ordinal()]);
                }
            }
            return t;
        }

        private List<Change> run(Consumer<Turn> outcome) {
            if (outcome == null) {
                return List.of();
            }
            Capture c = new Capture();
            outcome.accept(scratch(c));
            return c.changes;
        }

        private void roll(RollKind kind, String subject, Consumer<Turn> terms, Consumer<Turn> onSuccess,
                          Consumer<Turn> onFailure) {
            roll(kind, kind.base(), subject, terms, onSuccess, onFailure);
        }

        private void roll(RollKind kind, double base, String subject, Consumer<Turn> terms, Consumer<Turn> onSuccess,
                          Consumer<Turn> onFailure) {
            Turn t = scratch(new Capture());
            terms.accept(t);
            List<Event.Applied> applied = t.takeTerms();
            List<Term> out = new ArrayList<>(applied.size());
            for (Event.Applied a : applied) {
                out.add(new Term(a.mod(), a.mod().asymmetry(), a.size(), citationOf(a.mod())));
            }
            int odds = Turn.finalOdds(kind, base, applied);
            rolls.add(new Roll(kind, subject, base, out, odds, run(onSuccess), run(onFailure)));
        }

        /**
         * Rules 3: the crises live at this state, each as two rolls: does it break out (the war roll's odds
         * with the treaty's terms), and does it escalate to war (interoperability's term); if it does not,
         * what containing it (standing firm) or defusing it (backing down) would change.
         */
        private void crises() {
            Turn now = scratch(new Capture());
            RollKind.Hazard usChina = RollKind.US_CHINA_WAR.hazard();
            double risk = now.get(Indicator.US_CHINA_WAR_RISK);
            int level = now.allianceLevel();
            if (usChina.rolls(risk)) {
                roll(RollKind.US_CHINA_WAR, usChina.odds(risk), "crisis.us_china",
                        t -> WorldStep.usChinaWarTerms(t, level), null, null);
                boolean clash = WorldStep.limitedClash(now, Side.BEIJING);
                roll(RollKind.US_CHINA_ESCALATION, clash ? "crisis.us_china_clash" : "crisis.us_china_escalates",
                        WorldStep::escalationTerms, clash ? t -> clashOutcome(t, Side.BEIJING) : null,
                        t -> crisisOutcome(t, Side.BEIJING));
            }
            RollKind.Hazard nato = RollKind.RUSSIA_NATO_WAR.hazard();
            double tension = now.get(Indicator.RUSSIA_NATO_TENSION);
            if (nato.rolls(tension)) {
                roll(RollKind.RUSSIA_NATO_WAR, nato.odds(tension), "crisis.nato",
                        t -> WorldStep.natoWarTerms(t, level), null, null);
                boolean clash = WorldStep.limitedClash(now, Side.MOSCOW);
                roll(RollKind.RUSSIA_NATO_ESCALATION, clash ? "crisis.nato_clash" : "crisis.nato_escalates",
                        WorldStep::escalationTerms, clash ? t -> clashOutcome(t, Side.MOSCOW) : null,
                        t -> crisisOutcome(t, Side.MOSCOW));
            }
        }

        private static void clashOutcome(Turn t, Side side) {
            Turn.Fx fx = t.fx("crisis", null, side);
            WorldStep.clashOutcome(fx, side);
            fx.emit();
        }

        private static void crisisOutcome(Turn t, Side side) {
            Turn.Fx fx = t.fx("crisis", null, side);
            WorldStep.crisisOutcome(t, fx, side, WorldStep.standsFirm(t));
            fx.emit();
        }

        /** An arms choice the partner did not match: the compromise roll, the unanswered move, an unasked offer. */
        private void armsUnmatched(Variant v) {
            roll(RollKind.NEGOTIATION, "arms.other_pick", t -> ArmsStep.negotiationTerms(t, true), null,
                    t -> ArmsStep.stalled(t, v));
            note(side == Side.MOSCOW ? "arms.offer_unanswered" : "arms.request_unanswered",
                    t -> ArmsStep.unanswered(t, v, side));
            if (v == Variant.ARMS_DENIED_SYSTEMS && side == Side.MOSCOW && engine.inForce(Mod.A13_UNASKED_OFFER)) {
                note("arms.denied_unasked", ArmsStep::deniedUnasked);
            }
        }

        private void note(String key, Consumer<Turn> outcome) {
            notes.add(new Note(key, run(outcome)));
        }

        Forecast build() {
            Variant v = variant;
            java.util.Optional<Contract> offer = v.arms().isPresent() ? engine.contractOffer(state, v)
                    : java.util.Optional.empty();
            if (offer.isPresent()) {
                // rules 3: a big sale signs a contract; its tranches come one a turn from the next
                Variant.Arms a = v.arms().get();
                Contract c = offer.get();
                contract = c;
                List<Contract> after = new ArrayList<>(state.contracts());
                after.add(c);
                repeat = engine.contractAfter(after, v, state.turn() + 1).orElse(null);
                note("arms.contract_signed", t -> ArmsStep.sign(t, v));
                roll(RollKind.DELIVERY, "arms.tranche", t -> ArmsStep.deliveryTerms(t, a.complexity()),
                        t -> ArmsStep.tranche(t, c), null);
                roll(RollKind.CONTRACT_SURVIVES, "arms.tranche_late", ArmsStep::survivalTerms,
                        t -> ArmsStep.trancheLate(t, v), t -> ArmsStep.broken(t, v));
                armsUnmatched(v);
            } else if (v.arms().isPresent()) {
                Variant.Arms a = v.arms().get();
                roll(RollKind.DELIVERY, "arms.deal", t -> ArmsStep.deliveryTerms(t, a.complexity()),
                        t -> ArmsStep.delivered(t, t.fx("arms.delivered", v, Side.MOSCOW), a), null);
                roll(RollKind.CONTRACT_SURVIVES, "arms.late", ArmsStep::survivalTerms,
                        t -> ArmsStep.delayed(t, v), t -> ArmsStep.broken(t, v));
                armsUnmatched(v);
            } else if (v.reverse().isPresent()) {
                roll(RollKind.NEGOTIATION, "arms.other_pick", t -> ArmsStep.negotiationTerms(t, false), null,
                        t -> ArmsStep.stalled(t, v));
                note("arms.reverse_delivered", t -> ArmsStep.reverseDeal(t, v));
            } else if (v.exercise().isPresent()) {
                roll(RollKind.EXERCISE_SUCCESS, "exercise.held",
                        t -> ExerciseStep.successTerms(t, v.exercise().orElseThrow()),
                        t -> ExerciseStep.held(t, v, ExerciseStep.JOINT, true, "exercise.held_jointly", null),
                        t -> ExerciseStep.held(t, v, ExerciseStep.JOINT, false, "exercise.troubled", null));
                roll(RollKind.PARTICIPATION, "exercise.alone", ExerciseStep::participationTerms,
                        t -> ExerciseStep.held(t, v, ExerciseStep.TOKEN, true, "exercise.held_token", side),
                        t -> ExerciseStep.declined(t, v, side));
                note("exercise.held_split",
                        t -> ExerciseStep.held(t, v, ExerciseStep.SPLIT, true, "exercise.held_split", side));
            } else {
                alliance();
            }
            if (engine.inForce(Mod.A3_CREDIT_ON_TERMS)
                    && scratch(new Capture()).get(Indicator.RU_ECONOMY) < Engine.CRITICAL_ECONOMY) {
                // rules 4: at a critical moment Chinese credit is a bargain struck in a year both sides do arms
                // business (either way); a choice off the arms line forgoes it this year
                if (v.line() == Line.ARMS) {
                    note(CREDIT_ON_TERMS, t -> WorldStep.chineseCredit(t, true));
                } else {
                    notes.add(new Note(NO_CREDIT, List.of()));
                }
            }
            if (side == Side.MOSCOW && v != Variant.ALLIANCE_SIGN && engine.inForce(Mod.A13_RESERVE_REFUSED)
                    && AllianceStep.reserveAtStake(scratch(new Capture()))) {
                // rules 5: what this choice costs if Beijing asks for the treaty this year
                note(RESERVE_REFUSED, t -> AllianceStep.rebuff(t, Side.BEIJING));
            }
            if (WorldStep.partialCrises(scratch(new Capture()))) {
                crises();
            }
            note(BURDEN_AND_SPOILS, t -> WorldStep.partnership(t, true));
            note(NO_CONTACT, t -> WorldStep.partnership(t, false));
            return new Forecast(side, variant, rolls, certain, notes, contract, repeat);
        }

        private void alliance() {
            switch (variant) {
                case ALLIANCE_CONSULT -> {
                    note("alliance.consultations", AllianceStep::talks);
                    note("alliance.consult_alone", t -> AllianceStep.consultAlone(t, side));
                    if (WorldStep.talksCount(scratch(new Capture()), side)) {
                        // rules 4: talks in the side's own crisis lower its risk before the war roll
                        note(side == Side.BEIJING ? "crisis.talks_us_china" : "crisis.talks_nato",
                                t -> WorldStep.crisisTalks(t, side == Side.MOSCOW ? variant : null,
                                        side == Side.BEIJING ? variant : null));
                    }
                }
                case ALLIANCE_PREPARE -> {
                    note("alliance.consultations", AllianceStep::talks);
                    note("alliance.preparations_kept", AllianceStep::keptInReserve);
                }
                case ALLIANCE_SIGN -> {
                    note("alliance.signed", AllianceStep::sign);
                    note("alliance.treaty_declined", t -> AllianceStep.declined(t, side));
                    if (side == Side.BEIJING && engine.inForce(Mod.A13_RESERVE_REFUSED)
                            && AllianceStep.reserveAtStake(scratch(new Capture()))) {
                        // rules 5: turned down at the moment the reserve was kept for
                        note(RESERVE_SHELVED, AllianceStep::reserveShelved);
                    }
                }
                case ALLIANCE_INVOKE -> roll(RollKind.TREATY_HONOURED, "alliance.invoke_alone",
                        AllianceStep::honouredTerms, t -> AllianceStep.honoured(t, side),
                        t -> AllianceStep.refused(t, side));
                default -> throw new IllegalStateException(variant.id());
            }
        }
    }
}
