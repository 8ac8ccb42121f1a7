package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Mod;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every modifier of the rules new games are played under moves something in play: in seeded games of the
 * shipped scenarios, each one is the named cause of a change that happened, a factor other than 1 applied
 * to an effect, or a non-zero term of a roll that was drawn. The players are random choices, two Historians,
 * two sides climbing the alliance ladder to a treaty and invoking it, and two hawks (who reach an invoked treaty
 * in the Taiwan Strait); none of them is written to show any modifier.
 *
 * <p>A few modifiers are sizes inside another modifier's rule and never a cause of their own; each is named
 * below with the test that shows it moving.
 */
@Tag("slow")
class EveryModifierMovesTest {
    private static final String LADDER = "script:alliance.consult,alliance.prepare,alliance.sign,alliance.invoke";

    /** Player pairs (Moscow, Beijing) and how many seeds each plays in every scenario. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"random", "random", "60"},
            new String[] {"historian", "historian", "60"},
            new String[] {LADDER, LADDER, "40"},
            new String[] {"hawk", "hawk", "150"});

    /** Sizes inside another modifier's rule, and where each is shown to move. */
    private static final Map<Mod, String> PARTS_OF_OTHER_RULES = Map.of(
            Mod.A10_CONFRONTATION_CAP, "the most A10_CONFRONTATION can be: ModifierSizesTest",
            Mod.A11_CEILING_FOLLOWS_TRUST, "how A11_CEILING_NOW moves with trust: Rules4PlayTest",
            Mod.A7_EXPOSED_BEFORE_THE_GAME, "copy progress of the contracts signed before the game: Rules4ContractsTest",
            Mod.A5_HOME_PROCUREMENT, "scales A5 after 2011: AsymmetryTest",
            Mod.A6_REPEAT_CONTRACT, "the size of a repeat contract: ContractsTest",
            Mod.A12_DRAWN_INTO_WAR, "the ending's score for a partner bound by treaty: ModifierSizesTest");

    @Test
    void everyModifierOfTheCurrentRulesMovesSomethingInPlay() throws Exception {
        Map<Mod, Integer> moved = new EnumMap<>(Mod.class);
        for (Path file : ScenarioLoader.forInstallation().files()) {
            LoadedScenario sc = ScenarioLoader.load(file);
            Engine engine = new Engine(sc.scenario(), Rules.CURRENT);
            for (String[] pair : PAIRS) {
                PolicySpec moscow = PolicySpec.parse(pair[0], sc.scenario());
                PolicySpec beijing = PolicySpec.parse(pair[1], sc.scenario());
                for (long seed = 1; seed <= Integer.parseInt(pair[2]); seed++) {
                    play(engine, moscow.seat(engine, Side.MOSCOW, 3 * seed),
                            beijing.seat(engine, Side.BEIJING, 3 * seed + 1), seed, moved);
                }
            }
        }
        List<Mod> still = new ArrayList<>();
        for (Mod m : Mod.values()) {
            if (Rules.CURRENT.inForce(m) && !moved.containsKey(m) && !PARTS_OF_OTHER_RULES.containsKey(m)) {
                still.add(m);
            }
        }
        assertThat(still).as("modifiers of rules %d that never moved anything", Rules.CURRENT.version()).isEmpty();
        // the exceptions are exceptions: none of them ever shows as a cause of its own
        for (Mod m : PARTS_OF_OTHER_RULES.keySet()) {
            assertThat(Rules.CURRENT.inForce(m)).as("%s is in force", m).isTrue();
            assertThat(moved).as("%s (%s) is never a cause", m, PARTS_OF_OTHER_RULES.get(m)).doesNotContainKey(m);
        }
    }

    private static void play(Engine engine, PolicySpec.SeatPlayer m, PolicySpec.SeatPlayer b, long seed,
                             Map<Mod, Integer> moved) {
        GameState s = engine.newGame(seed).state();
        while (!s.isOver()) {
            s = engine.apply(s, new Action.Commit(Side.MOSCOW, m.choose(s).id(), "")).stateOrThrow();
            Step step = engine.apply(s, new Action.Commit(Side.BEIJING, b.choose(s).id(), ""));
            for (Event e : ((Step.Accepted) step).events()) {
                if (e instanceof Event.Effect fx) {
                    for (Event.Applied a : fx.factors()) {
                        if (a.size() != 1) {
                            moved.merge(a.mod(), 1, Integer::sum);
                        }
                    }
                    for (Event.Delta d : fx.deltas()) {
                        if (d.cause() != null && d.after() != d.before()) {
                            moved.merge(d.cause(), 1, Integer::sum);
                        }
                    }
                } else if (e instanceof Event.Roll r) {
                    for (Event.Applied a : r.modifiers()) {
                        boolean neutral = a.mod().unit() == Mod.Unit.FACTOR ? a.size() == 1 : a.size() == 0;
                        if (!neutral) {
                            moved.merge(a.mod(), 1, Integer::sum);
                        }
                    }
                }
            }
            s = step.stateOrThrow();
        }
    }
}
