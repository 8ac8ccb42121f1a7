package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile clients against a running server: each is refused, logged, and a student connected to another
 * table keeps playing. The student is the real OpenSSH client in tmux; the hostile side is OpenSSH where
 * it can ask for the thing, MINA's client where it cannot (a 0×0 pty, a 10000×10000 window, raw floods).
 */
class HostileClientTest {
    @TempDir
    Path dir;
    SshHarness h;
    SshHarness.Tmux student;

    /** A seat screen that counts keys, so "the other table is unaffected" is something to see. */
    static final class CountingLobby implements Lobby {
        final AtomicInteger served = new AtomicInteger();

        @Override
        public void serve(Ticket ticket, Client client) throws Exception {
            served.incrementAndGet();
            TerminalScreen screen = new TerminalScreen(client.terminal());
            screen.startScreen();
            int keys = 0;
            try {
                while (true) {
                    screen.doResizeIfNecessary();
                    screen.clear();
                    screen.newTextGraphics().putString(0, 0, ticket.table() + "/" + ticket.seat().id() + " keys="
                            + keys + " size=" + screen.getTerminalSize().getColumns() + "x"
                            + screen.getTerminalSize().getRows());
                    screen.refresh(Screen.RefreshType.COMPLETE);
                    KeyStroke k = screen.readInput();
                    if (k.getKeyType() == KeyType.EOF) {
                        return;
                    }
                    keys++;
                }
            } finally {
                screen.stopScreen();
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.start(dir, 2, SshHarness.quick(), new CountingLobby());
        student = h.join(h.token("t1", Seat.MOSCOW), 80, 24);
        student.await("t1/moscow keys=0 size=80x24");
    }

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    /** The student on table 1 still gets an answer to a key. */
    private void studentUnaffected(int keysBefore) throws Exception {
        student.keys("x");
        student.await("t1/moscow keys=" + (keysBefore + 1));
    }

    /** Waits (up to 10 s) until the server has closed {@code ch}; a graceful close passes through "closing". */
    private static void awaitClosed(org.apache.sshd.client.channel.ClientChannel ch) throws InterruptedException {
        ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
        long end = System.nanoTime() + 10_000_000_000L;
        while (!ch.isClosed() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    private ClientSession mina(SshClient client, String user) throws Exception {
        ClientSession s = client.connect(user, "127.0.0.1", h.port()).verify(Duration.ofSeconds(5)).getSession();
        s.addPasswordIdentity("anything");
        s.auth().verify(Duration.ofSeconds(5));
        return s;
    }

    @Test
    void aMistypedLine_inAStudentsTerminal_isToldOnce_thenAskedForAPassword_withNoOtherLines() throws Exception {
        // as a student's ssh runs it: a terminal, the default log level, no keys offered
        String cmd = "ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=" + dir.resolve("known_hosts")
                + " -o ConnectTimeout=5 -o PubkeyAuthentication=no -p " + h.port()
                + " t1-moscow-cccccccccccccccccccc@127.0.0.1";
        try (SshHarness.Tmux t = SshHarness.Tmux.open(80, 24, cmd, null)) {
            String s = t.await(x -> x.contains("password:"), "the password prompt");
            assertThat(s).contains("not a join line of this Amur server");
            // nothing but the sentence and the prompt: no line with the challenge's name per retry
            assertThat(s).doesNotContainPattern("(?m)^Amur\\s*$");
        }
    }

    @Test
    void unknownToken_isRefusedAndLogged_andTooManyBlockTheAddressesWrongLines_notItsGoodTokens() throws Exception {
        SshHarness.Result r = h.ssh(List.of("t1-moscow-aaaaaaaaaaaaaaaaaaaa@127.0.0.1"));
        assertThat(r.code()).isEqualTo(255);
        assertThat(r.output()).contains("Permission denied");
        // a student who mistyped is told so (the banner after a wrong token)
        SshHarness.Result told = h.ssh(List.of("-o", "LogLevel=INFO", "t1-moscow-bbbbbbbbbbbbbbbbbbbb@127.0.0.1"));
        assertThat(told.output()).contains("not a join line of this Amur server");
        h.awaitLog("failed", "127.0.0.1", "t1-moscow-aaaaaaaaaaaaaaaaaaaa");
        // one wrong line counts once however many methods the client tries: the limit (5 here) is not hit yet
        for (int i = 0; i < 3; i++) {
            h.ssh(List.of("guess" + i + "@127.0.0.1"));
        }
        assertThat(h.log()).doesNotContain("blocked");
        for (int i = 3; i < 6; i++) {
            h.ssh(List.of("guess" + i + "@127.0.0.1"));
        }
        h.awaitLog("blocked", "127.0.0.1");
        // while blocked a wrong line is turned away at once
        SshHarness.Result again = h.ssh(List.of("guess-again@127.0.0.1"));
        assertThat(again.code()).isEqualTo(255);
        h.awaitLog("refused", "127.0.0.1", "blocked");
        // and a good token from the same address still gets in (a class behind one address is not locked out)
        SshHarness.Result good = h.ssh(List.of("-T", h.token("t2", Seat.BEIJING) + "@127.0.0.1"));
        assertThat(good.output()).contains("Amur needs a terminal");
        studentUnaffected(0);
    }

    @Test
    void execAndSubsystems_areRefusedAndLogged() throws Exception {
        String token = h.token("t2", Seat.MOSCOW);
        SshHarness.Result exec = h.ssh(List.of(token + "@127.0.0.1", "cat", "/etc/passwd"));
        assertThat(exec.code()).isNotZero();
        assertThat(exec.output()).doesNotContain("root:");
        h.awaitLog("refused", "exec", "cat_/etc/passwd", "t2/moscow");
        SshHarness.Result sftp = h.ssh(List.of("-s", token + "@127.0.0.1", "sftp"));
        assertThat(sftp.code()).isNotZero();
        h.awaitLog("refused", "subsystem", "sftp");
        studentUnaffected(0);
    }

    @Test
    void portAndAgentForwarding_areRefusedAndLogged() throws Exception {
        String token = h.token("t2", Seat.MOSCOW);
        SshHarness.Result remote = h.ssh(List.of("-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9",
                token + "@127.0.0.1"));
        assertThat(remote.code()).isNotZero();
        assertThat(remote.output()).contains("forwarding failed");
        h.awaitLog("refused", "remote-forwarding");

        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession s = mina(client, token)) {
                var local = new org.apache.sshd.common.util.net.SshdSocketAddress("127.0.0.1", 22);
                var ch = s.createDirectTcpipChannel(new org.apache.sshd.common.util.net.SshdSocketAddress(
                        "127.0.0.1", 0), local);
                boolean opened;
                try {
                    opened = ch.open().verify(Duration.ofSeconds(5)).isOpened();
                } catch (Exception e) {
                    opened = false;
                }
                assertThat(opened).isFalse();
            }
        }
        h.awaitLog("refused", "channel", "direct-tcpip");
        SshHarness.Result agent = h.ssh(List.of("-A", "-T", token + "@127.0.0.1"));
        assertThat(agent.output()).doesNotContain("SSH_AUTH_SOCK");
        studentUnaffected(0);
    }

    @Test
    void zeroAndHugeWindowSizes_closeThatClientOnly() throws Exception {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession s = mina(client, h.token("t2", Seat.BEIJING))) {
                ChannelShell zero = s.createShellChannel();
                zero.setPtyColumns(0);
                zero.setPtyLines(0);
                zero.open().verify(Duration.ofSeconds(5));
                awaitClosed(zero);
                assertThat(zero.isClosed()).isTrue();
            }
            h.awaitLog("refused", "pty-size", "0x0");
            try (ClientSession s = mina(client, h.token("t2", Seat.BEIJING))) {
                ChannelShell huge = s.createShellChannel();
                huge.setPtyColumns(100);
                huge.setPtyLines(30);
                huge.open().verify(Duration.ofSeconds(5));
                Thread.sleep(300);
                huge.sendWindowChange(10_000, 10_000);
                awaitClosed(huge);
                assertThat(huge.isClosed()).isTrue();
            }
            h.awaitLog("refused", "window-size", "10000x10000");
        }
        studentUnaffected(0);
    }

    @Test
    void garbageAndAKeyFlood_endThatConnectionOnly() throws Exception {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (ClientSession s = mina(client, h.token("t2", Seat.MOSCOW))) {
                ChannelShell shell = s.createShellChannel();
                shell.setPtyColumns(80);
                shell.setPtyLines(24);
                shell.open().verify(Duration.ofSeconds(5));
                OutputStream in = shell.getInvertedIn();
                // garbage: invalid UTF-8, stray escapes, NULs, C1 controls
                byte[] garbage = new byte[512];
                new java.util.Random(7).nextBytes(garbage);
                in.write(garbage);
                in.flush();
                Thread.sleep(300);
                assertThat(shell.isClosed()).as("garbage alone is just keys").isFalse();
                byte[] flood = new byte[16 * 1024];
                java.util.Arrays.fill(flood, (byte) 'x');
                for (int i = 0; i < 8 && !shell.isClosed(); i++) {
                    try {
                        in.write(flood);
                        in.flush();
                    } catch (java.io.IOException e) {
                        break; // closed under us: that is the point
                    }
                }
                h.awaitLog("leave", "t2/moscow", "flood");
                awaitClosed(shell);
                assertThat(shell.isClosed()).as(h.log()).isTrue();
            }
        }
        studentUnaffected(0);
    }

    @Test
    void aJoinedClientThatGoesQuiet_isClosedByTheIdleTimeout_andOnlyThatOne() throws Exception {
        // a second server whose idle timeout is 3 s; the student on the first one is untouched
        Path other = dir.resolve("idle");
        java.nio.file.Files.createDirectories(other);
        try (SshHarness quiet = SshHarness.start(other, 1, new ClassroomServer.Limits(Duration.ofSeconds(3),
                Duration.ofSeconds(10), 5, Duration.ofMinutes(1), Duration.ofSeconds(30)), new CountingLobby());
             SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            ClientSession s = client.connect(quiet.token("t1", Seat.AUDIENCE), "127.0.0.1", quiet.port())
                    .verify(Duration.ofSeconds(5)).getSession();
            s.addPasswordIdentity("-");
            s.auth().verify(Duration.ofSeconds(5));
            ChannelShell shell = s.createShellChannel();
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.open().verify(Duration.ofSeconds(5));
            long start = System.nanoTime();
            s.waitFor(EnumSet.of(org.apache.sshd.client.session.ClientSession.ClientSessionEvent.CLOSED),
                    Duration.ofSeconds(20));
            while (!s.isClosed() && System.nanoTime() - start < 25_000_000_000L) {
                Thread.sleep(20);
            }
            assertThat(s.isClosed()).isTrue();
            assertThat((System.nanoTime() - start) / 1e9).isGreaterThan(2.5);
            quiet.awaitLog("leave", "t1/audience");
        }
        studentUnaffected(0);
    }

    @Test
    void aClientThatSendsNothing_isClosedByTheAuthTimeout() throws Exception {
        try (java.net.Socket silent = new java.net.Socket("127.0.0.1", h.port())) {
            silent.setSoTimeout(20_000);
            byte[] banner = new byte[64];
            int n = silent.getInputStream().read(banner);
            assertThat(new String(banner, 0, n, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("SSH-2.0-Amur");
            // say nothing: the server hangs up after the auth timeout (10 s here)
            long start = System.nanoTime();
            int r;
            do {
                r = silent.getInputStream().read(banner);
            } while (r > 0 && System.nanoTime() - start < 19_000_000_000L);
            assertThat(r).isEqualTo(-1);
        }
        studentUnaffected(0);
    }
}
