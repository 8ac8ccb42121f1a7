package org.amur.server;

/** What a connection runs once its token let it in: the seat's screen. */
public interface Lobby {

    /**
     * Runs {@code ticket}'s screen on {@code client}'s terminal, on the calling thread (one per connection),
     * until the client leaves, the seat's game no longer needs it, or the server stops.
     */
    void serve(Ticket ticket, Client client) throws Exception;

    /** One connected client: its terminal and environment. */
    interface Client {
        SshTerminal terminal();

        String address();

        /** {@code TERM} from the pty request. */
        String term();

        /** True when the client sent {@code NO_COLOR}. */
        boolean noColor();

        /** True once the connection is gone (closed by the client, the idle timeout or the server). */
        boolean closed();

        /**
         * The server is stopping: ends the screen as the end of the client's input would (the terminal put back
         * as it was), then tells the client in one sentence that its game is saved and how to come back.
         */
        default void hangUp() {
        }
    }
}
