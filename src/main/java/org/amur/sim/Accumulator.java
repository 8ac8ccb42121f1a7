package org.amur.sim;

import java.util.List;
import org.amur.engine.EndReason;
import org.amur.engine.Engine;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Scenario;

/**
 * Folds games into bounded, exact totals: one per worker thread, merged at the end. Everything is an
 * integer count or a fixed-point integer sum, so merging is exact and the merged totals do not depend
 * on how the games were split between threads.
 */
final class Accumulator {
    /** Histogram bins for an indicator on a 0..100 scale and the like: 0.05 points per bin. */
    static final int BINS = 2000;
    /** Histogram bins for a score (-1000..1000): 0.1 points per bin. */
    static final int SCORE_BINS = 20_000;

    private static final Indicator[] IND = Indicator.values();

    final Distribution[] fin = new Distribution[IND.length];
    final Distribution combined = new Distribution(-2000, 2000, 2 * SCORE_BINS);
    final Distribution gap = new Distribution(-2000, 2000, 2 * SCORE_BINS);
    final long[] endings = new long[EndReason.values().length];
    /** Games by side (ordinal) and victory level against par (ordinal), from {@link Engine#standing}. */
    final long[][] victories = new long[Side.values().length][Standing.Victory.values().length];
    private final Engine engine;
    long games;
    long signed;
    long invoked;
    long copyGames;
    long copies;
    long moscowFallbacks;
    long beijingFallbacks;
    final long[] turnGames;
    final long[][] turnSums;
    private final double[] scratch = new double[IND.length];

    Accumulator(Engine engine) {
        this.engine = engine;
        Scenario scenario = engine.scenario();
        for (Indicator i : IND) {
            fin[i.ordinal()] = new Distribution(i.min(), i.max(),
                    i == Indicator.RU_SCORE || i == Indicator.CN_SCORE ? SCORE_BINS : BINS);
        }
        turnGames = new long[scenario.turns()];
        turnSums = new long[scenario.turns()][IND.length];
    }

    /** Records the state at the end of {@code turn}: the values before resolution plus its net changes. */
    void turn(int turn, Indicators before, List<Event.Delta> net) {
        double[] v = scratch;
        for (Indicator i : IND) {
            v[i.ordinal()] = before.get(i);
        }
        for (Event.Delta d : net) {
            v[d.indicator().ordinal()] = d.after();
        }
        int t = turn - 1;
        turnGames[t]++;
        long[] sums = turnSums[t];
        for (int i = 0; i < v.length; i++) {
            sums[i] += Math.round(v[i] * Distribution.SCALE);
        }
    }

    /** Records the state at the end of {@code turn} from its end values (the batch path's {@link #turn}). */
    void turn(int turn, Indicators end) {
        int t = turn - 1;
        turnGames[t]++;
        long[] sums = turnSums[t];
        for (int i = 0; i < IND.length; i++) {
            sums[i] += Math.round(end.get(IND[i]) * Distribution.SCALE);
        }
    }

    void game(GameRecord g) {
        games++;
        endings[g.ending().ordinal()]++;
        if (g.allianceSigned()) {
            signed++;
        }
        if (g.allianceInvoked()) {
            invoked++;
        }
        if (g.unlicensedCopies() > 0) {
            copyGames++;
        }
        copies += g.unlicensedCopies();
        moscowFallbacks += g.moscowFallbacks();
        beijingFallbacks += g.beijingFallbacks();
        Indicators values = g.finalState().values();
        for (Indicator i : IND) {
            fin[i.ordinal()].add(values.get(i));
        }
        double ru = values.get(Indicator.RU_SCORE);
        double cn = values.get(Indicator.CN_SCORE);
        for (Side side : Side.values()) {
            victories[side.ordinal()][engine.standing(g.finalState(), side).victory().ordinal()]++;
        }
        combined.add(ru + cn);
        gap.add(cn - ru);
    }

    void merge(Accumulator o) {
        for (int i = 0; i < fin.length; i++) {
            fin[i].merge(o.fin[i]);
        }
        combined.merge(o.combined);
        gap.merge(o.gap);
        for (int i = 0; i < endings.length; i++) {
            endings[i] += o.endings[i];
        }
        for (int side = 0; side < victories.length; side++) {
            for (int v = 0; v < victories[side].length; v++) {
                victories[side][v] += o.victories[side][v];
            }
        }
        games += o.games;
        signed += o.signed;
        invoked += o.invoked;
        copyGames += o.copyGames;
        copies += o.copies;
        moscowFallbacks += o.moscowFallbacks;
        beijingFallbacks += o.beijingFallbacks;
        for (int t = 0; t < turnGames.length; t++) {
            turnGames[t] += o.turnGames[t];
            for (int i = 0; i < IND.length; i++) {
                turnSums[t][i] += o.turnSums[t][i];
            }
        }
    }
}
