package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.amur.engine.Side;
import org.junit.jupiter.api.Test;

/**
 * The preview draws the engine's forecast (whose numbers {@code engine.ForecastTest} checks against
 * real turns); here: what it shows and what it hides.
 */
class PreviewTest {

    @Test
    void preview_hidesValuesTheSeatCannotSee() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        Session s = Session.start(sc, 1);
        String text = new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.ARMS_SU35).doc(70, true, s.state()).plain();
        assertThat(text).containsPattern("Copy\\s+progress \\(hidden from you\\)");
        String cn = new Preview(s.engine(), s.state(), Side.BEIJING, Variant.ARMS_SU35).doc(70, true, s.state()).plain();
        assertThat(cn).containsPattern("Copy\\s+progress \\+\\d");
    }

    @Test
    void preview_showsTheForecastsOddsAndOutcomes() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        Session s = Session.start(sc, 1);
        Preview p = new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.ARMS_SU35);
        String text = p.doc(70, false, s.state()).plain();
        long delivery = Math.round(p.forecast().rolls().get(0).odds());
        assertThat(text).contains("If the deal is struck: Delivery " + delivery + "%").contains("Delivered:")
                .contains("Contract broken:").doesNotContain("[");
        String ex = new Preview(s.engine(), s.state(), Side.BEIJING, Variant.EX_PEACE_MISSION).doc(70, true, s.state())
                .plain();
        assertThat(ex).contains("Held in full and well").contains("Declined by the partner")
                .contains("Moscow carries the load").doesNotContain("[");
    }
}
