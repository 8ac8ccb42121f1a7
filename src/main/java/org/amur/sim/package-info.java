/**
 * Analyst mode: many seeded games at once. {@link org.amur.sim.Simulator} plays a batch of games
 * with one {@link org.amur.sim.PolicySpec policy} per seat on any number of threads and folds every
 * game into a bounded {@link org.amur.sim.SimResult} (outcome rates, scores, the distribution of every
 * state id at the end, per-turn means), whose memory does not grow with the number of games.
 * {@link org.amur.sim.Sensitivity} re-runs a batch with one asymmetry scaled down and up (a tornado
 * table). {@link org.amur.sim.Reports} writes the result as a table, as JSON with stable names, and as
 * one CSV row per game.
 *
 * <p>Determinism: game {@code i} of a batch always gets the same seed ({@link org.amur.sim.GameSeeds})
 * and all aggregation is in exact integer arithmetic, so the result is the same bit for bit whatever
 * the number of threads.
 */
package org.amur.sim;
