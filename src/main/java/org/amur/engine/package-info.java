/**
 * The pure turn engine of Amur: immutable {@link org.amur.engine.GameState}, the only transition
 * {@link org.amur.engine.Engine#apply}, explicit seeded chance, the per-seat view, and the model of
 * Kashin (2018): thirteen cited asymmetries ({@link org.amur.engine.Asymmetry}), every modifier they
 * drive ({@link org.amur.engine.Mod}) and the variants of the three lines of effort
 * ({@link org.amur.engine.Variant}).
 *
 * <p>This package depends on the JDK only. The terminal UI, the bots, saves, replay and batch
 * simulation all drive games through the same small contract: {@code newGame}, {@code legalChoices},
 * {@code apply}, {@code view}.
 */
package org.amur.engine;
