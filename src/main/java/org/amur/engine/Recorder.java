package org.amur.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the step functions of a turn ({@link AllianceStep}, {@link ArmsStep}, {@link ExerciseStep},
 * {@link WorldStep}, {@link Scoring}) report what they do. The steps change the indicator vector
 * themselves; a recorder only hears about it, so every recorder sees the same game.
 *
 * <ul>
 *   <li>{@link Events} builds the game's {@link Event}s (the log, saves, replay, the report);</li>
 *   <li>{@link Forecast}'s recorder keeps each change's amount before clamping, for the preview;</li>
 *   <li>{@link Quiet} serves the batch path ({@link Engine#apply(GameState, Action, Tally)}): its
 *       {@link #keepsEvents()} is false, so the steps build no event objects at all, and it passes the
 *       few facts a batch keeps to a {@link Tally} ({@code BatchPathTest} shows the states bit for bit
 *       equal to the full path's).</li>
 * </ul>
 *
 * <p>An effect is reported as its changes and factors, then {@link #effect} closes it; effects never
 * overlap (the steps report one after another).
 */
interface Recorder {

    /**
     * One change an effect made: {@code amount} as the rule computed it, {@code before} and
     * {@code after} the indicator's value around the (clamped) write, {@code cause} the modifier
     * behind it (null for a variant's own table value).
     */
    void change(Indicator indicator, double amount, double before, double after, Mod cause);

    /** A factor modifier applied to the open effect's amounts. */
    void factor(Mod mod, double size);

    /** Closes the open effect. */
    void effect(String key, Variant subject, Side actor);

    /** A roll drawn: base, the terms applied, final odds, the die and the result. */
    void roll(RollKind kind, Variant subject, double base, List<Event.Applied> terms, int odds, int draw,
              boolean success);

    /** Whether events other than effects and rolls are wanted ({@link #event}); false skips building them. */
    boolean keepsEvents();

    /** Any other event (reveal, alliance change, turn resolved, end...); called only if {@link #keepsEvents()}. */
    void event(Event e);

    /**
     * The changes recorded since the last {@link #effect} or {@link #takeDeltas}, as event deltas, and
     * forgets them (a card's or a facilitator's changes, which are reported inside another event).
     */
    List<Event.Delta> takeDeltas();

    /** The alliance level moved; the full path records an {@link Event.AllianceChanged}. */
    default void allianceChanged(int from, int to) {
        if (keepsEvents()) {
            event(new Event.AllianceChanged(from, to));
        }
    }

    /**
     * A turn is resolved and scored, {@code values} its end values (a view valid only during the call); called
     * only when {@link #keepsEvents()} is false (the full path records {@link Event.TurnResolved}).
     */
    default void turnResolved(int turn, Indicators values) {
    }

    /** The batch path's recorder: builds nothing, tells a {@link Tally} what a batch keeps. */
    final class Quiet implements Recorder {
        private final Tally tally;

        Quiet(Tally tally) {
            this.tally = tally;
        }

        @Override
        public void change(Indicator indicator, double amount, double before, double after, Mod cause) {
        }

        @Override
        public void factor(Mod mod, double size) {
        }

        @Override
        public void effect(String key, Variant subject, Side actor) {
            tally.effect(key);
        }

        @Override
        public void roll(RollKind kind, Variant subject, double base, List<Event.Applied> terms, int odds, int draw,
                         boolean success) {
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

        @Override
        public void allianceChanged(int from, int to) {
            tally.allianceChanged(from, to);
        }

        @Override
        public void turnResolved(int turn, Indicators values) {
            tally.turnResolved(turn, values);
        }
    }

    /** The recorder of a played game: every event, appended to {@code out}. */
    final class Events implements Recorder {
        private final List<Event> out;
        // Scratch lists shared by the effects of one resolution: effects are recorded one after the other,
        // so one pair of lists serves them all and each effect's event gets an exact-size immutable copy.
        private final ArrayList<Event.Applied> factors = new ArrayList<>(8);
        private final ArrayList<Event.Delta> deltas = new ArrayList<>(16);

        Events(List<Event> out) {
            this.out = out;
        }

        @Override
        public void change(Indicator indicator, double amount, double before, double after, Mod cause) {
            if (after != before) {
                deltas.add(new Event.Delta(indicator, before, after, cause));
            }
        }

        @Override
        public void factor(Mod mod, double size) {
            factors.add(new Event.Applied(mod, size));
        }

        @Override
        public void effect(String key, Variant subject, Side actor) {
            List<Event.Applied> f = frozen(factors);
            List<Event.Delta> d = frozen(deltas);
            factors.clear();
            deltas.clear();
            out.add(new Event.Effect(key, subject, actor, f, d));
        }

        @Override
        public void roll(RollKind kind, Variant subject, double base, List<Event.Applied> terms, int odds, int draw,
                         boolean success) {
            out.add(new Event.Roll(kind, subject, (int) Math.round(base), frozen(terms), odds, draw, success));
        }

        @Override
        public boolean keepsEvents() {
            return true;
        }

        @Override
        public void event(Event e) {
            out.add(e);
        }

        @Override
        public List<Event.Delta> takeDeltas() {
            List<Event.Delta> d = frozen(deltas);
            deltas.clear();
            factors.clear();
            return d;
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
}
