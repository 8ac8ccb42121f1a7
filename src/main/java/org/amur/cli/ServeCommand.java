package org.amur.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.Callable;
import org.amur.scenario.Home;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.amur.server.ClassroomServer;
import org.amur.server.Hall;
import org.amur.server.Seat;
import org.amur.server.ServerLog;
import org.amur.server.ServerText;
import org.amur.server.Table;
import org.amur.server.TokenBook;
import org.amur.save.SaveException;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/** {@code amur serve}: the classroom server (every team, the facilitator and the projector over SSH). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Host tables for a class: every team, the facilitator and the projector join from their own",
            "terminal with ssh, using the join lines this prints. Only this computer can join unless --bind says",
            "otherwise."})
final class ServeCommand implements Callable<Integer> {
    static final int MAX_TABLES = 64;

    /** How the command waits for the end of the session (Ctrl-C or the teacher); tests return at once. */
    interface Waiter {
        void await(Hall hall) throws InterruptedException;
    }

    static Waiter waiter = Hall::awaitEnd;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "2222", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0: every "
                    + "network this computer is on).")
    String bind;

    @Option(names = "--host", paramLabel = "NAME", description = "Host name printed in the join lines (default: the "
            + "bound address, or this computer's network address with --bind 0.0.0.0).")
    String host;

    @Option(names = "--tables", paramLabel = "N", defaultValue = "1", description = "Tables (default: ${DEFAULT-VALUE}).")
    int tables;

    @Option(names = {"-s", "--scenario"}, paramLabel = "ID|FILE", defaultValue = ScenarioLoader.DEFAULT_ID,
            description = "Scenario id or file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--turns", paramLabel = "N|PRESET", description = "Play N turns at every new table instead of "
            + "the scenario's full length, or one of its presets by name (--turns \"One class period\"); "
            + "./amur scenarios lists both.")
    String turns;

    @Option(names = "--table", paramLabel = "NAME", description = "A name for a table (\"Period 2, table A\"), shown "
            + "on its screens and the teacher's console and kept in its save; once per table, t1 first.")
    List<String> tableNames = new ArrayList<>();

    @Option(names = "--moscow-team", paramLabel = "NAME", description = "A name for a table's Moscow team; once per "
            + "table, t1 first.")
    List<String> moscowTeams = new ArrayList<>();

    @Option(names = "--beijing-team", paramLabel = "NAME", description = "A name for a table's Beijing team; once per "
            + "table, t1 first.")
    List<String> beijingTeams = new ArrayList<>();

    @Option(names = "--facilitator", description = "Every table is run by a facilitator (white cell).")
    boolean facilitator;

    @Option(names = "--adjudication", paramLabel = "rigid|semi-rigid",
            description = "With --facilitator: semi-rigid (default) holds the second choice of every turn until the "
                    + "facilitator accepts the dice or overturns a roll; rigid lets the engine decide at once.")
    String adjudication;

    @Option(names = "--timer", paramLabel = "SECONDS", description = "Time limit per turn (default: none).")
    Integer timer;

    @Option(names = "--when-time-runs-out", paramLabel = "keep|BOT", defaultValue = "keep",
            description = "When a team's time is up: keep its highlighted choice, or let this bot choose "
                    + "(default: ${DEFAULT-VALUE}).")
    String timeUp;

    @Option(names = "--json", description = "Print one JSON object per table per line instead of the join lines.")
    boolean json;

    @Option(names = "--dir", paramLabel = "FOLDER", description = "Server folder: host key, tokens, autosaves and "
            + "the log (default: server/ in the Amur folder). The same folder restores the same tokens and tables.")
    Path dir;

    @Option(names = "--idle", paramLabel = "SECONDS", defaultValue = "1800", hidden = true,
            description = "Close a connection after this long with no traffic (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (tables < 1 || tables > MAX_TABLES) {
            err.println(ServerText.t("serve.bad_tables", MAX_TABLES));
            return 2;
        }
        if (port < 0 || port > 65535) {
            err.println(ServerText.t("serve.bad_port"));
            return 2;
        }
        if (timer != null && (timer < 10 || timer > 3600)) {
            err.println(ServerText.t("serve.bad_timer"));
            return 2;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
            if (!address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new UnknownHostException(bind);
            }
        } catch (IOException e) {
            err.println(ServerText.t("serve.bad_bind", org.amur.scenario.TextRules.sanitize(bind, false)));
            return 2;
        }
        LoadedScenario loaded = Scenarios.loadOrReport(scenario, err);
        if (loaded == null) {
            return 2;
        }
        Integer length = null;
        if (turns != null) {
            length = length(loaded, turns.strip());
            if (length == null) {
                err.println(ServerText.t("serve.bad_turns", loaded.id(), presets(loaded),
                        org.amur.scenario.TextRules.sanitize(turns, false)));
                return 2;
            }
            if (GameOptions.length(loaded, length, err) == null) {
                return 2;
            }
        }
        String[][] nameLists = {tableNames.toArray(new String[0]), moscowTeams.toArray(new String[0]),
            beijingTeams.toArray(new String[0])};
        String[] optionNames = {"--table", "--moscow-team", "--beijing-team"};
        for (int i = 0; i < nameLists.length; i++) {
            if (nameLists[i].length > tables) {
                err.println(ServerText.t("serve.too_many_names", nameLists[i].length, optionNames[i], tables));
                return 2;
            }
        }
        List<org.amur.save.Names> names = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            org.amur.save.Names n = GameOptions.names(at(nameLists[0], i), at(nameLists[1], i), at(nameLists[2], i),
                    err);
            if (n == null) {
                return 2;
            }
            names.add(n);
        }
        Path folder = (dir != null ? dir : Home.path().resolve("server")).toAbsolutePath().normalize();
        TokenBook book;
        ServerLog log;
        try {
            java.nio.file.Files.createDirectories(folder);
            book = TokenBook.open(folder, tables, loaded.id(), new SecureRandom());
            log = new ServerLog(folder, Clock.systemUTC());
        } catch (IOException e) {
            err.println(ServerText.t("serve.folder_problem", e.getMessage()));
            return 1;
        }
        String bot = null;
        if (!"keep".equals(timeUp)) {
            bot = org.amur.tui.Seats.canonical(timeUp);
            if (!org.amur.tui.Seats.isBot(bot)) {
                err.println(ServerText.t("serve.bad_time_up", org.amur.scenario.TextRules.sanitize(timeUp, false)));
                log.close();
                return 2;
            }
        }
        SaveMeta.Adjudication ruled = SaveMeta.Adjudication.SEMI_RIGID;
        if (adjudication != null) {
            ruled = SaveMeta.Adjudication.byId(adjudication).orElse(null);
            String refusal = !facilitator ? ServerText.t("serve.adjudication_needs_facilitator")
                    : ruled == null ? ServerText.t("serve.bad_adjudication",
                            org.amur.scenario.TextRules.sanitize(adjudication, false))
                    : ruled == SaveMeta.Adjudication.FREE ? ServerText.t("serve.free_is_local") : null;
            if (refusal != null) {
                err.println(refusal);
                log.close();
                return 2;
            }
        }
        Table.Settings settings = new Table.Settings(timer == null ? null : Duration.ofSeconds(timer),
                new Table.TimeUp(bot), facilitator, ruled);
        java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amur-serve-clock");
            t.setDaemon(true);
            return t;
        });
        SaveStore store = new SaveStore(folder.resolve("tables"));
        SecureRandom seeds = new SecureRandom();
        List<Table> tableList = new ArrayList<>();
        for (TokenBook.TableEntry e : book.tables()) {
            LoadedScenario sc = e.scenario().equals(loaded.id()) ? loaded : Scenarios.loadOrReport(e.scenario(), err);
            if (sc == null) {
                log.close();
                return 2;
            }
            if (length != null && sc.whyNotTurns(length).isEmpty()) {
                sc = sc.withTurns(length); // a new game's length; a table restored from its save keeps its own
            }
            int index = tableList.size();
            Table.Settings own = index < names.size() ? settings.named(names.get(index)) : settings;
            try {
                java.nio.file.Files.createDirectories(store.directory());
                tableList.add(Table.open(e.id(), sc, seeds.nextInt(1_000_000), store, own, log, clock,
                        System::nanoTime));
            } catch (IOException | SaveException ex) {
                err.println(ServerText.t("table.restore_failed", e.id(), store.directory(), ex.getMessage()));
                log.close();
                return 1;
            }
        }
        Hall hall = new Hall(tableList, log);
        ClassroomServer server;
        try {
            server = ClassroomServer.start(folder, bind, port, book, log,
                    ClassroomServer.Limits.classroom(Duration.ofSeconds(Math.max(5, idleSeconds))), hall);
        } catch (BindException e) {
            err.println(ServerText.t("serve.port_in_use", bind, port, e.getMessage()));
            log.close();
            return 1;
        } catch (IOException e) {
            err.println(ServerText.t("serve.port_in_use", bind, port, e.getMessage()));
            log.close();
            return 1;
        }
        log.log("start", bind, server.port(), server.fingerprint());
        String shown = host != null ? host : shownHost(address);
        printJoinLines(out, book, hall, server.port(), shown, server.fingerprint(), folder);
        if (!address.isLoopbackAddress()) {
            err.println(ServerText.t("serve.bind_all", bind));
        }
        if (!json) {
            out.println(ServerText.t("serve.stop"));
        }
        out.flush();
        err.flush();
        Runnable stop = () -> {
            hall.close();
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
            clock.shutdownNow();
            log.log("stop");
            log.close();
        };
        Thread hook = new Thread(stop, "amur-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            waiter.await(hall);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        out.println(ServerText.t("serve.ended", folder));
        out.flush();
        return 0;
    }

    /** The address students type: the bound one, or for 0.0.0.0 this computer's first site-local IPv4 address. */
    static String shownHost(InetAddress bound) {
        if (!bound.isAnyLocalAddress()) {
            return bound.getHostAddress();
        }
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "127.0.0.1";
    }

    static String joinLine(int port, String token, String host) {
        return (port == 22 ? "ssh " : "ssh -p " + port + " ") + token + "@" + host;
    }

    /** The game length {@code given} names for {@code s}: a number, or a preset's name (any case); null if neither. */
    static Integer length(LoadedScenario s, String given) {
        if (given.matches("[0-9]{1,4}")) {
            return Integer.parseInt(given);
        }
        for (LoadedScenario.Preset p : s.length().presets()) {
            if (p.name().strip().equalsIgnoreCase(given)) {
                return p.turns();
            }
        }
        return null;
    }

    private static String presets(LoadedScenario s) {
        List<String> out = new ArrayList<>();
        for (LoadedScenario.Preset p : s.length().presets()) {
            out.add(ServerText.t("serve.preset", org.amur.scenario.TextRules.sanitize(p.name(), false), p.turns()));
        }
        return out.isEmpty() ? ServerText.t("serve.no_presets") : String.join("; ", out);
    }

    private static String at(String[] names, int i) {
        return i < names.length ? names[i] : null;
    }

    private void printJoinLines(PrintWriter out, TokenBook book, Hall hall, int port, String host, String fingerprint,
                                Path folder) {
        if (json) {
            for (TokenBook.TableEntry t : book.tables()) {
                org.amur.tui.Remote.Snapshot snap = hall.table(t.id()).snapshot(org.amur.tui.Remote.Role.AUDIENCE);
                ObjectNode o = StrictJson.mapper().createObjectNode();
                o.put("table", t.id());
                o.put("scenario", t.scenario());
                o.put("turns", snap.lastTurn());
                o.put("restored", hall.table(t.id()).restored());
                o.put("name", snap.names().table());
                o.put("moscow_team", snap.names().moscow());
                o.put("beijing_team", snap.names().beijing());
                ObjectNode seats = o.putObject("seats");
                for (Seat s : Seat.tableSeats()) {
                    seats.put(s.id(), joinLine(port, t.tokens().get(s), host));
                }
                out.println(StrictJson.mapper().writeValueAsString(o));
            }
            ObjectNode o = StrictJson.mapper().createObjectNode();
            o.put("teacher", joinLine(port, book.teacher(), host));
            o.put("fingerprint", fingerprint);
            o.put("folder", folder.toString());
            out.println(StrictJson.mapper().writeValueAsString(o));
            return;
        }
        for (TokenBook.TableEntry t : book.tables()) {
            org.amur.tui.Remote.Snapshot snap = hall.table(t.id()).snapshot(org.amur.tui.Remote.Role.AUDIENCE);
            org.amur.save.Names n = snap.names();
            out.println(n.table().isEmpty() ? ServerText.t("serve.table", t.id(), t.scenario(), snap.lastTurn())
                    : ServerText.t("serve.table_named", t.id(), t.scenario(), snap.lastTurn(), n.table()));
            if (hall.table(t.id()).restored()) {
                // a folder used before: say so, or a teacher's new --table/--turns seem ignored
                out.println("  " + (snap.over() ? ServerText.t("serve.restored_over")
                        : ServerText.t("serve.restored", Math.min(snap.turn(), snap.lastTurn()))));
            }
            for (Seat s : Seat.tableSeats()) {
                String team = s == Seat.MOSCOW ? n.moscow() : s == Seat.BEIJING ? n.beijing() : "";
                String seat = ServerText.t("serve.seat." + s.id());
                out.printf("  %-22s %s%n", team.isEmpty() ? seat : ServerText.t("serve.seat_named", seat, team),
                        joinLine(port, t.tokens().get(s), host));
            }
        }
        out.println(ServerText.t("serve.teacher", joinLine(port, book.teacher(), host)));
        out.println(ServerText.t("serve.fingerprint", fingerprint));
        out.println(ServerText.t("serve.folder", folder, folder.resolve(ServerLog.FILE)));
    }
}
