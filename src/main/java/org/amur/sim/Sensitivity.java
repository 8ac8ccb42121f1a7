package org.amur.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amur.engine.Asymmetry;
import org.amur.engine.Side;

/**
 * One-at-a-time sensitivity: the batch is played at the scenario's weights, then again with each
 * chosen asymmetry's modifiers scaled by {@code low} and by {@code high} (the others as written). All
 * runs use the same game seeds (common random numbers), so a difference comes from the asymmetry, not
 * from other dice. The tornado ranks, for every metric, the asymmetries by how far the metric moves
 * between low and high.
 */
public final class Sensitivity {

    /** What the tornado measures: each outcome rate and each side's mean score. */
    public enum Metric {
        ALLIANCE_SIGNED("alliance_signed"),
        WAR_US_CHINA("war_us_china"),
        WAR_RUSSIA_NATO("war_russia_nato"),
        RUPTURE("rupture"),
        FULL_TERM("full_term"),
        UNLICENSED_COPY("unlicensed_copy"),
        MOSCOW_SCORE("moscow_score"),
        BEIJING_SCORE("beijing_score");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public boolean isRate() {
            return this != MOSCOW_SCORE && this != BEIJING_SCORE;
        }

        public double of(SimResult r) {
            return switch (this) {
                case ALLIANCE_SIGNED -> r.rate(SimResult.Outcome.ALLIANCE_SIGNED);
                case WAR_US_CHINA -> r.rate(SimResult.Outcome.WAR_US_CHINA);
                case WAR_RUSSIA_NATO -> r.rate(SimResult.Outcome.WAR_RUSSIA_NATO);
                case RUPTURE -> r.rate(SimResult.Outcome.RUPTURE);
                case FULL_TERM -> r.rate(SimResult.Outcome.FULL_TERM);
                case UNLICENSED_COPY -> r.rate(SimResult.Outcome.UNLICENSED_COPY);
                case MOSCOW_SCORE -> r.score(Side.MOSCOW).mean();
                case BEIJING_SCORE -> r.score(Side.BEIJING).mean();
            };
        }
    }

    /** One asymmetry's bar in the tornado of one metric. */
    public record Bar(Asymmetry asymmetry, double low, double high) {
        public double swing() {
            return high - low;
        }
    }

    /** The base run, the scale factors, and for each metric the bars sorted by |swing|, largest first. */
    public record Tornado(SimResult base, double lowScale, double highScale, Map<Metric, List<Bar>> bars) {
    }

    private Sensitivity() {
    }

    /**
     * Runs the base batch and, for each asymmetry in {@code vary}, the batch at {@code low} and at
     * {@code high} times its weight.
     *
     * @param progress told of the games done across all runs, or null
     */
    public static Tornado run(SimConfig base, List<Asymmetry> vary, double low, double high,
                              Simulator.Progress progress) {
        long runs = 1 + 2L * vary.size();
        long total = runs * base.games();
        long[] before = {0};
        Simulator.Progress inner = progress == null ? null
                : (done, n) -> progress.update(before[0] + done, total);
        SimResult baseResult = runOne(base, inner);
        before[0] += base.games();
        Map<Asymmetry, SimResult[]> results = new EnumMap<>(Asymmetry.class);
        for (Asymmetry a : vary) {
            SimResult[] lh = new SimResult[2];
            double[] scales = {low, high};
            for (int k = 0; k < 2; k++) {
                Map<Asymmetry, Double> scale = new EnumMap<>(Asymmetry.class);
                scale.putAll(base.scale());
                scale.put(a, base.scale().getOrDefault(a, 1.0) * scales[k]);
                lh[k] = runOne(base.withScale(scale), inner);
                before[0] += base.games();
            }
            results.put(a, lh);
        }
        Map<Metric, List<Bar>> bars = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            List<Bar> list = new ArrayList<>();
            for (Asymmetry a : vary) {
                SimResult[] lh = results.get(a);
                list.add(new Bar(a, m.of(lh[0]), m.of(lh[1])));
            }
            // largest swing first; ties keep the order A1..A13
            list.sort(Comparator.comparingDouble((Bar b) -> -Math.abs(b.swing()))
                    .thenComparing(b -> b.asymmetry().ordinal()));
            bars.put(m, Collections.unmodifiableList(list));
        }
        return new Tornado(baseResult, low, high, Collections.unmodifiableMap(bars));
    }

    private static SimResult runOne(SimConfig c, Simulator.Progress p) {
        try {
            return new Simulator(c).run(p, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
