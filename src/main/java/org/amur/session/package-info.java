/**
 * A game in progress as the front ends see it: the scenario, the seed, the current state, every
 * accepted action in order (the replayable log a save stores), and per-turn history for dashboards,
 * sparklines, the log screen and replay. One {@link org.amur.session.Session} is driven by one thread.
 */
package org.amur.session;
