package org.amur.tui;

import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a terminal by {@link UnixTtyTest}: takes the terminal with {@link UnixTty} ({@code amur}) or Lanterna's own
 * {@link UnixTerminal} ({@code lanterna}), writes {@code stty -a} of the terminal while taken to {@code OUT}, gives
 * the terminal back and exits.
 */
public final class UnixTtyProbe {
    private UnixTtyProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean ours = args[0].equals("amur");
        Path out = Path.of(args[1]);
        Terminal t = ours
                ? new UnixTty(System.in, System.out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP)
                : new UnixTerminal(System.in, System.out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        Process p = new ProcessBuilder("/bin/stty", "-a").redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                .redirectErrorStream(true).start();
        byte[] modes = p.getInputStream().readAllBytes();
        p.waitFor();
        t.close();
        Files.write(out, modes);
    }
}
