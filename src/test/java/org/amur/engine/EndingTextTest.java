package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A war ending says whether the partner was dragged in, from the treaty actually in force, not from
 * the rules' general sentence (a play-tester saw "a Beijing bound by treaty is dragged in" in games
 * where no treaty was ever signed).
 */
class EndingTextTest {

    @Test
    void warEnding_saysTheTreatyDraggedThePartnerInOnlyWhenOneWasInForce() throws Exception {
        Engine engine = new Engine(ScenarioLoader.load(Path.of("scenarios/baltic-standoff.json")).scenario());
        int withTreaty = 0;
        int without = 0;
        for (long seed = 0; seed < 3000 && (withTreaty < 3 || without < 3); seed++) {
            SplittableRandom dice = new SplittableRandom(seed);
            Step.Accepted start = engine.newGame(seed);
            GameState s = start.state();
            Event.GameEnded ended = null;
            while (!s.isOver()) {
                for (Side side : Side.values()) {
                    List<Variant> legal = engine.legalChoices(s, side);
                    // lean towards the treaty so that both kinds of war ending turn up
                    Variant v = legal.contains(Variant.ALLIANCE_SIGN) && dice.nextInt(3) == 0 ? Variant.ALLIANCE_SIGN
                            : legal.get(dice.nextInt(legal.size()));
                    Step.Accepted step = (Step.Accepted) engine.apply(s, new Action.Commit(side, v));
                    s = step.state();
                    for (Event e : step.events()) {
                        if (e instanceof Event.GameEnded g) {
                            ended = g;
                        }
                    }
                }
            }
            if (ended.reason() != EndReason.WAR_RUSSIA_NATO) {
                continue;
            }
            String line = String.join("\n", Narration.lines(ended));
            assertThat(ended.treaty()).isEqualTo(s.allianceLevel() >= 3);
            if (ended.treaty()) {
                withTreaty++;
                assertThat(line).contains("treaty drags Beijing in").doesNotContain("stays out");
            } else {
                without++;
                assertThat(line).contains("no treaty signed, Beijing stays out").doesNotContain("drags");
            }
        }
        assertThat(withTreaty).as("Russia-NATO wars with a treaty in force").isGreaterThanOrEqualTo(3);
        assertThat(without).as("Russia-NATO wars without a treaty").isGreaterThanOrEqualTo(3);
    }
}
