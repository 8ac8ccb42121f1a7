package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.amur.engine.Forecast;
import org.amur.engine.Indicator;
import org.amur.engine.Mod;
import org.amur.engine.Rules;
import org.amur.engine.Text;
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
        String text = new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.ARMS_SU35).doc(70, true).plain();
        assertThat(text).containsPattern("Copy\\s+progress \\(hidden from you\\)");
        String cn = new Preview(s.engine(), s.state(), Side.BEIJING, Variant.ARMS_SU35).doc(70, true).plain();
        assertThat(cn).containsPattern("Copy\\s+progress \\+\\d");
    }

    @Test
    void preview_rules3_showsTheContract_itsSchedule_andWhatARepeatWouldBe() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        Session s = Session.start(sc, 1, Rules.V3);
        int y = s.state().year();
        String text = full(s, Side.MOSCOW, Variant.ARMS_SU35);
        // the baseline's first Su-35 contract was signed in 2015, before the game (p.21): a sale now is the repeat
        assertThat(text).contains("Contract: Su-35 fighters contract 2, 12 aircraft for $1B, in 2 tranches due "
                        + (y + 1) + ", " + (y + 2) + ".")
                .contains("A later sale of this system would be a smaller contract: 6 aircraft for $0.5B in one tranche.")
                .contains("Each tranche: Delivery").contains("A tranche delivered:")
                .doesNotContain("[");
        s.apply(new org.amur.engine.Action.Commit(Side.MOSCOW, "arms.su35", ""));
        s.apply(new org.amur.engine.Action.Commit(Side.BEIJING, "arms.su35", ""));
        assertThat(full(s, Side.BEIJING, Variant.ARMS_SU35)).contains("Su-35 fighters contract 3, 6 aircraft")
                .contains("would not be on offer (this scenario allows 3 contracts per system)");
        // a yearly sale shows no contract
        assertThat(full(s, Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS)).doesNotContain("Contract:");
    }

    @Test
    void preview_showsTheForecastsOddsAndOutcomes() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        Session s = Session.start(sc, 1, Rules.V2); // a yearly deal (rules 3 makes the Su-35 a contract)
        Preview p = new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.ARMS_SU35);
        String text = p.doc(70, false).plain();
        long delivery = Math.round(p.forecast().rolls().get(0).odds());
        assertThat(text).contains("If the deal is struck: Delivery " + delivery + "%").contains("Delivered:")
                .contains("Contract broken:").doesNotContain("[");
        String ex = new Preview(s.engine(), s.state(), Side.BEIJING, Variant.EX_PEACE_MISSION).doc(70, true)
                .plain();
        assertThat(ex).contains("Held in full and well").contains("Declined by the partner")
                .contains("Moscow carries the load").doesNotContain("[");
    }

    /** The preview's full text, flattened to one line (wrapping joins words with single spaces). */
    private static String full(Session s, Side side, Variant v) {
        return new Preview(s.engine(), s.state(), side, v).doc(70, true).plain().replaceAll("\\s+", " ");
    }

    @Test
    void preview_rules3_deniedSystemsOfferedUnasked_showTheirCost() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("sanctions-squeeze");
        Session v3 = Session.start(sc, 1, Rules.V3);
        Forecast.Note note = new Preview(v3.engine(), v3.state(), Side.MOSCOW, Variant.ARMS_DENIED_SYSTEMS).forecast()
                .notes().stream().filter(n -> n.key().equals("arms.denied_unasked")).findFirst().orElseThrow();
        assertThat(note.changes()).extracting(Forecast.Change::indicator)
                .containsExactlyInAnyOrder(Indicator.WESTERN_PRESSURE, Indicator.TRUST);
        String text = full(v3, Side.MOSCOW, Variant.ARMS_DENIED_SYSTEMS);
        assertThat(text).contains("If Beijing asked for something else: " + Text.label(Indicator.WESTERN_PRESSURE)
                + " +3 (A7").contains(Text.label(Indicator.TRUST) + " -3 (A13");
        // rules 2 has no such cost, and Beijing's own preview of a request does not carry Moscow's note
        Session v2 = Session.start(sc, 1, Rules.V2);
        assertThat(full(v2, Side.MOSCOW, Variant.ARMS_DENIED_SYSTEMS)).doesNotContain("If Beijing asked for something else");
        assertThat(full(v3, Side.BEIJING, Variant.ARMS_DENIED_SYSTEMS)).doesNotContain("asked for something else");
    }

    @Test
    void preview_rules3_interoperabilityTermIsShownOnExerciseTreatyAndCrisisOdds() throws Exception {
        Session s = Session.start(ScenarioLoader.forInstallation().resolve("taiwan-strait"), 1, Rules.V3);
        double interop = s.state().get(Indicator.INTEROPERABILITY);
        // exercise going well, treaty honoured: A13_INTEROP_ODDS, sized by interoperability above 30
        for (Variant v : new Variant[] {Variant.EX_PEACE_MISSION, Variant.ALLIANCE_INVOKE}) {
            Preview p = new Preview(s.engine(), s.state(), Side.MOSCOW, v);
            Forecast.Term term = p.forecast().rolls().get(0).terms().stream()
                    .filter(t -> t.mod() == Mod.A13_INTEROP_ODDS).findFirst().orElseThrow();
            assertThat(term.points()).as(v.id()).isCloseTo(0.4 * (interop - 30), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(full(s, Side.MOSCOW, v)).as(v.id()).contains(Preview.modLong(term))
                    .contains(Text.condition(Mod.A13_INTEROP_ODDS).replaceAll("\\s+", " "));
        }
        Session v2 = Session.start(ScenarioLoader.forInstallation().resolve("taiwan-strait"), 1, Rules.V2);
        assertThat(full(v2, Side.MOSCOW, Variant.EX_PEACE_MISSION))
                .doesNotContain(Text.condition(Mod.A13_INTEROP_ODDS).replaceAll("\\s+", " "));
    }

    @Test
    void preview_rules4_crisisTalksAndTheLimitedClash_areShownToTheSideInCrisis() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("taiwan-strait");
        // play Peace Mission until US-China war risk is live but below the real-threat level (45)
        Session s = null;
        for (long seed = 1; seed <= 200 && s == null; seed++) {
            Session g = Session.start(sc, seed, Rules.V4);
            for (int turn = 0; turn < 4 && !g.state().isOver(); turn++) {
                double risk = g.state().get(Indicator.US_CHINA_WAR_RISK);
                if (risk >= 35 && risk < 45) {
                    s = g;
                    break;
                }
                g.apply(new org.amur.engine.Action.Commit(Side.MOSCOW, "exercise.peace_mission", ""));
                g.apply(new org.amur.engine.Action.Commit(Side.BEIJING, "exercise.peace_mission", ""));
            }
        }
        assertThat(s).as("a seed whose war risk reaches 35-45").isNotNull();
        String talks = full(s, Side.BEIJING, Variant.ALLIANCE_CONSULT);
        assertThat(talks).contains("If war risk is still at the crisis level at the war roll: "
                        + Text.label(Indicator.US_CHINA_WAR_RISK) + " -5 (A12")
                .contains("If it escalates (below the real-threat level: a limited clash)")
                .contains("A limited clash: the game goes on, at a cost").doesNotContain("[");
        // Moscow's consultations do not talk down Beijing's crisis
        assertThat(full(s, Side.MOSCOW, Variant.ALLIANCE_CONSULT)).doesNotContain("still at the crisis level");
    }
    /**
     * Rules 4 ({@link Mod#A3_CREDIT_ON_TERMS}, Kashin p.25): while the Russian economy is at a critical moment
     * (below 35), Chinese credit is a bargain struck in a year both sides choose an arms deal. The preview of
     * an arms choice (either way) shows it as an outcome that depends on the partner, with its changes; a choice
     * off the arms line says the credit is forgone. The sanctions squeeze starts with the Russian economy at 33.
     */
    @Test
    void preview_rules4_chineseCreditOnTerms_shownOnArmsChoicesAtACriticalMoment() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("sanctions-squeeze");
        Session s = Session.start(sc, 1, Rules.V4);
        assertThat(s.state().get(Indicator.RU_ECONOMY)).isLessThan(35.0);
        String bargain = "If Beijing is on the arms line too, either way (the Russian economy is at a critical moment): "
                + "Chinese credit, on terms: " + Text.label(Indicator.RU_ECONOMY) + " +6 (A3";
        assertThat(full(s, Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS)).contains(bargain)
                .contains(Text.label(Indicator.RU_FREEDOM) + " -4.5 (A3").doesNotContain("No Chinese credit");
        // Beijing's reverse supply is arms business too
        assertThat(full(s, Side.BEIJING, Variant.REV_SPACE_ELECTRONICS))
                .contains("If Moscow is on the arms line too, either way").contains("Chinese credit, on terms");
        // off the arms line: forgone this year
        assertThat(full(s, Side.MOSCOW, Variant.EX_PEACE_MISSION))
                .contains("No Chinese credit this year").doesNotContain("Chinese credit, on terms");
        // its changes are the ones the turn applies (A3 weighs 1.5 here)
        Forecast.Note note = new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS)
                .forecast().notes().stream().filter(n -> n.key().equals(Forecast.CREDIT_ON_TERMS)).findFirst()
                .orElseThrow();
        assertThat(note.changes()).extracting(Forecast.Change::indicator, Forecast.Change::delta).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Indicator.RU_ECONOMY, 6.0),
                org.assertj.core.groups.Tuple.tuple(Indicator.CN_LEVERAGE, 7.5),
                org.assertj.core.groups.Tuple.tuple(Indicator.RU_FREEDOM, -4.5));
        // rules 3 keeps the credit roll, which the preview never showed; and without a critical moment, nothing
        Session v3 = Session.start(sc, 1, Rules.V3);
        assertThat(full(v3, Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS)).doesNotContain("Chinese credit");
        Session calm = Session.start(ScenarioLoader.forInstallation().resolve("baseline"), 1, Rules.V4);
        assertThat(calm.state().get(Indicator.RU_ECONOMY)).isGreaterThanOrEqualTo(35.0);
        assertThat(full(calm, Side.MOSCOW, Variant.ARMS_ENGINES_HELICOPTERS)).doesNotContain("Chinese credit");
        assertThat(full(calm, Side.MOSCOW, Variant.EX_PEACE_MISSION)).doesNotContain("Chinese credit");
    }

    /** The same on the turn screen, drawn into Lanterna's virtual terminal (the app's own preview pane). */
    @Test
    void turnScreen_rules4_showsTheCreditBargain_inTheVirtualTerminal(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path saves) {
        Harness h = Harness.sync(120, 40, saves)
                .start(App.Start.game("sanctions-squeeze", 1L, "human", "human")).enter();
        h.keys(Harness.ch('3')); // the arms line: engines and helicopters first
        String arms = h.text().replaceAll("\\s+", " ");
        assertThat(arms).contains("Engines and helicopters").contains("Chinese credit, on terms");
        h.keys(Harness.ch('2')); // the exercise line
        String drills = h.text().replaceAll("\\s+", " ");
        assertThat(drills).contains("No Chinese credit this year").doesNotContain("Chinese credit, on terms");
    }

    @Test
    void atTheReservesMoment_moscowsCompactPreview_putsTheCostOfStandingAsideFirst() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("taiwan-strait");
        Session s = Session.start(sc, 3);
        s.apply(new org.amur.engine.Action.Commit(Side.MOSCOW, "exercise.peace_mission", ""));
        s.apply(new org.amur.engine.Action.Commit(Side.BEIJING, "alliance.consult", ""));
        assertThat(s.state().allianceLevel()).isEqualTo(2);
        assertThat(s.state().get(Indicator.US_CHINA_WAR_RISK)).as("the cards of turn 2 bring the real threat")
                .isGreaterThanOrEqualTo(45);
        String[] lines = new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.EX_PEACE_MISSION).doc(44, false)
                .plain().split("\n");
        // the title, the line's condition (two lines at this width), then the refusal's cost (four lines)
        String top = String.join(" ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 8))).replaceAll("\\s+", " ");
        assertThat(top).as(top).contains("If Beijing asks for the treaty this year").contains("Trust -24");
        assertThat(new Preview(s.engine(), s.state(), Side.MOSCOW, Variant.ALLIANCE_SIGN).doc(44, true).plain())
                .doesNotContain("If Beijing asks for the treaty this year");
    }
}
