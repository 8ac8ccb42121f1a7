/**
 * Documents generated from the model and from games: the open rule book ({@link org.amur.report.RulesBook},
 * printed by {@code amur rules}), events as JSON ({@link org.amur.report.EventJson}) and the after-action
 * report ({@code amur report}): {@link org.amur.report.ReportBuilder} turns a replayed game into a
 * format-free {@link org.amur.report.GameReport}, which {@link org.amur.report.MarkdownReport},
 * {@link org.amur.report.HtmlReport} and {@link org.amur.report.CsvReport} write out, each escaping
 * for its own format. Generated from the same code and data the engine runs, so they cannot drift from it.
 */
package org.amur.report;
