package org.amur.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.amur.save.SaveStore;
import org.amur.scenario.ScenarioLoader;

/**
 * Drives the app in a virtual terminal. In synchronous mode the test thread plays the UI thread:
 * each key is dispatched and every queued task (bot decisions) run before the next, so tests are
 * deterministic. Timer tasks are kept for the test to fire.
 */
final class Harness {
    /**
     * A virtual terminal whose blocking read does not hold the terminal's lock (Lanterna's
     * DefaultVirtualTerminal.readInput is synchronized, so a reader thread would block every draw).
     */
    static class QueueTerminal extends DefaultVirtualTerminal {
        private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();

        QueueTerminal(TerminalSize size) {
            super(size);
        }

        @Override
        public void addInput(KeyStroke k) {
            keys.add(k);
        }

        @Override
        public KeyStroke pollInput() {
            return keys.poll();
        }

        @Override
        public KeyStroke readInput() {
            try {
                return keys.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new KeyStroke(KeyType.EOF);
            }
        }
    }

    final QueueTerminal terminal;
    final TerminalScreen screen;
    final App app;
    final SaveStore saves;
    final List<Runnable> timers = new ArrayList<>();
    final List<String> frames = new ArrayList<>();
    final App.Config config;

    Harness(int cols, int rows, Path saveDir, Palette palette, java.util.concurrent.Executor botWorker) {
        this(cols, rows, saveDir, palette, botWorker, Seats.FACTORY);
    }

    Harness(int cols, int rows, Path saveDir, Palette palette, java.util.concurrent.Executor botWorker,
            App.BotFactory bots) {
        this(cols, rows, saveDir, Path.of("scenarios"), palette, botWorker, bots);
    }

    Harness(int cols, int rows, Path saveDir, Path scenarioDir, Palette palette, java.util.concurrent.Executor botWorker,
            App.BotFactory bots) {
        this(cols, rows, saveDir, scenarioDir, palette, botWorker, bots, c -> c);
    }

    /** The same, the app's configuration changed by {@code tweak} (say, bots never hurried). */
    Harness(int cols, int rows, Path saveDir, Path scenarioDir, Palette palette, java.util.concurrent.Executor botWorker,
            App.BotFactory bots, java.util.function.UnaryOperator<App.Config> tweak) {
        terminal = new QueueTerminal(new TerminalSize(cols, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScenarioLoader loader = new ScenarioLoader(scenarioDir);
        saves = new SaveStore(saveDir, loader, Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        long[] seeds = {4242};
        App.Config config = tweak.apply(new App.Config(loader, saves, palette, Glyphs.UNICODE, botWorker,
                (ms, task) -> timers.add(task), () -> seeds[0]++, bots));
        this.config = config;
        app = new App(screen, config);
        app.onFrame(f -> {
            synchronized (frames) {
                frames.add(f);
            }
        });
    }

    /** Synchronous harness: bots decide on the test thread via the queue. */
    static Harness sync(int cols, int rows, Path saveDir) {
        return new Harness(cols, rows, saveDir, new Palette(Palette.Mode.COLOR_256), Runnable::run);
    }

    Harness start(App.Start s) {
        app.start(s);
        app.drain();
        return this;
    }

    Harness menu() {
        return start(App.Start.menu("baseline"));
    }

    Harness game(long seed, String moscow, String beijing) {
        return start(App.Start.game("baseline", seed, moscow, beijing));
    }

    /**
     * Runs the bot work a test queued (a harness whose bot worker is {@code queue::add}) until none is left,
     * the app's own queue after each round: the bots' answers arrive now.
     */
    Harness runBots(List<Runnable> queue) {
        while (!queue.isEmpty()) {
            List<Runnable> now = new ArrayList<>(queue);
            queue.clear();
            now.forEach(Runnable::run);
            app.drain();
        }
        return this;
    }

    /** Dispatches keys one by one, running queued work after each. */
    Harness keys(KeyStroke... ks) {
        for (KeyStroke k : ks) {
            app.dispatch(k);
            app.render();
            app.drain();
        }
        return this;
    }

    Harness type(String s) {
        for (char c : s.toCharArray()) {
            keys(new KeyStroke(c, false, false));
        }
        return this;
    }

    Harness enter() {
        return keys(new KeyStroke(KeyType.Enter));
    }

    Harness resize(int cols, int rows) {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        app.render();
        return this;
    }

    String text() {
        return app.text();
    }

    /** The virtual terminal's own content (what reached the terminal, not the screen buffer). */
    String terminalText() {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                line.append(terminal.getCharacter(c, r).getCharacterString());
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Fires the timer tasks scheduled so far (auto-play), running what they post. */
    Harness fireTimers() {
        List<Runnable> now = new ArrayList<>(timers);
        timers.clear();
        for (Runnable r : now) {
            r.run();
        }
        app.drain();
        return this;
    }

    /** The usual bots plus one more under {@code name}. */
    static App.BotFactory withBot(String name, org.amur.ai.Bot bot) {
        return new App.BotFactory() {
            @Override
            public List<String> specs() {
                List<String> l = new ArrayList<>(Seats.specs());
                l.add(name);
                return l;
            }

            @Override
            public org.amur.ai.Bot create(String spec, org.amur.engine.Engine engine, org.amur.engine.Side seat,
                                          long seed) {
                return spec.equals(name) ? bot : Seats.bot(spec, engine, seat, seed);
            }
        };
    }

    static KeyStroke k(KeyType t) {
        return new KeyStroke(t);
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }
}
