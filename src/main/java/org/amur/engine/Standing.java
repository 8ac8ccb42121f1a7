package org.amur.engine;

/**
 * How one side stands, the single source of every score a screen, {@code replay}, the report, the
 * debrief or {@code simulate} shows: the raw score, the scenario's par for that side, the result against
 * par and the victory level it earns ({@link Engine#standing}).
 *
 * <p><b>Par</b> is what a side is expected to reach by the end of the game: the median final score of a
 * fixed, seeded batch of history-like play (Historian against Historian) under the current rules, stored
 * in the scenario with the command that produced it ({@link Scenario.Par}). The <b>result</b> is
 * {@code score - par}: above zero, the side did better than history suggests. "Who did better"
 * compares results, never raw scores, so both chairs can win.
 *
 * <p>The <b>victory level</b> measures the result in units of the par batch's per-game standard
 * deviation for that side ({@code spread}), so it means the same in a calm scenario and in a war
 * crisis: within {@link #DRAW_BAND} spreads of par a draw, beyond {@link #DECISIVE} spreads decisive,
 * marginal in between. Under history-like play about 16 % of games are draws and about 16 % a
 * decisive result each way (for normally spread scores). A scenario without a par measures against 0
 * with a spread of {@link Scenario.Par#DEFAULT_SPREAD} points.
 *
 * <p>During play, par is taken in proportion to the turns resolved so far (0 at the start of the first
 * turn, the full par once the game is over), so the dashboard's result reads "ahead of or behind
 * history so far"; the level uses the full spread throughout.
 *
 * @param side    whose standing
 * @param score   the raw score now ({@code ru.score} or {@code cn.score})
 * @param par     the scenario's par for this side (0 when the scenario has none), in proportion to the
 *                game played so far
 * @param spread  the par batch's per-game standard deviation for this side, in points
 * @param hasPar  whether the scenario states a par
 * @param result  {@code score - par}
 * @param victory the level the result earns if the game ended now
 */
public record Standing(Side side, double score, double par, double spread, boolean hasPar, double result,
                       Victory victory) {

    /** Results within this many spreads of par are a draw. */
    public static final double DRAW_BAND = 0.2;
    /** Results beyond this many spreads from par are decisive. */
    public static final double DECISIVE = 1.0;

    /** The five victory levels, best first. */
    public enum Victory {
        DECISIVE_WIN("decisive_win"),
        MARGINAL_WIN("marginal_win"),
        DRAW("draw"),
        MARGINAL_LOSS("marginal_loss"),
        DECISIVE_LOSS("decisive_loss");

        private final String id;

        Victory(String id) {
            this.id = id;
        }

        /** Stable id for files and JSON ({@code decisive_win}...). */
        public String id() {
            return id;
        }

        /** The level in words, from {@code model.properties}. */
        public String words() {
            return Text.get("victory." + id);
        }

        /** A win of either size. */
        public boolean isWin() {
            return this == DECISIVE_WIN || this == MARGINAL_WIN;
        }

        /** A loss of either size. */
        public boolean isLoss() {
            return this == DECISIVE_LOSS || this == MARGINAL_LOSS;
        }

        /** The level a result earns, given the spread of its scenario and side. */
        public static Victory of(double result, double spread) {
            double z = result / spread;
            if (z > DECISIVE) {
                return DECISIVE_WIN;
            }
            if (z > DRAW_BAND) {
                return MARGINAL_WIN;
            }
            if (z >= -DRAW_BAND) {
                return DRAW;
            }
            return z >= -DECISIVE ? MARGINAL_LOSS : DECISIVE_LOSS;
        }
    }

    /** The standing of a side with final score {@code score} against {@code par}. */
    public static Standing of(Side side, double score, Scenario.Par par) {
        return of(side, score, par, 1);
    }

    /**
     * The standing of a side with {@code score} when {@code played} (0..1) of the game has been played:
     * par grows in step with the game, from 0 at the start (where every score is 0) to the full par at
     * the end, so a result during play compares the score with where history-like play would be by then.
     */
    public static Standing of(Side side, double score, Scenario.Par par, double played) {
        double p = par.of(side) * played;
        double spread = par.spread(side);
        double result = score - p;
        return new Standing(side, score, p, spread, par.stated(), result, Victory.of(result, spread));
    }

    /**
     * Which side did better against par: the side whose result is higher by more than the narrower of
     * the two draw bands, or null when the results are that close.
     */
    public static Side better(Standing moscow, Standing beijing) {
        double band = DRAW_BAND * Math.min(moscow.spread(), beijing.spread());
        double d = moscow.result() - beijing.result();
        if (Math.abs(d) <= band) {
            return null;
        }
        return d > 0 ? Side.MOSCOW : Side.BEIJING;
    }
}
