package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.session.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local turn timer on the game screen, driven by an injected clock and the harness's scheduler
 * (no sleeping): the time left on the turn screen, the rule applied at zero, said in the reveal.
 */
@Timeout(60)
class TurnTimerTest {
    @TempDir
    Path saves;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-02T03:04:05Z"));
    private final InstantSource clock = now::get;

    private void pass(long seconds) {
        now.set(now.get().plusSeconds(seconds));
    }

    private Harness game(String moscow, String beijing, TurnTimer timer) {
        Harness h = Harness.sync(80, 24, saves);
        h.app.useClock(clock);
        return h.start(App.Start.game("baseline", 3L, moscow, beijing).timed(timer)).enter();
    }

    /** A facilitated hot seat (semi-rigid rulings, 45 s a turn) where Moscow has committed in turn 1. */
    private Harness facilitatedAfterMoscowCommits() {
        Harness h = Harness.sync(80, 24, saves);
        h.app.useClock(clock);
        h.start(App.Start.game("baseline", 3L, "human", "human").timed(new TurnTimer(Duration.ofSeconds(45), null))
                .facilitated(new org.amur.save.SaveMeta.Facilitator(false,
                        org.amur.save.SaveMeta.Adjudication.SEMI_RIGID))).enter();
        h.enter(); // the console hands the turn to the teams
        h.keys(ch('1')).enter().enter(); // Moscow commits
        return h;
    }

    private static Action.Commit commitOf(Game g, Side side) {
        return g.session().actions().stream().filter(a -> a instanceof Action.Commit c && c.side() == side)
                .map(a -> (Action.Commit) a).findFirst().orElseThrow();
    }

    @Test
    void solo_showsTheTimeLeftEachSecond_andCommitsTheHighlightedChoiceAtZero() {
        Harness h = game("human", "random", new TurnTimer(Duration.ofSeconds(60), null));
        assertThat(h.text()).contains("Moscow (you) to choose").contains("1:00 left");
        h.keys(ch('2'), k(KeyType.ArrowDown)); // the arms line, its second variant
        Variant highlighted = ((TurnView) h.app.top()).selected();
        pass(21);
        h.fireTimers();
        assertThat(h.text()).contains("0:39 left");
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isFalse();
        pass(39);
        h.fireTimers();
        Game g = h.app.game();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        Action.Commit c = commitOf(g, Side.MOSCOW);
        assertThat(c.variantId()).isEqualTo(highlighted.id());
        assertThat(c.rationale()).contains("time ran out");
        assertThat(h.text()).contains("time ran out: the highlighted choice was committed");
        // the next turn's clock starts full again
        h.enter();
        assertThat(h.text()).contains("1:00 left");
    }

    @Test
    void solo_aReasonHalfTypedWhenTimeRunsOut_isSaidNotSentOnTheReveal_andIsNotCarriedIntoTheNextTurn() {
        Harness h = game("human", "random", new TurnTimer(Duration.ofSeconds(60), null));
        h.enter().type("we hold the line"); // choose: the prompt opens; a reason is half typed
        assertThat(h.text()).contains("we hold the line");
        pass(61);
        h.fireTimers();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(commitOf(h.app.game(), Side.MOSCOW).rationale()).doesNotContain("we hold the line");
        // said first, above the summary (the reveal's scroll bar runs down the last column)
        assertThat(h.text().replaceAll("[\\s\u2502\u2588]+", " ")).contains(
                "Moscow (you): the turn ended while you were typing; the reason you were typing was not sent. In short");
        h.enter(); // turn 2: its prompt starts empty, not with last turn's words
        h.enter();
        assertThat(((TurnView) h.app.top()).typingReason()).isTrue();
        assertThat(h.text()).doesNotContain("we hold the line");
    }

    @Test
    void solo_whenABotChoosesAtZero_theRevealSaysWhichBot() {
        Harness h = game("human", "random", new TurnTimer(Duration.ofSeconds(30),
                new Match.TimeUp.BotChooses("historian")));
        assertThat(h.text()).contains("0:30 left");
        pass(31);
        h.fireTimers();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(commitOf(h.app.game(), Side.MOSCOW).rationale()).startsWith("(time ran out: the historian bot chose)");
        assertThat(h.text()).contains("time ran out: the historian bot chose");
    }

    @Test
    void choosingInTime_stopsTheClock_andNothingIsCommittedForTheSeat() {
        Harness h = game("human", "random", new TurnTimer(Duration.ofSeconds(60), null));
        pass(50);
        h.fireTimers();
        h.keys(ch('1')).enter().type("in time").enter();
        assertThat(commitOf(h.app.game(), Side.MOSCOW).rationale()).isEqualTo("in time");
        assertThat(h.text()).doesNotContain("time ran out");
    }

    @Test
    void hotSeat_theHandOverSaysTheTimeLeft_andAtZeroTheTurnIsRevealed() {
        Harness h = game("human", "human", new TurnTimer(Duration.ofSeconds(45), null));
        assertThat(h.text()).contains("0:45 left");
        h.keys(ch('1')).enter().enter(); // Moscow commits; the hand-over screen says Beijing's time
        pass(5);
        h.fireTimers();
        assertThat(h.app.top()).isInstanceOf(PassView.class);
        assertThat(h.text()).contains("Beijing has 0:40 left this turn.");
        pass(41);
        h.fireTimers();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(commitOf(h.app.game(), Side.BEIJING).rationale()).contains("time ran out");
    }

    @Test
    void facilitated_aChoiceTheTimerMadeAndHeldForTheRuling_cannotBeTakenBack_andTheScreenSaysWhy() {
        Harness h = facilitatedAfterMoscowCommits();
        h.enter(); // Beijing has the keyboard, and lets its time run out
        pass(46);
        h.fireTimers();
        assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
        assertThat(h.app.game().match().held()).isPresent();
        // the hand-over to the facilitator does not offer a take-back: it says the choice stands
        assertThat(h.text().replaceAll("\\s+", " ")).doesNotContain("press u to take your choice back")
                .contains("Beijing's time ran out this turn: the choice made for it stands.");
        assertThat(h.text().lines().reduce((a, b) -> b).orElseThrow()).doesNotContain("u take back");
        h.keys(ch('u')); // Beijing tries to take the timer's choice back
        assertThat(h.app.game().match().held()).isPresent();
        assertThat(h.text().replaceAll("\\s+", " "))
                .contains("Beijing's time ran out this turn: the choice made for it stands.");
    }

    @Test
    void solo_aChoiceTheTimerMadeWhileTheBotStillThinks_isNotOfferedForTakingBack() {
        java.util.List<Runnable> botWork = new java.util.ArrayList<>(); // the bot answers only when the test says
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), botWork::add);
        h.app.useClock(clock);
        h.start(App.Start.game("baseline", 3L, "human", "random").timed(new TurnTimer(Duration.ofSeconds(45), null)))
                .enter();
        pass(46);
        h.fireTimers();
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isTrue();
        assertThat(h.app.top()).isInstanceOf(TurnView.class);
        String s = h.text();
        assertThat(s.replaceAll("\\s+", " ")).doesNotContain("u takes it back")
                .contains("Your time ran out: the choice made for you stands.");
        assertThat(s.lines().reduce((a, b) -> b).orElseThrow()).doesNotContain("u take back");
        h.runBots(botWork);
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
    }

    @Test
    void solo_aReasonHalfTypedWhenTimeRunsOutWhileTheBotStillThinks_isSaidNotSent_andThePromptCloses() {
        java.util.List<Runnable> botWork = new java.util.ArrayList<>(); // the bot answers only when the test says
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), botWork::add);
        h.app.useClock(clock);
        h.start(App.Start.game("baseline", 3L, "human", "random").timed(new TurnTimer(Duration.ofSeconds(45), null)))
                .enter();
        h.enter().type("we hold the line");
        pass(46);
        h.fireTimers();
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isTrue();
        assertThat(((TurnView) h.app.top()).typingReason()).isFalse();
        String s = h.text();
        assertThat(s.replaceAll("\\s+", " ")).contains(
                "Your time ran out: the choice made for you stands; your reason was not sent.");
        assertThat(s).doesNotContain("we hold the line");
        assertThat(s.lines().reduce((a, b) -> b).orElseThrow()).doesNotContain("u take back");
        h.runBots(botWork);
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
    }

    @Test
    void hotSeat_aChoiceTakenBack_goesOnWithWhatIsLeftOfTheTurn_andTheClockStillRunsOut() {
        Harness h = game("human", "human", new TurnTimer(Duration.ofSeconds(45), null));
        h.keys(ch('1')).enter().enter(); // Moscow commits
        pass(5);
        h.fireTimers();
        h.keys(ch('u')); // and takes it back on the hand-over screen
        pass(5);
        h.fireTimers();
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isFalse();
        assertThat(h.text()).contains("0:35 left");
        pass(36);
        h.fireTimers();
        Game g = h.app.game();
        Action.Commit last = g.session().actions().stream()
                .filter(a -> a instanceof Action.Commit c && c.side() == Side.MOSCOW).map(a -> (Action.Commit) a)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.rationale()).contains("time ran out");
    }

    @Test
    void facilitated_aChoiceHeldForTheRulingAndTakenBack_isOnTheClockAgain() {
        Harness h = facilitatedAfterMoscowCommits();
        h.enter(); // Beijing has the keyboard
        h.keys(ch('1')).enter().enter(); // Beijing's choice is held for the ruling
        assertThat(h.app.top()).isInstanceOf(RulingPassView.class);
        pass(5);
        h.fireTimers(); // both have chosen: the clock stops ticking
        h.keys(ch('u')); // Beijing takes its choice back
        pass(5);
        h.fireTimers();
        assertThat(h.app.game().match().held()).isEmpty();
        assertThat(h.text()).contains("0:35 left");
    }

    @Test
    void withoutATimer_nothingTicksAndNoTimeIsShown() {
        Harness h = game("human", "random", null);
        assertThat(h.text()).doesNotContain(" left");
        h.fireTimers(); // at most the thinking indicator's one step, which finds no bot thinking and ends
        assertThat(h.timers).isEmpty();
        assertThat(h.text()).doesNotContain(" left");
    }

    @Test
    void newGameScreen_offersTheTimer_andTheGameHasIt() {
        Harness h = Harness.sync(80, 24, saves).menu().keys(ch('n'));
        for (int i = 0; i < 6; i++) {
            h.keys(k(KeyType.ArrowDown)); // Start, Scenario, Length, Table, the teams' names, Turn timer
        }
        assertThat(h.text()).contains("Turn timer   < none >");
        h.keys(k(KeyType.ArrowRight), k(KeyType.ArrowRight));
        assertThat(h.text()).contains("< 1:00 a turn, then the highlighted choice >").contains("time left shows");
        h.enter();
        Game g = h.app.game();
        assertThat(g.match().options().timer()).isEqualTo(Duration.ofSeconds(60));
        assertThat(g.saving().playAgainCommand()).contains("--timer 60");
    }
}
