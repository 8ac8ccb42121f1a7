/**
 * Documents generated from the model and from games: the open rule book ({@link org.amur.report.RulesBook},
 * printed by {@code amur rules}) and, later, the after-action report. Generated from the same code and
 * data the engine runs, so they cannot drift from it.
 */
package org.amur.report;
