package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.amur.engine.Engine;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.amur.engine.SplitMix64;
import org.amur.engine.Variant;
import org.junit.jupiter.api.Test;

/**
 * A search bot asked to hurry ({@link Hurry}) answers from what it has searched and says so; one never hurried
 * plays exactly as before.
 */
class SearchBotHurryTest {
    private static final Engine ENGINE = new Engine(Games.load(Path.of("scenarios/baseline.json")));

    @Test
    void dueAtOnce_beforeAnyStyle_answersAtOnceWithTheHistoriansMove_andLeavesTheStyleOpen() {
        for (Side side : Side.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                SeatView view = ENGINE.view(ENGINE.newGame(seed).state(), side);
                SearchBot bot = new SearchBot(ENGINE, side, SearchBot.Level.HARD, seed);
                AfterChecks dueAtOnce = new AfterChecks(0);
                Bot.Decision d = bot.decide(view, dueAtOnce);
                // the Historian's move with the search's own dice, untouched before it (no game was played)
                Variant historian = Personality.HISTORIAN.policy().choose(
                        Situation.of(view, ENGINE.scenario()), new SplitMix64(SplitMix64.seedState(seed))).variant();
                assertThat(d.variant()).as("%s seed %d", side, seed).isEqualTo(historian);
                assertThat(d.reason()).contains("before it had played any of the 2500 whole games")
                        .contains("it plays as history did");
                assertThat(dueAtOnce.checks).as("read once, before any game: nothing was played").isEqualTo(1);
                assertThat(bot.style()).as("the style is chosen at a later, unhurried decision").isEqualTo(-1);
                bot.decide(view);
                assertThat(bot.style()).isNotNegative();
            }
        }
    }

    @Test
    void dueAtOnce_withAStyle_playsTheStylesMove_andSaysItPlayedNoFuture() {
        for (long seed = 1; seed <= 3; seed++) {
            SeatView first = ENGINE.view(ENGINE.newGame(seed).state(), Side.BEIJING);
            SearchBot a = new SearchBot(ENGINE, Side.BEIJING, 200, seed, "mcts:hard");
            SearchBot b = new SearchBot(ENGINE, Side.BEIJING, 200, seed, "mcts:hard");
            a.decide(first);
            b.decide(first);
            Bot.Decision d = a.decide(first, () -> true);
            TreeSearch.Result r = b.search(first, () -> true);
            assertThat(r.played).isZero();
            assertThat(r.hurried).isTrue();
            assertThat(d.variant()).isEqualTo(r.styleMove).isEqualTo(r.best);
            assertThat(d.reason()).contains("after 0 of its 200 simulated futures")
                    .contains("plays like a " + Reasons.botName(Belief.KINDS[a.style()].id()));
        }
    }

    @Test
    void dueAfterSomeGames_givesALegalMove_andTheReasonCountsTheGamesActuallyPlayed() {
        for (long seed = 1; seed <= 4; seed++) {
            SeatView view = ENGINE.view(ENGINE.newGame(seed).state(), Side.MOSCOW);
            // 400 iterations: the style is chosen on 50 rounds (50 readings of the hurry), then the search reads it
            // once per game: due at the 50 + 37 + 1-th reading leaves 37 games played
            SearchBot bot = new SearchBot(ENGINE, Side.MOSCOW, 400, seed, "mcts:normal");
            AfterChecks hurry = new AfterChecks(50 + 37);
            Bot.Decision d = bot.decide(view, hurry);
            assertThat(view.legalChoices()).contains(d.variant());
            assertThat(d.reason()).as("seed %d: %s", seed, d.reason()).contains(" 37 of its 400 simulated futures");
            assertThat(hurry.checks).isEqualTo(50 + 37 + 1);

            SearchBot twin = new SearchBot(ENGINE, Side.MOSCOW, 400, seed, "mcts:normal");
            twin.decide(view);
            TreeSearch.Result r = twin.search(view, new AfterChecks(37));
            int total = 0;
            for (Variant v : Variant.values()) {
                total += r.visits(v);
            }
            assertThat(total).isEqualTo(r.played).isEqualTo(37);
            assertThat(r.hurried).isTrue();
        }
    }

    @Test
    void hurriedWhileChoosingAStyle_choosesItOnTheRoundsPlayed_andSaysHowMany() {
        SeatView view = ENGINE.view(ENGINE.newGame(2).state(), Side.BEIJING);
        SearchBot bot = new SearchBot(ENGINE, Side.BEIJING, 400, 2, "mcts:normal");
        Bot.Decision d = bot.decide(view, new AfterChecks(5));
        assertThat(bot.style()).isNotNegative();
        assertThat(d.reason()).contains("it had played 20 of its 200 whole games to choose a style and 0 of its 400"
                + " simulated futures, so it plays like a " + Reasons.botName(Belief.KINDS[bot.style()].id()));
    }

    @Test
    void aHurryThatIsNeverDue_makesExactlyTheChoicesOfAnUnhurriedBot() {
        for (long seed = 1; seed <= 3; seed++) {
            Bot plainM = new SearchBot(ENGINE, Side.MOSCOW, 120, seed, "mcts:easy");
            Bot plainB = new SearchBot(ENGINE, Side.BEIJING, 120, seed + 10, "mcts:easy");
            List<Games.Move> plain = Games.play(ENGINE, seed, plainM, plainB, null);
            Bot waitingM = neverHurried(new SearchBot(ENGINE, Side.MOSCOW, 120, seed, "mcts:easy"));
            Bot waitingB = neverHurried(new SearchBot(ENGINE, Side.BEIJING, 120, seed + 10, "mcts:easy"));
            List<Games.Move> waiting = Games.play(ENGINE, seed, waitingM, waitingB, null);
            assertThat(waiting).isEqualTo(plain);
            assertThat(plain).allSatisfy(m -> assertThat(m.reason()).doesNotContain("asked to answer"));
        }
    }

    /** Decides with a deadline that is never set, as the match does for a bot nobody waits for. */
    private static Bot neverHurried(SearchBot bot) {
        return new Bot() {
            @Override
            public String name() {
                return bot.name();
            }

            @Override
            public Decision decide(SeatView view) {
                return bot.decide(view, Hurry.deadline());
            }

            @Override
            public void observe(List<org.amur.engine.Event> events) {
                bot.observe(events);
            }
        };
    }
}
