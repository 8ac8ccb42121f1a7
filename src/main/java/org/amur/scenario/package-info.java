/**
 * Scenario files: the JSON format instructors write, its strict reader, and the checks that turn a
 * file into an engine {@link org.amur.engine.Scenario} or into a list of every problem found, each
 * with file, line, column and field path. An invalid scenario never reaches the engine.
 */
package org.amur.scenario;
