package org.amur.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amur.engine.EndReason;
import org.amur.engine.Indicator;
import org.amur.engine.Side;

/**
 * The summary of a batch, immutable: what was played, how often each outcome happened, the
 * distribution of each side's score and of every state id at the end, and per-turn means. Its size
 * depends on the scenario, never on the number of games.
 */
public final class SimResult {

    /** The outcomes counted in every batch, with their stable names (used by JSON and the tornado). */
    public enum Outcome {
        ALLIANCE_SIGNED("alliance_signed"),
        ALLIANCE_INVOKED("alliance_invoked"),
        WAR_US_CHINA("war_us_china"),
        WAR_RUSSIA_NATO("war_russia_nato"),
        RUPTURE("rupture"),
        FULL_TERM("full_term"),
        UNLICENSED_COPY("unlicensed_copy");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Outcome of(EndReason e) {
            return switch (e) {
                case WAR_US_CHINA -> WAR_US_CHINA;
                case WAR_RUSSIA_NATO -> WAR_RUSSIA_NATO;
                case RUPTURE -> RUPTURE;
                case FULL_TERM -> FULL_TERM;
            };
        }
    }

    /** Means at the end of one turn over the {@code games} that played it. */
    public record TurnMeans(int turn, int year, long games, Map<Indicator, Double> mean) {
    }

    private final SimConfig config;
    private final long games;
    private final Map<Outcome, Long> counts;
    private final long copies;
    private final long moscowFallbacks;
    private final long beijingFallbacks;
    private final Map<Indicator, Distribution.Summary> finals;
    private final Distribution.Summary combined;
    private final Distribution.Summary gap;
    private final List<TurnMeans> perTurn;
    private final long[][] victories;

    SimResult(SimConfig config, Accumulator a) {
        this.config = config;
        this.games = a.games;
        EnumMap<Outcome, Long> c = new EnumMap<>(Outcome.class);
        c.put(Outcome.ALLIANCE_SIGNED, a.signed);
        c.put(Outcome.ALLIANCE_INVOKED, a.invoked);
        for (EndReason e : EndReason.values()) {
            c.put(Outcome.of(e), a.endings[e.ordinal()]);
        }
        c.put(Outcome.UNLICENSED_COPY, a.copyGames);
        this.counts = Collections.unmodifiableMap(c);
        this.copies = a.copies;
        this.moscowFallbacks = a.moscowFallbacks;
        this.beijingFallbacks = a.beijingFallbacks;
        EnumMap<Indicator, Distribution.Summary> f = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            f.put(i, a.fin[i.ordinal()].summary());
        }
        this.finals = Collections.unmodifiableMap(f);
        this.combined = a.combined.summary();
        this.gap = a.gap.summary();
        List<TurnMeans> turns = new ArrayList<>();
        for (int t = 0; t < a.turnGames.length; t++) {
            long n = a.turnGames[t];
            if (n == 0) {
                continue;
            }
            EnumMap<Indicator, Double> m = new EnumMap<>(Indicator.class);
            for (Indicator i : Indicator.values()) {
                m.put(i, a.turnSums[t][i.ordinal()] / Distribution.SCALE / n);
            }
            turns.add(new TurnMeans(t + 1, config.scenario().yearOf(t + 1), n, Collections.unmodifiableMap(m)));
        }
        this.perTurn = List.copyOf(turns);
        this.victories = new long[a.victories.length][];
        for (int side = 0; side < a.victories.length; side++) {
            victories[side] = a.victories[side].clone();
        }
    }

    /** The par of the batch's scenario, for {@code side}. */
    public double par(Side side) {
        return config.scenario().par().of(side);
    }

    /**
     * The distribution of {@code side}'s final result against par (score minus par): the score's,
     * shifted by the par.
     */
    public Distribution.Summary result(Side side) {
        Distribution.Summary s = score(side);
        double p = par(side);
        return new Distribution.Summary(s.n(), s.mean() - p, s.sd(), s.p5() - p, s.p50() - p, s.p95() - p);
    }

    /** Games in which {@code side} ended at victory level {@code v}. */
    public long count(Side side, org.amur.engine.Standing.Victory v) {
        return victories[side.ordinal()][v.ordinal()];
    }

    /** Share of games {@code side} won against par (either kind of win). */
    public double winRate(Side side) {
        return (double) (count(side, org.amur.engine.Standing.Victory.DECISIVE_WIN)
                + count(side, org.amur.engine.Standing.Victory.MARGINAL_WIN)) / games;
    }

    /** Share of games {@code side} drew against par. */
    public double drawRate(Side side) {
        return (double) count(side, org.amur.engine.Standing.Victory.DRAW) / games;
    }

    /** Share of games {@code side} lost against par (either kind of loss). */
    public double lossRate(Side side) {
        return (double) (count(side, org.amur.engine.Standing.Victory.DECISIVE_LOSS)
                + count(side, org.amur.engine.Standing.Victory.MARGINAL_LOSS)) / games;
    }

    public SimConfig config() {
        return config;
    }

    public long games() {
        return games;
    }

    /** Games in which {@code o} happened. */
    public long count(Outcome o) {
        return counts.get(o);
    }

    /** Share of games in which {@code o} happened. */
    public double rate(Outcome o) {
        return (double) counts.get(o) / games;
    }

    /** Unlicensed copies made in all games together. */
    public long unlicensedCopies() {
        return copies;
    }

    /** Scripted choices of a seat that were not legal and fell back, over all games. */
    public long fallbacks(Side side) {
        return side == Side.MOSCOW ? moscowFallbacks : beijingFallbacks;
    }

    /** The distribution of an indicator's final value. */
    public Distribution.Summary fin(Indicator i) {
        return finals.get(i);
    }

    public Distribution.Summary score(Side side) {
        return finals.get(Indicator.score(side));
    }

    /** Moscow's plus Beijing's score, per game. */
    public Distribution.Summary combinedScore() {
        return combined;
    }

    /** Beijing's minus Moscow's score, per game. */
    public Distribution.Summary scoreGap() {
        return gap;
    }

    public List<TurnMeans> perTurn() {
        return perTurn;
    }
}
