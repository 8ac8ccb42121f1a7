package org.amur.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A classroom server on a loopback address and an ephemeral port, and the real OpenSSH client driven in
 * tmux sessions with unique names (each killed by its name when the test ends).
 */
final class SshHarness implements AutoCloseable {
    /**
     * The client's options: trust the test server's fresh host key, remembered in a file of the test's own
     * folder (never /dev/null: ssh may replace a known-hosts file when it updates it).
     */
    List<String> sshOptions() {
        return List.of("-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=5");
    }

    final Path dir;
    final TokenBook book;
    final ServerLog log;
    final ClassroomServer server;
    private final List<Tmux> sessions = new ArrayList<>();

    private SshHarness(Path dir, TokenBook book, ServerLog log, ClassroomServer server) {
        this.dir = dir;
        this.book = book;
        this.log = log;
        this.server = server;
    }

    /** Skips the test (with the reason) when the OpenSSH client or tmux is not installed; CI installs both. */
    static void requireTools() {
        assumeTrue(onPath("ssh"), "the OpenSSH client (ssh) is not installed; .ci/run installs it");
        assumeTrue(onPath("tmux"), "tmux is not installed; .ci/run installs it");
    }

    private static boolean onPath(String tool) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, tool))) {
                return true;
            }
        }
        return false;
    }

    static SshHarness start(Path dir, int tables, ClassroomServer.Limits limits, Lobby lobby) throws IOException {
        TokenBook book = TokenBook.open(dir, tables, "baseline", new SecureRandom());
        ServerLog log = new ServerLog(dir, Clock.systemUTC());
        ClassroomServer server = ClassroomServer.start(dir, "127.0.0.1", 0, book, log, limits, lobby);
        return new SshHarness(dir, book, log, server);
    }

    /** The real hall: {@code tables} tables of the baseline scenario, restored from {@code dir} when saved there. */
    static SshHarness startHall(Path dir, int tables, Table.Settings settings) throws Exception {
        return startHall(dir, tables, settings, null);
    }

    /**
     * As {@link #startHall(Path, int, Table.Settings)}, the tables' turn timers ticking on {@code clock} (the
     * test shuts it down) when one is given.
     */
    static SshHarness startHall(Path dir, int tables, Table.Settings settings,
                                java.util.concurrent.ScheduledExecutorService clock) throws Exception {
        TokenBook book = TokenBook.open(dir, tables, "baseline", new SecureRandom());
        ServerLog log = new ServerLog(dir, Clock.systemUTC());
        org.amur.scenario.LoadedScenario sc = org.amur.scenario.ScenarioLoader.forInstallation().resolve("baseline");
        org.amur.save.SaveStore store = new org.amur.save.SaveStore(dir.resolve("tables"));
        Files.createDirectories(store.directory());
        List<Table> list = new ArrayList<>();
        int seed = 11;
        for (TokenBook.TableEntry e : book.tables()) {
            list.add(Table.open(e.id(), sc, seed++, store, settings, log, clock, System::nanoTime));
        }
        Hall hall = new Hall(list, log);
        ClassroomServer server = ClassroomServer.start(dir, "127.0.0.1", 0, book, log, quick(), hall);
        SshHarness h = new SshHarness(dir, book, log, server);
        h.hall = hall;
        return h;
    }

    Hall hall;

    static ClassroomServer.Limits quick() {
        return new ClassroomServer.Limits(Duration.ofMinutes(5), Duration.ofSeconds(10), 5, Duration.ofMinutes(1),
                Duration.ofSeconds(30));
    }

    String token(String table, Seat seat) {
        for (TokenBook.TableEntry t : book.tables()) {
            if (t.id().equals(table)) {
                return t.tokens().get(seat);
            }
        }
        throw new IllegalArgumentException(table);
    }

    int port() {
        return server.port();
    }

    String log() throws IOException {
        return Files.readString(dir.resolve(ServerLog.FILE), StandardCharsets.UTF_8);
    }

    /** Waits until the log has a line containing every one of {@code parts}. */
    String awaitLog(String... parts) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            for (String line : log().split("\n")) {
                boolean all = true;
                for (String p : parts) {
                    all &= line.contains(p);
                }
                if (all) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log line with " + List.of(parts) + " in:\n" + log());
    }

    /** Runs ssh in batch mode (no prompts) with {@code args} after the options; returns exit code and output. */
    Result ssh(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-o", "BatchMode=yes"));
        boolean ownLogLevel = args.stream().anyMatch(a -> a.startsWith("LogLevel="));
        List<String> options = sshOptions();
        for (int i = 0; i < options.size(); i += 2) {
            if (!(ownLogLevel && options.get(i + 1).startsWith("LogLevel="))) {
                cmd.addAll(options.subList(i, i + 2));
            }
        }
        cmd.addAll(List.of("-p", Integer.toString(port())));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ssh did not finish: " + cmd);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Result(int code, String output) {
    }

    /** Opens a tmux session of {@code cols}×{@code rows} running {@code ssh -tt ... token@127.0.0.1}. */
    Tmux join(String token, int cols, int rows, String... extra) throws Exception {
        return join(null, token, cols, rows, extra);
    }

    /** As {@link #join(String, int, int, String...)}, recording every byte received into {@code record}. */
    Tmux join(Path record, String token, int cols, int rows, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-tt"));
        cmd.addAll(sshOptions());
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("-p", Integer.toString(port()), token + "@127.0.0.1"));
        Tmux t = Tmux.open(cols, rows, String.join(" ", cmd), record);
        sessions.add(t);
        return t;
    }

    /**
     * Stops listening and drops every client without saving anything (as if the process were killed): what
     * survives is what the tables saved on their own. Returns the hall, for the test to close at the end.
     */
    Hall crash() throws IOException {
        for (Tmux t : sessions) {
            t.close();
        }
        sessions.clear();
        server.close();
        Hall h = hall;
        hall = null;
        // a dead process holds no lock: its tables' games may be opened again
        for (org.amur.tui.Remote.Table t : h.tables()) {
            h.table(t.id()).releaseLockAsIfDead();
        }
        return h;
    }

    @Override
    public void close() throws IOException {
        for (Tmux t : sessions) {
            t.close();
        }
        server.close();
        if (hall != null) {
            hall.close();
        }
        log.close();
    }

    /** One tmux session, named uniquely, killed by its name on close. */
    static final class Tmux implements AutoCloseable {
        private static final SecureRandom NAMES = new SecureRandom();
        final String name;

        private Tmux(String name) {
            this.name = name;
        }

        static Tmux open(int cols, int rows, String command, Path record) throws Exception {
            String name = "amur-sshtest-" + Long.toHexString(NAMES.nextLong() & Long.MAX_VALUE);
            // the pane starts with a pause so that recording begins before ssh connects
            String pause = record == null ? "" : "sleep 0.3; ";
            run("tmux", "new-session", "-d", "-s", name, "-x", Integer.toString(cols), "-y", Integer.toString(rows),
                    pause + command + "; sleep 30");
            Tmux t = new Tmux(name);
            if (record != null) {
                t.record(record);
            }
            return t;
        }

        /**
         * This test process's own tmux server: a developer's tmux (or its {@code kill-server}) and another
         * test run on the same machine never touch these sessions, nor these tests theirs.
         */
        private static final String SOCKET = "amur-tests-" + ProcessHandle.current().pid();

        static String run(String... cmd) throws Exception {
            List<String> line = new ArrayList<>(List.of(cmd));
            if (line.get(0).equals("tmux")) {
                line.addAll(1, List.of("-L", SOCKET));
            }
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("did not finish: " + List.of(cmd));
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        /** Records every byte the ssh client writes to its terminal (what the server sent) into {@code file}. */
        void record(Path file) throws Exception {
            run("tmux", "pipe-pane", "-o", "-t", name, "cat >> '" + file + "'");
        }

        String screen() throws Exception {
            return run("tmux", "capture-pane", "-p", "-t", name);
        }

        /** Sends tmux key names ({@code Enter}, {@code Down}, {@code q}...). */
        void keys(String... keys) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("tmux", "send-keys", "-t", name));
            cmd.addAll(List.of(keys));
            run(cmd.toArray(new String[0]));
        }

        /** Sends text literally. */
        void type(String text) throws Exception {
            run("tmux", "send-keys", "-t", name, "-l", text);
        }

        void resize(int cols, int rows) throws Exception {
            run("tmux", "resize-window", "-t", name, "-x", Integer.toString(cols), "-y", Integer.toString(rows));
        }

        String await(Predicate<String> test, String what) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            String s = "";
            while (System.nanoTime() < end) {
                s = screen();
                if (test.test(s)) {
                    return s;
                }
                Thread.sleep(50);
            }
            throw new AssertionError("the screen never showed " + what + ":\n" + s);
        }

        String await(String text) throws Exception {
            return await(s -> s.contains(text), "'" + text + "'");
        }

        @Override
        public void close() {
            try {
                run("tmux", "kill-session", "-t", name);
            } catch (Exception e) {
                // already gone
            }
        }
    }
}
