/**
 * The pure turn engine of Amur: immutable {@link org.amur.engine.GameState}, the only transition
 * {@link org.amur.engine.Engine#apply}, explicit seeded chance, the per-seat view, and the model of
 * Kashin (2018): thirteen cited asymmetries ({@link org.amur.engine.Asymmetry}), every modifier they
 * drive ({@link org.amur.engine.Mod}) and the variants of the three lines of effort
 * ({@link org.amur.engine.Variant}).
 *
 * <p>This package depends on the JDK only. The terminal UI, the bots, saves, replay and batch
 * simulation all drive games through the same small contract: {@code newGame}, {@code legalChoices},
 * {@code whyIllegal}, {@code apply}, {@code view}, {@code facilitatorView}, {@code forecast}.
 *
 * <p>A turn is resolved by {@code TurnResolver} in steps ({@code AllianceStep}, {@code ArmsStep},
 * {@code ExerciseStep}, {@code WorldStep}, {@code Scoring}) that share a {@code Turn} and report to a
 * {@code Recorder}; {@link org.amur.engine.Forecast} runs the same steps on a scratch copy.
 */
package org.amur.engine;
