package org.amur.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.amur.tui.Remote;

/**
 * The server's tables and what each token opens: a team's, the facilitator's or the projector's screen of
 * one table, or the teacher's console over all of them.
 */
public final class Hall implements Lobby, Remote.Classroom, AutoCloseable {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final ServerLog log;
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile boolean closed;
    /** The clients whose screens are running, to end them cleanly when the server stops. */
    private final java.util.Set<Client> clients = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Hall(List<Table> tables, ServerLog log) {
        for (Table t : tables) {
            this.tables.put(t.id(), t);
        }
        this.log = log;
    }

    @Override
    public void serve(Ticket ticket, Client client) throws Exception {
        if (closed) {
            return;
        }
        clients.add(client);
        try {
            screen(ticket, client);
        } finally {
            synchronized (clients) {
                clients.remove(client);
                clients.notifyAll();
            }
        }
    }

    private void screen(Ticket ticket, Client client) throws Exception {
        Remote.Looks looks = new Remote.Looks(client.noColor(), client.term());
        if (ticket.seat() == Seat.TEACHER) {
            Remote.runTeacher(client.terminal(), looks, this);
            return;
        }
        Table table = tables.get(ticket.table());
        if (table == null) {
            return;
        }
        Remote.Role role = switch (ticket.seat()) {
            case MOSCOW -> Remote.Role.MOSCOW;
            case BEIJING -> Remote.Role.BEIJING;
            case FACILITATOR -> Remote.Role.FACILITATOR;
            default -> Remote.Role.AUDIENCE;
        };
        if (role.side() != null) {
            table.joined(role.side());
        }
        Remote.run(client.terminal(), looks, table, role);
    }

    @Override
    public List<Remote.Table> tables() {
        return Collections.unmodifiableList(new ArrayList<>(tables.values()));
    }

    public Table table(String id) {
        return tables.get(id);
    }

    @Override
    public void pauseAll(boolean paused) {
        log.log(paused ? "pause-all" : "resume-all");
        for (Table t : tables.values()) {
            t.pause(paused);
        }
    }

    @Override
    public void end() {
        log.log("end-session");
        end.countDown();
    }

    /** Blocks until the teacher ends the session. */
    public void awaitEnd() throws InterruptedException {
        end.await();
    }

    /**
     * Ends every screen cleanly (each client told that its game is saved and how to come back; waits a few
     * seconds for them at most), then saves every table and stops them.
     */
    @Override
    public void close() {
        closed = true;
        for (Client c : clients) {
            c.hangUp();
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        synchronized (clients) {
            while (!clients.isEmpty() && System.nanoTime() < deadline) {
                try {
                    clients.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        for (Table t : tables.values()) {
            t.close();
        }
        end.countDown();
    }
}
