package org.amur.ai;

import org.amur.engine.Scenario;
import org.amur.engine.SeatView;
import org.amur.engine.SplitMix64;

/**
 * A bot that follows one {@link Personality} (or the random policy) with its own seeded generator,
 * separate from the game's, and explains every choice in one line from {@code bots.properties}.
 */
final class HeuristicBot implements Bot {
    private final String spec;
    private final Policy policy;
    private final Scenario scenario;
    private final SplitMix64 dice;

    HeuristicBot(String spec, Policy policy, Scenario scenario, long seed) {
        this.spec = spec;
        this.policy = policy;
        this.scenario = scenario;
        this.dice = new SplitMix64(SplitMix64.seedState(seed));
    }

    @Override
    public String name() {
        return spec;
    }

    @Override
    public Decision decide(SeatView view) {
        Situation s = Situation.of(view, scenario);
        Policy.Pick pick = policy.choose(s, dice);
        String why = Reasons.fill(Reasons.get(pick.reasonKey()), s,
                java.util.Map.of("count", Integer.toString(view.legalChoices().size())));
        return new Decision(pick.variant(), Reasons.line(spec, view.seat(), pick.variant(), why));
    }
}
