package org.amur.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amur.ai.Bot;
import org.amur.ai.Bots;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.EndReason;
import org.amur.engine.Event;
import org.amur.engine.Indicator;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one match loop: the same choices in batch and callback mode, bots told every step, secrets kept. */
class MatchTest {
    private static LoadedScenario baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.load(Path.of("scenarios/baseline.json"));
    }

    /** A bot that plays the first legal choice and remembers everything it was told. */
    private static final class Listening implements Bot {
        final List<Event> heard = new ArrayList<>();

        @Override
        public String name() {
            return "first";
        }

        @Override
        public Decision decide(SeatView view) {
            return new Decision(view.legalChoices().get(0), "why");
        }

        @Override
        public void observe(List<Event> events) {
            heard.addAll(events);
        }
    }

    /** Two executors the test drains by hand: the match thread and the bot workers. */
    private static final class Queues {
        final ArrayDeque<Runnable> match = new ArrayDeque<>();
        final ArrayDeque<Runnable> bots = new ArrayDeque<>();

        /** Runs the queued work, the bots' first, until {@code done} holds (what is left stays queued). */
        void drainUntil(java.util.function.BooleanSupplier done) {
            while (!done.getAsBoolean() && (!match.isEmpty() || !bots.isEmpty())) {
                if (!bots.isEmpty()) {
                    bots.poll().run();
                } else {
                    match.poll().run();
                }
            }
        }

        void drain() {
            while (!match.isEmpty() || !bots.isEmpty()) {
                while (!bots.isEmpty()) {
                    bots.poll().run();
                }
                while (!match.isEmpty()) {
                    match.poll().run();
                }
            }
        }
    }

    private static final class Recorder implements Match.Listener {
        final List<Event> events = new ArrayList<>();
        final List<Side> decided = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<Path> saved = new ArrayList<>();
        final List<Integer> turns = new ArrayList<>();
        final List<Side> held = new ArrayList<>();
        EndReason ended;

        @Override
        public void stepped(List<Event> e) {
            events.addAll(e);
        }

        @Override
        public void turnStarted(int turn) {
            turns.add(turn);
        }

        @Override
        public void botDecided(Side side, Bot.Decision d) {
            decided.add(side);
        }

        @Override
        public void held(Side side, boolean waiting) {
            if (waiting) {
                held.add(side);
            }
        }

        @Override
        public void problem(String sentence) {
            problems.add(sentence);
        }

        @Override
        public void saved(Path file) {
            saved.add(file);
        }

        @Override
        public void ended(EndReason ending) {
            this.ended = ending;
        }
    }

    @Test
    void playOut_tellsEachBotEveryEventItsSeatMaySee_andNothingElse() {
        for (long seed = 1; seed <= 10; seed++) {
            Session s = Session.start(baseline, seed);
            Listening ru = new Listening();
            Listening cn = new Listening();
            Match.of(s, ru, cn).playOut();
            assertThat(s.state().isOver()).isTrue();
            assertThat(ru.heard).isEqualTo(Audience.MOSCOW.redact(s.events()));
            assertThat(cn.heard).isEqualTo(Audience.BEIJING.redact(s.events()));
            assertThat(ru.heard).noneMatch(e -> e instanceof Event.Effect fx
                    && fx.deltas().stream().anyMatch(d -> d.indicator() == Indicator.CN_COPY_PROGRESS));
        }
    }

    @Test
    void callbackMode_aPersonAndABot_makeTheSameGameAsBatchMode_andAMoscowListenerSeesOnlyMoscowsShare() {
        for (long seed = 3; seed <= 4; seed++) {
            Session batch = Session.start(baseline, seed);
            Match.of(batch, new Listening(), Bots.create("mcts:easy", batch.engine(), Side.BEIJING, 77)).playOut();

            Session live = Session.start(baseline, seed);
            Match m = Match.of(live, new Match.Seat.Person(),
                    new Match.Seat.Machine(Bots.create("mcts:easy", live.engine(), Side.BEIJING, 77)),
                    Match.Options.NONE);
            Recorder moscow = new Recorder();
            m.addListener(Audience.MOSCOW, moscow);
            Queues q = new Queues();
            m.start(q.match::add, q.bots::add);
            int from = live.events().size();
            while (!live.state().isOver()) {
                m.startTurn();
                Variant first = m.view(Side.MOSCOW).legalChoices().get(0);
                assertThat(m.commit(Side.MOSCOW, first, "why")).isEmpty();
                q.drain();
            }
            m.startTurn();
            assertThat(live.actions()).isEqualTo(batch.actions());
            assertThat(moscow.events).isEqualTo(Audience.MOSCOW.redact(live.events().subList(from, live.events().size())));
            assertThat(moscow.decided).as("Beijing's bot's choice never reaches Moscow before the reveal").isEmpty();
            assertThat(moscow.ended).isEqualTo(live.state().ending());
            assertThat(moscow.turns).hasSize(live.resolvedTurns());
        }
    }

    @Test
    void thinkingAhead_theBotDecidesWhileTheRevealIsRead_submitsOnlyOnceTheTurnStarts_andMakesTheSameGame() {
        for (long seed = 3; seed <= 4; seed++) {
            Session batch = Session.start(baseline, seed);
            Match.of(batch, new Listening(), Bots.create("mcts:easy", batch.engine(), Side.BEIJING, 77)).playOut();

            Session live = Session.start(baseline, seed);
            Watched bot = new Watched(Bots.create("mcts:easy", live.engine(), Side.BEIJING, 77));
            Match m = Match.of(live, new Match.Seat.Person(), new Match.Seat.Machine(bot), Match.Options.NONE);
            Recorder all = new Recorder();
            m.addListener(Audience.FACILITATOR, all);
            Queues q = new Queues();
            m.setThinkAhead(true);
            m.start(q.match::add, q.bots::add);
            m.thinkAhead(); // the introduction
            q.drain();
            assertThat(bot.decisions()).as("the first decision is made while the introduction is read").isEqualTo(1);
            assertThat(m.decidingAhead(Side.BEIJING)).isTrue();
            while (!live.state().isOver()) {
                assertThat(bot.decisions()).as("the turn's decision is made before the turn starts")
                        .isEqualTo(live.resolvedTurns() + 1);
                assertThat(live.state().hasCommitted(Side.BEIJING)).as("nothing submitted before the turn starts")
                        .isFalse();
                m.startTurn();
                Variant first = m.view(Side.MOSCOW).legalChoices().get(0);
                assertThat(m.commit(Side.MOSCOW, first, "why")).isEmpty();
                q.drain(); // Beijing's answer is submitted, the turn resolves, and while its reveal is read the next is made
            }
            m.startTurn();
            assertThat(live.actions()).isEqualTo(batch.actions());
            assertThat(bot.decisions()).as("one decision a turn, none dropped").isEqualTo(live.resolvedTurns());
            assertThat(all.decided).hasSize(live.resolvedTurns());
        }
    }

    @Test
    void thinkingAhead_isDroppedWhenTheBotsArePaused_andTheTurnAsksAgain() {
        Session s = Session.start(baseline, 1);
        Watched bot = new Watched(new Listening());
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Machine(bot), Match.Options.NONE);
        Queues q = new Queues();
        m.setThinkAhead(true);
        m.start(q.match::add, q.bots::add);
        m.thinkAhead();
        q.drain();
        m.setBotsPaused(true);
        assertThat(m.decidingAhead(Side.BEIJING)).isFalse();
        m.startTurn();
        m.setBotsPaused(false);
        q.drain();
        assertThat(bot.decisions()).isEqualTo(2);
        assertThat(s.state().hasCommitted(Side.BEIJING)).isTrue();
    }

    @Test
    void aPersonCannotCommitForABotSeat_andABotSeatHasNoOtherVoice() {
        Session s = Session.start(baseline, 1);
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Machine(new Listening()), Match.Options.NONE);
        Queues q = new Queues();
        m.start(q.match::add, q.bots::add);
        Optional<String> refused = m.commit(Side.BEIJING, Variant.ARMS_SU35, "");
        assertThat(refused).hasValueSatisfying(t -> assertThat(t).contains("Beijing"));
        assertThat(s.actions()).isEmpty();
    }

    @Test
    void rulings_holdTheSecondChoice_untilTheFacilitatorRules() {
        Session s = Session.start(baseline, 2);
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Machine(new Listening()), Match.Options.NONE);
        Recorder all = new Recorder();
        m.addListener(all);
        Queues q = new Queues();
        m.start(q.match::add, q.bots::add);
        m.setRulings(true);
        m.setBotsPaused(true);
        m.startTurn();
        q.drain();
        assertThat(s.actions()).as("paused bots do not choose").isEmpty();
        assertThat(m.commit(Side.MOSCOW, Variant.ARMS_SU35, "")).isEmpty();
        m.setBotsPaused(false);
        q.drain();
        assertThat(all.held).containsExactly(Side.BEIJING);
        assertThat(m.held()).isPresent();
        assertThat(m.hasChosen(Side.BEIJING)).isTrue();
        assertThat(s.resolvedTurns()).isZero();
        assertThat(all.decided).containsExactly(Side.BEIJING);
        assertThat(m.rule(new Action.Note("not a ruling"))).isPresent();
        assertThat(m.rule(m.held().get())).isEmpty();
        assertThat(s.resolvedTurns()).isEqualTo(1);
        assertThat(m.held()).isEmpty();
    }

    @Test
    void autosave_afterEveryTurnAndFacilitatorStep_andAFailureIsOneSentence() {
        Session s = Session.start(baseline, 5);
        List<Integer> saves = new ArrayList<>();
        Match m = Match.of(s, new Match.Seat.Machine(new Listening()), new Match.Seat.Machine(new Listening()),
                Match.Options.autosaving(session -> {
                    saves.add(session.actions().size());
                    if (saves.size() == 2) {
                        throw new Exception("The disk is full.");
                    }
                    return Path.of("save-" + saves.size());
                }));
        Recorder all = new Recorder();
        m.addListener(all);
        Queues q = new Queues();
        m.start(q.match::add, q.bots::add);
        assertThat(m.note("a pause for discussion")).isEmpty();
        m.startTurn();
        q.drain();
        m.startTurn();
        q.drain();
        assertThat(saves).containsExactly(1, 3, 5);
        assertThat(all.problems).containsExactly("The disk is full.");
        assertThat(all.saved).containsExactly(Path.of("save-1"), Path.of("save-3"));
        assertThat(m.lastSave()).isEqualTo(Path.of("save-3"));
    }

    @Test
    void aBotThatThrows_takesTheFirstLegalChoice_andSaysSoInOneSentence() {
        Session s = Session.start(baseline, 6);
        Bot broken = new Bot() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Decision decide(SeatView view) {
                throw new IllegalStateException("out of ideas");
            }
        };
        Match m = Match.of(s, new Match.Seat.Machine(new Listening()), new Match.Seat.Machine(broken),
                Match.Options.NONE);
        Recorder all = new Recorder();
        m.addListener(all);
        Queues q = new Queues();
        m.start(q.match::add, q.bots::add);
        m.startTurn();
        q.drain();
        assertThat(s.resolvedTurns()).isEqualTo(1);
        assertThat(all.problems).hasSize(1);
        assertThat(all.problems.get(0)).contains("Beijing").contains("out of ideas");
        Action.Commit cn = s.actions().stream().map(a -> (Action.Commit) a).filter(a -> a.side() == Side.BEIJING)
                .findFirst().orElseThrow();
        assertThat(cn.rationale()).contains("broken");
    }

    /** A clock the test moves by hand. */
    private static final class Hand implements java.time.InstantSource {
        java.time.Instant now = java.time.Instant.parse("2026-01-01T09:00:00Z");

        @Override
        public java.time.Instant instant() {
            return now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }
    }

    private static final class Times implements Match.Listener {
        final List<String> heard = new ArrayList<>();

        @Override
        public void timer(Side side, java.time.Duration left) {
            heard.add(side.id() + " " + left.toSeconds());
        }
    }

    private static Match timed(Session s, Hand clock, Match.TimeUp up, Queues q) {
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Machine(new Listening()),
                Match.Options.NONE.withTimer(java.time.Duration.ofSeconds(30), up).withClock(clock));
        m.start(q.match::add, q.bots::add);
        return m;
    }

    @Test
    void timer_whenTimeRunsOut_theHighlightedChoiceIsCommitted_andTheLogSaysSo() throws Exception {
        Session s = Session.start(baseline, 8);
        Hand clock = new Hand();
        Queues q = new Queues();
        Match m = timed(s, clock, new Match.TimeUp.KeepHighlighted(), q);
        Times times = new Times();
        m.addListener(Audience.PUBLIC, times);
        m.startTurn();
        q.drain();
        Variant v = m.view(Side.MOSCOW).legalChoices().get(3);
        m.highlight(Side.MOSCOW, v);
        clock.advance(10);
        m.tick();
        assertThat(m.timeLeft(Side.MOSCOW)).contains(java.time.Duration.ofSeconds(20));
        assertThat(s.resolvedTurns()).isZero();
        clock.advance(20);
        m.tick();
        q.drain();
        assertThat(times.heard).containsExactly("moscow 20", "moscow 0");
        assertThat(s.resolvedTurns()).isEqualTo(1);
        Action.Commit ru = s.actions().stream().map(a -> (Action.Commit) a).filter(a -> a.side() == Side.MOSCOW)
                .findFirst().orElseThrow();
        assertThat(ru.variantId()).isEqualTo(v.id());
        assertThat(ru.rationale()).contains("time ran out");
        assertThat(m.timeLeft(Side.MOSCOW)).isEmpty();
        // the timed-out game replays bit for bit from its log
        assertThat(Session.replay(baseline, 8, s.actions()).state()).isEqualTo(s.state());
    }

    @Test
    void timer_botChooses_makesTheChoiceThatBotMakesFromTheSeatsView() {
        Session s = Session.start(baseline, 9);
        Hand clock = new Hand();
        Queues q = new Queues();
        Match m = timed(s, clock, new Match.TimeUp.BotChooses("Historian"), q);
        m.startTurn();
        q.drain();
        Bot.Decision expected = Bots.create("historian", s.engine(), Side.MOSCOW,
                Match.botSeed(9, Side.MOSCOW, 1)).decide(m.view(Side.MOSCOW));
        clock.advance(31);
        m.tick();
        q.drain();
        Action.Commit ru = s.actions().stream().map(a -> (Action.Commit) a).filter(a -> a.side() == Side.MOSCOW)
                .findFirst().orElseThrow();
        assertThat(ru.variantId()).isEqualTo(expected.variant().id());
        assertThat(ru.rationale()).startsWith("(time ran out: the historian bot chose)");
    }

    @Test
    void timer_standsStillWhileTheFacilitatorHasTheTerminal_andIsNotRunForBotsOrChosenSeats() {
        Session s = Session.start(baseline, 10);
        Hand clock = new Hand();
        Queues q = new Queues();
        Match m = timed(s, clock, new Match.TimeUp.KeepHighlighted(), q);
        m.setBotsPaused(true);
        m.startTurn();
        clock.advance(100);
        m.tick();
        q.drain();
        assertThat(s.actions()).isEmpty();
        assertThat(m.timeLeft(Side.MOSCOW)).contains(java.time.Duration.ofSeconds(30));
        assertThat(m.timeLeft(Side.BEIJING)).isEmpty();
        m.setBotsPaused(false);
        q.drain();
        clock.advance(29);
        m.tick();
        assertThat(m.timeLeft(Side.MOSCOW)).contains(java.time.Duration.ofSeconds(1));
        assertThat(m.commit(Side.MOSCOW, m.view(Side.MOSCOW).legalChoices().get(0), "")).isEmpty();
        q.drain();
        clock.advance(5);
        m.tick();
        assertThat(s.actions()).hasSize(2);
        assertThat(s.actions().stream().map(a -> (Action.Commit) a).filter(a -> a.side() == Side.MOSCOW)
                .findFirst().orElseThrow().rationale()).as("Moscow chose in time").isEmpty();
    }

    @Test
    void timer_aChoiceTakenBack_putsTheSeatBackOnItsClock_withWhatIsLeftOfTheTurn() {
        Session s = Session.start(baseline, 11);
        Hand clock = new Hand();
        Queues q = new Queues();
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Person(), Match.Options.NONE
                .withTimer(java.time.Duration.ofSeconds(30), new Match.TimeUp.KeepHighlighted()).withClock(clock));
        m.start(q.match::add, q.bots::add);
        m.setRulings(true); // the second choice is held for the facilitator's ruling, and may be taken back too
        m.startTurn();
        q.drain();
        clock.advance(10);
        m.tick();
        assertThat(m.commit(Side.MOSCOW, m.view(Side.MOSCOW).legalChoices().get(0), "")).isEmpty();
        clock.advance(5);
        m.tick();
        assertThat(m.commit(Side.BEIJING, m.view(Side.BEIJING).legalChoices().get(0), "")).isEmpty();
        assertThat(m.held()).isPresent();
        m.tick();
        assertThat(m.withdraw(Side.MOSCOW)).isEmpty();
        assertThat(m.withdraw(Side.BEIJING)).isEmpty();
        q.drain();
        m.tick();
        assertThat(m.timeLeft(Side.MOSCOW)).as("a take-back goes on with what is left of the turn's time")
                .contains(java.time.Duration.ofSeconds(15));
        assertThat(m.timeLeft(Side.BEIJING)).contains(java.time.Duration.ofSeconds(15));
        Variant v = m.view(Side.MOSCOW).legalChoices().get(3);
        m.highlight(Side.MOSCOW, v);
        clock.advance(15);
        m.tick();
        q.drain();
        assertThat(s.state().commitment(Side.MOSCOW)).as("the clock still runs out on a seat that took its choice back")
                .isNotNull();
        assertThat(s.state().commitment(Side.MOSCOW).variant()).isEqualTo(v);
        assertThat(s.state().commitment(Side.MOSCOW).rationale()).contains("time ran out");
        // once the time has run out the choice made for the seat stands: no take-back, no untimed turn
        assertThat(m.withdraw(Side.MOSCOW)).hasValueSatisfying(why -> assertThat(why).contains("time ran out"));
        assertThat(s.state().commitment(Side.MOSCOW).variant()).isEqualTo(v);
    }

    @Test
    void timer_aSeatThatHadChosenBeforeTheMatchStarted_isTimedOnceItTakesItsChoiceBack() {
        Session s = Session.start(baseline, 12); // a game continued mid-turn (a server restarted): Moscow had chosen
        Variant v = s.engine().legalChoices(s.state(), Side.MOSCOW).get(0);
        assertThat(s.apply(new Action.Commit(Side.MOSCOW, v.id(), ""))).isInstanceOf(org.amur.engine.Step.Accepted.class);
        Hand clock = new Hand();
        Queues q = new Queues();
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Person(), Match.Options.NONE
                .withTimer(java.time.Duration.ofSeconds(30), new Match.TimeUp.KeepHighlighted()).withClock(clock));
        m.start(q.match::add, q.bots::add);
        m.startTurn();
        q.drain();
        assertThat(m.timeLeft(Side.MOSCOW)).isEmpty();
        clock.advance(10);
        m.tick();
        assertThat(m.withdraw(Side.MOSCOW)).isEmpty();
        assertThat(m.timeLeft(Side.MOSCOW)).contains(java.time.Duration.ofSeconds(20));
    }

    @Test
    void options_refuseAZeroTimer_andAnUnknownBot() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Match.Options.NONE.withTimer(java.time.Duration.ZERO,
                null)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Match.TimeUp.BotChooses("nobody"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ a bot asked to hurry

    private static List<String> rationales(Session s, Side side) {
        return s.actions().stream().map(a -> (Action.Commit) a).filter(a -> a.side() == side)
                .map(Action.Commit::rationale).toList();
    }

    /** A bot that hands each decision to the one it wraps, and keeps the hurry each was given. */
    private static final class Watched implements Bot {
        final Bot inner;
        final List<org.amur.ai.Hurry> given = new ArrayList<>();
        /** Per decision: whether its hurry was due when it answered. */
        final List<Boolean> dueWhenAnswered = new ArrayList<>();

        Watched(Bot inner) {
            this.inner = inner;
        }

        /** The decisions asked of it so far. */
        int decisions() {
            return given.size();
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public Decision decide(SeatView view) {
            return decide(view, org.amur.ai.Hurry.NEVER);
        }

        @Override
        public Decision decide(SeatView view, org.amur.ai.Hurry hurry) {
            given.add(hurry);
            Decision d = inner.decide(view, hurry);
            dueWhenAnswered.add(hurry.due());
            return d;
        }

        @Override
        public void observe(List<Event> events) {
            inner.observe(events);
        }
    }

    @Test
    void patience_aHardBotStillSearchingWhenThePersonCommits_isHurried_andItsRationaleSaysSo() {
        for (boolean ahead : new boolean[] {false, true}) {
            Session live = Session.start(baseline, 5);
            Watched bot = new Watched(Bots.create("mcts:hard", live.engine(), Side.BEIJING, 77));
            Match m = Match.of(live, new Match.Seat.Person(), new Match.Seat.Machine(bot),
                    Match.Options.NONE.withPatience(java.time.Duration.ZERO));
            Queues q = new Queues();
            m.setThinkAhead(ahead);
            m.start(q.match::add, q.bots::add);
            m.thinkAhead(); // queued, not run: the bot has not finished when the person commits
            while (!live.state().isOver()) {
                int turn = live.resolvedTurns();
                m.startTurn();
                assertThat(live.state().hasCommitted(Side.BEIJING)).isFalse();
                assertThat(m.commit(Side.MOSCOW, m.view(Side.MOSCOW).legalChoices().get(0), "")).isEmpty();
                // the decision (begun ahead or at the turn's start) is due now; the next one, begun ahead, waits
                q.drainUntil(() -> live.resolvedTurns() > turn);
                assertThat(live.resolvedTurns()).as("the game goes on").isEqualTo(turn + 1);
            }
            List<String> why = rationales(live, Side.BEIJING);
            assertThat(why).hasSize(live.resolvedTurns());
            assertThat(why).as("ahead %s", ahead).allSatisfy(r -> assertThat(r).contains("asked to answer before"));
            // a patience of zero: the hard bot never played a game to choose its style, so it played as history did
            assertThat(why.get(0)).contains("before it had played any of the 2500 whole games");
            assertThat(bot.given).as("one decision a turn").hasSize(live.resolvedTurns());
            assertThat(bot.dueWhenAnswered).containsOnly(true);
            // hurried before each decision began: no decision played a single game (counted, not timed)
            assertThat(why).as("%d hard decisions, none of which searched", why.size())
                    .allSatisfy(r -> assertThat(r).contains("before it had played any of the 2500 whole games"));
        }
    }

    /** A decision dropped when the bots are paused ends at its next game where the match hurries at all. */
    @Test
    void patience_aDecisionDroppedByAPause_isHurriedAtOnce_andNotWithoutAPatience() {
        for (java.time.Duration patience : new java.time.Duration[] {java.time.Duration.ofHours(1), null}) {
            for (boolean ahead : new boolean[] {false, true}) {
                Session live = Session.start(baseline, 5);
                Watched bot = new Watched(Bots.create("mcts:easy", live.engine(), Side.BEIJING, 77));
                Match m = Match.of(live, new Match.Seat.Person(), new Match.Seat.Machine(bot),
                        Match.Options.NONE.withPatience(patience));
                Queues q = new Queues();
                m.setThinkAhead(ahead);
                m.start(q.match::add, q.bots::add);
                if (ahead) {
                    m.thinkAhead(); // begun ahead, queued
                } else {
                    m.startTurn(); // begun at the turn's start, queued
                }
                m.setBotsPaused(true); // the facilitator takes the terminal: that decision is dropped
                q.drain();
                assertThat(bot.given).as("patience %s, ahead %s", patience, ahead).hasSize(1);
                assertThat(bot.dueWhenAnswered).as("patience %s, ahead %s", patience, ahead)
                        .containsExactly(patience != null);
                assertThat(live.state().hasCommitted(Side.BEIJING)).as("a dropped answer is not used").isFalse();
                if (ahead) {
                    m.startTurn(); // the turn starts while the bots are paused
                }
                m.setBotsPaused(false);
                q.drain();
                assertThat(live.state().hasCommitted(Side.BEIJING)).isTrue();
                assertThat(bot.dueWhenAnswered).hasSize(2).last().as("the new decision is not hurried").isEqualTo(false);
            }
        }
    }

    @Test
    void patience_withNoPerson_runsFromTheTurnsStart() {
        Session live = Session.start(baseline, 6);
        Match m = Match.of(live, new Match.Seat.Machine(Bots.create("mcts:hard", live.engine(), Side.MOSCOW, 1)),
                new Match.Seat.Machine(Bots.create("mcts:hard", live.engine(), Side.BEIJING, 2)),
                Match.Options.NONE.withPatience(java.time.Duration.ZERO));
        Queues q = new Queues();
        m.start(q.match::add, q.bots::add);
        m.startTurn();
        q.drain();
        assertThat(live.resolvedTurns()).isEqualTo(1);
        assertThat(rationales(live, Side.MOSCOW)).singleElement().asString().contains("asked to answer before");
        assertThat(rationales(live, Side.BEIJING)).singleElement().asString().contains("asked to answer before");
    }

    /** The plain game decides for its bots before it asks the person: the person waits from then. */
    @Test
    void patience_peopleWaiting_hurriesTheBotsBeforeAnyoneHasChosen_andOnlyWithAPatience() {
        for (java.time.Duration patience : new java.time.Duration[] {java.time.Duration.ZERO, null}) {
            Session live = Session.start(baseline, 4);
            Match m = Match.of(live, new Match.Seat.Person(),
                    new Match.Seat.Machine(Bots.create("mcts:normal", live.engine(), Side.BEIJING, 3)),
                    Match.Options.NONE.withPatience(patience));
            Queues q = new Queues();
            m.start(q.match::add, q.bots::add);
            m.startTurn();
            m.peopleWaiting();
            q.drain();
            assertThat(live.state().hasCommitted(Side.BEIJING)).isTrue();
            String why = rationales(live, Side.BEIJING).get(0);
            if (patience == null) {
                assertThat(why).doesNotContain("asked to answer").contains("400 ");
            } else {
                assertThat(why).contains("asked to answer before");
            }
        }
    }

    @Test
    void patience_whenAPersonsTimeRunsOut_theBotThatChoosesForThemIsHurriedFromThen() {
        Session s = Session.start(baseline, 9);
        Hand clock = new Hand();
        Queues q = new Queues();
        Match m = Match.of(s, new Match.Seat.Person(), new Match.Seat.Machine(new Listening()),
                Match.Options.NONE.withTimer(java.time.Duration.ofSeconds(30), new Match.TimeUp.BotChooses("mcts:hard"))
                        .withClock(clock).withPatience(java.time.Duration.ZERO));
        m.start(q.match::add, q.bots::add);
        m.startTurn();
        q.drain();
        clock.advance(31);
        m.tick();
        q.drain();
        assertThat(rationales(s, Side.MOSCOW)).singleElement().asString()
                .startsWith("(time ran out: the mcts:hard bot chose)").contains("asked to answer before");
    }

    /**
     * Patience null, or never reached (an hour; or zero, but the bot answers before the person commits, so nobody
     * waits for it): the same game as batch mode.
     */
    @Test
    void patience_nullOrNeverReached_hurriesNothing_andMakesTheSameGameAsBatchMode() {
        for (java.time.Duration patience : new java.time.Duration[] {null, java.time.Duration.ofHours(1),
                java.time.Duration.ZERO}) {
            Session batch = Session.start(baseline, 3);
            Match.of(batch, new Listening(), Bots.create("mcts:easy", batch.engine(), Side.BEIJING, 77)).playOut();

            Session live = Session.start(baseline, 3);
            Watched bot = new Watched(Bots.create("mcts:easy", live.engine(), Side.BEIJING, 77));
            Match m = Match.of(live, new Match.Seat.Person(), new Match.Seat.Machine(bot),
                    Match.Options.NONE.withPatience(patience));
            Queues q = new Queues();
            m.start(q.match::add, q.bots::add);
            while (!live.state().isOver()) {
                m.startTurn();
                if (java.time.Duration.ZERO.equals(patience)) {
                    q.drain(); // the bot answers before the person commits
                    assertThat(live.state().hasCommitted(Side.BEIJING)).isTrue();
                }
                assertThat(m.commit(Side.MOSCOW, m.view(Side.MOSCOW).legalChoices().get(0), "why")).isEmpty();
                q.drain();
            }
            for (Side side : Side.values()) {
                // the order of the two commitments in a turn differs when the bot answers first
                assertThat(live.actions().stream().filter(a -> a.side() == side).toList()).as("patience %s", patience)
                        .isEqualTo(batch.actions().stream().filter(a -> a.side() == side).toList());
            }
            assertThat(live.state()).isEqualTo(batch.state());
            assertThat(bot.given).hasSize(live.resolvedTurns());
            assertThat(bot.dueWhenAnswered).containsOnly(false);
            if (patience == null) {
                assertThat(bot.given).allMatch(h -> h == org.amur.ai.Hurry.NEVER);
            } else {
                // an hour: set when the person committed, never reached; zero: the person's commitment resolved the
                // turn, so no one waited for the bot
                boolean waited = !patience.isZero();
                assertThat(bot.given).allMatch(h -> ((org.amur.ai.Hurry.Deadline) h).isSet() == waited);
            }
        }
    }

    @Test
    void options_keepTheirConstructors_andRefuseANegativePatience() {
        assertThat(Match.Options.NONE.patience()).isNull();
        assertThat(new Match.Options(null, null, null).patience()).isNull();
        assertThat(Match.Options.NONE.withPatience(Match.PLAYER_PATIENCE).withTimer(java.time.Duration.ofSeconds(5),
                null).withClock(java.time.InstantSource.system()).patience()).isEqualTo(Match.PLAYER_PATIENCE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Match.Options.NONE.withPatience(
                java.time.Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
