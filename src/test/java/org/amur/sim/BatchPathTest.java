package org.amur.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.amur.ai.Bots;
import org.amur.engine.Action;
import org.amur.engine.Engine;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Indicators;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.StateDigest;
import org.amur.engine.Step;
import org.amur.engine.Tally;
import org.amur.engine.Variant;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Match;
import org.amur.session.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's batch path ({@link Engine#apply(GameState, Action, Tally)}, which builds no events) is
 * the full path without the events: over seeded games of every scenario under every rules version, it
 * gives the same state after every step (every indicator's bits, the generator, so the same dice, the
 * cards, the ending), and its {@link Tally} hears exactly what the full path's events say (alliance
 * changes, effects in order, each turn's end values). A batch of {@link Simulator} gives the same
 * result and the same CSV, byte for byte, on both paths.
 */
class BatchPathTest {

    private static final int GAMES = 400;

    static Stream<Arguments> scenariosAndRules() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        List<Arguments> out = new ArrayList<>();
        for (Path f : files) {
            for (Rules r : Rules.all()) {
                out.add(Arguments.of(f.getFileName().toString(), r.version()));
            }
        }
        return out.stream();
    }

    private static Scenario scenario(String file) {
        try {
            return ScenarioLoader.load(Path.of("scenarios", file)).scenario();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the tally heard, as text, in order. */
    private static final class Heard implements Tally {
        final List<String> lines = new ArrayList<>();

        @Override
        public void allianceChanged(int from, int to) {
            lines.add("alliance " + from + "->" + to);
        }

        @Override
        public void effect(String key) {
            lines.add("effect " + key);
        }

        @Override
        public void turnResolved(int turn, Indicators values) {
            lines.add("turn " + turn + " " + bits(values));
        }
    }

    private static String bits(Indicators values) {
        StringBuilder sb = new StringBuilder();
        for (Indicator i : Indicator.values()) {
            sb.append(Long.toHexString(Double.doubleToLongBits(values.get(i)))).append(',');
        }
        return sb.toString();
    }

    /** What the full path's events say, in the tally's terms. */
    private static void heardFrom(List<Event> events, GameState before, List<String> out) {
        for (Event e : events) {
            if (e instanceof Event.AllianceChanged a) {
                out.add("alliance " + a.from() + "->" + a.to());
            } else if (e instanceof Event.Effect fx) {
                out.add("effect " + fx.key());
            } else if (e instanceof Event.TurnResolved tr) {
                Indicators end = before.values();
                for (Event.Delta d : tr.net()) {
                    end = end.with(d.indicator(), d.after());
                }
                out.add("turn " + tr.turn() + " " + bits(end));
            }
        }
    }

    @ParameterizedTest(name = "{0}, rules {1}")
    @MethodSource("scenariosAndRules")
    void batchPath_randomGames_sameStatesSameDiceSameFacts(String file, int rules) {
        Engine engine = new Engine(scenario(file), Rules.of(rules).orElseThrow());
        int turnsResolved = 0;
        int alliances = 0;
        for (int g = 0; g < GAMES; g++) {
            long seed = 1_000_003L * g + rules;
            SplittableRandom players = new SplittableRandom(seed ^ 0x5DEECE66DL);
            Heard heard = new Heard();
            List<String> said = new ArrayList<>();
            Step.Accepted fullStart = engine.newGame(seed);
            Step.Accepted quietStart = engine.newGame(seed, heard);
            assertThat(quietStart.state()).isEqualTo(fullStart.state());
            heardFrom(fullStart.events(), fullStart.state(), said);
            GameState full = fullStart.state();
            GameState quiet = quietStart.state();
            while (!full.isOver()) {
                for (Side side : Side.values()) {
                    List<Variant> legal = engine.legalChoices(full, side);
                    Action a = new Action.Commit(side, legal.get(players.nextInt(legal.size())).id(), "r");
                    Step f = engine.apply(full, a);
                    Step q = engine.apply(quiet, a, heard);
                    assertThat(q).isInstanceOf(Step.Accepted.class);
                    heardFrom(((Step.Accepted) f).events(), full, said);
                    full = ((Step.Accepted) f).state();
                    quiet = ((Step.Accepted) q).state();
                    assertThat(quiet).as("%s seed %d turn %d", file, seed, full.turn()).isEqualTo(full);
                    assertThat(StateDigest.of(quiet)).isEqualTo(StateDigest.of(full));
                }
                turnsResolved++;
            }
            assertThat(heard.lines).as("%s seed %d", file, seed).isEqualTo(said);
            alliances += (int) said.stream().filter(l -> l.startsWith("alliance")).count();
        }
        // the games really resolved turns and exercised the tally
        assertThat(turnsResolved).isGreaterThan(GAMES);
        assertThat(alliances).isGreaterThan(0);
    }

    @ParameterizedTest(name = "{0}, rules {1}")
    @MethodSource("scenariosAndRules")
    void simulator_batchAndFullPath_sameResultAndCsvByteForByte(String file, int rules) throws IOException {
        Scenario s = scenario(file);
        for (String[] pair : new String[][] {{"random", "random"}, {"historian", "hawk"}}) {
            SimConfig c = new SimConfig(s, 400, 11, PolicySpec.parse(pair[0], s), PolicySpec.parse(pair[1], s), 2,
                    java.util.Map.of(), Rules.of(rules).orElseThrow());
            StringWriter batchCsv = new StringWriter();
            StringWriter fullCsv = new StringWriter();
            SimResult batch = new Simulator(c, true).run(null, batchCsv);
            SimResult full = new Simulator(c, false).run(null, fullCsv);
            assertThat(Reports.jsonText(batch, null)).isEqualTo(Reports.jsonText(full, null));
            assertThat(batchCsv.toString()).isEqualTo(fullCsv.toString()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}, rules {1}")
    @MethodSource("scenariosAndRules")
    void quietSession_sameTurnStartsAsFullSession(String file, int rules) {
        Engine engine = new Engine(scenario(file), Rules.of(rules).orElseThrow());
        Session full = Session.start(engine, 99);
        Session quiet = Session.startQuiet(engine, 99, Tally.NONE);
        Match.of(full, Bots.create("historian", engine, Side.MOSCOW, 1), Bots.create("hawk", engine, Side.BEIJING, 2))
                .playOut();
        Match.of(quiet, Bots.create("historian", engine, Side.MOSCOW, 1), Bots.create("hawk", engine, Side.BEIJING, 2))
                .playOut();
        assertThat(quiet.state()).isEqualTo(full.state());
        assertThat(quiet.resolvedTurns()).isEqualTo(full.resolvedTurns());
        for (int t = 1; t <= full.resolvedTurns() + 1; t++) {
            assertThat(quiet.stateAtTurnStart(t)).isEqualTo(full.stateAtTurnStart(t));
        }
        assertThat(quiet.actions()).isEqualTo(full.actions());
    }

    @ParameterizedTest(name = "{0}, rules {1}")
    @MethodSource("scenariosAndRules")
    void quietSession_botThatReadsEvents_refused(String file, int rules) {
        Engine engine = new Engine(scenario(file), Rules.of(rules).orElseThrow());
        Session quiet = Session.startQuiet(engine, 5, Tally.NONE);
        assertThat(Match.readsEvents(Bots.create("mcts:easy", engine, Side.BEIJING, 1))).isTrue();
        assertThat(Match.readsEvents(Bots.create("historian", engine, Side.BEIJING, 1))).isFalse();
        assertThatThrownBy(() -> Match.of(quiet, Bots.create("historian", engine, Side.MOSCOW, 1),
                Bots.create("mcts:easy", engine, Side.BEIJING, 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
