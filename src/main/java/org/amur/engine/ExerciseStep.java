package org.amur.engine;

import static org.amur.engine.Indicator.*;

/**
 * The joint-exercise step of a turn: held jointly, split, as a partner's token contingent, or declined
 * (A9, A11, A12, A13). {@link #resolve} plays the step; the odds and outcome functions are also what
 * {@link Forecast} shows.
 */
final class ExerciseStep {
    /** Share of an exercise's gains when both hold the same one, different ones, or one alone with a token partner. */
    static final double JOINT = 1.0;
    static final double SPLIT = 0.6;
    static final double TOKEN = 0.4;

    private ExerciseStep() {
    }

    /** Plays the exercise line; returns true if the sides exercised together. */
    static boolean resolve(Turn t, Variant m, Variant b) {
        boolean me = m.line() == Line.EXERCISES;
        boolean be = b.line() == Line.EXERCISES;
        if (!me && !be) {
            return false;
        }
        if (me && be) {
            if (m == b) {
                exercise(t, m, JOINT, "exercise.held_jointly", null);
            } else {
                exercise(t, m, SPLIT, "exercise.held_split", Side.MOSCOW);
                exercise(t, b, SPLIT, "exercise.held_split", Side.BEIJING);
            }
            return true;
        }
        Variant alone = me ? m : b;
        Side actor = me ? Side.MOSCOW : Side.BEIJING;
        participationTerms(t);
        if (t.roll(RollKind.PARTICIPATION, alone, RollKind.PARTICIPATION.base())) {
            exercise(t, alone, TOKEN, "exercise.held_token", actor);
            return true;
        }
        declined(t, alone, actor);
        return false;
    }

    /** The terms of the roll for a partner sending a token contingent to an exercise it did not propose. */
    static void participationTerms(Turn t) {
        t.trustTerm();
    }

    static void declined(Turn t, Variant alone, Side actor) {
        Turn.Fx fx = t.fx("exercise.declined", alone, actor);
        fx.trust(-1, null);
        fx.emit();
    }

    /** The terms of an exercise's success roll: trust, and an old surface fleet at sea (A9). */
    static void successTerms(Turn t, Variant.Exercise e) {
        t.trustTerm();
        if (e.maritime() && !e.russianEdge()) {
            t.term(Mod.A9_OLD_FLEET_ODDS, t.size(Mod.A9_OLD_FLEET_ODDS));
        }
        t.interopTerm();
    }

    static void exercise(Turn t, Variant ex, double scale, String key, Side actor) {
        successTerms(t, ex.exercise().orElseThrow());
        boolean ok = t.roll(RollKind.EXERCISE_SUCCESS, ex, RollKind.EXERCISE_SUCCESS.base());
        held(t, ex, scale, ok, ok ? key : "exercise.troubled", actor);
    }

    /** The exercise is held at {@code scale}; a troubled one ({@code !ok}) brings half the gains. */
    static void held(Turn t, Variant ex, double scale, boolean ok, String key, Side actor) {
        Variant.Exercise e = ex.exercise().orElseThrow();
        double quality = ok ? 1.0 : 0.5;
        Turn.Fx fx = t.fx(key, ex, actor);
        double gain = e.interopGain() * scale * quality;
        Mod navalMod = null;
        if (e.maritime()) {
            navalMod = e.russianEdge() ? Mod.A9_EDGE_AREAS : Mod.A9_OLD_SURFACE_FLEET;
            gain *= fx.factor(navalMod);
        }
        double ceiling = t.ceiling(fx);
        if (e.domain() != null) {
            fx.add(e.domain(), gain * t.headroom(e.domain(), ceiling), navalMod);
        } else {
            // Every domain's headroom is taken before any gain lands, so the order of the domains does
            // not matter when the ceiling bounds overall interoperability (rules 3).
            double[] room = new double[Turn.DOMAINS.length];
            for (int i = 0; i < room.length; i++) {
                room[i] = t.headroom(Turn.DOMAINS[i], ceiling);
            }
            for (int i = 0; i < room.length; i++) {
                fx.add(Turn.DOMAINS[i], gain * room[i], null);
            }
        }
        fx.trust(e.trustGain() * scale * quality, null);
        if (e.signal() != null) {
            switch (e.signal()) {
                case SOUTH_CHINA_SEA -> {
                    fx.scaled(Mod.A12_SOUTH_CHINA_SEA_RISK, scale);
                    fx.scaled(Mod.A12_SOUTH_CHINA_SEA_BINDS_MOSCOW, scale);
                }
                case BALTIC -> {
                    fx.scaled(Mod.A12_BALTIC_TENSION, scale);
                    fx.scaled(Mod.A12_BALTIC_COSTS_STANDING, scale);
                    fx.scaled(Mod.A12_BALTIC_COSTS_EU_TRADE, scale);
                }
                case MEDITERRANEAN -> fx.scaled(Mod.A12_MEDITERRANEAN_PRESSURE, scale);
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
}
