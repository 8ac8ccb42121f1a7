/**
 * Bots. A bot sees only its seat's {@link org.amur.engine.SeatView} (never the other side's pending
 * choice, never the live random generator) and the events its seat was shown
 * ({@link org.amur.ai.Bot#observe}), and answers through the same engine contract as a human: a
 * variant to commit and a one-line reason a player can read.
 *
 * <ul>
 *   <li>{@link org.amur.ai.Bots} makes a bot from a spec ({@code random}, {@code historian},
 *       {@code hawk}, {@code hedger}, {@code mercantilist}, {@code mcts:easy|normal|hard});</li>
 *   <li>the heuristic personalities ({@link org.amur.ai.Personality}) are stateless
 *       {@link org.amur.ai.Policy policies} over a {@link org.amur.ai.Situation}, each grounded in
 *       the report section by section; {@link org.amur.ai.Reasons} renders their reasons from
 *       {@code bots.properties};</li>
 *   <li>{@link org.amur.ai.SearchBot} is determinized Monte Carlo tree search over the engine's own
 *       {@code apply}, with an opponent model learnt from revealed choices: its
 *       {@link org.amur.ai.Belief}, each {@link org.amur.ai.Determinization} drawn from it, and the
 *       {@link org.amur.ai.TreeSearch};</li>
 *   <li>The seeded round-robin behind {@code amur tournament} is {@code org.amur.sim.Tournament}.</li>
 * </ul>
 */
package org.amur.ai;
