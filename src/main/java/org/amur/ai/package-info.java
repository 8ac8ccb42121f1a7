/**
 * Bots. A bot sees only its seat's {@link org.amur.engine.SeatView} (never the other side's pending
 * choice, never the live random generator) and answers through the same engine contract as a human:
 * a variant to commit and a one-line reason a player can read.
 */
package org.amur.ai;
