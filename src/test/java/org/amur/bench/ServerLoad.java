package org.amur.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amur.save.SaveStore;
import org.amur.scenario.StrictJson;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import tools.jackson.databind.JsonNode;

/**
 * Load test of the classroom server (not a unit test): starts {@code amur serve} as its own process on
 * loopback with N tables, connects three SSH clients per table (both teams and the projector), lets the
 * teams play whole games as slow humans (seconds of thought, then a few keys 150 ms apart), and reports the
 * time from each key to the first byte of the frame it caused (median, 99th percentile), the server's
 * memory per connection and its CPU. Run: {@code mvn -B -q test-compile exec:exec@server-load}
 * ({@code -Dserverload.args="TABLES SEED"}).
 */
public final class ServerLoad {
    private ServerLoad() {
    }

    /** One SSH client: its output counted as it arrives. */
    static final class Client {
        final ChannelShell shell;
        final OutputStream keys;
        final AtomicLong bytes = new AtomicLong();
        final Object arrived = new Object();

        Client(ClientSession s) throws IOException {
            shell = s.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setOut(new OutputStream() {
                @Override
                public void write(int b) {
                    count(1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    count(len);
                }
            });
            shell.open().verify(Duration.ofSeconds(30));
            keys = shell.getInvertedIn();
        }

        private void count(int n) {
            bytes.addAndGet(n);
            synchronized (arrived) {
                arrived.notifyAll();
            }
        }

        /** Sends one key; returns nanoseconds to the first byte of output after it, or -1 if none came in 1 s. */
        long key(byte[] key) throws Exception {
            long before = bytes.get();
            long t0 = System.nanoTime();
            keys.write(key);
            keys.flush();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(1);
            synchronized (arrived) {
                while (bytes.get() == before) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return -1;
                    }
                    arrived.wait(Math.max(1, left / 1_000_000));
                }
            }
            return System.nanoTime() - t0;
        }
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path dir = Files.createTempDirectory("amur-serverload");
        Process server = new ProcessBuilder("java", "-Xmx512m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.amur.cli.Main", "serve", "--port", "0",
                "--tables", Integer.toString(tables), "--json", "--dir", dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<JsonNode> tableLines = new ArrayList<>();
        int port = -1;
        while (tableLines.size() < tables) {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the server stopped");
            }
            JsonNode n = StrictJson.mapper().readTree(line);
            tableLines.add(n);
            String m = n.get("seats").get("moscow").asString();
            port = Integer.parseInt(m.split(" ")[2]);
        }
        long pid = server.pid();
        Thread.sleep(2000);
        gc(pid);
        long heapBefore = heapUsed(pid);
        long rssBefore = rss(pid);

        SshClient ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        ssh.start();
        List<Client[]> clients = new ArrayList<>();
        for (JsonNode t : tableLines) {
            Client[] c = new Client[3];
            String[] seats = {"moscow", "beijing", "audience"};
            for (int i = 0; i < 3; i++) {
                String token = t.get("seats").get(seats[i]).asString().split(" ")[3].split("@")[0];
                ClientSession s = ssh.connect(token, "127.0.0.1", port).verify(Duration.ofSeconds(30)).getSession();
                s.addPasswordIdentity("-");
                s.auth().verify(Duration.ofSeconds(30));
                c[i] = new Client(s);
            }
            clients.add(c);
        }
        Thread.sleep(3000);
        gc(pid);
        long heapAfter = heapUsed(pid);
        long rssAfter = rss(pid);
        int connections = clients.size() * 3;

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long cpuStart = cpuTicks(pid);
        long wallStart = System.nanoTime();
        SaveStore store = new SaveStore(dir.resolve("tables"));
        List<Thread> players = new ArrayList<>();
        for (int t = 0; t < clients.size(); t++) {
            String id = "t" + (t + 1);
            for (int side = 0; side < 2; side++) {
                Client c = clients.get(t)[side];
                Random r = new Random(seed * 1000 + t * 2L + side);
                Thread p = new Thread(() -> play(c, r, store, id, latencies), "player-" + id + "-" + side);
                p.start();
                players.add(p);
            }
        }
        for (Thread p : players) {
            p.join();
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (cpuTicks(pid) - cpuStart) / 100.0;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("tables %d, connections %d, whole games, %.0f s%n", clients.size(), connections, wall);
        System.out.printf("key -> frame: %d keys, median %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(),
                pct(sorted, 0.5), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        System.out.printf("server heap after GC: %d KiB idle, %d KiB with %d connections: %d KiB per connection%n",
                heapBefore / 1024, heapAfter / 1024, connections, (heapAfter - heapBefore) / 1024 / connections);
        System.out.printf("server RSS: %d MiB idle, %d MiB with %d connections%n", rssBefore / 1024, rssAfter / 1024,
                connections);
        System.out.printf("server CPU: %.1f s over %.0f s = %.0f %% of one core (2 cores)%n", cpu, wall,
                100 * cpu / wall);
        ssh.stop();
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
    }

    /** A slow human: think 2-6 s, then move, choose, type a short reason and commit, keys 150 ms apart. */
    private static void play(Client c, Random r, SaveStore store, String table, List<Long> latencies) {
        Path file = store.directory().resolve(SaveStore.AUTOSAVE_PREFIX + table + ".json");
        try {
            while (!over(store, file)) {
                Thread.sleep(2000 + r.nextInt(4000));
                List<byte[]> keys = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    keys.add(new byte[] {27, '[', 'B'});
                }
                keys.add(new byte[] {'\r'});
                for (char ch : "ok".toCharArray()) {
                    keys.add(new byte[] {(byte) ch});
                }
                keys.add(new byte[] {'\r'});
                for (byte[] k : keys) {
                    long ns = c.key(k);
                    if (ns < 0) {
                        break; // no frame: this team has chosen already; wait for the next turn
                    }
                    latencies.add(ns);
                    Thread.sleep(150);
                }
            }
        } catch (Exception e) {
            System.err.println(table + ": " + e);
        }
    }

    private static boolean over(SaveStore store, Path file) {
        try {
            return store.load(file).session().state().isOver();
        } catch (Exception e) {
            return false;
        }
    }

    private static void gc(long pid) throws Exception {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(500);
    }

    /** Heap in use (bytes), from {@code jcmd GC.heap_info}'s "used" figure. */
    private static long heapUsed(long pid) throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    private static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

}
