package org.amur.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teacher's console over SSH: the overview, pause all, one table's console, ending the session. */
class TeacherConsoleTest {
    @TempDir
    Path dir;
    SshHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void theTeacherSeesEveryTable_pausesAll_writesToOneTable_andEndsTheSession() throws Exception {
        SshHarness.requireTools();
        h = SshHarness.startHall(dir, 3, new Table.Settings(null, Table.TimeUp.KEEP, true));
        var teacher = h.join(h.book.teacher(), 80, 24);
        var t2moscow = h.join(h.token("t2", Seat.MOSCOW), 80, 24);
        var t1beijing = h.join(h.token("t1", Seat.BEIJING), 80, 24);
        String overview = teacher.await("Teacher's console");
        assertThat(overview).contains("t1", "t2", "t3");
        // a team on table 2 chooses: the overview shows it
        t2moscow.await("Turn 1 of");
        t2moscow.keys("Enter");
        t2moscow.await("Why");
        t2moscow.keys("Enter");
        teacher.await(s -> s.lines().anyMatch(l -> l.contains("t2") && l.contains("chosen")), "t2 chosen");
        // pause all: every team sees it and cannot commit
        teacher.keys("p");
        t1beijing.await("PAUSED");
        t1beijing.keys("Enter");
        t1beijing.await("The table is paused");
        teacher.await("p resume all");
        teacher.keys("p");
        t1beijing.await(s -> !s.contains("PAUSED"), "the pause lifted");
        // open table 1's console and write a note everyone at that table sees
        teacher.keys("Enter");
        teacher.await("Facilitator");
        teacher.keys("n");
        teacher.type("Look at the trust line");
        teacher.keys("Enter");
        t1beijing.await("Facilitator: Look at the trust line");
        // and play the deck's first event card, which the teams see with its reason
        teacher.keys("i");
        teacher.await("Play which event card");
        teacher.keys("Enter");
        teacher.type("forcing");
        teacher.keys("Enter");
        t1beijing.await("(forcing)");
        h.awaitLog("action", "t1", "inject");
        teacher.keys("Escape");
        teacher.await("Teacher's console");
        // end the session (with a confirmation)
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
            try {
                h.hall.awaitEnd();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        teacher.keys("E");
        teacher.await("End the session for every table?");
        teacher.keys("y");
        ended.get(10, TimeUnit.SECONDS);
        assertThat(h.log()).contains("pause-all", "resume-all", "end-session", "action t1 turn 1 note");
    }
}
