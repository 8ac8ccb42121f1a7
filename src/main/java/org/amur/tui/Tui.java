package org.amur.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.amur.save.SaveStore;
import org.amur.scenario.Home;
import org.amur.scenario.ScenarioLoader;

/**
 * Starts the full-screen game on the real terminal and always gives the terminal back as it found
 * it (echo and line mode restored, the normal screen back), whether the player quits, presses
 * Ctrl-C, or the program fails; a failure ends with one sentence and the path of a log holding the
 * details.
 */
public final class Tui {

    /**
     * What the command line asked for. {@code menu} opens the main menu; otherwise a game starts at once,
     * run by a facilitator when {@code facilitator} is not null.
     */
    public record Options(String scenario, Long seed, String moscow, String beijing, boolean mono, boolean menu,
                          org.amur.save.SaveMeta.Facilitator facilitator, Integer turns, org.amur.save.Names names,
                          TurnTimer timer, boolean patientBots) {
        public Options(String scenario, Long seed, String moscow, String beijing, boolean mono, boolean menu,
                       org.amur.save.SaveMeta.Facilitator facilitator, Integer turns, org.amur.save.Names names,
                       TurnTimer timer) {
            this(scenario, seed, moscow, beijing, mono, menu, facilitator, turns, names, timer, false);
        }

        public Options(String scenario, Long seed, String moscow, String beijing, boolean mono, boolean menu,
                       org.amur.save.SaveMeta.Facilitator facilitator, Integer turns, org.amur.save.Names names) {
            this(scenario, seed, moscow, beijing, mono, menu, facilitator, turns, names, null);
        }

        public Options(String scenario, Long seed, String moscow, String beijing, boolean mono, boolean menu) {
            this(scenario, seed, moscow, beijing, mono, menu, null, null, null);
        }

        public Options(String scenario, Long seed, String moscow, String beijing, boolean mono, boolean menu,
                       org.amur.save.SaveMeta.Facilitator facilitator) {
            this(scenario, seed, moscow, beijing, mono, menu, facilitator, null, null);
        }
    }

    private Tui() {
    }

    /** New games' seeds; made when the first is drawn, not before the first frame (it loads the security providers). */
    private static final class Seeds {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** True when stdin and stdout are an interactive terminal (the only place the game screen can run). */
    public static boolean isTerminal() {
        return System.console() != null;
    }

    /** The one sentence said when there is no terminal, pointing at the commands that need none. */
    public static String notATerminal() {
        return Ui.t("cli.not_a_terminal");
    }

    /** Runs the game until the player leaves; returns the exit code (0 done, 1 failure, 2 no terminal). */
    public static int launch(Options o, PrintWriter out, PrintWriter err) {
        prefetch();
        Charset cs = Charset.defaultCharset();
        Terminal terminal;
        try {
            // on Unix what the factory would make, taken with fewer stty runs (UnixTty); elsewhere the factory's own
            terminal = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                    ? new DefaultTerminalFactory(System.out, System.in, cs).setForceTextTerminal(true)
                            .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP).createTerminal()
                    : new UnixTty(System.in, System.out, cs, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        } catch (IOException | RuntimeException e) {
            err.println(Ui.t("cli.no_terminal", e.getClass().getSimpleName()));
            return 2;
        }
        ExecutorService botWorker = Executors.newSingleThreadExecutor(daemon("amur-bot"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("amur-timer"));
        App.Config config = new App.Config(ScenarioLoader.forInstallation(), SaveStore.forInstallation(),
                Palette.detect(o.mono(), System.getenv()), Glyphs.forCharset(cs), botWorker,
                (ms, task) -> timer.schedule(task, ms, TimeUnit.MILLISECONDS), () -> Seeds.RANDOM.nextInt(1_000_000),
                Seats.FACTORY);
        if (o.patientBots()) {
            config = config.withBotPatience(null); // every decision runs its whole budget, however long it takes
        }
        App.Start start = o.menu() ? App.Start.menu(o.scenario())
                : App.Start.game(o.scenario(), o.seed(), o.moscow(), o.beijing()).facilitated(o.facilitator())
                        .setUp(o.turns(), o.names()).timed(o.timer());
        try {
            return run(terminal, config, start, out, err);
        } finally {
            botWorker.shutdownNow();
            timer.shutdownNow();
        }
    }

    /**
     * Starts, on a second thread, the work the first frame needs that does not need the terminal, so that it runs
     * while this thread takes the terminal (waiting for {@code stty}) instead of after it: the JDK's number formats
     * for the default locale (Lanterna's colour constants are built with {@code String.format}), its text
     * boundaries (Lanterna's {@code TextCharacter}) and the screen's words (reading {@code ui.properties} also opens
     * the jar). Each is a class initialization or a cache the main thread would otherwise fill itself; the JVM lets
     * one thread do it and the other wait for it, so nothing is done twice and nothing changes but when.
     */
    private static void prefetch() {
        Thread t = new Thread(() -> {
            String.format("%d", 0);
            java.text.BreakIterator.getCharacterInstance();
            Ui.has("app.name");
        }, "amur-prefetch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Runs the app on {@code terminal} and restores it in every case: stop the screen, then close the
     * terminal (closing a Unix terminal runs stty to give back echo and canonical mode, which stopping
     * the screen alone does not; Lanterna issue #532).
     */
    static int run(Terminal terminal, App.Config config, App.Start start, PrintWriter out, PrintWriter err) {
        App app = null;
        Throwable failure = null;
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                app = new App(screen, config);
                app.run(start);
            } finally {
                try {
                    screen.stopScreen();
                } catch (IOException | RuntimeException ignored) {
                    // the terminal is closed below either way
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                terminal.close();
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done for the terminal
            }
        }
        if (failure != null) {
            Path log = writeLog(failure);
            err.println(Ui.t("crash.message", failure.getClass().getSimpleName(),
                    log == null ? Ui.t("crash.no_log") : log.toString()));
            err.flush();
            return 1;
        }
        if (app != null && !app.farewell().isEmpty()) {
            out.println(app.farewell());
            out.flush();
        }
        return 0;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** {@link #writeLog}, for the command line's last-resort error handler. */
    public static Path writeLogFile(Throwable t) {
        return writeLog(t);
    }

    /** Writes the trace to {@code $AMUR_HOME/logs} (or the temporary folder); returns the file, or null. */
    static Path writeLog(Throwable t) {
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.println("Amur " + version() + ", Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("os.name") + ", TERM=" + System.getenv("TERM"));
            t.printStackTrace(pw);
        }
        String name = "amur-error-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".log";
        for (Path dir : new Path[] {Home.path().resolve("logs"), Path.of(System.getProperty("java.io.tmpdir"))}) {
            try {
                Files.createDirectories(dir);
                Path f = dir.resolve(name);
                Files.writeString(f, sw.toString(), StandardCharsets.UTF_8);
                return f;
            } catch (IOException | RuntimeException e) {
                // try the next place
            }
        }
        return null;
    }

    private static String version() {
        String v = Tui.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
