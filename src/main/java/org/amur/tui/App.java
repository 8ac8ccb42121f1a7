package org.amur.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.amur.save.LoadedGame;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.session.Session;

/**
 * The running program: the screen, the stack of views, the current game, and the UI thread's task
 * queue. Everything that touches views, the game or the screen runs on the UI thread: keystrokes
 * come from an input thread, bot decisions from a worker and timer ticks from a scheduler, each as a
 * task {@link #post posted} to the queue. The UI thread blocks on the queue, so an idle game costs
 * no CPU. After every task the top view is drawn again.
 */
final class App {
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;

    /** Runs {@code task} after {@code millis} (on some thread; the app posts the real work). */
    interface Scheduler {
        void after(long millis, Runnable task);
    }

    /**
     * What the app needs from outside: scenarios, saves, colours, where bots think, how to wait,
     * and where new seeds come from (tests fix them).
     */
    record Config(ScenarioLoader scenarios, SaveStore saves, Palette palette, Glyphs glyphs, Executor botWorker,
                  Scheduler scheduler, LongSupplier newSeed, BotFactory bots, java.time.Duration botPatience) {
        /** Bots hurried after {@link org.amur.session.Match#PLAYER_PATIENCE}, as a game with people plays them. */
        Config(ScenarioLoader scenarios, SaveStore saves, Palette palette, Glyphs glyphs, Executor botWorker,
               Scheduler scheduler, LongSupplier newSeed, BotFactory bots) {
            this(scenarios, saves, palette, glyphs, botWorker, scheduler, newSeed, bots,
                    org.amur.session.Match.PLAYER_PATIENCE);
        }

        /** The same, with the bots' patience (null: never hurried, every decision runs its whole budget). */
        Config withBotPatience(java.time.Duration p) {
            return new Config(scenarios, saves, palette, glyphs, botWorker, scheduler, newSeed, bots, p);
        }
    }

    /** The bots on offer and how to make one (tests use slow or failing bots). */
    interface BotFactory {
        /** Every seat spec, {@code human} first. */
        java.util.List<String> specs();

        /** A new bot for one seat of one game; its choices depend only on the seed and what it sees. */
        org.amur.ai.Bot create(String spec, org.amur.engine.Engine engine, org.amur.engine.Side seat, long seed);
    }

    /**
     * How the program starts: the menu (with a default scenario) or straight into a new game;
     * {@code facilitator} is the white cell's settings for a facilitated game, or null.
     */
    /**
     * How the app opens: the menu, or a new game with these settings. {@code turns} is the game's length
     * (null: the scenario's own), {@code names} the table's and teams' names.
     */
    record Start(String scenario, Long seed, String moscow, String beijing, boolean menu,
                 org.amur.save.SaveMeta.Facilitator facilitator, Integer turns, org.amur.save.Names names,
                 TurnTimer timer) {
        Start {
            names = names == null ? org.amur.save.Names.NONE : names;
        }

        Start(String scenario, Long seed, String moscow, String beijing, boolean menu,
              org.amur.save.SaveMeta.Facilitator facilitator, Integer turns, org.amur.save.Names names) {
            this(scenario, seed, moscow, beijing, menu, facilitator, turns, names, null);
        }

        Start(String scenario, Long seed, String moscow, String beijing, boolean menu) {
            this(scenario, seed, moscow, beijing, menu, null, null, null);
        }

        static Start menu(String scenario) {
            return new Start(scenario, null, Seats.HUMAN, Seats.OPPONENT, true);
        }

        static Start game(String scenario, Long seed, String moscow, String beijing) {
            return new Start(scenario, seed, moscow, beijing, false);
        }

        Start facilitated(org.amur.save.SaveMeta.Facilitator f) {
            return new Start(scenario, seed, moscow, beijing, menu, f, turns, names, timer);
        }

        /** The same start with a game length (null: the scenario's) and names. */
        Start setUp(Integer gameTurns, org.amur.save.Names gameNames) {
            return new Start(scenario, seed, moscow, beijing, menu, facilitator, gameTurns, gameNames, timer);
        }

        /** The same start with a turn timer (null: none). */
        Start timed(TurnTimer t) {
            return new Start(scenario, seed, moscow, beijing, menu, facilitator, turns, names, t);
        }
    }

    private final Screen screen;
    private final Config config;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Deque<View> stack = new ArrayDeque<>();
    private Game game;
    /** The search warm-up for the game the menu offers to continue, or null (at most one per app). */
    private org.amur.ai.Warmup continueWarmup;
    /** Where turn timers read the time (tests set their own). */
    private java.time.InstantSource clock = java.time.InstantSource.system();
    private volatile boolean quit;
    private String farewell = "";
    private Consumer<String> frames;
    private Thread uiThread;
    private long frameCount;
    /** Set when the terminal may show something other than what the screen buffer thinks it shows. */
    private boolean repaintAll;

    App(Screen screen, Config config) {
        this.screen = screen;
        this.config = config;
    }

    Config config() {
        return config;
    }

    java.time.InstantSource clock() {
        return clock;
    }

    /** Test hook: the clock turn timers read. */
    void useClock(java.time.InstantSource c) {
        clock = c;
    }

    Palette palette() {
        return config.palette();
    }

    /** Test hook: receives the text of every frame drawn. */
    void onFrame(Consumer<String> listener) {
        this.frames = listener;
    }

    long frameCount() {
        return frameCount;
    }

    Thread uiThread() {
        return uiThread;
    }

    // ------------------------------------------------------------------ tasks

    /** Queues work for the UI thread (safe from any thread). */
    void post(Runnable task) {
        queue.add(task);
    }

    /**
     * Runs {@code work} on the bot worker and hands its result to {@code then} on the UI thread; an
     * exception goes to {@code failed}, and an Error is rethrown on the UI thread (the game stops,
     * saved, with the terminal restored).
     */
    <T> void offload(java.util.function.Supplier<T> work, Consumer<T> then, Consumer<RuntimeException> failed) {
        config.botWorker().execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                post(() -> failed.accept(e));
                return;
            } catch (Error e) {
                post(() -> {
                    throw e;
                });
                return;
            }
            post(() -> then.accept(result));
        });
    }

    /** Runs {@code task} on the UI thread after {@code millis}. */
    void later(long millis, Runnable task) {
        config.scheduler().after(millis, () -> post(task));
    }

    // ------------------------------------------------------------------ views

    View top() {
        return stack.peek();
    }

    void push(View v) {
        stack.push(v);
    }

    /** Whether {@code v} is anywhere on the stack of views (on screen or under another). */
    boolean showing(View v) {
        return v != null && stack.contains(v);
    }

    void pop() {
        if (stack.size() > 1) {
            stack.pop();
        }
    }

    /** Replaces everything with {@code v}. */
    void reset(View v) {
        stack.clear();
        stack.push(v);
    }

    /** Replaces the game's base view (the bottom of the stack) and drops anything above it. */
    void show(View v) {
        reset(v);
    }

    /** Replaces the bottom view and keeps what is open above it (help, the log). */
    void replaceBase(View v) {
        stack.pollLast();
        stack.addLast(v);
    }

    View baseView() {
        return stack.peekLast();
    }

    Game game() {
        return game;
    }

    // ------------------------------------------------------------------ games

    void startGame(LoadedScenario scenario, long seed, String moscow, String beijing) {
        startGame(scenario, seed, moscow, beijing, null);
    }

    /** A new game; {@code facilitator} null for a game without a facilitator. */
    void startGame(LoadedScenario scenario, long seed, String moscow, String beijing,
                   org.amur.save.SaveMeta.Facilitator facilitator) {
        startGame(scenario, seed, moscow, beijing, facilitator, org.amur.save.Names.NONE);
    }

    /** A new game with the table's and teams' names; {@code scenario} already has the game's length. */
    void startGame(LoadedScenario scenario, long seed, String moscow, String beijing,
                   org.amur.save.SaveMeta.Facilitator facilitator, org.amur.save.Names names) {
        startGame(scenario, seed, moscow, beijing, facilitator, names, null);
    }

    /** A new game with a turn timer ({@code timer} null: none). */
    void startGame(LoadedScenario scenario, long seed, String moscow, String beijing,
                   org.amur.save.SaveMeta.Facilitator facilitator, org.amur.save.Names names, TurnTimer timer) {
        closeGame();
        game = new Game(this, Session.start(scenario, seed),
                new org.amur.save.SaveMeta(moscow, beijing).withFacilitator(facilitator).withNames(names), null, timer);
        game.begin();
    }

    /**
     * Carries on a loaded game. Resumed from an autosave, it keeps saving there; resumed from a named
     * save, it autosaves to a file of its own and the named save stays as the player left it.
     */
    /**
     * While the menu offers to continue the game in {@code file}: if a search bot plays in it, warms
     * the search on its position in the background (the first decision of a resumed game from a cold
     * JVM would otherwise run in the interpreter, as a new game's does without the warm-up during its
     * introduction). At most one per app; ends by itself, or when a game's turn starts.
     */
    void warmForContinue(java.nio.file.Path file) {
        if (continueWarmup != null) {
            return;
        }
        SaveStore store = config.saves();
        continueWarmup = org.amur.ai.Warmup.start(() -> {
            LoadedGame g;
            try {
                g = store.load(file);
            } catch (org.amur.save.SaveException e) {
                return java.util.Optional.empty();
            }
            for (org.amur.engine.Side side : org.amur.engine.Side.values()) {
                String spec = side == org.amur.engine.Side.MOSCOW ? g.meta().moscow() : g.meta().beijing();
                if (org.amur.ai.Bots.isSearch(spec)) {
                    Session s = g.session();
                    if (s.state().isOver() || s.state().hasCommitted(side)) {
                        // its choice for this turn is saved; the search is warmed all the same (the JIT does not
                        // care where), on the scenario's opening position, for the decisions still to come
                        s = Session.start(s.scenario(), 1);
                    }
                    return java.util.Optional.of(new org.amur.ai.Warmup.Target(s.engine(), s.state(), side));
                }
            }
            return java.util.Optional.empty();
        });
    }

    /**
     * While a new game with a search bot is being set up: warms the search on {@code scenario}'s opening
     * position for {@code side} in the background, so that the game's own first decision (begun while the
     * introduction is read) does not run in the interpreter. At most one warm-up per app (the JIT needs no
     * second, so none if the menu's has run); ends by itself, or when a game's turn starts.
     */
    void warmForNewGame(org.amur.scenario.LoadedScenario scenario, org.amur.engine.Side side) {
        if (continueWarmup != null) {
            return;
        }
        continueWarmup = org.amur.ai.Warmup.start(() -> {
            Session s = Session.start(scenario, 1);
            return java.util.Optional.of(new org.amur.ai.Warmup.Target(s.engine(), s.state(), side));
        });
    }

    /** The warm-up {@link #warmForContinue} or {@link #warmForNewGame} started, or null. */
    org.amur.ai.Warmup continueWarmup() {
        return continueWarmup;
    }

    /** Stops the menu's warm-up (a game's turn starts: its bots get the cores). */
    void stopContinueWarmup() {
        if (continueWarmup != null) {
            continueWarmup.stop();
        }
    }

    void resumeGame(LoadedGame loaded, java.nio.file.Path from, org.amur.save.SaveLock lock) {
        closeGame();
        game = new Game(this, loaded.session(), loaded.meta(), isAutosave(from) ? from : null);
        game.hold(lock);
        game.resume(loaded.warnings());
    }

    /** Whether {@code file} is an autosave, which a resumed game goes on saving to. */
    static boolean isAutosave(java.nio.file.Path file) {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().startsWith(SaveStore.AUTOSAVE_PREFIX)
                && file.getFileName().toString().endsWith(".json");
    }

    /**
     * Plays a game branched from a save ({@link BranchView}): it carries on at its first turn on the
     * normal game screen, with a note of where it came from and where it was saved.
     */
    void startBranch(Session session, org.amur.save.SaveMeta meta, java.nio.file.Path savedAs, String parent) {
        closeGame();
        game = new Game(this, session, meta);
        game.resume(java.util.List.of());
        int turn = session.state().turn();
        push(new MessageView(this, Ui.t("branch.started_title", parent), Ui.t("branch.started", turn,
                session.engine().scenario().yearOf(turn), parent, savedAs)));
    }

    /**
     * Saves the game and goes back to the main menu. When the save fails, nothing is left yet: the
     * player is told why and asked whether to leave without saving (n stays, where s saves it elsewhere).
     */
    void leaveGame() {
        if (game != null && game.saveOnLeaving() == null && !game.match().saveProblem().isEmpty()) {
            push(new ConfirmView(this, Ui.t("leave.unsaved_title"), game.match().saveProblem() + "\n\n"
                    + Ui.t("leave.unsaved_question"), this::leaveUnsaved));
            return;
        }
        leaveUnsaved();
    }

    private void leaveUnsaved() {
        closeGame();
        reset(new MenuView(this, null));
    }

    private void closeGame() {
        if (game != null) {
            game.close();
            game = null;
        }
    }

    /** Ends the program after this task; {@code message} is printed once the terminal is restored. */
    void quit(String message) {
        farewell = message == null ? "" : message;
        quit = true;
    }

    boolean quitting() {
        return quit;
    }

    String farewell() {
        return farewell;
    }

    /** Ctrl-C, end of input or quit from the menu: autosave any game, then stop. */
    void interrupt() {
        String msg = "";
        if (game != null) {
            java.nio.file.Path p = game.match().autosave();
            msg = p != null ? Ui.t("exit.saved", p) : game.match().saveProblem();
            String lost = game.whiteCell().heldLoss();
            msg = lost.isEmpty() ? msg : msg + " " + lost;
            closeGame();
        }
        quit(msg);
    }

    // ------------------------------------------------------------------ input and drawing

    /** A seat's screen over SSH ({@link #run(java.util.function.Function)}): Ctrl-C leaves the seat. */
    private boolean remoteSeat;

    boolean tooSmall() {
        TerminalSize s = screen.getTerminalSize();
        return s.getColumns() < MIN_COLUMNS || s.getRows() < MIN_ROWS;
    }

    /** Handles one key stroke on the UI thread (the caller draws afterwards). */
    void dispatch(KeyStroke k) {
        if (quit) {
            return;
        }
        // A resize seen here must still repaint the whole terminal at the next frame: a partial
        // refresh after a resize leaves stray characters behind.
        if (screen.doResizeIfNecessary() != null) {
            repaintAll = true;
        }
        if (Keys.ctrl(k, 'c') || k.getKeyType() == KeyType.EOF) {
            interrupt();
            return;
        }
        if (Keys.ctrl(k, 'l')) {
            repaintAll = true; // the usual "redraw the screen" key
            return;
        }
        if (tooSmall()) {
            return; // keys are not acted on blind; what was typed before stays
        }
        View v = top();
        if (Keys.help(k) && !v.typing() && !(v instanceof HelpView) && !(v instanceof RemoteHelpView)) {
            push(v.help(this));
        } else {
            v.key(k);
        }
    }

    /** Draws the top view (or the "enlarge" message) and refreshes the terminal. */
    void render() {
        if (quit) {
            return;
        }
        TerminalSize resized = screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        Canvas c = new Canvas(screen.newTextGraphics(), size, config.palette(), config.glyphs());
        int[] cursor = null;
        if (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS) {
            drawTooSmall(c);
        } else {
            View v = top();
            v.draw(c);
            cursor = v.cursor();
        }
        screen.setCursorPosition(cursor == null ? null : new TerminalPosition(cursor[0], cursor[1]));
        try {
            screen.refresh(resized != null || repaintAll ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            repaintAll = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        frameCount++;
        if (frameCount == 1) {
            ClassArchive.afterFirstFrame(this);
        }
        if (frames != null) {
            frames.accept(text());
        }
    }

    private void drawTooSmall(Canvas c) {
        int w = c.width();
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.addAll(Canvas.wrap(Ui.t("small.message", MIN_COLUMNS, MIN_ROWS, c.width(), c.height()), w));
        lines.addAll(Canvas.wrap(Ui.t(remoteSeat ? "small.resume_remote" : "small.resume"), w));
        int top = Math.max(0, (c.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            c.text(0, top + i, lines.get(i), i == 0 ? Role.WARN : Role.NORMAL);
        }
    }

    /** The screen's current content as text, one line per row (for tests and the frame hook). */
    String text() {
        TerminalSize size = screen.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter ch = screen.getBackCharacter(col, r);
                if (ch == null) {
                    line.append(' ');
                    continue;
                }
                line.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    col++;
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ running

    /** Shows the first view and draws it. */
    void start(Start start) {
        uiThread = Thread.currentThread();
        reset(new MenuView(this, start.scenario()));
        if (!start.menu()) {
            NewGameView ng = new NewGameView(this, start.scenario(), start.moscow(), start.beijing(), start.seed(),
                    start.facilitator(), start.turns(), start.names()).timed(start.timer());
            push(ng);
            ng.startIfReady();
        }
        render();
    }

    /** Runs every queued task (tests driving the app from their own thread). */
    void drain() {
        Runnable r;
        while (!quit && (r = queue.poll()) != null) {
            r.run();
            render();
        }
    }

    /**
     * The program's loop on the calling thread: reads keys on a daemon input thread, redraws on
     * resize, and returns when the player quits. Any error escapes after a best-effort autosave.
     */
    void run(Start start) throws InterruptedException {
        loop(() -> start(start));
    }

    /**
     * Runs the app with {@code first} as its only base view (a remote seat's screen): the same loop, keys,
     * resizing and "enlarge" message as local play, on whatever screen the app was given.
     */
    void run(java.util.function.Function<App, View> first) throws InterruptedException {
        remoteSeat = true;
        loop(() -> {
            uiThread = Thread.currentThread();
            reset(first.apply(this));
            render();
        });
    }

    private void loop(Runnable begin) throws InterruptedException {
        begin.run();
        if (screen instanceof TerminalScreen ts) {
            ts.getTerminal().addResizeListener((t, s) -> post(() -> { }));
        }
        Thread input = new Thread(this::pumpInput, "amur-input");
        input.setDaemon(true);
        input.start();
        try {
            while (!quit) {
                Runnable r = queue.take();
                r.run();
                render();
            }
        } catch (RuntimeException | Error e) {
            if (game != null) {
                game.match().autosave();
            }
            throw e;
        } finally {
            input.interrupt();
        }
    }

    private void pumpInput() {
        try {
            while (!quit) {
                KeyStroke k = screen.readInput();
                if (k == null) {
                    continue;
                }
                post(() -> dispatch(k));
                if (k.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!quit) {
                post(() -> dispatch(new KeyStroke(KeyType.EOF)));
            }
        }
    }
}
