package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The standing line adds up as shown: the result it prints is the shown score minus the shown par, each
 * rounded to one decimal, while the engine's result (and the level it earns) stays unrounded.
 */
class StandingLineTest {
    @Test
    void theShownResult_isTheShownScoreMinusTheShownPar() {
        // score -0.36 shows as -0.4, par -1.44 as -1.4; the engine's result 1.08 would show as +1.1
        Standing s = new Standing(Side.MOSCOW, -0.36, -1.44, 5, true, 1.08, Standing.Victory.DRAW);
        assertThat(Text.standing(s)).isEqualTo("score -0.4, par -1.4, result +1: draw");
        assertThat(s.result()).isEqualTo(1.08); // what the engine computes and saves is untouched
    }

    @Test
    void roundingEveryWay_theLineAlwaysAddsUp() {
        java.util.Random r = new java.util.Random(13);
        for (int i = 0; i < 2000; i++) {
            double score = Math.round((r.nextDouble() * 40 - 20) * 1000) / 1000.0;
            double par = Math.round((r.nextDouble() * 40 - 20) * 1000) / 1000.0;
            String line = Text.standing(new Standing(Side.BEIJING, score, par, 5, true, score - par,
                    Standing.Victory.DRAW));
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("score ([-+]?[0-9.]+), par ([-+]?[0-9.]+), result ([-+]?[0-9.]+):").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            java.math.BigDecimal shown = new java.math.BigDecimal(m.group(1)).subtract(new java.math.BigDecimal(m.group(2)));
            assertThat(new java.math.BigDecimal(m.group(3))).as(line).isEqualByComparingTo(shown);
        }
    }
}
