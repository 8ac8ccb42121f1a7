package org.amur.engine;

/**
 * The scoring step: each side's score against its scenario objectives, plus the ending's outcome
 * scores and A12's cost of being drawn into the partner's war.
 */
final class Scoring {
    private static final Side[] SIDES = Side.values();

    private Scoring() {
    }

    static void score(Turn t, EndReason ending) {
        for (Side side : SIDES) {
            double s = objectiveScore(t, side);
            if (ending != null) {
                s += t.scenario.outcomeScores().of(ending, side);
                boolean partnerWar = (ending == EndReason.WAR_US_CHINA && side == Side.MOSCOW)
                        || (ending == EndReason.WAR_RUSSIA_NATO && side == Side.BEIJING);
                if (partnerWar && t.allianceLevel() >= 3) {
                    s += drawnIntoWar(t.engine);
                }
            }
            t.v[Indicator.score(side).ordinal()] = Indicator.score(side).clamp(s);
        }
    }

    /** A12: what a treaty partner loses when the other side's war drags it in. */
    static double drawnIntoWar(Engine engine) {
        return engine.size(Mod.A12_DRAWN_INTO_WAR);
    }

    private static double objectiveScore(Turn t, Side side) {
        Objectives o = t.engine.objectives(side);
        double[] v = t.v;
        double s = 0;
        for (int k = 0; k < o.index.length; k++) {
            // the same operations in the same order as weight * (now - start) * 100.0 / range
            s += o.weight[k] * (v[o.index[k]] - o.start[k]) * 100.0 / o.range[k];
        }
        return s;
    }

    /**
     * One side's objectives as flat arrays (indicator ordinal, weight, start value, range), built once per
     * engine so scoring a turn walks arrays instead of the scenario's records.
     */
    static final class Objectives {
        final int[] index;
        final double[] weight;
        final double[] start;
        final double[] range;

        Objectives(Scenario scenario, Side side) {
            java.util.List<Scenario.Objective> list = scenario.objectives(side);
            int n = list.size();
            index = new int[n];
            weight = new double[n];
            start = new double[n];
            range = new double[n];
            for (int k = 0; k < n; k++) {
                Indicator i = list.get(k).indicator();
                index[k] = i.ordinal();
                weight[k] = list.get(k).weight();
                start[k] = scenario.start().get(i);
                range[k] = i.range();
            }
        }
    }
}
