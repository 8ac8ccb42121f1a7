/**
 * Scenario files: the JSON format instructors write, its strict reader, and the checks that turn a
 * file into an engine {@link org.amur.engine.Scenario} or into a list of every problem found, each
 * with file, line, column and field path. An invalid scenario never reaches the engine.
 *
 * <p>The format is published as a JSON Schema (draft 2020-12) in {@code scenarios/schema/}, which the
 * build copies into the jar; {@link org.amur.scenario.SchemaCheck} applies it and words its findings,
 * and {@link org.amur.scenario.ScenarioReader} adds the checks a schema cannot express.
 */
package org.amur.scenario;
