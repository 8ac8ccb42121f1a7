/**
 * The classroom server ({@code amur serve}): one process hosting several tables that every team, the
 * facilitator, the projector and the teacher join with a stock {@code ssh} client. Apache MINA SSHD
 * speaks SSH; each connection gets its own Lanterna terminal on the channel's streams. The server
 * offers only the game (no shell, exec, subsystem or forwarding), authenticates by the token in the
 * user name, and keeps its host key, tokens and log in one folder.
 */
package org.amur.server;
