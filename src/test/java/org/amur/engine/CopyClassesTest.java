package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Rules 3 and the rules of new games, issue 13 item 6: engines are the hardest class to copy (the WS-10 story, p.16). Claimed over
 * seeded games of the shipped scenarios that offer both, played by fixed scripts that know nothing of the
 * claim: both seats on engines every turn, against both seats on the S-400 while it is on offer (Peace
 * Mission once its contracts are signed). Selling engines every year leads to an unlicensed engine copy in
 * fewer games than two S-400 contracts lead to an S-400 copy.
 */
class CopyClassesTest {
    private static final List<String> SCENARIOS = List.of("baseline", "taiwan-strait", "baltic-standoff",
            "central-asia", "sanctions-squeeze");
    private static final int GAMES = 400;

    /** Games in which the class of {@code sold} was copied, both seats choosing {@code sold} while legal. */
    private static int gamesWithACopy(Rules rules, Variant sold, int[] delivered) throws Exception {
        CopyClass c = CopyClass.of(sold);
        int copied = 0;
        for (String id : SCENARIOS) {
            Engine engine = new Engine(ScenarioLoader.forInstallation().resolve(id).scenario(), rules);
            if (!engine.scenario().variants().contains(sold)) {
                continue;
            }
            for (long seed = 1; seed <= GAMES; seed++) {
                GameState s = engine.newGame(seed).state();
                boolean copy = false;
                while (!s.isOver()) {
                    Variant v = engine.isLegal(s, Side.MOSCOW, sold) ? sold : Variant.EX_PEACE_MISSION;
                    TestScenario.Played p = TestScenario.play(engine, s, v, v);
                    copy |= p.effects("copy.unlicensed").anyMatch(fx -> CopyClass.ofSubject(fx.subject()) == c);
                    delivered[0] += (int) p.effects().filter(fx -> fx.key().endsWith("delivered")
                            && fx.subject() == sold).count();
                    s = p.state();
                }
                copied += copy ? 1 : 0;
            }
        }
        return copied;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "rules {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 5})
    void engineCopies_areRarerThanS400Copies_overSeededScriptedGames(int version) throws Exception {
        Rules rules = Rules.of(version).orElseThrow();
        int[] engineDeliveries = {0};
        int[] s400Deliveries = {0};
        int engines = gamesWithACopy(rules, Variant.ARMS_ENGINES_HELICOPTERS, engineDeliveries);
        int s400 = gamesWithACopy(rules, Variant.ARMS_S400, s400Deliveries);
        System.out.println("rules " + version + ": " + "games with a copy: engines " + engines + ", S-400 " + s400
                + "; deliveries: engines " + engineDeliveries[0] + ", S-400 tranches " + s400Deliveries[0]);
        int games = SCENARIOS.size() * GAMES;
        String measured = "games with a copy: engines " + engines + ", S-400 " + s400 + " of " + games
                + "; deliveries: engines " + engineDeliveries[0] + ", S-400 tranches " + s400Deliveries[0];
        // engines reach the PLA more often than S-400 tranches do...
        assertThat(engineDeliveries[0]).as(measured).isGreaterThan(s400Deliveries[0]);
        // ...yet are copied in fewer games, by more than twice the standard error of the difference of two rates
        double pe = engines / (double) games;
        double ps = s400 / (double) games;
        double se = Math.sqrt(pe * (1 - pe) / games + ps * (1 - ps) / games);
        assertThat(ps - pe).as(measured).isGreaterThan(2 * se).isPositive();
    }
}
