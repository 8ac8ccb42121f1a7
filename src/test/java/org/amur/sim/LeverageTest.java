package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.engine.Indicator;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: Beijing's leverage over Russia can fall as well as rise through Moscow's choices.
 * In every scenario, {@value Claims#GAMES} seeded games per Moscow script against a random Beijing;
 * a fall is the final leverage's mean below its start by more than the 95 % margin. Under rules 2
 * nothing Moscow does lowers it (the finding of the issue); under rules 3 some policy that keeps Moscow
 * off the arms line does, and selling arms never does.
 *
 * <p>Measured (seed 2018): under rules 3 leverage falls only in central-asia (55 to about 50 when Moscow
 * drills or talks every year); elsewhere keeping distance slows its rise (baseline: to 59.6 rather than
 * 68.3 under rules 2) but trade, credit and cards outweigh it. About 25 s of test time.
 */
@Tag("slow")
class LeverageTest {
    /** Moscow keeps its distance on arms: it drills or talks, every year. */
    private static final List<String> DISTANCE = List.of("script:exercise.peace_mission", "script:alliance.consult");
    /** Moscow sells every year. */
    private static final String SELLS = "script:arms.engines_helicopters";

    /** One batch: the change of leverage from the start, its standard error, and z. */
    record Change(String scenario, String moscow, double start, double end, double se) {
        double z() {
            return (end - start) / se;
        }

        boolean falls() {
            return z() < -Claims.Z95;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, Moscow %s: leverage %.2f -> %.2f +- %.2f (z = %.1f)", scenario,
                    moscow, start, end, Claims.Z95 * se, z());
        }
    }

    private static List<Change> changes(Rules rules, List<String> policies) throws Exception {
        List<Change> out = new ArrayList<>();
        for (java.nio.file.Path file : ScenarioLoader.forInstallation().files()) {
            Scenario s = ScenarioLoader.load(file).scenario();
            for (String p : policies) {
                PolicySpec moscow;
                try {
                    moscow = PolicySpec.parse(p, s);
                } catch (IllegalArgumentException notOnOffer) {
                    continue; // e.g. no Peace Mission in 1989
                }
                SimResult r = new Simulator(new SimConfig(s, Claims.GAMES, Claims.SEED, moscow,
                        PolicySpec.parse("random", s), Runtime.getRuntime().availableProcessors(), Map.of(), rules))
                        .run();
                var fin = r.fin(Indicator.CN_LEVERAGE);
                out.add(new Change(s.id(), p, s.start().get(Indicator.CN_LEVERAGE), fin.mean(), fin.standardError()));
            }
        }
        return out;
    }

    @Test
    void leverageFalls_underSomeRussianPolicy_underRules3_andUnderNoneUnderRules2() throws Exception {
        List<Change> v3 = changes(Rules.V3, DISTANCE);
        List<Change> v2 = changes(Rules.V2, DISTANCE);
        assertThat(v3).as("rules 3: a scenario where keeping distance lowers Beijing's leverage %s", v3)
                .anyMatch(Change::falls);
        assertThat(v2).as("rules 2: nothing Moscow does lowers it %s", v2).noneMatch(Change::falls);
        List<Change> v4 = changes(Rules.V4, DISTANCE);
        assertThat(v4).as("rules 4: a scenario where keeping distance lowers Beijing's leverage %s", v4)
                .anyMatch(Change::falls);
    }

    @Test
    void leverageNeverFalls_whenMoscowSellsEveryYear_underRules3() throws Exception {
        List<Change> v3 = changes(Rules.V3, List.of(SELLS));
        assertThat(v3).as("%s", v3).isNotEmpty().noneMatch(Change::falls);
        List<Change> v4 = changes(Rules.V4, List.of(SELLS));
        assertThat(v4).as("rules 4: %s", v4).isNotEmpty().noneMatch(Change::falls);
    }
}
