package org.amur.report;

import static org.amur.report.Escape.html;
import static org.amur.report.Formats.change;
import static org.amur.report.Formats.n;
import static org.amur.report.Formats.signed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.amur.engine.Side;

/**
 * The report as one self-contained HTML file: inline CSS (report.css) and inline SVG charts, no
 * script, no external font, image or request of any kind (a Content-Security-Policy says so to the
 * browser too), readable offline and printable (the print style drops backgrounds and starts each turn
 * on a new page). Every piece of text goes through {@link Escape#html}, including the report's own
 * words, so nothing from a save or scenario can add markup.
 */
public final class HtmlReport {
    private static final String CSS = loadCss();
    private final StringBuilder out = new StringBuilder();

    private HtmlReport() {
    }

    public static String render(GameReport r) {
        HtmlReport h = new HtmlReport();
        h.write(r);
        return h.out.toString();
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escaped report text for {@code key}. */
    private static String t(String key) {
        return html(ReportText.get(key));
    }

    /** Escaped report text for {@code key} with its placeholders filled (the whole result is escaped). */
    private static String f(String key, Object... args) {
        return html(ReportText.fmt(key, args));
    }

    private HtmlReport a(String s) {
        out.append(s);
        return this;
    }

    private HtmlReport nl(String s) {
        out.append(s).append('\n');
        return this;
    }

    private void write(GameReport r) {
        GameReport.Header h = r.header();
        nl("<!DOCTYPE html>");
        nl("<html lang=\"en\">");
        nl("<head>");
        nl("<meta charset=\"utf-8\">");
        nl("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:\">");
        nl("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        nl("<title>" + f("report.title", h.title()) + "</title>");
        a("<style>\n").a(CSS).nl("</style>");
        nl("</head>");
        nl("<body>");
        nl("<main>");
        nl("<header class=\"top\">");
        nl("<h1>" + f("report.title", h.title()) + "</h1>");
        nl("<p class=\"subtitle\">" + t("report.subtitle") + "</p>");
        nl("</header>");
        contents(r);
        summary(h);
        reproduce(h);
        scores(r);
        charts(r);
        turnsInShort(r);
        questions(r);
        timeline(r);
        briefings(r);
        sources(r);
        nl("</main>");
        nl("</body>");
        nl("</html>");
    }

    private void contents(GameReport r) {
        nl("<nav class=\"contents\" aria-label=\"" + t("report.contents") + "\">");
        a("<a href=\"#summary\">").a(t("section.summary")).a("</a> ");
        a("<a href=\"#reproduce\">").a(t("section.reproduce")).a("</a> ");
        a("<a href=\"#scores\">").a(t(r.scores().get(0).provisional() ? "section.scores.provisional"
                : "section.scores")).a("</a> ");
        a("<a href=\"#charts\">").a(t("section.charts")).a("</a> ");
        a("<a href=\"#turns\">").a(t("section.timeline")).a("</a> ");
        a("<a href=\"#questions\">").a(t("section.questions")).a("</a> ");
        a("<a href=\"#timeline\">").a(t("section.appendix.turns")).a("</a> ");
        if (!r.briefings().isEmpty()) {
            a("<a href=\"#briefings\">").a(t("section.briefings")).a("</a> ");
        }
        a("<a href=\"#sources\">").a(t("section.sources")).nl("</a>");
        nl("</nav>");
    }

    private void summary(GameReport.Header h) {
        nl("<section id=\"summary\">");
        nl("<h2>" + t("section.summary") + "</h2>");
        nl("<table class=\"facts\">");
        fact(t("summary.scenario"), html(h.title()) + " <code>" + html(h.scenarioId()) + "</code>");
        if (!h.table().isEmpty()) {
            fact(t("summary.table"), html(h.table()));
        }
        fact(t("summary.seed"), f("summary.seed.value", h.seed(), h.rng(), h.rules()));
        fact(t("summary.moscow"), "<span class=\"side-moscow\">" + html(MarkdownReport.team(h.moscowTeam(), h.moscowSeat())) + "</span>");
        fact(t("summary.beijing"), "<span class=\"side-beijing\">" + html(MarkdownReport.team(h.beijingTeam(), h.beijingSeat())) + "</span>");
        fact(t("summary.save"), "<code>" + html(h.saveName()) + "</code>");
        if (h.parent() != null) {
            fact(t("summary.branch"), f("summary.branch.value", h.parent(), h.parentTurn()));
        }
        if (h.facilitation() != null) {
            fact(t("summary.facilitation"), html(h.facilitation()));
        }
        fact(t("summary.played"), f("summary.played.value", h.resolvedTurns(), h.plannedTurns(), h.startYear(),
                h.lastYear()) + (h.lengthChanged() ? f("summary.length.changed", h.plannedTurns(), h.scenarioTurns())
                : ""));
        fact(t("summary.result"), h.over() ? html(h.ending()) : f("summary.result.ongoing", h.resolvedTurns() + 1));
        fact(t("summary.scores"), "<span class=\"side-moscow\">" + html(Side.MOSCOW.displayName() + " " + signed(h.moscowScore()))
                + "</span>, <span class=\"side-beijing\">" + html(Side.BEIJING.displayName() + " " + signed(h.beijingScore())) + "</span>");
        nl("</table>");
        for (String w : h.warnings()) {
            nl("<p class=\"warning\"><strong>" + t("summary.warning") + ":</strong> " + html(w) + "</p>");
        }
        nl("</section>");
    }

    private void fact(String label, String valueHtml) {
        nl("<tr><th scope=\"row\">" + label + "</th><td>" + valueHtml + "</td></tr>");
    }

    private void reproduce(GameReport.Header h) {
        nl("<section id=\"reproduce\">");
        nl("<h2>" + t("section.reproduce") + "</h2>");
        nl("<p>" + t("reproduce.intro") + "</p>");
        nl("<p>" + t("reproduce.replay") + "</p>");
        nl("<pre><code>" + html(h.replayCommand()) + "</code></pre>");
        nl("<p>" + t("reproduce.play") + "</p>");
        nl("<pre><code>" + html(h.playCommand()) + "</code></pre>");
        nl("</section>");
    }

    private void scores(GameReport r) {
        boolean provisional = r.scores().get(0).provisional();
        nl("<section id=\"scores\">");
        nl("<h2>" + t(provisional ? "section.scores.provisional" : "section.scores") + "</h2>");
        nl("<p>" + t("scores.intro") + "</p>");
        if (r.header().resolvedTurns() == 0) {
            nl("<p>" + t("scores.none") + "</p>");
            nl("</section>");
            return;
        }
        if (provisional) {
            nl("<p class=\"note\">" + f("scores.provisional", r.header().resolvedTurns()) + "</p>");
        }
        if (!provisional) {
            nl("<p class=\"verdict\">" + f("scores.verdict", org.amur.engine.Text.verdict(r.scores().get(0).standing(),
                    r.scores().get(1).standing())) + "</p>");
        }
        nl("<div class=\"two\">");
        for (GameReport.SideScore s : r.scores()) {
            String side = s.side().id();
            nl("<div class=\"score side-box box-" + side + "\">");
            nl("<h3>" + html(s.side().displayName()) + " <span class=\"total\">" + html(signed(s.total()))
                    + "</span></h3>");
            nl("<p class=\"standing\">" + html(ReportText.fmt("scores.standing", org.amur.engine.Text.standing(s.standing()))) + "</p>");
            nl("<table class=\"num\">");
            nl("<thead><tr><th>" + t("scores.col.objective") + "</th><th>" + t("scores.col.weight") + "</th><th>"
                    + t("scores.col.start") + "</th><th>" + t("scores.col.end") + "</th><th>" + t("scores.col.points")
                    + "</th></tr></thead>");
            nl("<tbody>");
            for (GameReport.ObjectiveLine o : s.objectives()) {
                a("<tr><td>").a(html(o.label()));
                if (!o.why().isEmpty()) {
                    a("<div class=\"why\">").a(html(o.why())).a("</div>");
                }
                nl("</td><td>" + Formats.n2(o.weight()) + "</td><td>" + n(o.start()) + "</td><td>" + n(o.end())
                        + "</td><td class=\"" + sign(o.points()) + "\">" + html(signed(o.points())) + "</td></tr>");
            }
            if (!s.provisional()) {
                nl("<tr><td colspan=\"4\">" + t("scores.outcome") + "</td><td class=\"" + sign(s.outcomePoints())
                        + "\">" + html(signed(s.outcomePoints())) + "</td></tr>");
            }
            if (s.entanglementPoints() != 0) {
                nl("<tr><td colspan=\"4\">" + t("scores.entangled") + "</td><td class=\""
                        + sign(s.entanglementPoints()) + "\">" + html(signed(s.entanglementPoints())) + "</td></tr>");
            }
            nl("<tr class=\"sum\"><th colspan=\"4\" scope=\"row\">" + t("scores.total") + "</th><td>"
                    + html(signed(s.total())) + "</td></tr>");
            nl("</tbody></table>");
            nl("<h4>" + t("scores.drivers") + "</h4>");
            nl("<p class=\"note\">" + t("scores.drivers.intro") + "</p>");
            nl("<table class=\"num drivers\"><tbody>");
            double largest = 0;
            for (GameReport.Driver d : s.drivers()) {
                largest = Math.max(largest, Math.abs(d.points()));
            }
            for (GameReport.Driver d : s.drivers()) {
                nl("<tr><td>" + html(d.label()) + "</td><td class=\"bar\">" + bar(d.points(), largest)
                        + "</td><td class=\"" + sign(d.points()) + "\">" + html(signed(d.points())) + "</td></tr>");
            }
            if (Math.abs(s.unitemised()) >= 0.05) {
                nl("<tr><td>" + t("driver.unitemised") + "</td><td></td><td>" + html(signed(s.unitemised()))
                        + "</td></tr>");
            }
            nl("</tbody></table>");
            nl("</div>");
        }
        nl("</div>");
        nl("</section>");
    }

    /** A small horizontal bar for a driver, as inline SVG (print-safe, no background colours). */
    private static String bar(double points, double largest) {
        double w = largest <= 0 ? 0 : Math.abs(points) / largest * 45;
        double x = points < 0 ? 45 - w : 45;
        return String.format(java.util.Locale.ROOT, "<svg width=\"90\" height=\"10\" viewBox=\"0 0 90 10\" "
                + "aria-hidden=\"true\"><line x1=\"45\" x2=\"45\" y1=\"0\" y2=\"10\" stroke=\"#999\"/>"
                + "<rect x=\"%.1f\" y=\"1\" width=\"%.1f\" height=\"8\" fill=\"%s\"/></svg>", x, w,
                points < 0 ? "#b8460b" : "#0072b2");
    }

    private static String sign(double d) {
        return d > 0.05 ? "pos" : d < -0.05 ? "neg" : "zero";
    }

    private void charts(GameReport r) {
        nl("<section id=\"charts\">");
        nl("<h2>" + t("section.charts") + "</h2>");
        nl("<p>" + t("charts.intro") + "</p>");
        for (GameReport.ChartGroup g : r.charts()) {
            nl("<h3>" + t(g.titleKey()) + "</h3>");
            nl("<div class=\"charts\">");
            for (GameReport.Chart c : g.charts()) {
                nl("<figure class=\"chart\">");
                a("<figcaption><strong>").a(html(c.title())).a("</strong>");
                if (c.series().size() == 1) {
                    GameReport.Series s = c.series().get(0);
                    List<Double> v = s.values();
                    a(" <span class=\"change\">").a(f("charts.change", n(v.get(0)), n(v.get(v.size() - 1)),
                            signed(v.get(v.size() - 1) - v.get(0)))).a("</span>");
                    if (s.secret()) {
                        a(" <span class=\"secret\">").a(t("charts.secret")).a("</span>");
                    }
                } else {
                    for (GameReport.Series s : c.series()) {
                        List<Double> v = s.values();
                        a(" <span class=\"legend side-").a(Formats.sideClass(s.side())).a("\">")
                                .a(html(s.side() == null ? s.label() : s.side().displayName())).a(" ")
                                .a(html(n(v.get(v.size() - 1)))).a("</span>");
                    }
                }
                nl("</figcaption>");
                nl(SvgChart.render(c, r.pointLabels(), c.title()));
                nl("</figure>");
            }
            nl("</div>");
        }
        nl("</section>");
    }

    /**
     * The body's turn by turn: each turn's read-aloud summary, both reasons, the cards and the
     * facilitator's steps by name, and how the game ended; every roll, modifier and change is in the
     * appendix ({@link #timeline}), so the main report prints in a few pages.
     */
    private void turnsInShort(GameReport r) {
        nl("<section id=\"turns\">");
        nl("<h2>" + t("section.timeline") + "</h2>");
        nl("<p>" + t("turns.intro") + "</p>");
        nl("<div class=\"turns\">");
        for (GameReport.Turn turn : r.turns()) {
            nl("<article class=\"turn short\" id=\"short-" + turn.turn() + "\">");
            nl("<h3>" + f("timeline.turn", turn.turn(), turn.year()) + " <a class=\"more\" href=\"#turn-" + turn.turn()
                    + "\">" + t("turns.more") + "</a></h3>");
            if (!turn.resolved()) {
                nl("<p class=\"note\">" + t("timeline.unresolved") + "</p>");
            }
            TurnInShort s = TurnInShort.of(turn);
            if (!s.cards().isEmpty()) {
                nl("<p class=\"cards\"><strong>" + t("timeline.world") + ":</strong> " + html(String.join("; ", s.cards()))
                        + "</p>");
            }
            summaryBox(turn.summary());
            if (s.choices().stream().anyMatch(c -> !c.rationale().isEmpty())) {
                for (Entry.Choice c : s.choices()) {
                    nl("<p class=\"reason\"><strong class=\"side-" + c.side().id() + "\">" + html(c.side().displayName())
                            + "</strong> " + (c.rationale().isEmpty() ? "<span class=\"none\">" + t("timeline.no_rationale")
                            + "</span>" : t("timeline.rationale") + " " + html(c.rationale())) + "</p>");
                }
            }
            for (String fa : s.facilitator()) {
                nl("<p class=\"facilitator\">" + html(fa) + "</p>");
            }
            if (s.ended() != null) {
                nl("<p class=\"ended\"><strong>" + html(s.ended().reason()) + "</strong> "
                        + f("summary.scores.value", signed(s.ended().moscowScore()), signed(s.ended().beijingScore()))
                        + "</p>");
            }
            nl("</article>");
        }
        nl("</div>");
        nl("</section>");
    }

    private void summaryBox(TurnSummary sum) {
        if (sum == null) {
            return;
        }
        nl("<div class=\"turn-summary\"><p><strong>" + t("summary.turn.title") + ":</strong> "
                + html(sum.choices()) + "</p>");
        for (String h : sum.happened()) {
            nl("<p>" + html(h) + "</p>");
        }
        if (!sum.changes().isEmpty()) {
            nl("<p>" + t("summary.turn.changes") + " " + html(String.join("; ", sum.changes())) + ".</p>");
        }
        nl("</div>");
    }

    private void timeline(GameReport r) {
        nl("<section id=\"timeline\" class=\"appendix\">");
        nl("<h2>" + t("section.appendix.turns") + "</h2>");
        nl("<p>" + t("appendix.turns.intro") + "</p>");
        for (GameReport.Turn turn : r.turns()) {
            nl("<article class=\"turn\" id=\"turn-" + turn.turn() + "\">");
            nl("<h3>" + f("timeline.turn", turn.turn(), turn.year()) + "</h3>");
            if (!turn.resolved()) {
                nl("<p class=\"note\">" + t("timeline.unresolved") + "</p>");
            }
            summaryBox(turn.summary());
            String phase = null;
            for (Entry e : turn.entries()) {
                String p = Formats.phase(e);
                if (p == null && phase == null) {
                    p = "timeline.world"; // a facilitator's entry before anything else: an event of the turn's start
                }
                if (p != null && !p.equals(phase)) {
                    phase = p;
                    nl("<h4>" + t(p) + "</h4>");
                }
                entry(e);
            }
            nl("</article>");
        }
        nl("</section>");
    }

    private void entry(Entry e) {
        if (e instanceof Entry.Card c) {
            nl("<div class=\"entry card\">");
            nl("<p class=\"head\"><strong>" + html(c.title()) + "</strong> <span class=\"meta\">"
                    + f("timeline.card", c.chance(), c.draw()) + " &middot; "
                    + (c.citation().isEmpty() ? t("timeline.card.uncited") : html(c.citation())) + "</span></p>");
            if (!c.text().isEmpty()) {
                nl("<p class=\"text\">" + html(c.text()) + "</p>");
            }
            changes(c.changes());
            nl("</div>");
        } else if (e instanceof Entry.Choices ch) {
            nl("<div class=\"choices\">");
            choice(ch.moscow());
            choice(ch.beijing());
            nl("</div>");
        } else if (e instanceof Entry.Withdrawn w) {
            nl("<p class=\"entry withdrawn\">" + f("timeline.withdrawn", w.side().displayName()) + "</p>");
        } else if (e instanceof Entry.Roll r) {
            nl("<div class=\"entry roll " + (r.success() ? "yes" : "no") + "\">");
            a("<p class=\"head\"><strong>").a(f("timeline.roll", r.name())).a("</strong>");
            if (!r.subject().isEmpty()) {
                a(" (").a(html(r.subject())).a(")");
            }
            a(": ").a(f("timeline.roll.base", r.baseOdds()));
            if (!r.baseCitation().isEmpty()) {
                a(" <span class=\"cite\">").a(f("timeline.roll.basis", r.baseCitation())).a("</span>");
            }
            nl("</p>");
            if (!r.modifiers().isEmpty()) {
                nl("<ul class=\"mods\">");
                for (Entry.Factor m : r.modifiers()) {
                    nl("<li>" + factor(m) + "</li>");
                }
                nl("</ul>");
            }
            nl("<p class=\"result\">" + f("timeline.roll.final", r.odds(), r.draw()) + ": <strong class=\""
                    + (r.success() ? "yes" : "no") + "\">" + t(r.success() ? "timeline.roll.yes" : "timeline.roll.no")
                    + "</strong></p>");
            nl("</div>");
        } else if (e instanceof Entry.Effect fx) {
            nl("<div class=\"entry effect\">");
            nl("<p class=\"head\">" + html(fx.text()) + "</p>");
            if (!fx.factors().isEmpty()) {
                nl("<p class=\"scaled\">" + t("timeline.scaled") + ": "
                        + String.join("; ", fx.factors().stream().map(HtmlReport::factor).toList()) + "</p>");
            }
            changes(fx.changes());
            nl("</div>");
        } else if (e instanceof Entry.Contract c) {
            nl("<p class=\"entry contract\">" + (c.signed() ? "<strong>" + html(c.text()) + "</strong>" : html(c.text()))
                    + "</p>");
        } else if (e instanceof Entry.Alliance al) {
            nl("<p class=\"entry alliance\"><strong>" + f("timeline.alliance", al.fromText(), al.toText())
                    + "</strong></p>");
        } else if (e instanceof Entry.Net net) {
            // two halves side by side, so that a turn's summary stays short on screen and on paper
            List<Entry.Change> cs = net.changes();
            int rows = (cs.size() + 1) / 2;
            String head = "<th class=\"ind\">" + t("timeline.col.indicator") + "</th><th>" + t("timeline.col.before") + "</th><th>"
                    + t("timeline.col.after") + "</th><th>" + t("timeline.col.change") + "</th>";
            nl("<table class=\"num net\">");
            nl("<thead><tr>" + head + (cs.size() > 1 ? "<th class=\"gap\"></th>" + head : "") + "</tr></thead><tbody>");
            for (int i = 0; i < rows; i++) {
                a("<tr>").a(netCells(cs.get(i)));
                if (cs.size() > 1) {
                    a("<td class=\"gap\"></td>").a(i + rows < cs.size() ? netCells(cs.get(i + rows))
                            : "<td></td><td></td><td></td><td></td>");
                }
                nl("</tr>");
            }
            nl("</tbody></table>");
        } else if (e instanceof Entry.Ended end) {
            nl("<div class=\"entry ended\"><p class=\"head\"><strong>" + html(end.reason()) + "</strong></p><p>"
                    + f("summary.scores.value", signed(end.moscowScore()), signed(end.beijingScore()))
                    + "</p></div>");
        } else if (e instanceof Entry.Facilitator fa) {
            nl("<div class=\"entry facilitator\">");
            nl("<p class=\"marker\">" + html(Formats.facilitatorMarker(fa.kind())) + "</p>");
            nl("<p class=\"head\"><strong>" + html(fa.title()) + "</strong></p>");
            if (!fa.text().isEmpty()) {
                nl("<p class=\"text\">" + html(fa.text()) + "</p>");
            }
            changes(fa.changes());
            if (!fa.rationale().isEmpty()) {
                nl("<p class=\"reason\">" + t("facilitator.reason") + " " + html(fa.rationale()) + "</p>");
            }
            nl("</div>");
        } else {
            generic(e);
        }
    }

    /** Any other entry: its plain lines, marked as the facilitator's when it is. */
    private void generic(Entry e) {
        String type = e instanceof Entry.Other o ? o.type() : e.getClass().getSimpleName();
        boolean facilitator = e.source() == Entry.Source.FACILITATOR;
        nl("<div class=\"entry " + (facilitator ? "facilitator" : "other") + "\">");
        nl("<p class=\"marker\">" + html(facilitator ? Formats.facilitatorMarker(type)
                : ReportText.fmt("timeline.other", type)) + "</p>");
        for (String l : e.lines()) {
            nl("<p>" + html(l.strip()) + "</p>");
        }
        nl("</div>");
    }

    private void choice(Entry.Choice c) {
        String side = c.side().id();
        nl("<div class=\"choice side-box box-" + side + "\">");
        nl("<p class=\"who side-" + side + "\">" + html(c.side().displayName()) + "</p>");
        nl("<p class=\"pick\">" + html(c.role()) + " <strong>" + html(c.title()) + "</strong></p>");
        nl("<p class=\"meta\"><code>" + html(c.variantId()) + "</code> &middot; " + f("timeline.choice.line", c.line())
                + " &middot; " + html(c.citation()) + "</p>");
        if (c.rationale().isEmpty()) {
            nl("<p class=\"rationale none\">" + t("timeline.no_rationale") + "</p>");
        } else {
            nl("<blockquote class=\"rationale\"><span class=\"label\">" + t("timeline.rationale") + "</span> "
                    + html(c.rationale()) + "</blockquote>");
        }
        nl("</div>");
    }

    private static String netCells(Entry.Change c) {
        return "<td class=\"ind\">" + html(c.label()) + (c.secret() ? " <span class=\"secret\">" + t("timeline.secret") + "</span>" : "")
                + "</td><td>" + n(c.before()) + "</td><td>" + n(c.after()) + "</td><td class=\"" + sign(c.change()) + "\">"
                + html(change(c)) + "</td>";
    }

    private static String factor(Entry.Factor m) {
        return html(m.asymmetryId() + " " + m.asymmetryTitle()) + " <b>" + html(m.size()) + "</b> <span class=\"cite\">"
                + html(m.pages()) + "</span>";
    }

    private void changes(List<Entry.Change> cs) {
        if (cs.isEmpty()) {
            return;
        }
        nl("<ul class=\"changes\">");
        for (Entry.Change c : cs) {
            nl("<li>" + html(c.label()) + " " + n(c.before()) + " &rarr; " + n(c.after()) + " <span class=\""
                    + sign(c.change()) + "\">(" + html(change(c)) + ")</span>"
                    + (c.secret() ? " <span class=\"secret\">" + t("timeline.secret") + "</span>" : "")
                    + (c.causeId() == null ? "" : " <span class=\"cite\">" + html(c.causeId() + " " + c.causeTitle()
                    + ", " + c.pages()) + "</span>") + "</li>");
        }
        nl("</ul>");
    }

    private void questions(GameReport r) {
        nl("<section id=\"questions\">");
        nl("<h2>" + t("section.questions") + "</h2>");
        nl("<p>" + t("questions.intro") + "</p>");
        nl("<ol class=\"questions\">");
        for (GameReport.Question q : r.questions()) {
            nl("<li><strong>" + html(q.theme()) + ".</strong> " + html(q.text())
                    + (q.reading().isEmpty() ? "" : " <span class=\"cite\">" + f("questions.read", q.reading())
                    + "</span>") + "</li>");
        }
        nl("</ol>");
        nl("</section>");
    }

    private void briefings(GameReport r) {
        if (r.briefings().isEmpty()) {
            return;
        }
        nl("<section id=\"briefings\">");
        nl("<h2>" + t("section.briefings") + "</h2>");
        for (GameReport.Briefing b : r.briefings()) {
            nl("<h3>" + html(b.who()) + "</h3>");
            for (String para : b.text().split("\n")) {
                if (!para.isBlank()) {
                    nl("<p>" + html(para.strip()) + "</p>");
                }
            }
        }
        nl("</section>");
    }

    private void sources(GameReport r) {
        nl("<section id=\"sources\">");
        nl("<h2>" + t("section.sources") + "</h2>");
        nl("<p>" + t("sources.intro") + "</p>");
        nl("<table class=\"sources\"><thead><tr><th>" + t("sources.col.asymmetry") + "</th><th>"
                + t("sources.col.where") + "</th></tr></thead><tbody>");
        for (GameReport.Source s : r.sources()) {
            nl("<tr><td>" + html(s.id() + " " + s.title()) + "</td><td>" + html(s.citation()) + "</td></tr>");
        }
        nl("</tbody></table>");
        nl("</section>");
    }
}
