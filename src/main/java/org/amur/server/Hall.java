package org.amur.server;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.util.concurrent.CountDownLatch;

/** The server's tables and the screens connections get. */
public final class Hall implements Lobby, AutoCloseable {
    private final TokenBook book;
    private final ServerLog log;
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile boolean closed;

    public Hall(TokenBook book, ServerLog log) {
        this.book = book;
        this.log = log;
    }

    @Override
    public void serve(Ticket ticket, Client client) throws Exception {
        TerminalScreen screen = new TerminalScreen(client.terminal());
        screen.startScreen();
        try {
            while (!closed && !client.closed()) {
                draw(screen, ticket);
                KeyStroke k = screen.readInput();
                if (k == null || k.getKeyType() == KeyType.EOF
                        || (k.getKeyType() == KeyType.Character && k.getCharacter() == 'q')) {
                    return;
                }
            }
        } finally {
            screen.stopScreen();
        }
    }

    private static void draw(Screen screen, Ticket ticket) throws java.io.IOException {
        screen.doResizeIfNecessary();
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        g.putString(0, 0, ServerText.t("lobby.title"));
        g.putString(0, 2, ServerText.t("lobby.seat", ServerText.t("serve.seat." + (ticket.seat() == Seat.TEACHER
                ? "facilitator" : ticket.seat().id())), ticket.table() == null ? "*" : ticket.table()));
        g.putString(0, 4, ServerText.t("lobby.wait"));
        screen.refresh(Screen.RefreshType.COMPLETE);
    }

    /** Blocks until the teacher ends the session or the server stops. */
    public void awaitEnd() throws InterruptedException {
        end.await();
    }

    @Override
    public void close() {
        closed = true;
        end.countDown();
    }
}
