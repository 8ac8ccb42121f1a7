package org.amur.engine;

import static org.amur.engine.Indicator.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state the step functions of one turn share: a private copy of the indicator vector,
 * the generator, the overdue deals and reverse-deal count, the facilitator's forced rolls, and the
 * {@link Recorder} that hears what happens. Mutable and short-lived.
 *
 * <p>The same steps run in two ways: {@link TurnResolver} resolves a turn (rolls are drawn), and
 * {@link Forecast} asks them for a roll's terms ({@link #takeTerms}) and for each outcome's changes
 * on a scratch copy (no generator: a forecast never draws).
 */
final class Turn {
    private static final int EXERCISE_DOMAINS_START = INTEROP_GROUND_AIR.ordinal();
    static final Indicator[] DOMAINS = {
            INTEROP_GROUND_AIR, INTEROP_NAVAL, INTEROP_AEROSPACE, INTEROP_INTERNAL_SECURITY};

    final Engine engine;
    final Scenario scenario;
    final Rules rules;
    final double[] v;
    final SplitMix64 rng;
    final Recorder rec;
    final List<Variant> overdue = new ArrayList<>(2);
    /** The facilitator's forced rolls: a list of its own only in a ruled turn (most turns have none). */
    List<Action.RollOverride> overrides = List.of();
    /** Reverse deals delivered so far (see {@link GameState#reverseDeals()}). */
    int reverseDeals;
    /** The turn being resolved (0 in a forecast of no particular turn). */
    int number;
    /** Rules 3: every contract signed so far, in signing order (see {@link GameState#contracts()}). */
    final ArrayList<Contract> contracts = new ArrayList<>(0); // sized by load (rules 1 and 2 sign none)
    /**
     * Rules 3: copy progress per class ({@link CopyClass} ordinal), whose sum is {@code cn.copy_progress};
     * null under rules that keep one pool.
     */
    final double[] copy;
    /** The classes a state under these rules holds (rules 3: all but the older fighters), as bits by ordinal. */
    private final long copyKept;
    /** Rules 4 on: whether the older fighters are a class of their own ({@link Mod#A7_OLDER_GENERATION}). */
    final boolean olderFighters;
    /** The copy classes of the state {@link #load}ed, if it held them. */
    private GameState.CopyMap loadedCopy;

    /** The effect whose changes are being recorded now (effects must not overlap). */
    private Fx open;
    /** The terms collected for the next roll, as parallel arrays (no object per term). */
    private Mod[] termMods = new Mod[4];
    private double[] termSizes = new double[4];
    private int termCount;

    Turn(Engine engine, double[] values, SplitMix64 rng, int reverseDeals, Recorder rec) {
        this.engine = engine;
        this.scenario = engine.scenario();
        this.rules = engine.rules();
        this.v = values;
        this.rng = rng;
        this.reverseDeals = reverseDeals;
        this.rec = rec;
        if (engine.inForce(Mod.A8_ENGINES_HARDEST)) {
            // what China bought before the game (the Su-27 line) is airframe copy progress under rules 3, the
            // older fighters' from rules 4 on
            olderFighters = engine.inForce(Mod.A7_OLDER_GENERATION);
            copy = new double[CopyClass.ALL.length];
            copy[startClass().ordinal()] = v[CN_COPY_PROGRESS.ordinal()];
            copyKept = olderFighters ? GameState.CopyMap.ALL : GameState.CopyMap.ALL & ~(1L << CopyClass.OLDER_FIGHTERS.ordinal());
        } else {
            olderFighters = false;
            copy = null;
            copyKept = 0;
        }
    }

    /** Takes a state's contracts and copy classes (rules 3; nothing to take under rules 1 and 2). */
    void load(GameState s) {
        number = s.turn();
        if (!s.contracts().isEmpty()) {
            contracts.ensureCapacity(s.contracts().size() + 2); // room for this turn's signing without a regrowth
            addAll(contracts, s.contracts());
        }
        if (copy != null && !s.copyProgress().isEmpty()) {
            GameState.CopyMap loaded = (GameState.CopyMap) s.copyProgress(); // a state holds no other kind
            for (CopyClass c : CopyClass.ALL) {
                copy[c.ordinal()] = loaded.getOr(c, 0.0);
            }
            loadedCopy = loaded;
        }
    }

    /** {@code to.addAll(from)} without the array copy {@code addAll} makes of {@code from} first. */
    static <T> void addAll(List<T> to, List<T> from) {
        for (int i = 0; i < from.size(); i++) {
            to.add(from.get(i));
        }
    }

    /** Whether big sales are contracts (rules 3). */
    boolean contracts() {
        return inForce(Mod.A6_REPEAT_CONTRACT);
    }

    /**
     * The copy classes as a state keeps them (empty under rules 1 and 2): the loaded state's own map when
     * no class changed, so most turns build none.
     */
    java.util.Map<CopyClass, Double> copyProgress() {
        if (copy == null) {
            return java.util.Map.of();
        }
        if (loadedCopy != null && loadedCopy.holdsExactly(copy, copyKept)) {
            return loadedCopy;
        }
        return GameState.CopyMap.owned(copy.clone(), copyKept);
    }

    /**
     * Rules 3: adds {@code amount} to a class's copy progress and the same (as the class's change) to
     * {@code cn.copy_progress}, their sum, recorded in {@code fx} with its cause.
     */
    void addCopy(Fx fx, CopyClass c, double amount, Mod cause) {
        double before = copy[c.ordinal()];
        double after = CN_COPY_PROGRESS.clamp(before + amount);
        copy[c.ordinal()] = after;
        fx.add(CN_COPY_PROGRESS, after - before, cause);
    }

    /**
     * Rules 3: a change to {@code cn.copy_progress} from outside the model's steps (a card, the
     * facilitator) is airframe copy progress, so the classes keep adding up to the indicator.
     */
    void copyFromOutside(double before) {
        double d = get(CN_COPY_PROGRESS) - before;
        if (copy != null && d != 0) {
            int k = startClass().ordinal();
            copy[k] = CN_COPY_PROGRESS.clamp(copy[k] + d);
        }
    }

    /** Where the copy progress of the start, cards and the facilitator lies ({@link CopyClass#start}). */
    CopyClass startClass() {
        return olderFighters ? CopyClass.OLDER_FIGHTERS : CopyClass.AIRCRAFT;
    }

    double get(Indicator i) {
        return v[i.ordinal()];
    }

    double size(Mod m) {
        return engine.size(m);
    }

    int allianceLevel() {
        return (int) Math.round(get(ALLIANCE_LEVEL));
    }

    void recomputeDerived() {
        double sum = 0;
        for (Indicator d : DOMAINS) {
            sum += v[d.ordinal()];
        }
        v[INTEROPERABILITY.ordinal()] = sum / DOMAINS.length;
    }

    boolean inForce(Mod m) {
        return engine.inForce(m);
    }

    /**
     * The integration ceiling (A11) as a factor of {@code fx}: fixed under rules 1 and 2; from rules 3 on
     * it sits at {@link Mod#A11_NATIONALIST_CEILING} at trust 60 and moves a third of a point per point of
     * trust; from rules 4 on at {@link Mod#A11_CEILING_NOW} at trust 60, moving
     * {@link Mod#A11_CEILING_FOLLOWS_TRUST} points per point of trust.
     */
    double ceiling(Fx fx) {
        if (inForce(Mod.A11_CEILING_NOW)) {
            return fx.factor(Mod.A11_CEILING_NOW,
                    size(Mod.A11_CEILING_NOW) + size(Mod.A11_CEILING_FOLLOWS_TRUST) * (get(TRUST) - 60));
        }
        if (inForce(Mod.A11_NATIONALIST_CEILING)) {
            return fx.factor(Mod.A11_NATIONALIST_CEILING,
                    size(Mod.A11_NATIONALIST_CEILING) + (get(TRUST) - 60) / 3.0);
        }
        return fx.factor(Mod.A11_INTEGRATION_CEILING);
    }

    /**
     * How far integration still is from the ceiling, as a share (A11). Under rules 1 and 2 each domain
     * is measured against the ceiling on its own; from rules 3 on the ceiling bounds the partnership as a
     * whole (overall interoperability, the mean of the domains): neither side divides military
     * labour with the other, so every domain's gain slows as overall integration deepens, while each
     * domain keeps its own conditions (the old surface fleet, A9).
     */
    double headroom(Indicator domain, double ceiling) {
        boolean overall = inForce(Mod.A11_NATIONALIST_CEILING) || inForce(Mod.A11_CEILING_NOW);
        double depth = get(overall ? INTEROPERABILITY : domain);
        return Math.max(0, 1 - depth / ceiling);
    }

    void setLevel(int to) {
        int from = allianceLevel();
        if (from != to) {
            v[ALLIANCE_LEVEL.ordinal()] = to;
            rec.allianceChanged(from, to);
        }
    }

    /**
     * A new effect. The steps report effects one after another and drop each once it is emitted, so the
     * last emitted one is reused for the next: most turns allocate none after their first.
     */
    Fx fx(String key, Variant subject, Side actor) {
        Fx f = spare;
        if (f == null) {
            return new Fx(key, subject, actor);
        }
        spare = null;
        f.key = key;
        f.subject = subject;
        f.actor = actor;
        return f;
    }

    /** The last effect emitted, free to be reused by {@link #fx}; null if there is none. */
    private Fx spare;

    /** Collects the changes and factors of one thing that happened, then {@link #emit}s it. */
    final class Fx {
        String key;
        Variant subject;
        Side actor;

        private Fx(String key, Variant subject, Side actor) {
            this.key = key;
            this.subject = subject;
            this.actor = actor;
        }

        /** Claims the recorder; two effects recording at once would be a bug in a step. */
        private void claim() {
            if (spare == this) {
                throw new IllegalStateException("effect " + key + " recorded after it was emitted");
            }
            if (open != this) {
                if (open != null) {
                    throw new IllegalStateException("effect " + key + " recorded while " + open.key
                            + " was still open");
                }
                open = this;
            }
        }

        /** Records a factor modifier and returns its size. */
        double factor(Mod m) {
            return factor(m, size(m));
        }

        /** Records an already computed factor attributed to a modifier and returns it. */
        double factor(Mod m, double value) {
            claim();
            rec.factor(m, value);
            return value;
        }

        /** Adds {@code amount} to an indicator (clamped); {@code cause} may be null for a base effect. */
        void add(Indicator i, double amount, Mod cause) {
            if (amount == 0) {
                return;
            }
            double before = v[i.ordinal()];
            double after = i.clamp(before + amount);
            claim();
            rec.change(i, amount, before, after, cause);
            if (after == before) {
                return;
            }
            v[i.ordinal()] = after;
            if (i.ordinal() >= EXERCISE_DOMAINS_START && i.ordinal() < EXERCISE_DOMAINS_START + 4) {
                recomputeDerived();
            }
        }

        /** Applies a POINTS modifier to its own target (nothing if these rules do not have it). */
        void mod(Mod m) {
            if (inForce(m)) {
                add(m.target(), size(m), m);
            }
        }

        /** Applies a POINTS modifier to another indicator (used for side-specific targets). */
        void mod(Mod m, Indicator target) {
            if (inForce(m)) {
                add(target, size(m), m);
            }
        }

        /** Applies a POINTS modifier scaled by {@code scale} (nothing if these rules do not have it). */
        void scaled(Mod m, double scale) {
            if (inForce(m)) {
                add(m.target(), size(m) * scale, m);
            }
        }

        /** Changes trust the way A13 says it changes: gains come slowly, losses are remembered long. */
        void trust(double amount, Mod cause) {
            if (amount > 0) {
                double slow = factor(Mod.A13_SLOW_TRUST);
                add(TRUST, amount * slow, cause == null ? Mod.A13_SLOW_TRUST : cause);
            } else if (amount < 0) {
                double memory = factor(Mod.A13_LONG_MEMORY);
                add(TRUST, amount * memory, cause == null ? Mod.A13_LONG_MEMORY : cause);
            }
        }

        /** Closes this effect and reports it. */
        void emit() {
            if (spare == this) {
                throw new IllegalStateException("effect " + key + " emitted twice");
            }
            if (open == this) {
                open = null;
            } else if (open != null) {
                throw new IllegalStateException("effect " + key + " emitted while " + open.key + " was open");
            }
            rec.effect(key, subject, actor);
            spare = this; // emitted: a step never touches an effect again after emitting it
        }
    }

    /** The changes recorded so far by an effect that is reported inside another event (cards, injections). */
    List<Event.Delta> takeDeltas(Fx fx) {
        if (open == fx) {
            open = null;
        }
        return rec.takeDeltas();
    }

    // ------------------------------------------------------------------ rolls

    /** Adds a term (percentage points, or a factor for FACTOR modifiers) to the next roll. */
    void term(Mod m, double value) {
        if (termCount == termMods.length) {
            termMods = java.util.Arrays.copyOf(termMods, termCount * 2);
            termSizes = java.util.Arrays.copyOf(termSizes, termCount * 2);
        }
        termMods[termCount] = m;
        termSizes[termCount] = value;
        termCount++;
    }

    /** The terms collected so far, in the order they were added (a recorder copies what it keeps). */
    private List<Event.Applied> termList() {
        List<Event.Applied> l = new ArrayList<>(termCount);
        for (int i = 0; i < termCount; i++) {
            l.add(new Event.Applied(termMods[i], termSizes[i]));
        }
        return l;
    }

    /** Rules 3 on: interoperability above 30 helps a joint exercise and a treaty call, below 30 hurts them. */
    void interopTerm() {
        if (inForce(Mod.A13_INTEROP_ODDS)) {
            term(Mod.A13_INTEROP_ODDS, size(Mod.A13_INTEROP_ODDS) * (get(INTEROPERABILITY) - 30));
        }
    }

    /** A13: trust above 50 helps every cooperative roll, below 50 hurts it. */
    void trustTerm() {
        term(Mod.A13_TRUST_ODDS, size(Mod.A13_TRUST_ODDS) * (get(TRUST) - 50));
    }

    /** The terms collected for the next roll, handed over to a forecast (and cleared). */
    List<Event.Applied> takeTerms() {
        List<Event.Applied> t = Recorder.frozen(termList());
        termCount = 0;
        return t;
    }

    /** Final odds: (base + points) x factors, rounded, kept within the roll's floor and ceiling. */
    static int finalOdds(RollKind kind, double base, List<Event.Applied> terms) {
        double odds = base;
        double factor = 1;
        for (int i = 0; i < terms.size(); i++) {
            Event.Applied a = terms.get(i);
            if (a.mod().unit() == Mod.Unit.FACTOR) {
                factor *= a.size();
            } else {
                odds += a.size();
            }
        }
        return (int) Math.max(kind.floor(), Math.min(kind.ceiling(), Math.round(odds * factor)));
    }

    /** {@link #finalOdds(RollKind, double, List)} of the terms collected: the same sums in the same order. */
    private int finalOdds(RollKind kind, double base) {
        double odds = base;
        double factor = 1;
        for (int i = 0; i < termCount; i++) {
            if (termMods[i].unit() == Mod.Unit.FACTOR) {
                factor *= termSizes[i];
            } else {
                odds += termSizes[i];
            }
        }
        return (int) Math.max(kind.floor(), Math.min(kind.ceiling(), Math.round(odds * factor)));
    }

    /** Rolls the percentile die against {@code base} adjusted by the terms collected since the last roll. */
    boolean roll(RollKind kind, Variant subject, double base) {
        int finalOdds = finalOdds(kind, base);
        Action.RollOverride forced = null;
        for (int i = 0; i < overrides.size(); i++) {
            Action.RollOverride o = overrides.get(i);
            if (o.kind() == kind && (o.subject() == null || o.subject() == subject)) {
                forced = o;
                break;
            }
        }
        if (finalOdds <= 0 && forced == null) {
            // A hazard whose modifiers took its odds to zero: nothing to roll, nothing drawn.
            termCount = 0;
            return false;
        }
        int draw = rng.d100();
        boolean success = draw <= finalOdds;
        // the batch path's recorder reads no terms: the list is built only for a recorder that keeps events
        rec.roll(kind, subject, base, rec.keepsEvents() ? termList() : List.of(), finalOdds, draw, success);
        termCount = 0;
        if (forced != null) {
            overrides.remove(forced);
            if (forced.success() != success && rec.keepsEvents()) {
                rec.event(new Event.Overridden(kind, subject, success, forced.success()));
            }
            return forced.success();
        }
        return success;
    }
}
