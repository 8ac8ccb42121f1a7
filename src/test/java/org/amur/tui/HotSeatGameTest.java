package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.amur.engine.Action;
import org.amur.engine.GameState;
import org.amur.engine.Line;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.save.LoadedGame;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole hot-seat game played by keystrokes into a virtual terminal, on the real UI loop with its
 * input thread. Checks that Moscow's committed choice never reaches the screen before the reveal,
 * that a choice taken back is logged, and that the game ends in exactly the state the engine gives
 * for the same seed and choices.
 */
@Timeout(120)
class HotSeatGameTest {
    private static final long SEED = 2024;

    @TempDir
    Path dir;

    /** A pick on the turn screen: line tab, items down from the first, and the reason typed. */
    record Pick(Line line, int downs, String why) {
        Variant variant(LoadedScenario sc) {
            List<Variant> vs = new ArrayList<>();
            for (Variant v : sc.scenario().variants()) {
                if (v.line() == line && !v.isReverseArms()) {
                    vs.add(v);
                }
            }
            for (Variant v : sc.scenario().variants()) {
                if (v.line() == line && v.isReverseArms()) {
                    vs.add(v);
                }
            }
            return vs.get(downs);
        }
    }

    /** Moscow's and Beijing's picks for one turn, and Moscow's decoy to commit and take back first (or null). */
    record Turn(Pick moscow, Pick beijing, Pick moscowDecoy) {
    }

    private static List<Turn> script(Pick firstMoscow) {
        List<Turn> t = new ArrayList<>();
        t.add(new Turn(firstMoscow, new Pick(Line.EXERCISES, 0, "B1 drills"), null));
        t.add(new Turn(new Pick(Line.ARMS, 1, "M2 fighters"), new Pick(Line.ARMS, 1, "B2 fighters"),
                new Pick(Line.ALLIANCE, 1, "M2 DECOY")));
        t.add(new Turn(new Pick(Line.EXERCISES, 8, "M3 schools"), new Pick(Line.EXERCISES, 8, "B3 schools"), null));
        t.add(new Turn(new Pick(Line.ALLIANCE, 0, "M4 talk"), new Pick(Line.ALLIANCE, 0, "B4 talk"), null));
        t.add(new Turn(new Pick(Line.ARMS, 0, "M5 engines"), new Pick(Line.ARMS, 5, "B5 cheap"), null));
        t.add(new Turn(new Pick(Line.EXERCISES, 6, "M6 air"), new Pick(Line.EXERCISES, 6, "B6 air"), null));
        t.add(new Turn(new Pick(Line.ALLIANCE, 1, "M7 reserve"), new Pick(Line.ALLIANCE, 1, "B7 reserve"), null));
        t.add(new Turn(new Pick(Line.EXERCISES, 0, "M8 peace"), new Pick(Line.ARMS, 8, "B8 diesels"), null));
        return t;
    }

    private static List<KeyStroke> pickKeys(Pick p) {
        List<KeyStroke> ks = new ArrayList<>();
        ks.add(new KeyStroke((char) ('1' + p.line().ordinal()), false, false));
        ks.add(new KeyStroke(KeyType.Home));
        for (int i = 0; i < p.downs(); i++) {
            ks.add(new KeyStroke(KeyType.ArrowDown));
        }
        ks.add(new KeyStroke(KeyType.Enter));
        for (char c : p.why().toCharArray()) {
            ks.add(new KeyStroke(c, false, false));
        }
        ks.add(new KeyStroke(KeyType.Enter));
        return ks;
    }

    record Played(List<String> frames, List<Action> actions, GameState state, Path autosave, int turns) {
    }

    /** The actions the script means, applied to the engine directly, stopping when the game ends. */
    private static Session expected(LoadedScenario sc, List<Turn> script) {
        Session s = Session.start(sc, SEED);
        for (Turn t : script) {
            if (s.state().isOver()) {
                break;
            }
            if (t.moscowDecoy() != null) {
                s.apply(new Action.Commit(Side.MOSCOW, t.moscowDecoy().variant(sc).id(), t.moscowDecoy().why()));
                s.apply(new Action.Withdraw(Side.MOSCOW));
            }
            s.apply(new Action.Commit(Side.MOSCOW, t.moscow().variant(sc).id(), t.moscow().why()));
            s.apply(new Action.Commit(Side.BEIJING, t.beijing().variant(sc).id(), t.beijing().why()));
        }
        return s;
    }

    private Played play(Path saves, List<Turn> script, int turns, String until) throws Exception {
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), Runnable::run);
        List<KeyStroke> keys = new ArrayList<>();
        keys.add(new KeyStroke(KeyType.Enter)); // leave the introduction
        for (int i = 0; i < turns; i++) {
            Turn t = script.get(i);
            if (t.moscowDecoy() != null) {
                keys.addAll(pickKeys(t.moscowDecoy()));
                keys.add(new KeyStroke('u', false, false)); // take it back on the hand-over screen
            }
            keys.addAll(pickKeys(t.moscow()));
            keys.add(new KeyStroke(KeyType.Enter)); // Beijing takes the keyboard
            keys.add(new KeyStroke('l', false, false)); // and looks at the log first
            keys.add(new KeyStroke(KeyType.Escape));
            keys.addAll(pickKeys(t.beijing()));
            keys.add(new KeyStroke(KeyType.Enter)); // past the reveal
        }
        Thread ui = new Thread(() -> {
            try {
                h.app.run(App.Start.game("baseline", SEED, "human", "human"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "test-ui");
        ui.start();
        for (KeyStroke k : keys) {
            h.terminal.addInput(k);
        }
        awaitFrame(h, until);
        CompletableFuture<Played> result = new CompletableFuture<>();
        h.app.post(() -> {
            Game g = h.app.game();
            result.complete(new Played(null, List.copyOf(g.session().actions()), g.session().state(), g.saving().lastSave(),
                    turns));
        });
        Played p = result.get(30, TimeUnit.SECONDS);
        h.terminal.addInput(new KeyStroke('c', true, false)); // Ctrl-C: save and quit
        ui.join(30_000);
        assertThat(ui.isAlive()).isFalse();
        List<String> frames;
        synchronized (h.frames) {
            frames = List.copyOf(h.frames);
        }
        return new Played(frames, p.actions(), p.state(), p.autosave(), turns);
    }

    private static void awaitFrame(Harness h, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            synchronized (h.frames) {
                if (!h.frames.isEmpty() && h.frames.get(h.frames.size() - 1).contains(text)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no frame with '" + text + "' within 60 s; last frame:\n" + h.frames.get(h.frames.size() - 1));
    }

    /** Frame ranges [hand-over to Beijing, reveal) for each turn: where Moscow's choice must not show. */
    private static List<List<String>> beijingPhases(List<String> frames) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        for (String f : frames) {
            if (f.contains("Pass the keyboard to Beijing")) {
                current = new ArrayList<>(); // a choice taken back starts the hand-over again
            }
            if (f.contains("the choices revealed")) {
                if (current != null) {
                    out.add(current);
                }
                current = null;
            }
            if (current != null) {
                current.add(f);
            }
        }
        return out;
    }

    @Test
    void hotSeat_wholeGameByKeystrokes_keepsMoscowSecretUntilTheRevealAndMatchesTheEngine() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        List<Turn> script = script(new Pick(Line.ALLIANCE, 0, "M1 SECRET talk"));
        Session engine = expected(sc, script);
        int turns = engine.resolvedTurns();
        assertThat(turns).as("the script plays a game of several turns").isGreaterThanOrEqualTo(3);

        Played p = play(dir.resolve("a"), script, turns, "Game over");

        // the same game as the engine's for the same seed and choices
        assertThat(p.actions()).isEqualTo(engine.actions());
        assertThat(p.state()).isEqualTo(engine.state());
        assertThat(p.state()).isEqualTo(Session.replay(sc, SEED, p.actions()).state());
        assertThat(p.state().isOver()).isTrue();

        // before each reveal, nothing on screen tells what Moscow chose or why
        List<List<String>> phases = beijingPhases(p.frames());
        assertThat(phases).hasSize(turns);
        for (int i = 0; i < turns; i++) {
            Turn t = script.get(i);
            Variant mv = t.moscow().variant(sc);
            for (String f : phases.get(i)) {
                assertThat(f).doesNotContain(t.moscow().why()).doesNotContain("Moscow chose")
                        .doesNotContain(mv.role(Side.MOSCOW).replace("offer", "offers").replace("request", "requests")
                                .replace("propose", "proposes") + " " + Text.title(mv))
                        .doesNotContain(Glyphs.UNICODE.check());
            }
            assertThat(String.join("", phases.get(i))).contains("Beijing (human) to choose")
                    .contains("Moscow has chosen (kept secret until the reveal)");
        }
        // ...and the reveal shows both, with the reasons
        String all = String.join("", p.frames());
        assertThat(all).contains("Why: M1 SECRET talk").contains("Why: B1 drills");

        // the log (opened by Beijing before choosing) said only that Moscow had chosen
        assertThat(phases.get(0)).anySatisfy(f -> assertThat(f).contains("Log:").contains("Moscow has chosen."));

        // the decoy of turn 2 was taken back: logged, and never revealed
        assertThat(p.actions()).contains(new Action.Withdraw(Side.MOSCOW));
        assertThat(all).doesNotContain("Why: M2 DECOY");
        assertThat(all).contains("Pass the keyboard to Beijing");

        // the autosave holds the same game
        LoadedGame saved = new org.amur.save.SaveStore(dir.resolve("a"), ScenarioLoader.forInstallation(),
                java.time.Clock.systemUTC()).load(p.autosave());
        assertThat(saved.session().state()).isEqualTo(engine.state());
        assertThat(saved.meta().moscow()).isEqualTo("human");
    }

    @Test
    void hotSeat_beijingSeesExactlyTheSameScreensWhateverMoscowChose() throws Exception {
        LoadedScenario sc = ScenarioLoader.forInstallation().resolve("baseline");
        List<Turn> a = script(new Pick(Line.ALLIANCE, 0, "same reason"));
        List<Turn> b = script(new Pick(Line.ARMS, 2, "same reason"));
        assertThat(a.get(0).moscow().variant(sc)).isNotEqualTo(b.get(0).moscow().variant(sc));
        Played pa = play(dir.resolve("a"), a, 1, "Turn 2 of 8");
        Played pb = play(dir.resolve("b"), b, 1, "Turn 2 of 8");
        List<String> beijingA = beijingPhases(pa.frames()).get(0);
        List<String> beijingB = beijingPhases(pb.frames()).get(0);
        assertThat(beijingA).isNotEmpty();
        assertThat(beijingB).isEqualTo(beijingA);
        assertThat(pa.state()).isNotEqualTo(pb.state());
    }
}
