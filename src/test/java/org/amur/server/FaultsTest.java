package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drops, rejoins, shared seats, resizes and a server restart, with the real OpenSSH client. */
class FaultsTest {
    @TempDir
    Path dir;
    SshHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    private static Table.Settings plain() {
        return new Table.Settings(null, Table.TimeUp.KEEP, false);
    }

    @Test
    void aDroppedTeam_keepsItsSeat_andRejoiningRestoresItsScreen_whileASecondLaptopOnTheSameSeatSeesTheSame()
            throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 1, plain());
        String token = h.token("t1", Seat.MOSCOW);
        var first = h.join(token, 80, 24);
        var second = h.join(token, 100, 30);
        first.await("Turn 1 of");
        second.await("Turn 1 of");
        // either laptop may act: the second one commits, the first sees it
        second.keys("Down", "Down", "Enter");
        second.await("Why");
        second.type("from-the-second-laptop");
        second.keys("Enter");
        String chosen = second.await("You chose");
        first.await("You chose");
        String line = chosen.lines().filter(l -> l.contains("You chose")).findFirst().orElseThrow().strip();
        // the first laptop loses its Wi-Fi: its ssh dies
        first.close();
        h.awaitLog("leave", "t1/moscow");
        var again = h.join(token, 80, 24);
        String back = again.await("You chose");
        assertThat(back).contains(line);
        // and it can take the choice back from there
        again.keys("u");
        again.await("Enter choose");
        second.await("Enter choose");
    }

    @Test
    void aResizeIsFollowed_andTooSmallAsksToEnlarge() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 1, plain());
        var t = h.join(h.token("t1", Seat.AUDIENCE), 80, 24);
        t.await("Projector");
        t.resize(60, 20);
        t.await("Enlarge the terminal to at least 80x24");
        t.resize(90, 30);
        t.await("Projector");
    }

    @Test
    void noColorFromTheClient_drawsWithoutColours_andTheUsualClientGetsThem() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 1, plain());
        Path mono = dir.resolve("bytes-mono");
        Path colour = dir.resolve("bytes-colour");
        var a = h.join(mono, h.token("t1", Seat.MOSCOW), 80, 24, "-o", "SetEnv=NO_COLOR=1");
        var b = h.join(colour, h.token("t1", Seat.BEIJING), 80, 24);
        a.await("Enter choose");
        b.await("Enter choose");
        Thread.sleep(300);
        java.util.regex.Pattern fg = java.util.regex.Pattern.compile("\u001b\\[(3[0-7]|38;)");
        String m = java.nio.file.Files.readString(mono, java.nio.charset.StandardCharsets.UTF_8);
        String c = java.nio.file.Files.readString(colour, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fg.matcher(c).find()).as("the usual client gets colours").isTrue();
        assertThat(fg.matcher(m).find()).as("NO_COLOR: no foreground colour").isFalse();
        assertThat(m).contains("Moscow team");
    }

    @Test
    void garbageTypedAtTheRealGameScreen_breaksNothing_andTheTableStillPlays() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 2, plain());
        var other = h.join(h.token("t2", Seat.MOSCOW), 80, 24);
        var beijing = h.join(h.token("t1", Seat.BEIJING), 80, 24);
        other.await("Enter choose");
        beijing.await("Enter choose");
        try (var client = org.apache.sshd.client.SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            var s = client.connect(h.token("t1", Seat.MOSCOW), "127.0.0.1", h.port())
                    .verify(java.time.Duration.ofSeconds(5)).getSession();
            s.addPasswordIdentity("-");
            s.auth().verify(java.time.Duration.ofSeconds(5));
            var shell = s.createShellChannel();
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.open().verify(java.time.Duration.ofSeconds(5));
            java.util.Random r = new java.util.Random(42);
            var in = shell.getInvertedIn();
            for (int i = 0; i < 20; i++) {
                byte[] junk = new byte[100];
                r.nextBytes(junk);
                for (int j = 0; j < junk.length; j++) {
                    if (junk[j] == 'q' || junk[j] == 'Q' || junk[j] == 3 || junk[j] == 4) {
                        junk[j] = 'x'; // not the keys that leave, so the screen takes all of it
                    }
                }
                try {
                    in.write(junk);
                    in.flush();
                } catch (java.io.IOException e) {
                    throw new AssertionError("closed after " + i + " chunks:\n" + h.log(), e);
                }
                Thread.sleep(150);
            }
            Thread.sleep(500);
        }
        // the table still plays: Beijing commits and is answered; the other table answers too
        beijing.keys("Enter");
        beijing.await("Why");
        beijing.keys("Enter");
        // the garbage holds Enter keys, so it may have committed for Moscow: then Beijing's commit resolves the
        // turn, else Beijing waits for Moscow; either way the table took Beijing's choice
        beijing.await(s -> s.contains("You chose") || s.contains("Turn 1: Moscow chose"), "Beijing's choice taken");
        h.awaitLog("action t1 turn 1 beijing_committed");
        other.keys("Down");
        other.await("Enter choose");
        assertThat(h.log()).doesNotContain("problem").doesNotContain("error:");
    }

    @Test
    void aServerRestartedWithTheSameFolder_restoresTheTablesAndTheTokens() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 2, plain());
        String moscow = h.token("t1", Seat.MOSCOW);
        String beijing = h.token("t1", Seat.BEIJING);
        String fingerprint = h.server.fingerprint();
        var m = h.join(moscow, 80, 24);
        var b = h.join(beijing, 80, 24);
        for (int turn = 1; turn <= 2; turn++) {
            m.await("Turn " + turn + " of");
            m.keys("Enter");
            m.await("Why");
            m.keys("Enter");
            m.await("You chose");
            b.await("Moscow has chosen");
            b.keys("Enter");
            b.await("Why");
            b.keys("Enter");
        }
        m.await("Turn 3 of");
        m.keys("Down", "Enter");
        m.await("Why");
        m.type("before-the-restart");
        m.keys("Enter");
        String chosen = m.await("You chose");
        String line = chosen.lines().filter(l -> l.contains("You chose")).findFirst().orElseThrow().strip();
        // the server dies without a last save and starts again on the same folder: the tables saved every step
        Hall dead = h.crash();
        h = SshHarness.startHall(dir, 2, plain());
        assertThat(h.token("t1", Seat.MOSCOW)).isEqualTo(moscow);
        assertThat(h.server.fingerprint()).isEqualTo(fingerprint);
        var m2 = h.join(moscow, 80, 24);
        String back = m2.await("You chose");
        assertThat(back).contains("Turn 3 of").contains(line);
        var b2 = h.join(beijing, 80, 24);
        b2.await("Moscow has chosen");
        assertThat(h.log()).contains("restored t1 turn 3");
        dead.close();
    }
}
