package org.amur.sim;

import java.math.BigInteger;

/**
 * A streaming summary of one quantity over many games, in memory fixed at construction: count, exact
 * sum and sum of squares, and a fixed-bin histogram over the quantity's known bounds.
 *
 * <p>Values are stored as fixed-point integers ({@link #SCALE} = 2<sup>20</sup>, a resolution of about
 * 10<sup>-6</sup>), so adding and merging are exact and independent of order: the same games give the
 * same summary bit for bit whatever the number of threads. Percentiles come from the histogram: the
 * bin that holds the wanted rank, reported as the mean of the values that fell in it, which is exact
 * when they are all equal (an indicator pinned at a bound, an alliance level) and otherwise within
 * one bin width ({@code (max - min) / bins}) of the true percentile.
 */
public final class Distribution {
    /** Fixed-point scale of stored values. */
    public static final double SCALE = 1 << 20;

    private final double min;
    private final double max;
    private final int bins;
    private final double binsPerUnit;
    private long n;
    private long sum;
    private long sqLo;
    private long sqHi;
    private final long[] count;
    private final long[] binSum;

    /**
     * @param min  lower bound of the values (lower values go in the first bin)
     * @param max  upper bound (higher values go in the last bin); {@code |min|, |max| <= 2048}
     * @param bins number of histogram bins
     */
    public Distribution(double min, double max, int bins) {
        if (!(max > min) || bins < 1 || Math.max(Math.abs(min), Math.abs(max)) > 2048) {
            throw new IllegalArgumentException("bad bounds or bins: " + min + ".." + max + " / " + bins);
        }
        this.min = min;
        this.max = max;
        this.bins = bins;
        this.binsPerUnit = bins / (max - min);
        this.count = new long[bins];
        this.binSum = new long[bins];
    }

    /** A distribution like this one, empty. */
    public Distribution emptyCopy() {
        return new Distribution(min, max, bins);
    }

    /** Width of one histogram bin: the resolution of the percentiles. */
    public double resolution() {
        return (max - min) / bins;
    }

    public void add(double v) {
        long q = Math.round(v * SCALE);
        n++;
        sum += q;
        long sq = q * q; // |q| <= 2^31, so sq < 2^62: no overflow
        long lo = sqLo + sq;
        if (Long.compareUnsigned(lo, sqLo) < 0) {
            sqHi++;
        }
        sqLo = lo;
        int b = (int) ((v - min) * binsPerUnit);
        if (b < 0) {
            b = 0;
        } else if (b >= bins) {
            b = bins - 1;
        }
        count[b]++;
        binSum[b] += q;
    }

    /** Adds everything {@code other} holds (same bounds and bins). */
    public void merge(Distribution other) {
        if (other.bins != bins || other.min != min || other.max != max) {
            throw new IllegalArgumentException("different histograms");
        }
        n += other.n;
        sum += other.sum;
        long lo = sqLo + other.sqLo;
        sqHi += other.sqHi + (Long.compareUnsigned(lo, sqLo) < 0 ? 1 : 0);
        sqLo = lo;
        for (int i = 0; i < bins; i++) {
            count[i] += other.count[i];
            binSum[i] += other.binSum[i];
        }
    }

    public long count() {
        return n;
    }

    /** The summary of what was added: count, mean, standard deviation, p5, p50, p95. */
    public Summary summary() {
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / SCALE / n;
        // variance = (n * sumSq - sum^2) / (n (n - 1)), computed exactly
        BigInteger sumSq = BigInteger.valueOf(sqHi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(sqLo)));
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger s = BigInteger.valueOf(sum);
        double sd = 0;
        if (n > 1) {
            BigInteger num = bn.multiply(sumSq).subtract(s.multiply(s));
            double var = num.doubleValue() / ((double) n * (n - 1)) / (SCALE * SCALE);
            sd = Math.sqrt(Math.max(0, var));
        }
        return new Summary(n, mean, sd, percentile(5), percentile(50), percentile(95));
    }

    /** The {@code pct}-th percentile (0 < pct <= 100), by the nearest-rank rule on the histogram. */
    public double percentile(int pct) {
        long rank = Math.max(1, (n * pct + 99) / 100);
        long seen = 0;
        for (int i = 0; i < bins; i++) {
            seen += count[i];
            if (seen >= rank) {
                return binSum[i] / SCALE / count[i];
            }
        }
        return Double.NaN;
    }

    /**
     * Mean, standard deviation (sample, n - 1) and the 5th, 50th and 95th percentiles of {@code n}
     * values; NaN when n is 0.
     */
    public record Summary(long n, double mean, double sd, double p5, double p50, double p95) {
        /** Standard error of the mean. */
        public double standardError() {
            return n > 1 ? sd / Math.sqrt(n) : Double.NaN;
        }
    }
}
