package org.amur.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.auth.AbstractUserAuth;
import org.apache.sshd.server.auth.AbstractUserAuthFactory;
import org.apache.sshd.server.auth.UserAuth;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.common.util.buffer.Buffer;

/**
 * Who gets in: the user name must be one of the server's tokens, whichever method the client offers
 * ("none", keyboard-interactive or password: the password itself is ignored). Failures are logged and
 * counted per address; a blocked address's wrong lines are turned away at once (its good tokens still get
 * in). Forwarding of any kind, exec and subsystems are refused and logged here too.
 */
final class Gate implements ForwardingFilter {
    static final AttributeKey<Ticket> TICKET = new AttributeKey<>();
    private static final AttributeKey<Boolean> FAILED = new AttributeKey<>();

    private final TokenBook book;
    private final AttemptLimiter limiter;
    private final ServerLog log;

    Gate(TokenBook book, AttemptLimiter limiter, ServerLog log) {
        this.book = book;
        this.limiter = limiter;
        this.log = log;
    }

    ServerLog log() {
        return log;
    }

    static String address(Session session) {
        SocketAddress a = session == null || session.getIoSession() == null ? null : session.getIoSession().getRemoteAddress();
        if (a instanceof InetSocketAddress i) {
            return i.getAddress() == null ? i.getHostString() : i.getAddress().getHostAddress();
        }
        return String.valueOf(a);
    }

    /**
     * Whether {@code username} is a token; remembers the ticket on the session when it is. A good token gets in
     * even from a blocked address: a class behind one address (a school's NAT) must not be locked out by its own
     * typing mistakes, and the block is no defence of the tokens (100 bits each) but against a script's noise,
     * whose wrong lines are still turned away at once.
     */
    boolean admit(ServerSession session, String username, String method) {
        String address = address(session);
        Optional<Ticket> t = book.find(username);
        if (t.isPresent()) {
            session.setAttribute(TICKET, t.get());
            return true;
        }
        if (limiter.blocked(address)) {
            log.log("refused", address, "blocked", method);
            disconnect(session);
            return false;
        }
        log.log("failed", address, method, username);
        // one wrong line is one failure, however many methods the client then tries with it
        if (session.getAttribute(FAILED) != null) {
            return false;
        }
        session.setAttribute(FAILED, Boolean.TRUE);
        if (limiter.failed(address)) {
            log.log("blocked", address);
            disconnect(session);
        }
        return false;
    }

    private static void disconnect(Session session) {
        try {
            session.disconnect(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
                    ServerText.t("ssh.blocked"));
        } catch (Exception e) {
            session.close(true);
        }
    }

    void refused(Session session, String what, String detail) {
        Ticket t = session == null ? null : session.getAttribute(TICKET);
        log.log("refused", address(session), what, detail == null ? "" : detail,
                t == null ? "-" : (t.table() == null ? "teacher" : t.table() + "/" + t.seat().id()));
    }

    // ------------------------------------------------------------------ authentication methods

    /** The "none" method, accepted for a token. */
    UserAuth none() {
        return new AbstractUserAuth("none") {
            @Override
            protected Boolean doAuth(Buffer buffer, boolean init) {
                return admit(getServerSession(), getUsername(), "none");
            }
        };
    }

    AbstractUserAuthFactory noneFactory() {
        return new AbstractUserAuthFactory("none") {
            @Override
            public UserAuth createUserAuth(ServerSession session) {
                return none();
            }
        };
    }

    PasswordAuthenticator passwords() {
        return (username, password, session) -> admit(session, username, "password");
    }

    KeyboardInteractiveAuthenticator keyboard() {
        return new KeyboardInteractiveAuthenticator() {
            @Override
            public InteractiveChallenge generateChallenge(ServerSession session, String username, String lang,
                                                          String subMethods) {
                InteractiveChallenge c = new InteractiveChallenge();
                // no name: OpenSSH prints a challenge's name on a line of its own at every retry, which after a
                // mistyped line only adds "Amur" three times between the banner and the password prompt
                c.setInteractionName("");
                c.setInteractionInstruction("");
                return c;
            }

            @Override
            public boolean authenticate(ServerSession session, String username, List<String> responses) {
                return admit(session, username, "keyboard-interactive");
            }
        };
    }

    // ------------------------------------------------------------------ forwarding: never

    @Override
    public boolean canForwardAgent(Session session, String requestType) {
        refused(session, "agent-forwarding", requestType);
        return false;
    }

    @Override
    public boolean canForwardX11(Session session, String requestType) {
        refused(session, "x11-forwarding", requestType);
        return false;
    }

    @Override
    public boolean canListen(SshdSocketAddress address, Session session) {
        refused(session, "remote-forwarding", String.valueOf(address));
        return false;
    }

    @Override
    public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
        refused(session, "local-forwarding", String.valueOf(address));
        return false;
    }
}
