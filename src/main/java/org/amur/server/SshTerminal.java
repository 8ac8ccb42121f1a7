package org.amur.server;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An ANSI terminal on one SSH channel's streams, always UTF-8, like Lanterna's {@code TelnetTerminal} but
 * with the size the client's pty request and window-change messages give (no cursor-position queries, no
 * {@code stty}: the server's own terminal is never touched, and Ctrl-C is just a key).
 */
public final class SshTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    public SshTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(in, out, StandardCharsets.UTF_8);
        this.size = new TerminalSize(columns, rows);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** The client's window changed: tells the screen (on the caller's thread). */
    public void resized(int columns, int rows) {
        size = new TerminalSize(columns, rows);
        onResized(columns, rows);
    }

    @Override
    protected KeyDecodingProfile getDefaultKeyDecodingProfile() {
        DefaultKeyDecodingProfile base = new DefaultKeyDecodingProfile();
        return () -> {
            // A pty in raw mode sends a bare carriage return for Enter.
            List<CharacterPattern> patterns = new ArrayList<>(base.getPatterns());
            patterns.add(new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'));
            return (Collection<CharacterPattern>) patterns;
        };
    }
}
