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
        double s = 0;
        for (Scenario.Objective o : t.scenario.objectives(side)) {
            Indicator i = o.indicator();
            s += o.weight() * (t.get(i) - t.scenario.start().get(i)) * 100.0 / i.range();
        }
        return s;
    }
}
