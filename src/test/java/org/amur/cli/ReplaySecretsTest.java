package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amur.engine.Action;
import org.amur.engine.Audience;
import org.amur.engine.Side;
import org.amur.engine.Variant;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amur replay}: an unfinished game shows only the public view unless --all; every output, text or
 * JSON, carries no raw control, bidi or zero-width character; picocli's echo of arguments is escaped.
 */
class ReplaySecretsTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A game in progress in which Russia sold arms every turn, so the copy rolls (secret odds) happened. */
    private Path unfinishedGame(String rationale) throws Exception {
        Session s = Session.start(ScenarioLoader.load(Path.of("scenarios/baseline.json")), 7);
        for (int t = 0; t < 4 && !s.state().isOver(); t++) {
            // Su-35s while they are on offer (rules 3 caps a system's contracts), then engines
            Variant v = s.engine().isLegal(s.state(), Side.MOSCOW, Variant.ARMS_SU35) ? Variant.ARMS_SU35
                    : Variant.ARMS_ENGINES_HELICOPTERS;
            s.apply(new Action.Commit(Side.MOSCOW, v.id(), rationale));
            s.apply(new Action.Commit(Side.BEIJING, v.id(), rationale));
        }
        assertThat(s.state().isOver()).isFalse();
        boolean secret = Audience.PUBLIC.redact(s.events()).size() != s.events().size()
                || !Audience.PUBLIC.redact(s.events()).equals(Audience.FACILITATOR.redact(s.events()));
        assertThat(secret).as("the game has something only the facilitator may see").isTrue();
        SaveStore store = new SaveStore(dir);
        return store.save(s, "inprogress", new SaveMeta("human", "random", null, 0, null));
    }

    @Test
    void replay_unfinishedGame_showsThePublicViewUnlessAll() throws Exception {
        Path save = unfinishedGame("");
        assertThat(run("replay", save.toString())).isZero();
        String pub = out.toString();
        assertThat(pub).contains("Shown: what both sides may know (the game is not over; --all shows everything).");
        assertThat(run("replay", "--all", save.toString())).isZero();
        String all = out.toString();
        assertThat(all).contains("Shown: everything (the facilitator's view).");
        assertThat(pub.length()).as("the public view leaves the secrets out").isLessThan(all.length());
        assertThat(run("replay", "--json", save.toString())).isZero();
        String pubJson = out.toString();
        assertThat(pubJson).contains("\"view\" : \"public\"");
        assertThat(run("replay", "--json", "--all", save.toString())).isZero();
        assertThat(out.toString()).contains("\"view\" : \"all\"");
        assertThat(pubJson.length()).isLessThan(out.toString().length());
    }

    /**
     * The public view's scores are those each side's own screen shows of the other (both see both scores),
     * and nothing in it names the secret indicator or its rolls, though its game had copy rolls.
     */
    @Test
    void replayJson_unfinishedGame_standingsAreWhatTheOtherSideSees_andNoSecretIsNamed() throws Exception {
        Path save = unfinishedGame("");
        assertThat(run("replay", "--json", save.toString())).isZero();
        String json = out.toString();
        assertThat(json).doesNotContain("copy_progress").doesNotContain("unlicensed_copy");
        tools.jackson.databind.JsonNode root = org.amur.scenario.StrictJson.mapper().readTree(json);
        Session s = new SaveStore(dir).load(save).session();
        int checked = 0;
        for (tools.jackson.databind.JsonNode turn : root.get("turns")) {
            org.amur.engine.GameState at = s.stateAtTurnStart(turn.get("turn").intValue());
            for (Side side : Side.values()) {
                double seen = s.engine().view(at, side.other()).otherScore();
                assertThat(turn.get("standing").get(side.id()).get("score").doubleValue()).isEqualTo(seen);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void replay_finishedGame_showsAll() {
        assertThat(run("replay", "--anyway", "src/test/resources/saves/v1/baseline-seed-2018.json")).isZero();
        assertThat(out.toString()).contains("Shown: everything (the facilitator's view).");
    }

    @Test
    void replay_rationaleWithC1BidiAndZeroWidth_neverReachesTheTerminalRaw() throws Exception {
        Path save = unfinishedGame("ok\u009B31m \u202Eevil \u200Bhidden");
        for (String[] args : new String[][] {{"replay", save.toString()}, {"replay", "--json", save.toString()}}) {
            assertThat(run(args)).isZero();
            String text = out.toString();
            assertThat(text).contains("ok").doesNotContain("\u009B").doesNotContain("\u202E").doesNotContain("\u200B");
        }
        assertThat(out.toString()).contains("\\u009b31m").contains("\\u202e");
    }

    @Test
    void picocliEcho_ofAnEscapeInTheArguments_isEscaped() {
        assertThat(run("replay", "--no-such-\u001B[31m-option\u009B", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-").doesNotContain("\u001B").doesNotContain("\u009B");
    }

    @Test
    void tournament_emptyBotList_isOneSentenceExitTwo() {
        assertThat(run("tournament", "--bots", ",,")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("amur: --bots needs at least one bot").doesNotContain("\n")
                .doesNotContain("Exception");
    }
}
