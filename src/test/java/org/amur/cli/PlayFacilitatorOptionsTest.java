package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code amur play --facilitator[=open] --adjudication MODE}: what is refused, in one sentence. */
class PlayFacilitatorOptionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void play_facilitatorWithAnUnknownPlay_isAUsageError() {
        assertThat(run("play", "--facilitator=maybe")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("amur: --facilitator takes 'closed' or 'open', not 'maybe'.");
    }

    @Test
    void play_adjudicationWithoutAFacilitator_isAUsageError() {
        assertThat(run("play", "--adjudication", "free")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "amur: --adjudication is for a game with a facilitator; add --facilitator.");
    }

    @Test
    void play_unknownAdjudication_isAUsageError() {
        assertThat(run("play", "--facilitator", "--adjudication", "loose")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "amur: --adjudication takes rigid, semi-rigid or free, not 'loose'.");
    }

    @Test
    void play_facilitatorInPlainText_isRefused() {
        assertThat(run("play", "--plain", "--facilitator=open")).isEqualTo(2);
        assertThat(err.toString()).contains("needs the game screen; leave out --plain");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void play_validFacilitatorOptions_withoutATerminal_getAsFarAsTheTerminalCheck() {
        assertThat(run("play", "--facilitator=open", "--adjudication", "semi-rigid", "--beijing", "human")).isEqualTo(2);
        assertThat(err.toString()).contains("interactive terminal").doesNotContain("--facilitator");
        assertThat(run("play", "--facilitator", "--seed", "4")).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("--facilitator takes");
    }

    @Test
    void play_help_namesTheFacilitatorOptions() {
        assertThat(run("play", "--help")).isZero();
        assertThat(out.toString()).contains("--facilitator[=closed|open]").contains("--adjudication=rigid|semi-rigid|free");
    }
}
