package org.amur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amur.engine.EndReason;
import org.amur.engine.Indicator;
import org.amur.engine.Line;
import org.amur.engine.Scenario;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.engine.Variant;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioInfo;
import org.amur.scenario.TextRules;

/**
 * A printable handout of one scenario for one seat: the briefing, the objectives and how the side is
 * scored, the three lines of effort with their variants in plain words, the key to the screen and a page
 * for notes. A side's handout holds only what that side may know: its own briefing and objectives and
 * the indicators it can see; the facilitator's holds everything (both briefings and objectives, the
 * facilitator's notes and the event deck). Rendered as Markdown or as self-contained printable HTML.
 */
public final class Handout {
    /** Who a handout is for. */
    public enum Audience {
        MOSCOW, BEIJING, FACILITATOR;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        Side side() {
            return this == MOSCOW ? Side.MOSCOW : this == BEIJING ? Side.BEIJING : null;
        }
    }

    /** One piece of the document. */
    sealed interface Block permits Heading, Para, Items, PageBreak, NoteLines {
    }

    /** A heading; level 1 is the title. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; {@code note} is shown smaller and muted. */
    record Para(String text, boolean note) implements Block {
    }

    /** A list of items, each with an optional lead in bold. */
    record Items(List<String[]> items) implements Block {
    }

    /** The next block starts a new printed page. */
    record PageBreak() implements Block {
    }

    /** Ruled lines to write on. */
    record NoteLines(int count) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final String title;

    private Handout(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    List<Block> blocks() {
        return blocks;
    }

    private static String t(String key) {
        return ReportText.get(key);
    }

    private static String f(String key, Object... args) {
        return ReportText.fmt(key, args);
    }

    /** The handout of {@code scenario} (at the length it is set to) for {@code who}. */
    public static Handout of(LoadedScenario scenario, Audience who) {
        Scenario sc = scenario.scenario();
        ScenarioInfo info = scenario.info();
        String whom = t("handout.for." + who.id());
        Handout h = new Handout(f("handout.title", clean(info.title()), whom));
        List<Block> b = h.blocks;
        b.add(new Heading(1, h.title));
        b.add(new Para(clean(info.description()), false));
        b.add(new Para(f("handout.length", sc.turns(), sc.startYear(), sc.yearOf(sc.turns())), true));
        if (who == Audience.FACILITATOR) {
            b.add(new Para(t("handout.facilitator_warning"), false));
        }

        b.add(new Heading(2, t("handout.briefing")));
        if (who == Audience.FACILITATOR) {
            b.add(new Heading(3, t("handout.briefing.facilitator")));
            paras(b, info.briefing().facilitator());
            b.add(new Heading(3, Side.MOSCOW.displayName()));
            paras(b, info.briefing().moscow());
            b.add(new Heading(3, Side.BEIJING.displayName()));
            paras(b, info.briefing().beijing());
        } else {
            paras(b, who == Audience.MOSCOW ? info.briefing().moscow() : info.briefing().beijing());
        }

        b.add(new Heading(2, t("handout.objectives")));
        b.add(new Para(t("handout.scoring"), false));
        for (Side s : Side.values()) {
            if (who.side() != null && who.side() != s) {
                continue;
            }
            if (who == Audience.FACILITATOR) {
                b.add(new Heading(3, s.displayName()));
            }
            List<String[]> items = new ArrayList<>();
            for (Scenario.Objective o : sc.objectives(s)) {
                String why = info.objectiveNotes().getOrDefault(s.id() + ":" + o.indicator().id(), "");
                items.add(new String[] {f("handout.objective", Text.label(o.indicator()), Formats.n(o.weight())),
                    clean(why)});
            }
            b.add(new Items(items));
            List<String[]> endings = new ArrayList<>();
            for (EndReason e : EndReason.values()) {
                if (e != EndReason.FULL_TERM) {
                    endings.add(new String[] {f("handout.ending_points", Formats.signed(sc.outcomeScores().of(e, s))),
                        Text.describe(e)});
                }
            }
            b.add(new Para(t("handout.endings"), false));
            b.add(new Items(endings));
        }

        b.add(new PageBreak());
        b.add(new Heading(2, t("handout.lines")));
        b.add(new Para(t("handout.lines.intro"), false));
        for (Line line : Line.values()) {
            b.add(new Heading(3, line.title()));
            b.add(new Para(Text.summary(line), false));
            List<String[]> items = new ArrayList<>();
            for (Variant v : sc.variants()) {
                if (v.line() != line) {
                    continue;
                }
                String lead = who.side() == null ? Text.title(v) : cap(v.role(who.side())) + ": " + Text.title(v);
                items.add(new String[] {lead, Text.summary(v)});
            }
            b.add(new Items(items));
        }

        b.add(new PageBreak());
        b.add(new Heading(2, t("handout.screen")));
        b.add(new Para(t("handout.screen.intro"), false));
        List<String[]> values = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (i == Indicator.RU_SCORE || i == Indicator.CN_SCORE) {
                continue;
            }
            if (who.side() != null && !i.visibility().visibleTo(who.side())) {
                continue;
            }
            values.add(new String[] {Text.label(i), Text.help(i)});
        }
        b.add(new Items(values));
        b.add(new Heading(3, t("handout.keys")));
        List<String[]> keys = new ArrayList<>();
        for (int i = 1; ReportText.has("handout.key." + i); i++) {
            String[] kv = t("handout.key." + i).split("\\|", 2);
            keys.add(new String[] {kv[0], kv.length > 1 ? kv[1] : ""});
        }
        b.add(new Items(keys));

        if (who == Audience.FACILITATOR) {
            b.add(new PageBreak());
            b.add(new Heading(2, t("handout.deck")));
            List<String[]> cards = new ArrayList<>();
            for (Scenario.Card c : sc.deck()) {
                cards.add(new String[] {clean(c.title()), clean(info.cardTexts().getOrDefault(c.id(), ""))});
            }
            b.add(new Items(cards));
        }

        b.add(new PageBreak());
        b.add(new Heading(2, t("handout.notes")));
        b.add(new Para(t("handout.notes.intro"), true));
        b.add(new NoteLines(24));
        return h;
    }

    private static void paras(List<Block> b, String text) {
        for (String p : clean(text, true).split("\n\\s*\n")) {
            if (!p.isBlank()) {
                b.add(new Para(p.strip().replace('\n', ' '), false));
            }
        }
    }

    private static String clean(String s) {
        return TextRules.sanitize(s, false);
    }

    private static String clean(String s, boolean multiline) {
        return TextRules.sanitize(s, multiline);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The handout as Markdown (every piece of text escaped). */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        for (Block x : blocks) {
            if (x instanceof Heading h) {
                sb.append("#".repeat(h.level())).append(' ').append(Escape.markdown(h.text())).append("\n\n");
            } else if (x instanceof Para p) {
                sb.append(p.note() ? "*" + Escape.markdown(p.text()) + "*" : Escape.markdownBlock(p.text()))
                        .append("\n\n");
            } else if (x instanceof Items it) {
                for (String[] i : it.items()) {
                    sb.append("- **").append(Escape.markdown(i[0])).append("**");
                    if (!i[1].isEmpty()) {
                        sb.append(": ").append(Escape.markdown(i[1]));
                    }
                    sb.append('\n');
                }
                sb.append('\n');
            } else if (x instanceof PageBreak) {
                sb.append("---\n\n");
            } else if (x instanceof NoteLines n) {
                for (int i = 0; i < n.count(); i++) {
                    sb.append("\\_".repeat(60)).append("\n\n");
                }
            }
        }
        return sb.toString();
    }

    /** The handout as one printable HTML file, no script and no external request. */
    public String html() {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Escape.html(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
        boolean inSection = false;
        for (Block x : blocks) {
            if (x instanceof Heading h) {
                if (h.level() == 2) {
                    sb.append(inSection ? "</section>\n" : "").append("<section>\n");
                    inSection = true;
                }
                sb.append("<h").append(h.level()).append('>').append(Escape.html(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (x instanceof Para p) {
                sb.append(p.note() ? "<p class=\"note\">" : "<p>").append(Escape.html(p.text())).append("</p>\n");
            } else if (x instanceof Items it) {
                sb.append("<ul>\n");
                for (String[] i : it.items()) {
                    sb.append("<li><strong>").append(Escape.html(i[0])).append("</strong>");
                    if (!i[1].isEmpty()) {
                        sb.append(": ").append(Escape.html(i[1]));
                    }
                    sb.append("</li>\n");
                }
                sb.append("</ul>\n");
            } else if (x instanceof PageBreak) {
                sb.append(inSection ? "</section>\n" : "").append("<div class=\"page-break\"></div>\n");
                inSection = false;
            } else if (x instanceof NoteLines n) {
                sb.append("<div class=\"lines\">\n");
                for (int i = 0; i < n.count(); i++) {
                    sb.append("<div class=\"line\"></div>\n");
                }
                sb.append("</div>\n");
            }
        }
        sb.append(inSection ? "</section>\n" : "").append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static final String CSS = """
            * { box-sizing: border-box; }
            body { margin: 0; color: #1d1d1f; background: #fff;
              font: 11pt/1.45 "DejaVu Serif", Georgia, "Times New Roman", serif; }
            main { max-width: 44em; margin: 0 auto; padding: 1.5em; }
            h1 { font: bold 18pt/1.2 "DejaVu Sans", Arial, sans-serif; margin: 0 0 0.4em; }
            h2 { font: bold 14pt/1.2 "DejaVu Sans", Arial, sans-serif; margin: 1.2em 0 0.4em;
              border-bottom: 1.5pt solid #1d1d1f; padding-bottom: 0.15em; break-after: avoid; }
            h3 { font: bold 11.5pt/1.2 "DejaVu Sans", Arial, sans-serif; margin: 0.9em 0 0.3em; break-after: avoid; }
            p { margin: 0.35em 0; orphans: 3; widows: 3; }
            p.note { color: #5f6368; font-size: 10pt; }
            ul { margin: 0.3em 0 0.6em; padding-left: 1.2em; }
            li { margin: 0.2em 0; break-inside: avoid; }
            .page-break { break-before: page; page-break-before: always; height: 0; }
            .lines .line { border-bottom: 0.6pt solid #9a9a9a; height: 2.1em; }
            @page { margin: 16mm 15mm; }
            @media print { main { max-width: none; padding: 0; } a { color: inherit; } }
            """;
}
