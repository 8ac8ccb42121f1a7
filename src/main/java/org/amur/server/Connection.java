package org.amur.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * The game as an SSH "shell": one per connection. Checks the pty, opens an {@link SshTerminal} on the
 * channel's streams, follows window changes, and runs the seat's screen on a thread of its own; whatever
 * that screen does wrong ends this connection only.
 */
final class Connection implements Command, Lobby.Client {
    private static final AtomicInteger COUNT = new AtomicInteger();
    /** Keystrokes allowed: a burst of 4 KiB (a pasted reason) and 1 KiB a second after that. */
    static final long BURST = 4096;
    static final long PER_SECOND = 1024;

    private final Lobby lobby;
    private final Gate gate;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile SshTerminal terminal;
    private volatile boolean closed;
    /** The server is stopping (Ctrl-C or the teacher's end of session): say so once the screen has ended. */
    private volatile boolean stopping;
    private String term = "";
    private boolean noColor;
    private String address = "?";
    private Thread thread;
    private FloodGuard guard;

    Connection(Lobby lobby, Gate gate) {
        this.lobby = lobby;
        this.gate = gate;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // the game writes everything on its screen
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        address = Gate.address(channel.getSession());
        Ticket ticket = channel.getSession().getAttribute(Gate.TICKET);
        Map<String, String> e = env.getEnv();
        term = e.getOrDefault(Environment.ENV_TERM, "");
        noColor = e.containsKey("NO_COLOR");
        int columns = parse(e.get(Environment.ENV_COLUMNS));
        int rows = parse(e.get(Environment.ENV_LINES));
        if (ticket == null || term.isEmpty() || !GameChannel.sizeOk(columns, rows)) {
            // no pty: a plain "ssh host command" or "ssh -T"; the game needs a terminal
            sayAndClose(ServerText.t("ssh.needs_terminal"));
            return;
        }
        guard = new FloodGuard(in, BURST, PER_SECOND, System::nanoTime);
        terminal = new SshTerminal(guard, out, columns, rows);
        env.addSignalListener((Channel ch, Signal s) -> {
            int c = parse(env.getEnv().get(Environment.ENV_COLUMNS));
            int r = parse(env.getEnv().get(Environment.ENV_LINES));
            SshTerminal t = terminal;
            if (t != null && GameChannel.sizeOk(c, r)) {
                t.resized(c, r);
            }
        }, Signal.WINCH);
        thread = new Thread(() -> run(ticket), "amur-connection-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Ticket ticket) {
        String who = ticket.table() == null ? "teacher" : ticket.table() + "/" + ticket.seat().id();
        gate.log().log("join", address, who, "TERM=" + term);
        String why = "left";
        try {
            lobby.serve(ticket, this);
        } catch (InterruptedException e) {
            why = "dropped"; // the client went away (destroy interrupts the screen's thread)
        } catch (Exception | Error e) {
            // writing to a client that just went away fails: that is a drop, not an error of the server
            why = guard != null && guard.flooded() ? "flood" : closed ? "dropped" : "error:" + e.getClass().getSimpleName();
        }
        if (guard != null && guard.flooded()) {
            why = "flood";
        } else if (stopping) {
            why = "server-stopped";
        }
        gate.log().log("leave", address, who, why);
        if ("flood".equals(why)) {
            sayAndClose("\r\n" + ServerText.t("ssh.flood") + "\r\n");
        } else if (stopping) {
            sayAndClose("\r\n" + ServerText.t("ssh.server_stopped") + "\r\n");
        } else {
            finish();
        }
    }

    private void sayAndClose(String sentence) {
        try {
            out.write((sentence.endsWith("\n") ? sentence : sentence + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the client is gone already
        }
        finish();
    }

    private void finish() {
        closed = true;
        ExitCallback cb = exit;
        if (cb != null) {
            cb.onExit(0);
        }
    }

    private static int parse(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        closed = true;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public SshTerminal terminal() {
        return terminal;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String term() {
        return term;
    }

    @Override
    public boolean noColor() {
        return noColor;
    }

    @Override
    public boolean closed() {
        return closed;
    }

    @Override
    public void hangUp() {
        stopping = true;
        try {
            in.close(); // the screen reads the end of input and ends, restoring the client's terminal
        } catch (IOException | RuntimeException e) {
            // going away anyway
        }
    }
}
