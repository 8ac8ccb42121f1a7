package org.amur.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The SSH side of {@code amur serve}: Apache MINA SSHD configured to offer only the game. Its host key is
 * generated once and kept in the server folder ({@value #HOST_KEY}), so students see the same fingerprint
 * every lesson.
 */
public final class ClassroomServer implements AutoCloseable {
    public static final String HOST_KEY = "host-key.pem";
    /** Connections at once, whoever they are: far above a class (8 tables x 4 seats x a few laptops). */
    static final int MAX_CONNECTIONS = 400;

    /** Limits a lesson needs; tests shorten them. */
    public record Limits(Duration idle, Duration authTimeout, int maxFailures, Duration failureWindow,
                         Duration block) {
        public static Limits classroom(Duration idle) {
            return new Limits(idle, Duration.ofSeconds(30), 10, Duration.ofMinutes(1), Duration.ofMinutes(2));
        }
    }

    private final SshServer sshd;
    private final Gate gate;
    private final SimpleGeneratorHostKeyProvider keys;

    private ClassroomServer(SshServer sshd, Gate gate, SimpleGeneratorHostKeyProvider keys) {
        this.sshd = sshd;
        this.gate = gate;
        this.keys = keys;
    }

    /** Starts listening on {@code bind}:{@code port} (0: any free port). */
    public static ClassroomServer start(Path folder, String bind, int port, TokenBook book, ServerLog log,
                                        Limits limits, Lobby lobby) throws IOException {
        Files.createDirectories(folder);
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(bind);
        sshd.setPort(port);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(folder.resolve(HOST_KEY));
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        sshd.setKeyPairProvider(keys);

        Gate gate = new Gate(book, new AttemptLimiter(limits.maxFailures(), limits.failureWindow(), limits.block(),
                java.time.Clock.systemUTC()), log);
        sshd.setUserAuthFactories(List.of(gate.noneFactory(), UserAuthKeyboardInteractiveFactory.INSTANCE,
                UserAuthPasswordFactory.INSTANCE));
        sshd.setPasswordAuthenticator(gate.passwords());
        sshd.setKeyboardInteractiveAuthenticator(gate.keyboard());
        sshd.setPublickeyAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setGSSAuthenticator(null);

        sshd.setForwardingFilter(gate);
        sshd.setAgentFactory(null);
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setChannelFactories(List.of(sessionChannels(gate), refusedChannels(gate, "direct-tcpip"),
                refusedChannels(gate, "forwarded-tcpip"), refusedChannels(gate, "x11")));
        sshd.setShellFactory(channel -> new Connection(lobby, gate));

        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, limits.idle());
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, limits.authTimeout());
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 6);
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 2);
        CoreModuleProperties.WINDOW_SIZE.set(sshd, 64L * 1024);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "Amur");
        // shown only after a wrong token, before the client falls back to asking for a password
        CoreModuleProperties.WELCOME_BANNER.set(sshd, ServerText.t("ssh.wrong_line") + "\n");
        CoreModuleProperties.WELCOME_BANNER_PHASE.set(sshd, org.apache.sshd.server.auth.WelcomeBannerPhase.FIRST_FAILURE);
        CoreModuleProperties.NIO_WORKERS.set(sshd, 2);
        java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                int n = open.incrementAndGet();
                // a blocked address still connects: its good tokens get in, its wrong lines are turned away at once
                if (n > MAX_CONNECTIONS) {
                    log.log("refused", Gate.address(session), "too-many-connections", n);
                    session.close(true);
                }
            }

            @Override
            public void sessionClosed(Session session) {
                open.decrementAndGet();
            }
        });
        sshd.start();
        return new ClassroomServer(sshd, gate, keys);
    }

    private static ChannelFactory sessionChannels(Gate gate) {
        return new ChannelFactory() {
            @Override
            public String getName() {
                return "session";
            }

            @Override
            public org.apache.sshd.common.channel.Channel createChannel(Session session) {
                return new GameChannel(gate);
            }
        };
    }

    /** A channel type the server never opens, named so that asking for it is logged. */
    private static ChannelFactory refusedChannels(Gate gate, String type) {
        return new ChannelFactory() {
            @Override
            public String getName() {
                return type;
            }

            @Override
            public org.apache.sshd.common.channel.Channel createChannel(Session session) {
                gate.refused(session, "channel", type);
                return null;
            }
        };
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return sshd.getPort();
    }

    /** The host key's fingerprint as OpenSSH prints it ({@code SHA256:...}). */
    public String fingerprint() {
        for (KeyPair kp : keys.loadKeys(null)) {
            PublicKey k = kp.getPublic();
            return KeyUtils.getFingerPrint(k);
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }
}
