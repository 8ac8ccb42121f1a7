package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.save.LoadedGame;
import org.amur.save.SaveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain game's turn timer ({@code play --plain --timer}), with an injected clock that moves on by
 * a set time while each line is typed (no sleeping): the time said at each prompt, the rule at zero.
 */
@Timeout(60)
class PlainTimerTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-02T03:04:05Z"));

    @TempDir
    Path saveDir;

    @BeforeEach
    void setUp() {
        PlayCommand.saveStore = () -> new SaveStore(saveDir);
        PlayCommand.clock = now::get;
    }

    @AfterEach
    void reset() {
        PlayCommand.input = null;
        PlayCommand.saveStore = SaveStore::forInstallation;
        PlayCommand.clock = InstantSource.system();
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** The lines a player types, each taking {@code seconds[i]} of the clock to type. */
    private void typing(List<String> lines, List<Integer> seconds) {
        String text = String.join("\n", lines) + "\n";
        int[] next = {0};
        PlayCommand.input = new BufferedReader(new StringReader(text)) {
            @Override
            public String readLine() throws java.io.IOException {
                int i = next[0]++;
                if (i < seconds.size()) {
                    now.set(now.get().plusSeconds(seconds.get(i)));
                }
                return super.readLine();
            }
        };
    }

    private List<Action.Commit> moscowCommits() throws Exception {
        LoadedGame g = new SaveStore(saveDir).load(saveDir.resolve("autosave-baseline-3.json"));
        return g.session().actions().stream().filter(a -> a instanceof Action.Commit c && c.side() == Side.MOSCOW)
                .map(a -> (Action.Commit) a).toList();
    }

    @Test
    void eachPromptSaysTheTimeLeft_andAnAnswerInTimeIsTaken() throws Exception {
        typing(List.of("1", "quick", "q"), List.of(10, 5, 0));
        assertThat(run("play", "--plain", "--seed", "3", "--timer", "60")).isZero();
        String text = out.toString();
        assertThat(text).contains("--timer 60").contains("Each person has 1:00 a turn")
                .contains("choose 1-").contains("(1:00 left):").contains("(0:50 left):");
        assertThat(moscowCommits().get(0).rationale()).isEqualTo("quick");
    }

    @Test
    void anAnswerAfterZero_isTooLate_andTheChoiceLastExplainedIsCommitted() throws Exception {
        // ?3 explains the third choice (and picks it), then the player takes 80 s over the next line
        typing(List.of("?3", "1", "too slow", "q"), List.of(5, 80, 0, 0));
        assertThat(run("play", "--plain", "--seed", "3", "--timer", "60")).isZero();
        String text = out.toString();
        assertThat(text).contains("Time is up for Moscow").contains("time ran out: the highlighted choice");
        assertThat(text.indexOf("Time is up for Moscow")).as("said before the reveal")
                .isLessThan(text.indexOf("Revealed: Moscow chose"));
        Action.Commit first = moscowCommits().get(0);
        assertThat(first.rationale()).contains("time ran out");
        assertThat(first.variantId()).as("the choice explained last, not the late answer")
                .isEqualTo(thirdChoiceId());
    }

    @Test
    void aBotChoosesAtZero_whenAskedTo() throws Exception {
        typing(List.of("1", "q"), List.of(31, 0));
        assertThat(run("play", "--plain", "--seed", "3", "--timer", "30", "--when-time-runs-out", "Historian"))
                .isZero();
        assertThat(out.toString()).contains("the historian bot chooses for them").contains("Time is up for Moscow")
                .contains("--when-time-runs-out historian");
        assertThat(moscowCommits().get(0).rationale()).startsWith("(time ran out: the historian bot chose)");
    }

    @Test
    void badTimerOptions_areOneSentenceEach() {
        assertThat(run("play", "--plain", "--when-time-runs-out", "keep")).isEqualTo(2);
        assertThat(err.toString()).contains("add --timer SECONDS");
        err.getBuffer().setLength(0);
        assertThat(run("play", "--plain", "--timer", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("from 1 to 86400, not 0");
        err.getBuffer().setLength(0);
        assertThat(run("play", "--plain", "--timer", "30", "--when-time-runs-out", "histoiran")).isEqualTo(2);
        assertThat(err.toString()).contains("not 'histoiran'; did you mean 'historian'?");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    /** The id of the third choice Moscow is offered at the start of the seed-3 game. */
    private static String thirdChoiceId() throws Exception {
        var loaded = org.amur.scenario.ScenarioLoader.forInstallation().resolve("baseline");
        var session = org.amur.session.Session.start(loaded, 3);
        return session.engine().view(session.state(), Side.MOSCOW).legalChoices().get(2).id();
    }
}
