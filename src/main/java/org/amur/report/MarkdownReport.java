package org.amur.report;

import static org.amur.report.Escape.markdown;
import static org.amur.report.Escape.markdownBlock;
import static org.amur.report.Formats.change;
import static org.amur.report.Formats.n;
import static org.amur.report.Formats.signed;

import java.util.List;

/**
 * The report as Markdown (CommonMark with GitHub tables), readable as plain text and on any forge.
 * Every piece of text from the game is escaped with {@link Escape#markdown}; commands sit in fenced
 * code blocks, where nothing is interpreted.
 */
public final class MarkdownReport {
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {
    }

    public static String render(GameReport r) {
        MarkdownReport m = new MarkdownReport();
        m.write(r);
        return m.out.toString();
    }

    private static String t(String key) {
        return ReportText.get(key);
    }

    private static String f(String key, Object... args) {
        return ReportText.fmt(key, args);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private void blank() {
        out.append('\n');
    }

    private void write(GameReport r) {
        GameReport.Header h = r.header();
        line("# " + markdown(f("report.title", h.title())));
        blank();
        line("*" + markdown(t("report.subtitle")) + "*");
        blank();
        summary(h);
        reproduce(h);
        scores(r);
        charts(r);
        turnsInShort(r);
        questions(r);
        timeline(r);
        briefings(r);
        sources(r);
    }

    private void summary(GameReport.Header h) {
        line("## " + markdown(t("section.summary")));
        blank();
        line("| | |");
        line("|---|---|");
        row(t("summary.scenario"), markdown(h.title()) + " (`" + h.scenarioId() + "`)");
        if (!h.table().isEmpty()) {
            row(t("summary.table"), markdown(h.table()));
        }
        row(t("summary.seed"), markdown(f("summary.seed.value", h.seed(), h.rng(), h.rules())));
        row(t("summary.moscow"), markdown(team(h.moscowTeam(), h.moscowSeat())));
        row(t("summary.beijing"), markdown(team(h.beijingTeam(), h.beijingSeat())));
        row(t("summary.save"), markdown(h.saveName()));
        if (h.parent() != null) {
            row(t("summary.branch"), markdown(f("summary.branch.value", h.parent(), h.parentTurn())));
        }
        if (h.facilitation() != null) {
            row(t("summary.facilitation"), markdown(h.facilitation()));
        }
        row(t("summary.played"), markdown(f("summary.played.value", h.resolvedTurns(), h.plannedTurns(), h.startYear(),
                h.lastYear()) + (h.lengthChanged() ? f("summary.length.changed", h.plannedTurns(), h.scenarioTurns())
                : "")));
        row(t("summary.result"), markdown(h.over() ? h.ending() : f("summary.result.ongoing", h.resolvedTurns() + 1)));
        row(t("summary.scores"), markdown(f("summary.scores.value", signed(h.moscowScore()), signed(h.beijingScore()))));
        blank();
        for (String w : h.warnings()) {
            line("> **" + markdown(t("summary.warning")) + ":** " + markdown(w));
            blank();
        }
    }

    /** "Red team (human)", or the seat alone when the team has no name. */
    static String team(String team, String seat) {
        return team.isEmpty() ? seat : team + " (" + seat + ")";
    }

    private void row(String label, String value) {
        line("| " + markdown(label) + " | " + value + " |");
    }

    private void reproduce(GameReport.Header h) {
        line("## " + markdown(t("section.reproduce")));
        blank();
        line(markdownBlock(t("reproduce.intro")));
        blank();
        line(markdownBlock(t("reproduce.replay")));
        blank();
        fence(h.replayCommand());
        line(markdownBlock(t("reproduce.play")));
        blank();
        fence(h.playCommand());
    }

    private void fence(String command) {
        // the command may carry names from the save: a fence nothing in it can close
        String block = Escape.fence("sh", command);
        block.lines().forEach(this::line);
        blank();
    }

    private void scores(GameReport r) {
        boolean provisional = r.scores().get(0).provisional();
        line("## " + markdown(t(provisional ? "section.scores.provisional" : "section.scores")));
        blank();
        line(markdownBlock(t("scores.intro")));
        blank();
        if (r.header().resolvedTurns() == 0) {
            line(markdownBlock(t("scores.none")));
            blank();
            return;
        }
        if (provisional) {
            line(markdownBlock(f("scores.provisional", r.header().resolvedTurns())));
            blank();
        }
        if (!provisional) {
            line(markdownBlock(f("scores.verdict", org.amur.engine.Text.verdict(r.scores().get(0).standing(),
                    r.scores().get(1).standing()))));
            blank();
        }
        for (GameReport.SideScore s : r.scores()) {
            line("### " + markdown(f("scores.side", s.side().displayName(), signed(s.total()))));
            blank();
            line(markdownBlock(f("scores.standing", org.amur.engine.Text.standing(s.standing()))));
            blank();
            line("| " + markdown(t("scores.col.objective")) + " | " + markdown(t("scores.col.weight")) + " | "
                    + markdown(t("scores.col.start")) + " | " + markdown(t("scores.col.end")) + " | "
                    + markdown(t("scores.col.change")) + " | " + markdown(t("scores.col.points")) + " |");
            line("|---|--:|--:|--:|--:|--:|");
            for (GameReport.ObjectiveLine o : s.objectives()) {
                line("| " + markdown(o.label()) + " | " + Formats.n2(o.weight()) + " | " + n(o.start()) + " | "
                        + n(o.end()) + " | " + signed(o.end() - o.start()) + " | " + signed(o.points()) + " |");
            }
            if (!s.provisional()) {
                line("| " + markdown(t("scores.outcome")) + " | | | | | " + signed(s.outcomePoints()) + " |");
            }
            if (s.entanglementPoints() != 0) {
                line("| " + markdown(t("scores.entangled")) + " | | | | | " + signed(s.entanglementPoints()) + " |");
            }
            line("| **" + markdown(t("scores.total")) + "** | | | | | **" + signed(s.total()) + "** |");
            blank();
            line(markdownBlock(t("scores.drivers")) + ":");
            blank();
            line("| " + markdown(t("scores.col.cause")) + " | " + markdown(t("scores.col.points")) + " |");
            line("|---|--:|");
            for (GameReport.Driver d : s.drivers()) {
                line("| " + markdown(d.label()) + " | " + signed(d.points()) + " |");
            }
            if (Math.abs(s.unitemised()) >= 0.05) {
                line("| " + markdown(t("driver.unitemised")) + " | " + signed(s.unitemised()) + " |");
            }
            blank();
        }
    }

    private void charts(GameReport r) {
        line("## " + markdown(t("section.charts")));
        blank();
        line(markdownBlock(t("charts.intro")));
        blank();
        for (GameReport.ChartGroup g : r.charts()) {
            line("### " + markdown(t(g.titleKey())));
            blank();
            StringBuilder head = new StringBuilder("| " + markdown(t("charts.col.indicator")) + " |");
            StringBuilder rule = new StringBuilder("|---|");
            for (String p : r.pointLabels()) {
                head.append(' ').append(markdown(p)).append(" |");
                rule.append("--:|");
            }
            head.append(' ').append(markdown(t("charts.col.trend"))).append(" |");
            rule.append("---|");
            line(head.toString());
            line(rule.toString());
            for (GameReport.Chart c : g.charts()) {
                for (GameReport.Series s : c.series()) {
                    StringBuilder row = new StringBuilder("| " + markdown(s.label())
                            + (s.secret() ? " (" + markdown(t("charts.secret")) + ")" : "") + " |");
                    for (double v : s.values()) {
                        row.append(' ').append(n(v)).append(" |");
                    }
                    row.append(' ').append(Formats.sparkline(s.values())).append(" |");
                    line(row.toString());
                }
            }
            blank();
        }
    }

    /** The body's turn by turn: each turn in short; the full detail is in the appendix ({@link #timeline}). */
    private void turnsInShort(GameReport r) {
        line("## " + markdown(t("section.timeline")));
        blank();
        line(markdownBlock(t("turns.intro")));
        blank();
        for (GameReport.Turn turn : r.turns()) {
            turnHeading(turn);
            TurnInShort s = TurnInShort.of(turn);
            if (!s.cards().isEmpty()) {
                line("**" + markdown(t("timeline.world")) + ":** " + markdown(String.join("; ", s.cards())));
                blank();
            }
            summaryBox(turn.summary());
            if (s.choices().stream().anyMatch(c -> !c.rationale().isEmpty())) {
                for (Entry.Choice c : s.choices()) {
                    line("- **" + markdown(c.side().displayName()) + "** " + (c.rationale().isEmpty()
                            ? "*" + markdown(t("timeline.no_rationale")) + "*"
                            : markdown(t("timeline.rationale")) + " " + markdown(c.rationale())));
                }
                blank();
            }
            for (String fa : s.facilitator()) {
                line("- " + markdown(fa));
            }
            if (!s.facilitator().isEmpty()) {
                blank();
            }
            if (s.ended() != null) {
                line("**" + markdown(s.ended().reason()) + "** " + markdown(f("summary.scores.value",
                        signed(s.ended().moscowScore()), signed(s.ended().beijingScore()))));
                blank();
            }
        }
    }

    private void turnHeading(GameReport.Turn turn) {
        line("### " + markdown(f("timeline.turn", turn.turn(), turn.year())));
        blank();
        if (!turn.resolved()) {
            line("*" + markdown(t("timeline.unresolved")) + "*");
            blank();
        }
    }

    private void summaryBox(TurnSummary sum) {
        if (sum == null) {
            return;
        }
        line("> **" + markdown(t("summary.turn.title")) + ":** " + markdown(sum.choices()));
        for (String h : sum.happened()) {
            line("> " + markdown(h));
        }
        if (!sum.changes().isEmpty()) {
            line("> " + markdown(t("summary.turn.changes")) + " " + markdown(String.join("; ", sum.changes())) + ".");
        }
        blank();
    }

    private void timeline(GameReport r) {
        line("## " + markdown(t("section.appendix.turns")));
        blank();
        line(markdownBlock(t("appendix.turns.intro")));
        blank();
        for (GameReport.Turn turn : r.turns()) {
            turnHeading(turn);
            summaryBox(turn.summary());
            String phase = null;
            for (Entry e : turn.entries()) {
                String p = Formats.phase(e);
                if (p == null && phase == null) {
                    p = "timeline.world"; // a facilitator's entry before anything else: an event of the turn's start
                }
                if (p != null && !p.equals(phase)) {
                    if (phase != null) {
                        blank();
                    }
                    phase = p;
                    line("**" + markdown(t(p)) + "**");
                    blank();
                }
                entry(e);
            }
            blank();
        }
    }

    private void entry(Entry e) {
        if (e instanceof Entry.Card c) {
            line("- **" + markdown(c.title()) + "** (" + markdown(f("timeline.card", c.chance(), c.draw())) + "; "
                    + markdown(c.citation().isEmpty() ? t("timeline.card.uncited") : c.citation()) + ")"
                    + (c.text().isEmpty() ? "" : "\\"));
            if (!c.text().isEmpty()) {
                line("  " + markdownBlock(c.text()));
            }
            changes(c.changes());
        } else if (e instanceof Entry.Choices ch) {
            choice(ch.moscow());
            choice(ch.beijing());
        } else if (e instanceof Entry.Withdrawn w) {
            line("- " + markdownBlock(f("timeline.withdrawn", w.side().displayName())));
        } else if (e instanceof Entry.Roll r) {
            StringBuilder sb = new StringBuilder("- " + markdownBlock(f("timeline.roll", r.name())));
            if (!r.subject().isEmpty()) {
                sb.append(" (").append(markdown(r.subject())).append(')');
            }
            sb.append(": ").append(markdown(f("timeline.roll.base", r.baseOdds())));
            if (!r.baseCitation().isEmpty()) {
                sb.append(" (").append(markdown(f("timeline.roll.basis", r.baseCitation()))).append(')');
            }
            for (Entry.Factor m : r.modifiers()) {
                sb.append("; ").append(factor(m));
            }
            sb.append("; ").append(markdown(f("timeline.roll.final", r.odds(), r.draw()))).append(": **")
                    .append(markdown(t(r.success() ? "timeline.roll.yes" : "timeline.roll.no"))).append("**");
            line(sb.toString());
        } else if (e instanceof Entry.Effect fx) {
            line("- " + markdownBlock(fx.text()) + (fx.factors().isEmpty() ? "" : "\\"));
            if (!fx.factors().isEmpty()) {
                line("  " + markdown(t("timeline.scaled")) + ": "
                        + String.join("; ", fx.factors().stream().map(MarkdownReport::factor).toList()));
            }
            changes(fx.changes());
        } else if (e instanceof Entry.Contract c) {
            line("- " + (c.signed() ? "**" + markdown(c.text()) + "**" : markdown(c.text())));
        } else if (e instanceof Entry.Alliance a) {
            line("- **" + markdown(f("timeline.alliance", a.fromText(), a.toText())) + "**");
        } else if (e instanceof Entry.Net net) {
            line("| " + markdown(t("timeline.col.indicator")) + " | " + markdown(t("timeline.col.before")) + " | "
                    + markdown(t("timeline.col.after")) + " | " + markdown(t("timeline.col.change")) + " |");
            line("|---|--:|--:|--:|");
            for (Entry.Change c : net.changes()) {
                line("| " + markdown(c.label()) + (c.secret() ? " (" + markdown(t("timeline.secret")) + ")" : "")
                        + " | " + n(c.before()) + " | " + n(c.after()) + " | " + change(c) + " |");
            }
        } else if (e instanceof Entry.Ended end) {
            line("- " + markdownBlock(end.reason()));
            line("- " + markdownBlock(f("summary.scores.value", signed(end.moscowScore()), signed(end.beijingScore()))));
        } else if (e instanceof Entry.Facilitator fa) {
            line("- **\\[" + markdown(Formats.facilitatorMarker(fa.kind())) + "\\]** " + markdown(fa.title())
                    + (fa.text().isEmpty() ? "" : "\\"));
            if (!fa.text().isEmpty()) {
                line("  " + markdownBlock(fa.text()));
            }
            changes(fa.changes());
            if (!fa.rationale().isEmpty()) {
                line("  - " + markdownBlock(t("facilitator.reason")) + " " + markdown(fa.rationale()));
            }
        } else {
            generic(e);
        }
    }

    /** Any other entry: its plain lines, marked as the facilitator's when it is. */
    private void generic(Entry e) {
        List<String> lines = e.lines();
        String type = e instanceof Entry.Other o ? o.type() : e.getClass().getSimpleName();
        String marker = e.source() == Entry.Source.FACILITATOR ? Formats.facilitatorMarker(type)
                : f("timeline.other", type);
        line("- **\\[" + markdown(marker) + "\\]** " + markdown(lines.isEmpty() ? "" : lines.get(0)));
        for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
            line("  - " + markdownBlock(l.strip()));
        }
    }

    private void choice(Entry.Choice c) {
        line("- **" + markdown(c.side().displayName()) + "** " + markdown(c.role()) + " **" + markdown(c.title())
                + "** (`" + c.variantId() + "`; " + markdown(f("timeline.choice.line", c.line())) + "; "
                + markdown(c.citation()) + ")\\");
        line("  " + markdown(t("timeline.rationale")) + " "
                + (c.rationale().isEmpty() ? "*" + markdown(t("timeline.no_rationale")) + "*" : markdown(c.rationale())));
    }

    private static String factor(Entry.Factor m) {
        return markdown(m.asymmetryId() + " " + m.asymmetryTitle()) + " **" + markdown(m.size()) + "** ("
                + markdown(m.pages()) + ")";
    }

    private void changes(List<Entry.Change> cs) {
        for (Entry.Change c : cs) {
            line("  - " + markdownBlock(c.label() + " " + n(c.before()) + " \u2192 " + n(c.after()) + " ("
                    + change(c) + ")")
                    + (c.secret() ? " *(" + markdown(t("timeline.secret")) + ")*" : "")
                    + (c.causeId() == null ? "" : " \u2014 " + markdown(c.causeId() + " " + c.causeTitle() + " ("
                    + c.pages() + ")")));
        }
    }

    private void questions(GameReport r) {
        line("## " + markdown(t("section.questions")));
        blank();
        line(markdownBlock(t("questions.intro")));
        blank();
        int i = 1;
        for (GameReport.Question q : r.questions()) {
            line(i++ + ". **" + markdown(q.theme()) + ".** " + markdown(q.text())
                    + (q.reading().isEmpty() ? "" : " *" + markdown(f("questions.read", q.reading())) + "*"));
        }
        blank();
    }

    private void briefings(GameReport r) {
        if (r.briefings().isEmpty()) {
            return;
        }
        line("## " + markdown(t("section.briefings")));
        blank();
        for (GameReport.Briefing b : r.briefings()) {
            line("### " + markdown(b.who()));
            blank();
            for (String para : b.text().split("\n")) {
                if (!para.isBlank()) {
                    line(markdownBlock(para.strip()));
                    blank();
                }
            }
        }
    }

    private void sources(GameReport r) {
        line("## " + markdown(t("section.sources")));
        blank();
        line(markdownBlock(t("sources.intro")));
        blank();
        line("| " + markdown(t("sources.col.asymmetry")) + " | " + markdown(t("sources.col.where")) + " |");
        line("|---|---|");
        for (GameReport.Source s : r.sources()) {
            line("| " + markdown(s.id() + " " + s.title()) + " | " + markdown(s.citation()) + " |");
        }
    }
}
