package org.amur.server;

/** One token and what it opens: a seat at a table ({@code table} is null for the teacher). */
public record Ticket(String token, String table, Seat seat) {
}
