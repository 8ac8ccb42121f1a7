package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.amur.engine.SplitMix64;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void summary_meanAndSdMatchDirectComputation() {
        Distribution d = new Distribution(0, 100, 2000);
        SplitMix64 r = new SplitMix64(1);
        double[] xs = new double[10_000];
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = r.nextInt(100_000) / 1000.0;
            d.add(xs[i]);
            sum += xs[i];
        }
        double mean = sum / xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        Distribution.Summary s = d.summary();
        assertThat(s.n()).isEqualTo(10_000);
        assertThat(s.mean()).isCloseTo(mean, offset(1e-6));
        assertThat(s.sd()).isCloseTo(Math.sqrt(ss / (xs.length - 1)), offset(1e-6));
        java.util.Arrays.sort(xs);
        // nearest rank: p5 is the 500th smallest value; the histogram is within one bin (0.05)
        assertThat(s.p5()).isCloseTo(xs[499], offset(0.05));
        assertThat(s.p50()).isCloseTo(xs[4999], offset(0.05));
        assertThat(s.p95()).isCloseTo(xs[9499], offset(0.05));
    }

    @Test
    void percentile_valuesPinnedAtABound_exact() {
        Distribution d = new Distribution(0, 100, 2000);
        for (int i = 0; i < 90; i++) {
            d.add(0);
        }
        for (int i = 0; i < 10; i++) {
            d.add(100);
        }
        assertThat(d.percentile(5)).isEqualTo(0.0);
        assertThat(d.percentile(50)).isEqualTo(0.0);
        assertThat(d.percentile(95)).isEqualTo(100.0);
    }

    @Test
    void merge_inAnyOrder_sameSummaryBitForBit() {
        Distribution a = new Distribution(-1000, 1000, 20_000);
        Distribution b = a.emptyCopy();
        Distribution all = a.emptyCopy();
        SplitMix64 r = new SplitMix64(5);
        for (int i = 0; i < 5000; i++) {
            double x = (r.nextInt(2_000_000) - 1_000_000) / 1000.0 * 0.7;
            (i % 3 == 0 ? a : b).add(x);
            all.add(x);
        }
        Distribution ab = a.emptyCopy();
        ab.merge(a);
        ab.merge(b);
        Distribution ba = a.emptyCopy();
        ba.merge(b);
        ba.merge(a);
        assertThat(ab.summary()).isEqualTo(all.summary());
        assertThat(ba.summary()).isEqualTo(all.summary());
    }

    @Test
    void add_extremeScoresAtTheBounds_noOverflow() {
        Distribution d = new Distribution(-2000, 2000, 40_000);
        for (int i = 0; i < 100_000; i++) {
            d.add(i % 2 == 0 ? 2000 : -2000);
        }
        Distribution.Summary s = d.summary();
        assertThat(s.mean()).isEqualTo(0.0);
        assertThat(s.sd()).isCloseTo(2000, offset(0.02));
    }

    @Test
    void summary_empty_isNaN() {
        assertThat(new Distribution(0, 1, 10).summary().mean()).isNaN();
    }
}
