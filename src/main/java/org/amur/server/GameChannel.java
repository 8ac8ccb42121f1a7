package org.amur.server;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * A session channel that only ever runs the game: exec and subsystem requests (SFTP, scp) are refused and
 * logged, only a few environment variables are kept, and a pty or window size out of bounds closes the
 * channel (that client only).
 */
final class GameChannel extends ChannelSession {
    /** The environment variables a client may set; everything else is ignored. */
    static final Set<String> KEPT_ENV = Set.of("TERM", "NO_COLOR", "LANG", "LC_ALL", "LC_CTYPE");
    static final int MAX_COLUMNS = 1000;
    static final int MAX_ROWS = 500;
    private static final int MAX_ENV_VALUE = 256;

    private final Gate gate;

    GameChannel(Gate gate) {
        this.gate = gate;
    }

    static boolean sizeOk(int columns, int rows) {
        return columns >= 1 && rows >= 1 && columns <= MAX_COLUMNS && rows <= MAX_ROWS;
    }

    @Override
    protected RequestHandler.Result handleExecParsed(String request, String commandLine) {
        gate.refused(getServerSession(), "exec", commandLine);
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleSubsystemParsed(String request, String subsystem) {
        gate.refused(getServerSession(), "subsystem", subsystem);
        return RequestHandler.Result.ReplyFailure;
    }

    @Override
    protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
        if (name == null || value == null || !KEPT_ENV.contains(name) || value.length() > MAX_ENV_VALUE) {
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handleEnvParsed(name, value);
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int width, int height,
                                                       Map<PtyMode, Integer> modes) throws IOException {
        if (!sizeOk(columns, rows) || term == null || term.length() > MAX_ENV_VALUE) {
            gate.refused(getServerSession(), "pty-size", columns + "x" + rows);
            close(false);
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
    }

    @Override
    protected RequestHandler.Result handleWindowChangeParsed(int columns, int rows, int width, int height)
            throws IOException {
        if (!sizeOk(columns, rows)) {
            gate.refused(getServerSession(), "window-size", columns + "x" + rows);
            close(false);
            return RequestHandler.Result.ReplyFailure;
        }
        return super.handleWindowChangeParsed(columns, rows, width, height);
    }
}
