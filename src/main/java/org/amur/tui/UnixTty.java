package org.amur.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's {@link UnixTerminal} set up with two runs of {@code stty} instead of five.
 *
 * <p>Lanterna takes the terminal in its constructor by running {@code /bin/stty} once per setting: save the
 * settings ({@code -g}), line mode off ({@code -icanon}), then {@code min 1}, echo off ({@code -echo}) and, when it
 * traps Ctrl-C, {@code intr undef} (here with {@code susp undef quit undef}: see {@link #keyStrokeSignalsEnabled}).
 * Each run is a new process, about 5-15 ms on a small virtual machine, all before the first frame. Here the settings asked for while Lanterna takes the terminal are gathered and given to
 * one {@code stty} run once it has finished; the saved settings are restored on closing as Lanterna does. Any
 * setting asked for later (none is, today) is applied at once, as before.
 *
 * <p>The fields have no initializers on purpose: Lanterna calls the overridden methods from its constructor,
 * before this class's initializers would run (an initializer would wipe what those calls recorded).
 */
final class UnixTty extends UnixTerminal {
    private static final String STTY = "/bin/stty";

    /** The terminal's settings before the game took it ({@code stty -g}), restored on closing. */
    private String saved;
    /** Settings asked for while Lanterna takes the terminal; null once they have been applied. */
    private List<String> pending;
    /** True once the constructor has applied the pending settings. */
    private boolean taken;

    UnixTty(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
        taken = true;
        if (pending != null && !pending.isEmpty()) {
            List<String> args = pending;
            pending = null;
            stty(args.toArray(new String[0]));
        }
    }

    /**
     * The terminal's size. The launcher's recording run ({@link ClassArchive}) has a terminal nobody reads, which
     * would not answer Lanterna's question (a cursor-position report, waited for 5 s, twice): it is the standard
     * 80x24 there.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        return ClassArchive.recording() ? ClassArchive.SIZE : super.findTerminalSize();
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        saved = exec(STTY, "-g").trim();
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null) {
            exec(STTY, saved);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        stty(enabled ? "echo" : "-echo");
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            stty("icanon");
        } else {
            stty("-icanon", "min", "1");
        }
    }

    /**
     * Ctrl-C, and unlike Lanterna also Ctrl-Z and Ctrl-\, arrive as keys instead of signals while the game has the
     * terminal: a game stopped by Ctrl-Z came back from {@code fg} with echo and line mode on (nothing takes the
     * terminal again on SIGCONT) and could not be played, and Ctrl-\ printed the JVM's thread dump over the screen.
     * Enabling follows Lanterna, after the saved settings (with the player's own suspend and quit keys) are back.
     */
    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled) {
            stty("intr", "^C");
        } else {
            stty("intr", "undef", "susp", "undef", "quit", "undef");
        }
    }

    private void stty(String... settings) throws IOException {
        if (!taken) {
            if (pending == null) {
                pending = new ArrayList<>();
            }
            pending.addAll(List.of(settings));
            return;
        }
        String[] command = new String[settings.length + 1];
        command[0] = STTY;
        System.arraycopy(settings, 0, command, 1, settings.length);
        exec(command);
    }
}
