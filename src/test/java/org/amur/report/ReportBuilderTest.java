package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.amur.engine.Action;
import org.amur.engine.EndReason;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.LoadedGame;
import org.amur.save.SaveMeta;
import org.amur.scenario.LoadedScenario;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    /** A missing report.properties key shows as [key]; none may reach a report. */
    private static final Pattern MISSING_KEY = Pattern.compile("\\[(report|section|summary|seat|reproduce|scores|"
            + "driver|charts|timeline|facilitator|questions|question|theme|rung|count|briefing|sources|role)\\.[a-z_.]+\\]");

    private static GameReport report(Session s) {
        return ReportBuilder.build(s, new SaveMeta("random", "random"), List.of(), "game.json");
    }

    /** Beijing keeps proposing a treaty alone: the rebuffs wear trust down until the partnership breaks. */
    private static Session ruptureGame(LoadedScenario sc, long seed) {
        Session s = Session.start(sc, seed);
        while (!s.state().isOver()) {
            s.apply(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION));
            s.apply(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_SIGN));
        }
        return s;
    }

    @Test
    void scores_overManyGames_driversAddUpToTheEnginesFinalScore() throws Exception {
        LoadedScenario sc = Games.baseline();
        List<Session> games = new ArrayList<>();
        for (long seed = 0; seed < 40; seed++) {
            games.add(Games.botGame(sc, seed));
            games.add(ruptureGame(sc, seed));
        }
        int ruptures = 0;
        for (Session s : games) {
            GameReport r = report(s);
            long seed = s.seed();
            boolean rupture = s.state().ending() == EndReason.RUPTURE;
            if (rupture) {
                ruptures++;
            }
            for (GameReport.SideScore score : r.scores()) {
                double objectives = score.objectives().stream().mapToDouble(GameReport.ObjectiveLine::points).sum();
                double drivers = score.drivers().stream().mapToDouble(GameReport.Driver::points).sum();
                assertThat(score.total()).as("seed %d %s total", seed, score.side())
                        .isEqualTo(s.state().score(score.side()));
                assertThat(score.outcomePoints()).isEqualTo(sc.scenario().outcomeScores().of(s.state().ending(),
                        score.side()));
                assertThat(objectives + score.outcomePoints() + score.entanglementPoints()).as("seed %d", seed)
                        .isCloseTo(score.total(), within(1e-9));
                assertThat(score.objectivePoints()).isCloseTo(objectives, within(1e-9));
                assertThat(score.unitemised()).as("seed %d %s: every change to an objective is in the log", seed,
                        score.side()).isCloseTo(0, within(1e-9));
                assertThat(drivers).isCloseTo(score.objectivePoints(), within(1e-9));
                assertThat(score.provisional()).isFalse();
            }
            if (rupture) {
                assertThat(r.questions().get(0).text()).isEqualTo(ReportText.fmt("question.rupture", s.state().year(),
                        Formats.n(s.state().get(Indicator.TRUST))));
            }
        }
        assertThat(ruptures).as("ruptures exercise the outcome points").isGreaterThan(20);
        assertThat(games.stream().filter(g -> g.state().ending() == EndReason.FULL_TERM).count()).isGreaterThan(20);
    }

    @Test
    void everyShippedScenario_reportsAddUpAndRenderWithoutGaps() throws Exception {
        java.util.Set<EndReason> endings = java.util.EnumSet.noneOf(EndReason.class);
        for (java.nio.file.Path file : new org.amur.scenario.ScenarioLoader(java.nio.file.Path.of("scenarios")).files()) {
            LoadedScenario sc = org.amur.scenario.ScenarioLoader.load(file);
            for (long seed = 0; seed < 8; seed++) {
                Session s = Games.botGame(sc, seed);
                endings.add(s.state().ending());
                GameReport r = report(s);
                for (GameReport.SideScore score : r.scores()) {
                    assertThat(score.total()).as("%s seed %d", file, seed).isEqualTo(s.state().score(score.side()));
                    assertThat(score.objectivePoints() + score.outcomePoints() + score.entanglementPoints())
                            .as("%s seed %d %s", file, seed, score.side()).isCloseTo(score.total(), within(1e-9));
                }
                for (ReportFormat f : ReportFormat.values()) {
                    String text = f.render(r);
                    assertThat(MISSING_KEY.matcher(text).find()).as(f + " " + file).isFalse();
                    assertThat(text).doesNotContainPattern("\\{[0-9]\\}");
                }
            }
        }
        assertThat(endings).as("the crises end some games in war").containsAnyOf(EndReason.WAR_US_CHINA,
                EndReason.WAR_RUSSIA_NATO);
    }

    @Test
    void timeline_mirrorsTheEvents_oneRevealPerTurnEveryRollEveryCard() throws Exception {
        LoadedScenario sc = Games.baseline();
        for (long seed = 100; seed < 110; seed++) {
            Session s = Games.botGame(sc, seed);
            GameReport r = report(s);
            assertThat(r.turns()).hasSize(s.resolvedTurns());
            for (GameReport.Turn t : r.turns()) {
                List<Event> events = s.eventsOfTurn(t.turn());
                assertThat(count(t.entries(), Entry.Choices.class)).isEqualTo(1);
                assertThat(count(t.entries(), Entry.Net.class)).isEqualTo(1);
                assertThat(count(t.entries(), Entry.Roll.class))
                        .isEqualTo(events.stream().filter(e -> e instanceof Event.Roll).count());
                assertThat(count(t.entries(), Entry.Card.class))
                        .isEqualTo(events.stream().filter(e -> e instanceof Event.CardDrawn).count());
                assertThat(count(t.entries(), Entry.Effect.class))
                        .isEqualTo(events.stream().filter(e -> e instanceof Event.Effect).count());
                assertThat(count(t.entries(), Entry.Contract.class))
                        .isEqualTo(events.stream().filter(e -> e instanceof Event.ContractUpdate).count());
                assertThat(count(t.entries(), Entry.Other.class)).isZero();
                assertThat(t.year()).isEqualTo(sc.scenario().yearOf(t.turn()));
            }
            GameReport.Turn last = r.turns().get(r.turns().size() - 1);
            assertThat(last.entries().get(last.entries().size() - 1)).isInstanceOf(Entry.Ended.class);
            assertThat(r.states()).hasSize(s.resolvedTurns() + 1);
            assertThat(r.states().get(r.states().size() - 1).point()).isEqualTo("end");
            assertThat(r.pointLabels()).hasSize(s.resolvedTurns() + 1).last().isEqualTo("end");
        }
    }

    private static List<String> texts(GameReport r) {
        return r.questions().stream().map(GameReport.Question::text).toList();
    }

    private static long count(List<Entry> entries, Class<? extends Entry> type) {
        return entries.stream().filter(type::isInstance).count();
    }

    @Test
    void unfinishedGame_lastTurnIsMarkedInPlayAndScoresAreProvisional() throws Exception {
        LoadedGame g = Games.golden("baseline-seed-424242.json");
        Session s = g.session();
        assertThat(s.state().isOver()).isFalse();
        GameReport r = ReportBuilder.build(g, "baseline-seed-424242.json");
        assertThat(r.header().over()).isFalse();
        assertThat(r.turns()).hasSize(s.resolvedTurns() + 1);
        assertThat(r.turns().get(r.turns().size() - 1).resolved()).isFalse();
        assertThat(r.turns().get(0).resolved()).isTrue();
        assertThat(r.states()).extracting(GameReport.StateRow::point).containsOnly("start");
        for (GameReport.SideScore score : r.scores()) {
            assertThat(score.provisional()).isTrue();
            assertThat(score.total()).isEqualTo(
                    ReportBuilder.valuesAfterTurn(s, s.resolvedTurns()).get(Indicator.score(score.side())));
            assertThat(score.unitemised()).isCloseTo(0, within(1e-9));
        }
        assertThat(MarkdownReport.render(r)).contains("Not over: the game was saved during turn 5")
                .contains("This turn was still being played when the game was saved.")
                .contains("Scores so far and what drove them");
    }

    @Test
    void questions_signedTreaty_askWhatItBought() throws Exception {
        Session s = Session.start(Games.baseline(), 7);
        s.apply(new Action.Commit(Side.MOSCOW, Variant.ALLIANCE_SIGN));
        s.apply(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_SIGN));
        assertThat(s.state().allianceLevel()).isEqualTo(3);
        assertThat(texts(report(s))).anyMatch(q -> q.equals(ReportText.fmt("question.treaty_signed", 2018)));
    }

    @Test
    void questions_oneSidedTreatyProposal_askWhyItWasRefused() throws Exception {
        Session s = Session.start(Games.baseline(), 7);
        s.apply(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION));
        s.apply(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_SIGN));
        assertThat(texts(report(s))).contains(ReportText.fmt("question.treaty_rebuffed", "once"))
                .noneMatch(q -> q.contains("signed in"));
    }

    @Test
    void questions_allianceLeftInReserve_askWhatWouldHaveMadeThemSign() throws Exception {
        Session s = Session.start(Games.baseline(), 7);
        s.apply(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION));
        s.apply(new Action.Commit(Side.BEIJING, Variant.EX_PEACE_MISSION));
        assertThat(texts(report(s))).contains(ReportText.fmt("question.alliance_reserve", ReportText.get("rung.2")));
    }

    @Test
    void questions_unlicensedCopy_askAboutLicensing() throws Exception {
        LoadedScenario sc = Games.baseline();
        for (long seed = 0; seed < 200; seed++) {
            Session s = Session.start(sc, seed);
            while (!s.state().isOver()) {
                s.apply(new Action.Commit(Side.MOSCOW, Variant.ARMS_LICENSED_ANTISHIP));
                s.apply(new Action.Commit(Side.BEIJING, Variant.ARMS_LICENSED_ANTISHIP));
            }
            Integer year = null;
            for (int t = 1; t <= s.resolvedTurns() && year == null; t++) {
                for (Event e : s.eventsOfTurn(t)) {
                    if (e instanceof Event.Effect fx && fx.key().equals("copy.unlicensed")) {
                        year = sc.scenario().yearOf(t);
                        break;
                    }
                }
            }
            if (year != null) {
                List<GameReport.Question> qs = report(s).questions();
                assertThat(qs).extracting(GameReport.Question::text)
                        .contains(ReportText.fmt("question.copy_appeared", year));
                assertThat(qs).filteredOn(q -> q.theme().equals(ReportText.get("theme.copy")))
                        .singleElement().extracting(GameReport.Question::reading).asString().startsWith("A7 ");
                return;
            }
        }
        throw new AssertionError("no seed in 0..199 produced an unlicensed copy under licensed sales");
    }

    @Test
    void questions_always_endWithTheTwoClosingOnesAndStayWithinTheCap() throws Exception {
        LoadedScenario sc = Games.baseline();
        for (long seed = 0; seed < 20; seed++) {
            List<GameReport.Question> qs = report(Games.botGame(sc, seed)).questions();
            assertThat(qs.size()).isBetween(3, Questions.MAX_TOPICAL + 2);
            assertThat(qs.get(qs.size() - 2).text()).isEqualTo(ReportText.get("question.turning_point"));
            assertThat(qs.get(qs.size() - 1).text()).isEqualTo(ReportText.get("question.model"));
            for (GameReport.Question q : qs) {
                assertThat(q.text()).doesNotContain("{").doesNotContain("[question.");
                assertThat(q.theme()).doesNotStartWith("[");
            }
        }
    }

    @Test
    void render_everyFormat_hasNoMissingTextKeyOrUnfilledPlaceholder() throws Exception {
        List<GameReport> reports = new ArrayList<>();
        for (String f : List.of("baseline-seed-7.json", "baseline-seed-2018.json", "baseline-seed-424242.json")) {
            reports.add(ReportBuilder.build(Games.golden(f), f));
        }
        for (long seed = 0; seed < 10; seed++) {
            reports.add(report(Games.botGame(Games.baseline(), seed)));
        }
        reports.add(report(Session.start(Games.baseline(), 1))); // nothing resolved yet
        for (GameReport r : reports) {
            for (ReportFormat f : ReportFormat.values()) {
                String text = f.render(r);
                assertThat(MISSING_KEY.matcher(text).find()).as(f + " " + r.header().saveName()).isFalse();
                assertThat(text).doesNotContainPattern("\\{[0-9]\\}");
            }
        }
    }

    @Test
    void newGame_withNoTurnResolved_saysThereIsNothingToScoreYet() throws Exception {
        GameReport r = report(Session.start(Games.baseline(), 1));
        assertThat(r.turns()).hasSize(1);
        assertThat(r.turns().get(0).resolved()).isFalse();
        assertThat(MarkdownReport.render(r)).contains(ReportText.get("scores.none"));
        assertThat(HtmlReport.render(r)).contains(Escape.html(ReportText.get("scores.none")));
    }

    @Test
    void playCommand_reproducesSeedScenarioAndSeats_andQuotesOddSaveNames() throws Exception {
        Session s = Session.start(Games.baseline(), 2018);
        GameReport r = ReportBuilder.build(s, new SaveMeta("human", "random"), List.of(), "my game's save.json");
        assertThat(r.header().playCommand())
                .isEqualTo("./amur play --scenario baseline --seed 2018 --moscow human --beijing random");
        assertThat(r.header().replayCommand()).isEqualTo("./amur replay 'my game'\\''s save.json'");
        assertThat(ReportBuilder.shellWord("saves/autosave-baseline-7.json")).isEqualTo("saves/autosave-baseline-7.json");
        assertThat(ReportBuilder.shellWord("$(rm -rf ~)")).isEqualTo("'$(rm -rf ~)'");
    }

    /**
     * Rules 5: Beijing asks for the treaty at the real threat (Taiwan, seed 3, turn 2: war risk 46) and Moscow
     * stands aside; the debrief asks about that moment rather than about an ordinary rebuff.
     */
    @Test
    void reserveRefused_theDebriefAsksWhatStandingAsideKeptAndCost() throws Exception {
        LoadedScenario sc = org.amur.scenario.ScenarioLoader.forInstallation().resolve("taiwan-strait");
        Session s = Session.start(sc, 3);
        s.apply(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION));
        s.apply(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_CONSULT));
        int year = s.state().year();
        s.apply(new Action.Commit(Side.MOSCOW, Variant.EX_PEACE_MISSION));
        s.apply(new Action.Commit(Side.BEIJING, Variant.ALLIANCE_SIGN));
        assertThat(s.events()).anyMatch(e -> e instanceof Event.Effect fx && fx.key().equals("alliance.reserve_refused"));
        GameReport r = report(s);
        assertThat(r.questions()).extracting(GameReport.Question::text)
                .contains(ReportText.fmt("question.reserve_refused", year))
                .noneMatch(t -> t.startsWith("A treaty was proposed and turned down"));
    }
}
