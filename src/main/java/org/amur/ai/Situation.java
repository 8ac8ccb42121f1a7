package org.amur.ai;

import java.util.Arrays;
import java.util.List;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Variant;

/**
 * What a {@link Policy} may look at when it chooses for one seat: the indicators that seat can see,
 * the turn, its legal choices and this turn's cards, plus the scenario's public rules (thresholds,
 * start values). It is built either from a {@link SeatView} (a real decision) or from a state inside a
 * bot's own simulation, masked the same way, so a policy behaves identically in both.
 *
 * <p>Reading an indicator the seat cannot see ({@code cn.copy_progress} for Moscow) throws: a policy
 * that tried would be cheating.
 */
public final class Situation {
    private static final Indicator[] ALL = Indicator.values();
    /** Whether each seat (by ordinal) sees each indicator (by ordinal). */
    private static final boolean[][] VISIBLE = new boolean[Side.values().length][ALL.length];

    static {
        for (Side seat : Side.values()) {
            for (Indicator i : ALL) {
                VISIBLE[seat.ordinal()][i.ordinal()] = i.visibility().visibleTo(seat);
            }
        }
    }

    private final Side seat;
    private final int turn;
    private final int lastTurn;
    private final double[] values;
    private final List<Variant> legal;
    private final Scenario scenario;

    private Situation(Side seat, int turn, int lastTurn, double[] values, List<Variant> legal, Scenario scenario) {
        this.seat = seat;
        this.turn = turn;
        this.lastTurn = lastTurn;
        this.values = values;
        this.legal = legal;
        this.scenario = scenario;
    }

    /** The situation of a real decision. */
    public static Situation of(SeatView view, Scenario scenario) {
        double[] v = new double[ALL.length];
        Arrays.fill(v, Double.NaN);
        for (Indicator i : ALL) {
            Double x = view.values().get(i);
            if (x != null) {
                v[i.ordinal()] = x;
            }
        }
        return new Situation(view.seat(), view.turn(), view.lastTurn(), v, view.legalChoices(), scenario);
    }

    /** The situation of {@code seat} in a simulated state, with what that seat cannot see masked. */
    public static Situation of(GameState state, Side seat, List<Variant> legal, Scenario scenario) {
        double[] v = new double[ALL.length];
        boolean[] visible = VISIBLE[seat.ordinal()];
        for (int k = 0; k < v.length; k++) {
            v[k] = visible[k] ? state.get(ALL[k]) : Double.NaN;
        }
        return new Situation(seat, state.turn(), scenario.turns(), v, legal, scenario);
    }

    public Side seat() {
        return seat;
    }

    public int turn() {
        return turn;
    }

    public int lastTurn() {
        return lastTurn;
    }

    /** Turns still to play after this one. */
    public int turnsLeft() {
        return Math.max(0, lastTurn - turn);
    }

    public List<Variant> legal() {
        return legal;
    }

    public boolean isLegal(Variant v) {
        return legal.contains(v);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** True if the seat may see {@code i}. */
    public boolean sees(Indicator i) {
        return !Double.isNaN(values[i.ordinal()]);
    }

    public double get(Indicator i) {
        double x = values[i.ordinal()];
        if (Double.isNaN(x)) {
            throw new IllegalStateException(i.id() + " is hidden from " + seat.displayName());
        }
        return x;
    }

    /** The scenario's start value of an indicator (public: the scenario file is on the table). */
    public double start(Indicator i) {
        return scenario.start().get(i);
    }

    public int allianceLevel() {
        return (int) Math.round(get(Indicator.ALLIANCE_LEVEL));
    }

    public double trust() {
        return get(Indicator.TRUST);
    }

    public double warRisk() {
        return get(Indicator.US_CHINA_WAR_RISK);
    }

    public double natoTension() {
        return get(Indicator.RUSSIA_NATO_TENSION);
    }

    /** US-China war risk at which a treaty brings Russia's deterrent into play (the scenario's real threat). */
    public double realThreat() {
        return scenario.thresholds().realThreat();
    }

    /** Russia-NATO tension at which Moscow may invoke a treaty. */
    public double natoCrisis() {
        return scenario.thresholds().natoCrisis();
    }

    /** Russia-NATO tension from which a crisis that escalates is full war (rules 4). */
    public double natoWar() {
        return scenario.thresholds().natoWar();
    }

    /** True when US-China war risk has reached the real-threat level. */
    public boolean usChinaThreat() {
        return warRisk() >= realThreat();
    }

    /** The seat's own score so far. */
    public double ownScore() {
        return get(Indicator.score(seat));
    }
}
