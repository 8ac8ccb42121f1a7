package org.amur.tui;

import static org.amur.tui.Harness.ch;
import static org.amur.tui.Harness.k;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.amur.ai.Bot;
import org.amur.engine.SeatView;
import org.amur.engine.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Size limits, resizing, colour modes, sanitizing, threads and failures. */
@Timeout(60)
class TerminalBehaviourTest {
    @TempDir
    Path saves;

    @Test
    void belowMinimum_showsOnlyTheEnlargeMessage_andTheGameResumesWhenEnlarged() {
        Harness h = Harness.sync(80, 24, saves).game(3, "human", "random").enter();
        h.keys(ch('2')).enter().type("half typed");
        h.resize(79, 24);
        String small = h.text();
        assertThat(small).contains("Enlarge the terminal to at least 80x24 (it is 79x24 now).")
                .doesNotContain("SHARED").doesNotContain("half typed");
        // keys are not acted on while nothing can be seen...
        h.keys(k(KeyType.Enter), ch('q'), k(KeyType.Backspace));
        assertThat(h.app.game()).isNotNull();
        assertThat(h.app.game().state().hasCommitted(Side.MOSCOW)).isFalse();
        h.resize(60, 10);
        assertThat(h.text()).contains("Enlarge the terminal").contains("60x10");
        // ...and nothing typed before is lost
        h.resize(80, 24);
        assertThat(h.text()).contains("Why we chose it (optional): half typed").contains("[2 Joint exercises]");
        h.enter();
        assertThat(h.app.top()).isInstanceOf(RevealView.class);
        assertThat(h.text()).contains("Why: half typed");
    }

    @Test
    void resizeSeenByAKeyBeforeTheNextFrame_stillRepaintsTheWholeTerminal() {
        Harness h = Harness.sync(100, 30, saves).game(11, "human", "random").enter();
        // the terminal shrinks and a key arrives before any frame is drawn at the new size
        h.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(80, 24));
        h.keys(k(KeyType.ArrowDown));
        assertThat(h.terminalText()).as("what reached the terminal").isEqualTo(h.text());
    }

    @Test
    void ctrlL_repaintsEverythingFromTheScreenBuffer() {
        Harness h = Harness.sync(80, 24, saves).game(11, "human", "random").enter();
        h.terminal.setCursorPosition(0, 5);
        h.terminal.putString("line noise from another program");
        assertThat(h.terminalText()).isNotEqualTo(h.text());
        h.keys(new com.googlecode.lanterna.input.KeyStroke('l', true, false));
        assertThat(h.terminalText()).isEqualTo(h.text());
        assertThat(h.app.game().state().turn()).isEqualTo(1);
    }

    @Test
    void resizing_backAndForthMidGame_neverThrowsAndUsesTheSpace() {
        Harness h = Harness.sync(80, 24, saves).game(11, "human", "human").enter();
        int[][] sizes = {{200, 60}, {80, 24}, {81, 25}, {300, 24}, {80, 100}, {12, 3}, {1, 1}, {120, 40}};
        KeyStroke[] keys = {ch('3'), k(KeyType.ArrowDown), ch('d'), k(KeyType.PageDown), k(KeyType.Escape), ch('l'),
            k(KeyType.End), k(KeyType.Escape), ch('?'), k(KeyType.Escape)};
        for (int[] s : sizes) {
            h.resize(s[0], s[1]);
            for (KeyStroke ks : keys) {
                h.keys(ks);
            }
        }
        String big = h.text();
        assertThat(big.split("\n")[0].length()).isGreaterThan(100);
        assertThat(big).contains("Interop: naval").contains("Int. aero"); // all shared rows at 40 lines
    }

    @Test
    void monoPalette_drawsNoColourAndMarksTheSelectionWithReverseVideo() {
        Harness h = new Harness(80, 24, saves, Palette.detect(false, Map.of("NO_COLOR", "1", "TERM", "xterm-256color")),
                Runnable::run).menu();
        assertThat(h.app.palette().mode()).isEqualTo(Palette.Mode.MONO);
        int row = rowOf(h, "New game");
        TextCharacter sel = h.screen.getFrontCharacter(5, row);
        assertThat(sel.getModifiers()).contains(SGR.REVERSE);
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 80; c++) {
                TextCharacter t = h.screen.getFrontCharacter(c, r);
                assertThat(t.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
                assertThat(t.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
            }
        }
        assertThat(h.text()).contains("\u25B6 n  New game");
    }

    @Test
    void paletteDetection_followsFlagNoColorAndTerm() {
        assertThat(Palette.detect(true, Map.of("TERM", "xterm-256color")).mode()).isEqualTo(Palette.Mode.MONO);
        assertThat(Palette.detect(false, Map.of("NO_COLOR", "", "TERM", "xterm-256color")).mode())
                .isEqualTo(Palette.Mode.COLOR_256); // an empty NO_COLOR does not count (no-color.org)
        assertThat(Palette.detect(false, Map.of("TERM", "xterm")).mode()).isEqualTo(Palette.Mode.COLOR_16);
    }

    @Test
    void colourPalettes_neverUseRedAndGreenForRisesAndFalls() {
        for (Palette.Mode m : List.of(Palette.Mode.COLOR_16, Palette.Mode.COLOR_256)) {
            Palette p = new Palette(m);
            for (Role r : List.of(Role.UP, Role.DOWN, Role.GOOD, Role.BAD)) {
                TextColor fg = p.style(r).fg();
                assertThat(fg).isNotIn(TextColor.ANSI.RED, TextColor.ANSI.GREEN, TextColor.ANSI.RED_BRIGHT,
                        TextColor.ANSI.GREEN_BRIGHT);
            }
            assertThat(p.style(Role.UP).fg()).isNotEqualTo(p.style(Role.DOWN).fg());
        }
    }

    @Test
    void controlAndBidiCharactersTyped_areDrawnAsReplacementCharacters() {
        Harness h = Harness.sync(80, 24, saves).game(3, "human", "human").enter();
        h.keys(ch('2')).enter();
        h.keys(ch('a'), ch('\u001b'), ch('\u0007'), ch('\u202e'), ch('\u200b'), ch('b'));
        String s = h.text();
        assertThat(s).contains("a\uFFFD\uFFFD\uFFFD\uFFFDb").doesNotContain("\u001b").doesNotContain("\u202e");
        h.enter().enter().keys(ch('2')).enter().enter();
        assertThat(h.text()).contains("Why: a\uFFFD\uFFFD\uFFFD\uFFFDb");
    }

    @Test
    void canvas_sanitizesAnythingDrawn() {
        Harness h = Harness.sync(80, 24, saves);
        Canvas c = new Canvas(h.screen.newTextGraphics(), new TerminalSize(80, 24), new Palette(Palette.Mode.MONO),
                Glyphs.UNICODE);
        c.text(0, 0, "x\u001b[31my\u0085z\u202ew", Role.NORMAL); // Lanterna would throw on ESC
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            row.append(h.screen.getBackCharacter(i, 0).getCharacterString());
        }
        assertThat(row.toString()).startsWith("x\uFFFD[31my\uFFFDz\uFFFDw");
    }

    /** A bot that waits for the test to let it decide. */
    static final class SlowBot implements Bot {
        final CountDownLatch go = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public Decision decide(SeatView view) {
            started.countDown();
            try {
                go.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Decision(view.legalChoices().get(0), "took my time");
        }
    }

    @Test
    void botThinking_neverFreezesTheScreen_andItsChoiceArrivesOnTheUiThread() throws Exception {
        SlowBot slow = new SlowBot();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Harness h = new Harness(80, 24, saves, new Palette(Palette.Mode.COLOR_256), worker,
                Harness.withBot("slowbot", slow));
        Thread ui = new Thread(() -> {
            try {
                h.app.run(App.Start.game("baseline", 5L, "human", "slowbot"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            ui.start();
            h.terminal.addInput(new KeyStroke(KeyType.Enter));
            assertThat(slow.started.await(20, TimeUnit.SECONDS)).isTrue();
            // while the bot thinks, the player reads help and commits
            h.terminal.addInput(new KeyStroke('?', false, false));
            await(h, "Help: keys and how to play");
            h.terminal.addInput(new KeyStroke(KeyType.Escape));
            await(h, "Beijing (bot: slowbot) is thinking...");
            for (KeyStroke ks : List.of(new KeyStroke('2', false, false), new KeyStroke(KeyType.Enter),
                    new KeyStroke(KeyType.Enter))) {
                h.terminal.addInput(ks);
            }
            await(h, "Waiting for Beijing; u takes it back.");
            // idle: the UI thread is parked on its queue, not spinning
            long frames = h.app.frameCount();
            Thread.sleep(300);
            assertThat(h.app.frameCount()).isEqualTo(frames);
            assertThat(h.app.uiThread().getState()).isEqualTo(Thread.State.WAITING);
            slow.go.countDown();
            await(h, "the choices revealed");
            assertThat(last(h)).contains("Why: took my time");
        } finally {
            slow.go.countDown();
            h.terminal.addInput(new KeyStroke('c', true, false));
            ui.join(20_000);
            worker.shutdownNow();
        }
        assertThat(ui.isAlive()).isFalse();
    }

    @Test
    void ctrlC_savesTheGameAndQuitsWithWhereItWent() {
        Harness h = Harness.sync(80, 24, saves).game(8, "human", "random").enter();
        h.keys(ch('1')).enter().enter().enter(); // one turn
        h.keys(Harness.ctrl('c'));
        assertThat(h.app.quitting()).isTrue();
        assertThat(h.app.farewell()).contains("autosave-baseline-8.json").contains("Continue");
        assertThat(saves.resolve("autosave-baseline-8.json")).exists();
    }

    @Test
    void continue_resumesTheAutosavedGameAtTheSameTurn() {
        Harness first = Harness.sync(80, 24, saves).game(8, "human", "random").enter();
        first.keys(ch('1')).enter().enter().enter();
        org.amur.engine.GameState before = first.app.game().state();
        first.keys(ch('q'));
        assertThat(first.text()).contains("Continue").contains("baseline, turn " + before.turn());
        Harness second = Harness.sync(80, 24, saves).menu().keys(ch('c'));
        assertThat(second.app.game()).isNotNull();
        assertThat(second.app.game().state()).isEqualTo(before);
        assertThat(second.text()).contains("Turn " + before.turn() + " of 8").contains("Moscow (you) to choose");
    }

    @Test
    void loadingASaveWhoseScenarioIsGone_saysWhyAndStaysOnTheMenu() throws Exception {
        Path f = saves.resolve("elsewhere/gone.json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, Files.readString(Path.of("scenarios/baseline.json"))
                .replace("\"id\": \"baseline\"", "\"id\": \"gone\""));
        org.amur.session.Session s = org.amur.session.Session.start(org.amur.scenario.ScenarioLoader.load(f), 1);
        new org.amur.save.SaveStore(saves).save(s, "orphan", new org.amur.save.SaveMeta("human", "random"));
        java.nio.file.Files.writeString(saves.resolve("orphan.json"),
                org.amur.save.OldSaves.withoutScenarioCopy(java.nio.file.Files.readString(saves.resolve("orphan.json")))); // a save from before saves carried their scenario
        Harness m = Harness.sync(80, 24, saves).menu().keys(ch('o'));
        assertThat(m.text()).contains("orphan").contains("gone");
        m.enter();
        assertThat(m.text()).contains("This save cannot be opened").contains("needs the scenario 'gone'");
        assertThat(m.app.game()).isNull();
        m.enter().keys(k(KeyType.Escape));
        assertThat(m.text()).contains("New game");
    }

    @Test
    void botErrorOnTheWorker_stopsTheGameSavedAndRestoresTheTerminalWithOneSentenceAndALog() throws Exception {
        Harness.QueueTerminal term = new Harness.QueueTerminal(new TerminalSize(80, 24)) {
            boolean closed;

            @Override
            public void close() {
                closed = true;
                super.close();
            }

            @Override
            public String toString() {
                return "closed=" + closed;
            }
        };
        App.Config cfg = new App.Config(new org.amur.scenario.ScenarioLoader(Path.of("scenarios")),
                new org.amur.save.SaveStore(saves), new Palette(Palette.Mode.MONO), Glyphs.UNICODE, Runnable::run,
                (ms, t) -> { }, () -> 1L, Harness.withBot("broken", new Bot() {
                    @Override
                    public String name() {
                        return "broken";
                    }

                    @Override
                    public Decision decide(SeatView view) {
                        throw new StackOverflowError("simulated");
                    }
                }));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        term.addInput(new KeyStroke(KeyType.Enter)); // leave the introduction: the bot starts and fails
        int code = Tui.run(term, cfg, App.Start.game("baseline", 4L, "human", "broken"), new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(term.toString()).isEqualTo("closed=true");
        String msg = err.toString().strip();
        assertThat(msg.lines().count()).isEqualTo(1);
        assertThat(msg).contains("unexpected error (StackOverflowError)").doesNotContain("\tat ");
        Path log = Path.of(msg.substring(msg.lastIndexOf(' ') + 1));
        assertThat(Files.readString(log)).contains("StackOverflowError: simulated").contains("\tat ");
        assertThat(saves.resolve("autosave-baseline-4.json")).exists();
        Files.deleteIfExists(log);
    }

    private static int rowOf(Harness h, String text) {
        String[] lines = h.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    private static String last(Harness h) {
        synchronized (h.frames) {
            return h.frames.get(h.frames.size() - 1);
        }
    }

    private static void await(Harness h, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            synchronized (h.frames) {
                if (!h.frames.isEmpty() && h.frames.get(h.frames.size() - 1).contains(text)) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no frame with '" + text + "'; last:\n" + last(h));
    }

}
