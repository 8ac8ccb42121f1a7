package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.amur.ai.SearchBots;
import org.amur.engine.Indicator;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 10: claims of the model brief under rules 3 with Beijing played by a search bot (MCTS,
 * a small fixed budget of {@value #BUDGET} simulated games per decision, its own seed per game) instead
 * of a script or the random player. The search plays for Beijing's own score and knows nothing of the
 * claims, so a claim that holds here holds against a partner that answers Moscow's policy as well as it
 * can, not only against a partner written to go along. {@value Claims#GAMES} games per batch, 95 %
 * margins as in {@link CalibrationTest}. About a minute of test time on two cores.
 */
@Tag("slow")
class SearchPartnerClaimsTest {
    static final int BUDGET = 16;
    private static final Rules RULES = Rules.V5;

    private static PolicySpec search() {
        return new PolicySpec.BotPolicy("mcts:" + BUDGET, (e, side, seed) -> SearchBots.withBudget(e, side, BUDGET, seed));
    }

    private static SimResult run(Scenario s, String moscow) {
        return new Simulator(new SimConfig(s, Claims.GAMES, Claims.SEED, PolicySpec.parse(moscow, s), search(),
                Runtime.getRuntime().availableProcessors(), Map.of(), RULES)).run();
    }

    private static void assertHolds(List<Claims.Check> checks) {
        for (Claims.Check c : checks) {
            assertThat(c.holds()).as(c.toString()).isTrue();
        }
    }

    /** Claim 3: Moscow cooperates all game, Beijing searches: Beijing's score exceeds Moscow's (per game). */
    @Test
    void claim3_moscowCooperates_searchingBeijingGainsMore() {
        SimResult r = run(Claims.scenario("baseline"), Claims.COOPERATION);
        Distribution.Summary gap = r.scoreGap();
        assertHolds(List.of(new Claims.Check("3", "Beijing's score minus Moscow's, Moscow cooperating, Beijing searching",
                r.score(Side.BEIJING).mean(), r.score(Side.MOSCOW).mean(), gap.mean(), gap.standardError())));
    }

    /** Claim 4: against a searching Beijing, a Moscow that offers no arms ends with a weaker industry. */
    @Test
    void claim4_searchingBeijing_moscowWithoutArmsTransfers_weakerDefenseIndustry() {
        Scenario s = Claims.scenario("baseline");
        SimResult sells = run(s, "script:arms.su35");
        SimResult none = run(s, "script:exercise.peace_mission");
        assertThat(sells.rate(SimResult.Outcome.UNLICENSED_COPY)).as("the search buys some Su-35s").isPositive();
        assertHolds(List.of(Claims.means("4", "ru.defense_industry, Moscow offering Su-35s minus offering nothing, "
                + "Beijing searching", sells.fin(Indicator.RU_DEFENSE_INDUSTRY), none.fin(Indicator.RU_DEFENSE_INDUSTRY))));
    }
}
