package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amur.engine.Engine;
import org.amur.engine.Forecast;
import org.amur.engine.GameState;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

/**
 * The compact preview names a roll's modifiers by asymmetry ({@code A6 -9.5}); when two of one asymmetry are in
 * the same roll (trust and interoperability are both A13) each needs its short name, or the player reads
 * "A13 +3.5, A13 -0.5" and cannot tell which is which (a newcomer's remark). Every such pair met in the first
 * turns of every scenario, from either side, has its names, and the line shows them.
 */
class RollTermNamesTest {

    @Test
    void everyModifierThatSharesARollWithAnotherOfItsAsymmetryHasAShortName() throws Exception {
        ScenarioLoader loader = new ScenarioLoader(Path.of("scenarios"));
        Set<String> unnamed = new TreeSet<>();
        int shared = 0;
        for (Path file : loader.files()) {
            LoadedScenario sc = loader.resolve(file.toString());
            for (long seed = 1; seed <= 3; seed++) {
                Session s = Session.start(sc, seed);
                for (int turn = 0; turn < 3 && !s.state().isOver(); turn++) {
                    GameState st = s.state();
                    Engine e = s.engine();
                    for (Side side : Side.values()) {
                        for (Variant v : e.legalChoices(st, side)) {
                            for (Forecast.Roll r : e.forecast(st, side, v).rolls()) {
                                for (Forecast.Term a : r.terms()) {
                                    boolean twin = r.terms().stream().anyMatch(
                                            b -> b != a && b.mod().asymmetry() == a.mod().asymmetry());
                                    if (twin) {
                                        shared++;
                                        if (!Ui.has("preview.mod." + a.mod().name())) {
                                            unnamed.add(a.mod().name());
                                        }
                                        assertThat(Preview.rollShort(r)).contains(Preview.modShort(a, true));
                                    }
                                }
                            }
                        }
                    }
                    List<Variant> m = e.legalChoices(st, Side.MOSCOW);
                    List<Variant> b = e.legalChoices(st, Side.BEIJING);
                    s.apply(new org.amur.engine.Action.Commit(Side.MOSCOW, m.get((int) (seed + turn) % m.size()).id(), ""));
                    s.apply(new org.amur.engine.Action.Commit(Side.BEIJING, b.get((int) (seed * 3 + turn) % b.size()).id(), ""));
                }
            }
        }
        assertThat(shared).as("rolls with two modifiers of one asymmetry were met").isPositive();
        assertThat(unnamed).as("modifiers without preview.mod.NAME in ui.properties").isEmpty();
    }
}
