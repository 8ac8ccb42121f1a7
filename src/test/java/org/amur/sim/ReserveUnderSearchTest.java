package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.amur.ai.SearchBots;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rules 5 in the Taiwan Strait, with Moscow played by a search bot (MCTS, {@value #BUDGET} simulated games a
 * decision) that plays for Moscow's own score and knows nothing of the report's reading, and Beijing by the
 * Historian, which asks for the treaty when US-China war risk reaches the real-threat level (Kashin p.24). Under
 * rules 4 a Moscow that plays for its own score almost never signs; under rules 5, where refusing the reserve at
 * that moment costs trust and honouring it earns trust, it signs in more games, and Beijing ends better off.
 * {@value #GAMES} games a batch, the same seeds under both rules, 95 % margins as in {@link CalibrationTest}.
 */
@Tag("slow")
class ReserveUnderSearchTest {
    static final int BUDGET = 64;
    static final int GAMES = 400;

    private static SimResult run(Scenario s, Rules rules) {
        PolicySpec search = new PolicySpec.BotPolicy("mcts:" + BUDGET,
                (e, side, seed) -> SearchBots.withBudget(e, side, BUDGET, seed));
        return new Simulator(new SimConfig(s, GAMES, Claims.SEED, search, PolicySpec.parse("historian", s),
                Runtime.getRuntime().availableProcessors(), Map.of(), rules)).run();
    }

    @Test
    void taiwan_searchMoscow_signsAtTheRealThreatMoreOftenUnderRules5_andBeijingGains() {
        Scenario s = Claims.scenario("taiwan-strait");
        SimResult v5 = run(s, Rules.V5);
        SimResult v4 = run(s, Rules.V4);
        Claims.Check signed = Claims.rates("reserve", "share of games with a treaty, rules 5 minus rules 4", v5, v4,
                SimResult.Outcome.ALLIANCE_SIGNED);
        Claims.Check beijing = Claims.means("reserve", "Beijing's mean score, rules 5 minus rules 4",
                v5.score(Side.BEIJING), v4.score(Side.BEIJING));
        assertThat(signed.holds()).as(signed.toString()).isTrue();
        assertThat(beijing.holds()).as(beijing.toString()).isTrue();
    }
}
