package org.amur.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.amur.engine.Engine;
import org.amur.engine.Rules;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the search bot's decisions: whole games of search bots (every choice, every reason with its
 * numbers, and each bot's reading of the other side and copy estimate at the end) on the scenarios frozen
 * in the rules-3 golden saves, under rules 2, 3 and 5 (the Taiwan Strait, where rules 5's reserve applies), digested. A refactoring of the bot must leave them
 * bit for bit; a deliberate change to how it plays, or to the personalities it rolls out and models the
 * other side with, re-records the digests (the failure prints the new one and the record it digests).
 * Session 10 re-recorded the rules-3 pins when Moscow's belief began to follow copy progress by class.
 */
class SearchBotPinTest {

    @ParameterizedTest(name = "{0} rules {1}")
    @CsvSource({
        "rules3-baseline-7.json, 3, 11, 12",
        "rules3-baseline-7.json, 2, 5, 6",
        "rules3-taiwan-strait-11.json, 3, 2, 3",
        "rules3-taiwan-strait-11.json, 5, 2, 3"})
    void searchGames_areTheRecordedOnes(String save, int rules, long gameSeed, long botSeed, @TempDir Path empty)
            throws Exception {
        Scenario scenario = new SaveStore(Path.of("src/test/resources/saves/r3"), new ScenarioLoader(empty),
                Clock.systemUTC()).load(Path.of("src/test/resources/saves/r3", save)).session().engine().scenario();
        Engine engine = new Engine(scenario, Rules.of(rules).orElseThrow());
        StringBuilder record = new StringBuilder();
        // two search bots, then a search bot against a personality on each seat
        SearchBot m = new SearchBot(engine, Side.MOSCOW, 40, botSeed, "mcts:40");
        SearchBot b = new SearchBot(engine, Side.BEIJING, 40, botSeed + 1, "mcts:40");
        record(record, Games.play(engine, gameSeed, m, b, null), m, b);
        SearchBot m2 = new SearchBot(engine, Side.MOSCOW, 30, botSeed + 2, "mcts:30");
        record(record, Games.play(engine, gameSeed + 1, m2, Bots.create("hawk", engine, Side.BEIJING, botSeed), null),
                m2);
        SearchBot b2 = new SearchBot(engine, Side.BEIJING, 30, botSeed + 3, "mcts:30");
        record(record, Games.play(engine, gameSeed + 2, Bots.create("historian", engine, Side.MOSCOW, botSeed), b2,
                null), b2);
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(record.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(digest).as("digest of %s rules %d:%n%s", save, rules, record).isEqualTo(PINS.get(save + rules));
    }

    private static void record(StringBuilder out, List<Games.Move> moves, SearchBot... bots) {
        for (Games.Move mv : moves) {
            out.append(mv.turn()).append(' ').append(mv.side().id()).append(' ').append(mv.variant().id()).append(' ')
                    .append(mv.reason()).append('\n');
        }
        for (SearchBot bot : bots) {
            out.append(java.util.Arrays.toString(bot.posterior())).append(' ').append(bot.copyEstimate()).append('\n');
        }
    }

    private static final java.util.Map<String, String> PINS = java.util.Map.of(
            "rules3-baseline-7.json3", "82c15ecc7625501a4b07c68246c49ae4a3df10d994fa366a59fbba80273c6df9",
            "rules3-baseline-7.json2", "2ec98c8c6bcda5c024a2d17ef72fad615f27e3b048302bca39c28dd0aa831d6f",
            "rules3-taiwan-strait-11.json3", "a8489d97c49bd0703d07bee91c8a8f829595385371e385cde9d339d662a6e45c",
            "rules3-taiwan-strait-11.json5", "d90b2526ba208d36641907650f46355e975de40c00b84903d1e62dd1175a1545");
}
