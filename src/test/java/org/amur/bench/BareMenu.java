package org.amur.bench;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.nio.charset.Charset;

/**
 * The peer of {@code ./amur}'s first frame in {@code src/test/scripts/first-frame.sh}: the least a
 * Lanterna program does to show a three-item menu (the same terminal factory settings as the game,
 * one header line, three items, a key bar), then waits for a key and restores the terminal. Nothing
 * of Amur is loaded, so the time to its first frame is what Lanterna and the JVM cost by themselves.
 */
public final class BareMenu {
    private BareMenu() {
    }

    public static void main(String[] args) throws Exception {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, Charset.defaultCharset())
                .setForceTextTerminal(true);
        Terminal terminal = factory.createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        try {
            screen.startScreen();
            TextGraphics g = screen.newTextGraphics();
            g.setForegroundColor(TextColor.ANSI.BLUE);
            g.putString(1, 0, "Bare Lanterna menu", SGR.BOLD);
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
            String[] items = {"New game", "Load a saved game", "Quit"};
            for (int i = 0; i < items.length; i++) {
                g.putString(3, 3 + 2 * i, (i == 0 ? "> " : "  ") + items[i]);
            }
            g.putString(1, screen.getTerminalSize().getRows() - 1, "Enter choose  q quit");
            screen.refresh();
            KeyStroke k;
            do {
                k = screen.readInput();
            } while (k == null);
        } finally {
            screen.stopScreen();
            terminal.close();
        }
    }
}
