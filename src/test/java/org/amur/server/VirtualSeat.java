package org.amur.server;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.amur.tui.Remote;

/**
 * One remote seat's screen as a connection runs it ({@link Remote#run} or {@link Remote#runTeacher}, with its
 * own app loop and input thread), drawn into Lanterna's {@link DefaultVirtualTerminal} instead of an SSH
 * channel. Keys go in as a client's would; {@link #await} polls what reached the terminal with a deadline and
 * fails with the screen's text; {@link #close} ends the screen's threads (end of input, as a dropped
 * connection) and fails if they do not end.
 */
final class VirtualSeat implements AutoCloseable {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final long WAIT_SECONDS = 20;

    /**
     * A virtual terminal whose blocking read does not hold the terminal's lock (Lanterna's
     * {@code DefaultVirtualTerminal.readInput} is synchronized, so the input thread would block every draw).
     */
    static final class QueueTerminal extends DefaultVirtualTerminal {
        private final BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
        /** The text of the last whole frame: taken when the screen flushes, so never a frame half drawn. */
        private volatile String frame = "";

        QueueTerminal(TerminalSize size) {
            super(size);
        }

        @Override
        public synchronized void flush() {
            super.flush();
            frame = contents();
        }

        private String contents() {
            StringBuilder sb = new StringBuilder();
            TerminalSize size = getTerminalSize();
            for (int r = 0; r < size.getRows(); r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < size.getColumns(); c++) {
                    var ch = getCharacter(c, r);
                    line.append(ch == null ? " " : ch.getCharacterString());
                    if (ch != null && ch.isDoubleWidth()) {
                        c++;
                    }
                }
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            return sb.toString();
        }

        @Override
        public void addInput(KeyStroke k) {
            keys.add(k);
        }

        @Override
        public KeyStroke pollInput() {
            return keys.poll();
        }

        @Override
        public KeyStroke readInput() {
            try {
                return keys.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new KeyStroke(KeyType.EOF);
            }
        }
    }

    interface Screen {
        void run(QueueTerminal terminal) throws Exception;
    }

    private final QueueTerminal terminal;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private VirtualSeat(int columns, int rows, Screen screen) {
        terminal = new QueueTerminal(new TerminalSize(columns, rows));
        thread = new Thread(() -> {
            try {
                screen.run(terminal);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "amur-virtual-seat-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    private static final Remote.Looks LOOKS = new Remote.Looks(false, "xterm-256color");

    /** {@code role}'s screen of {@code table}, as a connection with that seat's token runs it. */
    static VirtualSeat open(int columns, int rows, Remote.Table table, Remote.Role role) {
        return new VirtualSeat(columns, rows, t -> Remote.run(t, LOOKS, table, role));
    }

    /** The teacher's console over {@code classroom}. */
    static VirtualSeat teacher(int columns, int rows, Remote.Classroom classroom) {
        return new VirtualSeat(columns, rows, t -> Remote.runTeacher(t, LOOKS, classroom));
    }

    VirtualSeat keys(KeyStroke... ks) {
        for (KeyStroke k : ks) {
            terminal.addInput(k);
        }
        return this;
    }

    VirtualSeat key(KeyType type) {
        return keys(new KeyStroke(type));
    }

    VirtualSeat key(char c) {
        return keys(new KeyStroke(c, false, false));
    }

    VirtualSeat type(String text) {
        for (char c : text.toCharArray()) {
            key(c);
        }
        return this;
    }

    void resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
    }

    /** The last frame the screen drew, one line per row, trailing blanks removed. */
    String text() {
        return terminal.frame;
    }

    /** The last frame's last row (the key bar). */
    String lastRow() {
        String[] lines = text().split("\n", -1); // one line per row, each ended by a newline
        return lines.length < 2 ? "" : lines[lines.length - 2];
    }

    String await(Predicate<String> test, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String s = text();
        while (System.nanoTime() < end) {
            if (failure.get() != null) {
                throw new AssertionError("the screen failed while waiting for " + what, failure.get());
            }
            s = text();
            if (test.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the screen never showed " + what + ":\n" + s);
    }

    String await(String text) throws InterruptedException {
        return await(s -> s.contains(text), "'" + text + "'");
    }

    /** Whether the screen's loop has ended (the seat left, or the teacher ended the session). */
    boolean ended() {
        return !thread.isAlive();
    }

    /** Waits for the screen's loop to end by itself (after {@code q}); fails if it does not. */
    void awaitEnd() throws InterruptedException {
        thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        if (thread.isAlive()) {
            throw new AssertionError("the screen did not end:\n" + text());
        }
        if (failure.get() != null) {
            throw new AssertionError("the screen failed", failure.get());
        }
    }

    /** Ends the screen as a dropped connection does (end of input) and fails if its thread does not end. */
    @Override
    public void close() throws InterruptedException {
        terminal.addInput(new KeyStroke(KeyType.EOF));
        thread.join(TimeUnit.SECONDS.toMillis(10));
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
        if (thread.isAlive()) {
            throw new AssertionError("the screen's thread did not end:\n" + text());
        }
    }
}
