package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioException;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The random-playout conformance test, after OpenSpiel's {@code basic_tests.cc}: it runs over every
 * file in {@code scenarios/} (new scenarios are picked up automatically) and plays thousands of seeded
 * games in which both seats pick uniformly among {@link Engine#legalChoices}, sometimes take a choice
 * back, and sometimes try something illegal. After every step it checks the invariants of the
 * {@link Engine} contract: bounds, derived values, turn limits, end-of-game state, the per-seat view
 * hiding the other side's secret choice and Beijing-only indicators, typed rejections that leave the
 * state untouched, and bit-for-bit replay.
 *
 * <p>Everything is seeded (the games by their seed, the players' choices by a {@link SplittableRandom}
 * seeded per game), so a failure names a game that can be replayed exactly.
 */
class ConformanceTest {

    /** Games per scenario file; about 2,000 keeps the whole suite within a few seconds per scenario. */
    private static final int GAMES_PER_SCENARIO = 1_000;

    private static final double EPS = 1e-9;

    /** Every scenario file shipped in {@code scenarios/}, sorted by name. */
    static Stream<Path> scenarioFiles() throws IOException {
        Path dir = Path.of("scenarios");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        assertThat(files).as("scenario files in %s", dir.toAbsolutePath()).isNotEmpty();
        return files.stream();
    }

    private static LoadedScenario load(Path file) {
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            return fail("%s does not load: %s", file, e.problems());
        }
    }

    // ================================================================== the tests

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void randomPlayouts_keepEveryInvariantAndReplayExactly(Path file) {
        LoadedScenario loaded = load(file);
        // A second, independently loaded scenario: replay must not depend on sharing objects.
        Tally tally = playMany(file.toString(), loaded.scenario(), load(file).scenario(), GAMES_PER_SCENARIO,
                file.getFileName().toString().hashCode());

        // The random players must actually have exercised what this test claims to check.
        assertThat(tally.games).isEqualTo(GAMES_PER_SCENARIO);
        assertThat(tally.withdrawals).as("withdraw-and-recommit episodes").isPositive();
        assertThat(tally.rejectionsByCode.keySet()).as("rejection codes probed")
                .contains(Rejection.Code.UNKNOWN_VARIANT, Rejection.Code.ALREADY_COMMITTED,
                        Rejection.Code.NOTHING_TO_WITHDRAW, Rejection.Code.GAME_OVER,
                        Rejection.Code.RATIONALE_TOO_LONG, Rejection.Code.NOT_LEGAL_NOW);
        assertThat(tally.maxRationaleAccepted).as("a rationale of exactly MAX_RATIONALE characters was accepted")
                .isPositive();
    }

    /**
     * The shipped scenarios are calibrated to be calm: random play on them rarely pushes an indicator
     * to its bounds and almost never ends early. So the same playouts also run on variants of each
     * scenario with extreme start values (each indicator at its minimum, its maximum or anywhere between,
     * any alliance level) and a longer game, to reach clamping, crisis-only invocations, wars and
     * ruptures.
     */
    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void randomPlayouts_extremeStartValues_keepEveryInvariant(Path file) throws IOException {
        Tally tally = new Tally();
        for (int k = 0; k < STRESS_VARIANTS; k++) {
            Scenario stress = stressVariant(file, k);
            Tally t = playMany(file + " (extreme start #" + k + ")", stress, stressVariant(file, k),
                    STRESS_GAMES_PER_VARIANT, 7919L * (k + 1));
            tally.add(t);
        }
        assertThat(tally.games).isEqualTo(STRESS_VARIANTS * STRESS_GAMES_PER_VARIANT);
        assertThat(tally.endings.keySet()).as("ways the stress games ended")
                .contains(EndReason.FULL_TERM, EndReason.RUPTURE);
        assertThat(tally.endings.keySet()).as("a war ended some stress game")
                .containsAnyOf(EndReason.WAR_US_CHINA, EndReason.WAR_RUSSIA_NATO);
        assertThat(tally.invocations).as("treaty invocations committed").isPositive();
    }

    private static final int STRESS_VARIANTS = 10;
    private static final int STRESS_GAMES_PER_VARIANT = 60;
    private static final int STRESS_TURNS = 30;

    private static Scenario stressVariant(Path file, int k) throws IOException {
        ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(Files.readString(file));
        root.put("turns", Math.max(STRESS_TURNS, root.path("turns").asInt(1)));
        ObjectNode start = (ObjectNode) root.get("start");
        SplittableRandom r = new SplittableRandom(1_000 + k);
        for (Indicator i : Indicator.values()) {
            if (i.derived()) {
                continue;
            }
            double v = switch (r.nextInt(3)) {
                case 0 -> i.min();
                case 1 -> i.max();
                default -> Math.round(i.min() + r.nextDouble() * i.range());
            };
            start.put(i.id(), i == Indicator.ALLIANCE_LEVEL ? r.nextInt(5) : v);
        }
        String name = file + "#extreme" + k;
        try {
            return ScenarioLoader.parse(name, StrictJson.mapper().writeValueAsString(root)).scenario();
        } catch (ScenarioException e) {
            return fail("%s does not load: %s", name, e.problems());
        }
    }

    private static Tally playMany(String label, Scenario scenario, Scenario replayScenario, int games, long base) {
        Engine engine = new Engine(scenario);
        Engine replayEngine = new Engine(replayScenario);
        Tally tally = new Tally();
        for (int g = 0; g < games; g++) {
            long seed = base * 1_000_003L + g;
            Game game = new Game(engine, seed, new SplittableRandom(seed ^ 0x5DEECE66DL), tally);
            try {
                game.play();
                game.assertReplaysOn(replayEngine);
            } catch (AssertionError e) {
                throw new AssertionError(label + ", game seed " + seed + ": " + e.getMessage(), e);
            }
        }
        return tally;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void newGame_differentSeeds_usuallyGiveDifferentGames(Path file) {
        Engine engine = new Engine(load(file).scenario());
        int pairs = 200;
        int differ = 0;
        for (int i = 0; i < pairs; i++) {
            long seedA = 10_000L + 2L * i;
            long seedB = seedA + 1;
            // The same players (same choice stream) in both games: only the seed differs.
            GameState a = playQuietly(engine, seedA, new SplittableRandom(i));
            GameState b = playQuietly(engine, seedB, new SplittableRandom(i));
            if (!a.values().equals(b.values()) || a.turn() != b.turn() || a.ending() != b.ending()) {
                differ++;
            }
        }
        // A seed that did not reach the dice would make (almost) every pair identical.
        assertThat(differ).as("pairs of seeds whose games ended differently, of %d", pairs)
                .isGreaterThanOrEqualTo(pairs * 9 / 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void newGame_sameSeed_givesEqualStartAndEvents(Path file) {
        Engine engine = new Engine(load(file).scenario());
        Step.Accepted a = engine.newGame(99);
        Step.Accepted b = new Engine(load(file).scenario()).newGame(99);
        assertThat(b.state()).isEqualTo(a.state());
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(a.events().get(0))
                .isEqualTo(new Event.GameStarted(engine.scenario().id(), 99, SplitMix64.ALGORITHM));
        assertThat(a.state().turn()).isEqualTo(1);
        assertThat(a.state().awaiting()).containsExactly(Side.MOSCOW, Side.BEIJING);
    }

    // ================================================================== focused cases

    private static Rejection rejected(Step step) {
        assertThat(step).isInstanceOf(Step.Rejected.class);
        assertThat(step.eventsOrEmpty()).isEmpty();
        return ((Step.Rejected) step).rejection();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_doubleCommit_isRejectedAndStateUnchanged(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        Variant first = engine.legalChoices(s, Side.MOSCOW).get(0);
        GameState committed = engine.apply(s, new Action.Commit(Side.MOSCOW, first)).stateOrThrow();
        GameState copy = Game.deepCopy(committed);
        assertThat(engine.legalChoices(committed, Side.MOSCOW)).as("a committed seat has no choice left").isEmpty();
        List<Variant> legal = engine.legalChoices(s, Side.MOSCOW);
        Variant other = legal.get(legal.size() - 1);
        Rejection r = rejected(engine.apply(committed, new Action.Commit(Side.MOSCOW, other)));
        assertThat(r.code()).isEqualTo(Rejection.Code.ALREADY_COMMITTED);
        assertThat(committed).isEqualTo(copy);
        assertThat(committed.commitment(Side.MOSCOW).variant()).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_withdrawWithNothingCommitted_isRejected(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        GameState copy = Game.deepCopy(s);
        assertThat(rejected(engine.apply(s, new Action.Withdraw(Side.BEIJING))).code())
                .isEqualTo(Rejection.Code.NOTHING_TO_WITHDRAW);
        assertThat(s).isEqualTo(copy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_withdrawThenRecommit_restoresTheUncommittedState(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        Variant v = engine.legalChoices(s, Side.BEIJING).get(0);
        GameState committed = engine.apply(s, new Action.Commit(Side.BEIJING, v)).stateOrThrow();
        Step.Accepted back = (Step.Accepted) engine.apply(committed, new Action.Withdraw(Side.BEIJING));
        assertThat(back.state()).isEqualTo(s);
        assertThat(back.events()).containsExactly(new Event.ChoiceWithdrawn(Side.BEIJING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_unknownVariantId_isRejected(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        Rejection r = rejected(engine.apply(s, new Action.Commit(Side.MOSCOW, "alliance.sing", "")));
        assertThat(r.code()).isEqualTo(Rejection.Code.UNKNOWN_VARIANT);
        assertThat(r.message()).contains("alliance.sing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_variantNotLegalNow_isRejectedWithTheReason(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        List<Variant> legal = engine.legalChoices(s, Side.BEIJING);
        // The ladder allows at most one of sign/invoke at any level, so one of them is illegal now.
        Variant notNow = legal.contains(Variant.ALLIANCE_SIGN) ? Variant.ALLIANCE_INVOKE : Variant.ALLIANCE_SIGN;
        if (!engine.scenario().variants().contains(notNow)) {
            assertThat(rejected(engine.apply(s, new Action.Commit(Side.BEIJING, notNow))).code())
                    .isEqualTo(Rejection.Code.NOT_AVAILABLE);
            return;
        }
        Rejection r = rejected(engine.apply(s, new Action.Commit(Side.BEIJING, notNow)));
        assertThat(r.code()).isEqualTo(Rejection.Code.NOT_LEGAL_NOW);
        assertThat(r.message()).isNotBlank();
        assertThat(engine.whyIllegal(s, Side.BEIJING, notNow)).contains(r);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_rationaleLongerThanMax_isRejectedButMaxIsAccepted(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        Variant v = engine.legalChoices(s, Side.MOSCOW).get(0);
        Rejection r = rejected(engine.apply(s,
                new Action.Commit(Side.MOSCOW, v.id(), "w".repeat(Engine.MAX_RATIONALE + 1))));
        assertThat(r.code()).isEqualTo(Rejection.Code.RATIONALE_TOO_LONG);
        assertThat(engine.apply(s, new Action.Commit(Side.MOSCOW, v.id(), "w".repeat(Engine.MAX_RATIONALE))))
                .isInstanceOf(Step.Accepted.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void apply_commitAfterGameOver_isRejected(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState over = playQuietly(engine, 3, new SplittableRandom(3));
        assertThat(over.isOver()).isTrue();
        for (Side side : Side.values()) {
            assertThat(rejected(engine.apply(over, new Action.Commit(side, Variant.ALLIANCE_CONSULT))).code())
                    .isEqualTo(Rejection.Code.GAME_OVER);
            assertThat(rejected(engine.apply(over, new Action.Withdraw(side))).code())
                    .isEqualTo(Rejection.Code.GAME_OVER);
            assertThat(engine.legalChoices(over, side)).isEmpty();
        }
        assertThat(over.awaiting()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void view_afterMoscowCommits_beijingSeesOnlyThatMoscowCommitted(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        for (Variant v : engine.legalChoices(s, Side.MOSCOW)) {
            Step.Accepted step = (Step.Accepted) engine.apply(s, new Action.Commit(Side.MOSCOW, v));
            assertThat(step.events()).containsExactly(new Event.ChoiceCommitted(Side.MOSCOW));
            SeatView beijing = engine.view(step.state(), Side.BEIJING);
            assertThat(beijing.ownChoice()).isNull();
            assertThat(beijing.otherCommitted()).isTrue();
            assertThat(beijing).isEqualTo(Game.withOtherCommitted(engine.view(s, Side.BEIJING)));
            assertThat(engine.view(step.state(), Side.MOSCOW).ownChoice()).isEqualTo(v);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void view_moscow_neverContainsBeijingOnlyIndicators(Path file) {
        Engine engine = new Engine(load(file).scenario());
        GameState s = engine.newGame(1).state();
        SeatView moscow = engine.view(s, Side.MOSCOW);
        SeatView beijing = engine.view(s, Side.BEIJING);
        assertThat(moscow.values()).doesNotContainKey(Indicator.CN_COPY_PROGRESS);
        assertThat(beijing.values()).containsKey(Indicator.CN_COPY_PROGRESS);
        assertThatThrownBy(() -> moscow.get(Indicator.CN_COPY_PROGRESS)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The engine's events are the whole truth (saves, facilitator); what a seat or a shared screen is
     * shown goes through {@link Audience#redact}, which must drop Beijing's secret copy progress and
     * the copy roll whose odds would reveal it. The raw events must carry it (or the check is empty).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void redactedEvents_doNotRevealBeijingOnlyIndicators(Path file) {
        Engine engine = new Engine(load(file).scenario());
        int hiddenInRaw = 0;
        for (int g = 0; g < 200; g++) {
            SplittableRandom players = new SplittableRandom(g);
            GameState s = engine.newGame(g).state();
            while (!s.isOver()) {
                for (Side side : Side.values()) {
                    List<Variant> legal = engine.legalChoices(s, side);
                    Step step = engine.apply(s, new Action.Commit(side, legal.get(players.nextInt(legal.size()))));
                    for (Event e : step.eventsOrEmpty()) {
                        hiddenInRaw += (int) deltasOf(e).stream()
                                .filter(d -> d.indicator() == Indicator.CN_COPY_PROGRESS).count();
                    }
                    for (Audience a : List.of(Audience.MOSCOW, Audience.PUBLIC)) {
                        for (Event e : a.redact(step.eventsOrEmpty())) {
                            assertThat(deltasOf(e)).as("game %d, %s, %s", g, a, e)
                                    .allMatch(d -> d.indicator().visibility() == Indicator.Visibility.PUBLIC);
                            assertThat(e instanceof Event.Roll r && r.kind() == RollKind.UNLICENSED_COPY)
                                    .as("copy roll shown to %s", a).isFalse();
                        }
                    }
                    assertThat(Audience.FACILITATOR.redact(step.eventsOrEmpty())).isEqualTo(step.eventsOrEmpty());
                    s = step.stateOrThrow();
                }
            }
        }
        assertThat(hiddenInRaw).as("raw events carried copy progress at least once").isPositive();
    }

    private static List<Event.Delta> deltasOf(Event e) {
        if (e instanceof Event.Effect fx) {
            return fx.deltas();
        }
        if (e instanceof Event.CardDrawn c) {
            return c.deltas();
        }
        if (e instanceof Event.TurnResolved t) {
            return t.net();
        }
        return List.of();
    }

    /** Plays one game with uniform random legal choices and no probing; returns the final state. */
    private static GameState playQuietly(Engine engine, long seed, SplittableRandom players) {
        GameState s = engine.newGame(seed).state();
        int guard = 0;
        while (!s.isOver()) {
            assertThat(++guard).as("turns played").isLessThanOrEqualTo(engine.scenario().turns());
            for (Side side : Side.values()) {
                List<Variant> legal = engine.legalChoices(s, side);
                s = engine.apply(s, new Action.Commit(side, legal.get(players.nextInt(legal.size())))).stateOrThrow();
            }
        }
        return s;
    }

    // ================================================================== one game

    /** Counts what the random players did, to prove the test exercised every path. */
    private static final class Tally {
        int games;
        int withdrawals;
        int maxRationaleAccepted;
        int invocations;
        final EnumMap<Rejection.Code, Integer> rejectionsByCode = new EnumMap<>(Rejection.Code.class);
        final EnumMap<EndReason, Integer> endings = new EnumMap<>(EndReason.class);

        void add(Tally t) {
            games += t.games;
            withdrawals += t.withdrawals;
            maxRationaleAccepted += t.maxRationaleAccepted;
            invocations += t.invocations;
            t.rejectionsByCode.forEach((k, v) -> rejectionsByCode.merge(k, v, Integer::sum));
            t.endings.forEach((k, v) -> endings.merge(k, v, Integer::sum));
        }
    }

    /** One applied action and what came back. */
    private record Logged(Action action, Rejection.Code rejected) {
    }

    private static final class Game {
        private final Engine engine;
        private final Scenario scenario;
        private final long seed;
        private final SplittableRandom r;
        private final Tally tally;

        private final List<Logged> log = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private GameState state;
        private int resolutions;

        Game(Engine engine, long seed, SplittableRandom players, Tally tally) {
            this.engine = engine;
            this.scenario = engine.scenario();
            this.seed = seed;
            this.r = players;
            this.tally = tally;
        }

        void play() {
            Step.Accepted start = engine.newGame(seed);
            state = start.state();
            events.addAll(start.events());
            assertThat(start.events()).first().isInstanceOf(Event.GameStarted.class);
            checkInvariants();

            while (!state.isOver()) {
                assertThat(resolutions).as("turns resolved").isLessThan(scenario.turns());
                playTurn();
            }
            probeAfterGameOver();
            tally.games++;
            tally.endings.merge(state.ending(), 1, Integer::sum);
        }

        private void playTurn() {
            int turn = state.turn();
            Side first = r.nextBoolean() ? Side.MOSCOW : Side.BEIJING;
            Side second = first.other();

            probeIllegalBeforeCommit(first);
            GameState beforeFirst = state;
            Variant firstChoice = commitFirst(first);

            if (r.nextInt(5) == 0) {
                assertThat(engine.legalChoices(state, first)).as("a committed seat has no choice left").isEmpty();
                List<Variant> before = engine.legalChoices(beforeFirst, first);
                expectRejected(new Action.Commit(first, before.get(r.nextInt(before.size()))),
                        Rejection.Code.ALREADY_COMMITTED);
            }
            if (r.nextInt(6) == 0) {
                // Take it back: the state is exactly the one before the commitment.
                Step.Accepted w = accept(new Action.Withdraw(first));
                assertThat(w.events()).containsExactly(new Event.ChoiceWithdrawn(first));
                assertThat(state).isEqualTo(beforeFirst);
                assertThat(engine.view(state, second)).isEqualTo(engine.view(beforeFirst, second));
                tally.withdrawals++;
                firstChoice = commitFirst(first);
            }

            probeIllegalBeforeCommit(second);
            String rationale = rationale();
            Variant secondChoice = randomLegal(second);
            Step.Accepted resolved = accept(new Action.Commit(second, secondChoice.id(), rationale));
            resolutions++;

            List<Event> ev = resolved.events();
            assertThat(ev.get(0)).isEqualTo(new Event.ChoiceCommitted(second));
            Variant moscow = first == Side.MOSCOW ? firstChoice : secondChoice;
            Variant beijing = first == Side.BEIJING ? firstChoice : secondChoice;
            assertThat(ev.get(1)).isInstanceOfSatisfying(Event.ChoicesRevealed.class, rev -> {
                assertThat(rev.turn()).isEqualTo(turn);
                assertThat(rev.moscow()).isEqualTo(moscow);
                assertThat(rev.beijing()).isEqualTo(beijing);
                assertThat(second == Side.MOSCOW ? rev.moscowRationale() : rev.beijingRationale())
                        .isEqualTo(new Action.Commit(second, secondChoice.id(), rationale).rationale());
            });
            assertThat(ev).filteredOn(e -> e instanceof Event.TurnResolved).hasSize(1);
            if (state.isOver()) {
                assertThat(ev).last().isInstanceOfSatisfying(Event.GameEnded.class, end -> {
                    assertThat(end.reason()).isEqualTo(state.ending());
                    assertThat(end.turn()).isEqualTo(turn);
                    assertThat(end.moscowScore()).isEqualTo(state.score(Side.MOSCOW));
                    assertThat(end.beijingScore()).isEqualTo(state.score(Side.BEIJING));
                });
                assertThat(state.turn()).isEqualTo(turn);
                if (state.ending() == EndReason.FULL_TERM) {
                    assertThat(turn).isEqualTo(scenario.turns());
                } else {
                    assertThat(turn).isLessThanOrEqualTo(scenario.turns());
                }
            } else {
                assertThat(state.turn()).isEqualTo(turn + 1);
                assertThat(ev).filteredOn(e -> e instanceof Event.TurnStarted)
                        .containsExactly(new Event.TurnStarted(turn + 1, scenario.yearOf(turn + 1)));
                assertThat(ev).noneMatch(e -> e instanceof Event.GameEnded);
            }
        }

        /** Commits a random legal choice for the first seat of the turn and checks that nothing leaks. */
        private Variant commitFirst(Side side) {
            Side other = side.other();
            GameState before = state;
            SeatView otherBefore = engine.view(before, other);
            Variant choice = randomLegal(side);
            String rationale = rationale();
            Step.Accepted step = accept(new Action.Commit(side, choice.id(), rationale));

            // Only "someone committed": no variant in the events.
            assertThat(step.events()).containsExactly(new Event.ChoiceCommitted(side));
            assertThat(state.commitment(side).variant()).isEqualTo(choice);
            assertThat(state.awaiting()).containsExactly(other);

            // The other seat's view reveals that a choice was made, never which.
            SeatView otherView = engine.view(state, other);
            assertThat(otherView.ownChoice()).isNull();
            assertThat(otherView.otherCommitted()).isTrue();
            assertThat(otherView).isEqualTo(withOtherCommitted(otherBefore));
            assertNoVariantNamed(otherView, choice);
            SeatView ownView = engine.view(state, side);
            assertThat(ownView.ownChoice()).isEqualTo(choice);
            assertThat(ownView.otherCommitted()).isFalse();

            // Non-interference: whatever this seat had chosen, the other seat would see the same.
            for (Variant alt : engine.legalChoices(before, side)) {
                GameState altState = engine.apply(before, new Action.Commit(side, alt)).stateOrThrow();
                assertThat(engine.view(altState, other)).isEqualTo(otherView);
            }
            return choice;
        }

        /**
         * The view's text must not name the hidden choice. Its {@code legalChoices} necessarily list
         * every variant the seat may pick (including, usually, the one the other side picked), and its
         * (rules 3) contracts name the systems sold in earlier turns, so both are left out of the text check;
         * the equality check above covers them.
         */
        private void assertNoVariantNamed(SeatView view, Variant hidden) {
            SeatView withoutMenu = new SeatView(view.seat(), view.turn(), view.year(), view.lastTurn(),
                    view.values(), view.ownChoice(), view.otherCommitted(), List.of(), view.cards(),
                    view.ending(), view.ownScore(), view.otherScore(), List.of(), view.copyProgress());
            String text = withoutMenu.toString();
            assertThat(text).doesNotContainPattern(wordPattern(hidden.name()));
            assertThat(text).doesNotContainPattern(wordPattern(hidden.id()));
        }

        private static Pattern wordPattern(String name) {
            return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w.])");
        }

        static SeatView withOtherCommitted(SeatView v) {
            return new SeatView(v.seat(), v.turn(), v.year(), v.lastTurn(), v.values(), v.ownChoice(), true,
                    v.legalChoices(), v.cards(), v.ending(), v.ownScore(), v.otherScore(), v.contracts(),
                    v.copyProgress());
        }

        /** Sometimes tries the illegal actions a seat can try before it commits. */
        private void probeIllegalBeforeCommit(Side side) {
            if (r.nextInt(4) == 0) {
                expectRejected(new Action.Withdraw(side), Rejection.Code.NOTHING_TO_WITHDRAW);
            }
            if (r.nextInt(4) == 0) {
                expectRejected(new Action.Commit(side, "no-such." + r.nextInt(1000), ""),
                        Rejection.Code.UNKNOWN_VARIANT);
            }
            if (r.nextInt(4) == 0) {
                String tooLong = "x".repeat(Engine.MAX_RATIONALE + 1 + r.nextInt(50));
                expectRejected(new Action.Commit(side, randomLegal(side).id(), tooLong),
                        Rejection.Code.RATIONALE_TOO_LONG);
            }
            if (r.nextInt(3) == 0) {
                List<Variant> legal = engine.legalChoices(state, side);
                List<Variant> notNow = scenario.variants().stream().filter(v -> !legal.contains(v)).toList();
                if (!notNow.isEmpty()) {
                    expectRejected(new Action.Commit(side, notNow.get(r.nextInt(notNow.size()))),
                            Rejection.Code.NOT_LEGAL_NOW);
                }
                List<Variant> offScenario = Stream.of(Variant.values())
                        .filter(v -> !scenario.variants().contains(v)).toList();
                if (!offScenario.isEmpty()) {
                    expectRejected(new Action.Commit(side, offScenario.get(r.nextInt(offScenario.size()))),
                            Rejection.Code.NOT_AVAILABLE);
                }
            }
        }

        private void probeAfterGameOver() {
            assertThat(state.isOver()).isTrue();
            for (Side side : Side.values()) {
                expectRejected(new Action.Commit(side, Variant.ALLIANCE_CONSULT), Rejection.Code.GAME_OVER);
                expectRejected(new Action.Commit(side, "no-such.variant", ""), Rejection.Code.GAME_OVER);
                expectRejected(new Action.Withdraw(side), Rejection.Code.GAME_OVER);
            }
        }

        private String rationale() {
            return switch (r.nextInt(10)) {
                case 0 -> "";
                case 1 -> "  keep the partner close  ";
                case 2 -> "y".repeat(Engine.MAX_RATIONALE); // exactly at the limit: allowed
                default -> "turn " + state.turn();
            };
        }

        private Variant randomLegal(Side side) {
            List<Variant> legal = engine.legalChoices(state, side);
            assertThat(legal).as("legal choices of %s on turn %d", side, state.turn()).isNotEmpty();
            return legal.get(r.nextInt(legal.size()));
        }

        // -------------------------------------------------------------- applying

        private Step.Accepted accept(Action action) {
            Step step = engine.apply(state, action);
            if (!(step instanceof Step.Accepted a)) {
                return fail("%s was rejected: %s", action, ((Step.Rejected) step).rejection());
            }
            log.add(new Logged(action, null));
            events.addAll(a.events());
            if (action instanceof Action.Commit c && c.rationale().length() == Engine.MAX_RATIONALE) {
                tally.maxRationaleAccepted++;
            }
            if (action instanceof Action.Commit c && c.variantId().equals(Variant.ALLIANCE_INVOKE.id())) {
                tally.invocations++;
            }
            state = a.state();
            checkInvariants();
            return a;
        }

        private void expectRejected(Action action, Rejection.Code code) {
            GameState snapshot = deepCopy(state);
            List<Variant> moscowLegal = engine.legalChoices(state, Side.MOSCOW);
            Step step = engine.apply(state, action);
            assertThat(step).as("%s", action).isInstanceOfSatisfying(Step.Rejected.class, rej -> {
                assertThat(rej.rejection().code()).as("code for %s", action).isEqualTo(code);
                assertThat(rej.rejection().message()).isNotBlank();
            });
            assertThat(step.eventsOrEmpty()).isEmpty();
            assertThatThrownBy(step::stateOrThrow).isInstanceOf(IllegalStateException.class);
            // Nothing in the state was touched, not even the indicator array or the generator.
            assertThat(state).isEqualTo(snapshot);
            assertThat(engine.legalChoices(state, Side.MOSCOW)).isEqualTo(moscowLegal);
            log.add(new Logged(action, code));
            tally.rejectionsByCode.merge(code, 1, Integer::sum);
        }

        static GameState deepCopy(GameState s) {
            return new GameState(s.turn(), s.year(), Indicators.wrap(s.values().copyArray()), s.moscow(),
                    s.beijing(), s.rng(), new ArrayList<>(s.cards()), new ArrayList<>(s.spentCards()), new ArrayList<>(s.overdue()),
                    s.ending(), s.reverseDeals(), new ArrayList<>(s.contracts()), new java.util.EnumMap<>(
                    s.copyProgress().isEmpty() ? java.util.Map.of() : s.copyProgress()));
        }

        // -------------------------------------------------------------- invariants

        private void checkInvariants() {
            GameState s = state;
            assertThat(s.turn()).as("turn").isBetween(1, scenario.turns());
            assertThat(s.year()).as("year").isEqualTo(scenario.yearOf(s.turn()));
            for (Indicator i : Indicator.values()) {
                double v = s.get(i);
                assertThat(v).as("%s on turn %d", i.id(), s.turn()).isNotNaN().isBetween(i.min(), i.max());
            }
            double mean = (s.get(Indicator.INTEROP_GROUND_AIR) + s.get(Indicator.INTEROP_NAVAL)
                    + s.get(Indicator.INTEROP_AEROSPACE) + s.get(Indicator.INTEROP_INTERNAL_SECURITY)) / 4;
            assertThat(s.get(Indicator.INTEROPERABILITY)).as("interoperability is the mean of its domains")
                    .isCloseTo(mean, org.assertj.core.data.Offset.offset(EPS));
            assertThat(s.allianceLevel()).isBetween(0, 4);
            assertThat(s.get(Indicator.ALLIANCE_LEVEL)).isEqualTo((double) s.allianceLevel());

            if (s.isOver()) {
                assertThat(s.awaiting()).isEmpty();
                assertThat(s.moscow()).isNull();
                assertThat(s.beijing()).isNull();
                for (Side side : Side.values()) {
                    assertThat(engine.legalChoices(s, side)).isEmpty();
                }
            } else {
                List<Side> pending = Stream.of(Side.values()).filter(side -> !s.hasCommitted(side)).toList();
                assertThat(s.awaiting()).isEqualTo(pending).isNotEmpty();
                for (Side side : Side.values()) {
                    List<Variant> legal = engine.legalChoices(s, side);
                    if (s.hasCommitted(side)) {
                        assertThat(legal).as("a committed seat may only withdraw").isEmpty();
                        continue;
                    }
                    assertThat(legal).isNotEmpty();
                    assertThat(scenario.variants()).containsSubsequence(legal);
                    for (Variant v : legal) {
                        assertThat(engine.whyIllegal(s, side, v)).isEmpty();
                    }
                }
            }
            for (Side side : Side.values()) {
                checkView(s, side);
            }
        }

        private void checkView(GameState s, Side seat) {
            SeatView view = engine.view(s, seat);
            assertThat(view.seat()).isEqualTo(seat);
            assertThat(view.turn()).isEqualTo(s.turn());
            assertThat(view.lastTurn()).isEqualTo(scenario.turns());
            assertThat(view.ending()).isEqualTo(s.ending());
            assertThat(view.ownScore()).isEqualTo(s.score(seat));
            assertThat(view.otherScore()).isEqualTo(s.score(seat.other()));
            assertThat(view.legalChoices()).isEqualTo(engine.legalChoices(s, seat));
            assertThat(view.ownChoice()).isEqualTo(s.hasCommitted(seat) ? s.commitment(seat).variant() : null);
            assertThat(view.otherCommitted()).isEqualTo(s.hasCommitted(seat.other()));
            for (Indicator i : Indicator.values()) {
                if (i.visibility().visibleTo(seat)) {
                    assertThat(view.get(i)).isEqualTo(s.get(i));
                } else {
                    assertThat(view.values()).as("%s's view", seat).doesNotContainKey(i);
                    assertThatThrownBy(() -> view.get(i)).isInstanceOf(IllegalArgumentException.class);
                }
            }
            if (seat == Side.MOSCOW) {
                for (Indicator i : Indicator.values()) {
                    if (i.visibility() == Indicator.Visibility.BEIJING_ONLY) {
                        assertThat(view.values()).doesNotContainKey(i);
                        assertThat(view.toString()).doesNotContain(i.name() + "=");
                    }
                }
            }
        }

        // -------------------------------------------------------------- replay

        /** Replays the seed and the whole action log (rejections included) on another engine. */
        void assertReplaysOn(Engine other) {
            Step.Accepted start = other.newGame(seed);
            GameState s = start.state();
            List<Event> replayed = new ArrayList<>(start.events());
            for (Logged l : log) {
                Step step = other.apply(s, l.action());
                if (l.rejected() != null) {
                    assertThat(step).isInstanceOfSatisfying(Step.Rejected.class,
                            rej -> assertThat(rej.rejection().code()).isEqualTo(l.rejected()));
                } else {
                    s = step.stateOrThrow();
                    replayed.addAll(step.eventsOrEmpty());
                }
            }
            assertThat(s).as("replayed final state").isEqualTo(state);
            assertThat(replayed).as("replayed events").isEqualTo(events);
        }
    }
}
