package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Mod;
import org.amur.engine.Rules;
import org.amur.engine.Side;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: the technological-nationalism ceiling (A11) binds somewhere in play. An exercise
 * held under the ceiling adds to interoperability only while integration is below it; the ceiling
 * <em>binds</em> when an exercise is held and adds nothing to any domain because integration has
 * reached it (the exercise's event carries the ceiling's factor and no domain change). Checked in the
 * six scenarios as shipped, both seats holding a line of exercises all game (Balance's exercise lines)
 * and against a random partner, {@value #SEEDS} seeds each. Under rules 2 the ceiling only slows gains,
 * so it never binds; under rules 3 (frozen) it never comes near; under rules 4 ({@code A11_CEILING_NOW}) it
 * sits close above the 2018 partnership and moves a point per point of trust, so it binds where trust has
 * eroded (Kashin p.22: technological nationalism limits the growth of defense cooperation now).
 */
@Tag("slow")
class CeilingTest {
    static final int SEEDS = 100;

    /** Held exercises whose interoperability gain the ceiling cut to nothing, and held exercises in all. */
    record Count(String scenario, String moscow, String beijing, int bound, int held, double maxInterop) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (%s v %s): %d of %d exercises bound, interoperability up to %.1f",
                    scenario, moscow, beijing, bound, held, maxInterop);
        }
    }

    private static boolean isDomain(Indicator i) {
        return i == Indicator.INTEROP_GROUND_AIR || i == Indicator.INTEROP_NAVAL || i == Indicator.INTEROP_AEROSPACE
                || i == Indicator.INTEROP_INTERNAL_SECURITY;
    }

    static List<Count> counts(Rules rules) throws Exception {
        List<Count> out = new ArrayList<>();
        for (Path file : ScenarioLoader.forInstallation().files()) {
            LoadedScenario sc = ScenarioLoader.load(file);
            List<String> specs = new ArrayList<>();
            for (Balance.Strategy st : Balance.lines(sc.scenario())) {
                if (st.spec().contains("exercise.")) {
                    specs.add(st.spec());
                }
            }
            for (String m : specs) {
                for (String b : List.of(m, "random")) {
                    out.add(count(sc, rules, m, b));
                }
            }
        }
        return out;
    }

    private static Count count(LoadedScenario sc, Rules rules, String moscowSpec, String beijingSpec) {
        PolicySpec moscow = PolicySpec.parse(moscowSpec, sc.scenario());
        PolicySpec beijing = PolicySpec.parse(beijingSpec, sc.scenario());
        int bound = 0;
        int held = 0;
        double max = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Session s = Session.start(sc, seed, rules);
            PolicySpec.SeatPlayer m = moscow.seat(s.engine(), Side.MOSCOW, seed);
            PolicySpec.SeatPlayer b = beijing.seat(s.engine(), Side.BEIJING, seed + 1);
            while (!s.state().isOver()) {
                s.apply(new Action.Commit(Side.MOSCOW, m.choose(s.state()).id(), ""));
                s.apply(new Action.Commit(Side.BEIJING, b.choose(s.state()).id(), ""));
                max = Math.max(max, s.state().get(Indicator.INTEROPERABILITY));
            }
            for (Event e : s.events()) {
                if (e instanceof Event.Effect fx && (fx.key().startsWith("exercise.held") || fx.key().equals("exercise.troubled"))) {
                    boolean ceiling = fx.factors().stream().anyMatch(a -> a.mod() == Mod.A11_NATIONALIST_CEILING
                            || a.mod() == Mod.A11_INTEGRATION_CEILING || a.mod() == Mod.A11_CEILING_NOW);
                    if (!ceiling) {
                        continue;
                    }
                    held++;
                    if (fx.deltas().stream().noneMatch(d -> isDomain(d.indicator()) && d.after() != d.before())) {
                        bound++;
                    }
                }
            }
        }
        return new Count(sc.scenario().id(), moscowSpec, beijingSpec, bound, held, max);
    }

    @Test
    void ceilingNeverBindsUnderRules2() throws Exception {
        List<Count> v2 = counts(Rules.V2);
        assertThat(v2).as("held exercises are seen").anyMatch(c -> c.held() > 0);
        assertThat(v2).as("rules 2: %s", v2).allMatch(c -> c.bound() == 0);
    }

    @Test
    void ceilingBindsInSomeScenarioUnderRules4() throws Exception {
        List<Count> v4 = counts(Rules.V4);
        System.out.println("A11 ceiling, rules 4: " + v4);
        assertThat(v4).as("held exercises are seen").anyMatch(c -> c.held() > 0);
        assertThat(v4).as("rules 4: %s", v4).anyMatch(c -> c.bound() > 0);
    }

    /** The rules new games are played under (rules 5 keeps rules 4's ceiling): the mechanic moves in play today. */
    @Test
    void ceilingBindsInSomeScenarioUnderTheCurrentRules() throws Exception {
        List<Count> now = counts(Rules.CURRENT);
        System.out.println("A11 ceiling, rules " + Rules.CURRENT.version() + ": " + now);
        assertThat(now).as("held exercises are seen").anyMatch(c -> c.held() > 0);
        assertThat(now).as("rules %d: %s", Rules.CURRENT.version(), now).anyMatch(c -> c.bound() > 0);
    }

    @Test
    @Disabled("Issue 13 item 4 not met since d5cce6c (the ceiling bounds overall interoperability): in no shipped "
            + "scenario does overall interoperability come near the ceiling (it peaks at 24-35 in the 2014-2019 "
            + "scenarios and 7 in su27-offer, against a ceiling of about 52-57 at their trust), so the ceiling "
            + "never binds; before d5cce6c it bound in sanctions-squeeze and central-asia. A model finding for "
            + "balance, not a test to weaken.")
    void ceilingBindsInSomeScenarioUnderRules3() throws Exception {
        List<Count> v3 = counts(Rules.V3);
        System.out.println("A11 ceiling, rules 3: " + v3);
        assertThat(v3).as("held exercises are seen").anyMatch(c -> c.held() > 0);
        assertThat(v3).as("rules 3: %s", v3).anyMatch(c -> c.bound() > 0);
    }
}
