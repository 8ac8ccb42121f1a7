package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the writers lay out entries that no game produces yet: facilitator injects, overrides and notes,
 * and events the report does not know. They must appear where they happened, marked, and escaped.
 */
class ReportRenderTest {

    private static GameReport withExtraEntries(List<Entry> extra) throws Exception {
        GameReport r = ReportBuilder.build(Games.golden("baseline-seed-7.json"), "baseline-seed-7.json");
        List<GameReport.Turn> turns = new ArrayList<>(r.turns());
        GameReport.Turn first = turns.get(0);
        List<Entry> entries = new ArrayList<>(first.entries());
        int afterCards = 0;
        while (entries.get(afterCards) instanceof Entry.Card) {
            afterCards++;
        }
        entries.addAll(afterCards, extra);
        turns.set(0, new GameReport.Turn(first.turn(), first.year(), first.resolved(), entries));
        return new GameReport(r.header(), turns, r.pointLabels(), r.charts(), r.scores(), r.questions(), r.briefings(),
                r.sources(), r.states());
    }

    private static final Entry INJECT = new Entry.Facilitator("inject", "Border clash <b>near</b> Khabarovsk",
            "Shots across the river * at dawn", List.of(new Entry.Change("trust", "Trust", 62, 57, null, null, null,
            false)), "to test the \"hotline\" & the players");
    private static final Entry OVERRIDE = new Entry.Facilitator("override", "Delivery roll set to failure", "",
            List.of(), "");
    private static final Entry FUTURE = new Entry.Other("FacilitatorPause", Entry.Source.FACILITATOR,
            List.of("Game paused for discussion.", "  Resumed after 10 minutes."));
    private static final Entry UNKNOWN = new Entry.Other("Mystery", Entry.Source.ENGINE, List.of("Something <odd>."));

    @Test
    void markdown_facilitatorAndUnknownEntries_areMarkedAndEscaped() throws Exception {
        String md = MarkdownReport.render(withExtraEntries(List.of(INJECT, OVERRIDE, FUTURE, UNKNOWN)));
        assertThat(md).contains("- **\\[Facilitator inject\\]** Border clash \\<b\\>near\\</b\\> Khabarovsk\\\n"
                        + "  Shots across the river \\* at dawn\n  - Trust 62 \u2192 57 (-5)\n")
                .contains("  - Facilitator's reason: to test the \"hotline\" \\& the players")
                .contains("- **\\[Facilitator override\\]** Delivery roll set to failure")
                .contains("- **\\[Facilitator (FacilitatorPause)\\]** Game paused for discussion.")
                .contains("  - Resumed after 10 minutes.")
                .contains("- **\\[Event (Mystery)\\]** Something \\<odd\\>.");
        // shown where they happened: turn 1 of this game has no cards, so the inject opens the turn as a
        // world event, before the choices
        int turn = md.indexOf("### Turn 1 (2018)", md.indexOf("## Appendix: every turn in full"));
        int world = md.indexOf("**World events**", turn);
        int inject = md.indexOf("Facilitator inject", turn);
        int choices = md.indexOf("**Choices**", turn);
        assertThat(turn).isLessThan(world);
        assertThat(world).isLessThan(inject);
        assertThat(inject).isLessThan(choices);
    }

    @Test
    void html_facilitatorAndUnknownEntries_areMarkedAndEscaped() throws Exception {
        String html = HtmlReport.render(withExtraEntries(List.of(INJECT, OVERRIDE, FUTURE, UNKNOWN)));
        assertThat(html).contains("<div class=\"entry facilitator\">\n<p class=\"marker\">Facilitator inject</p>\n"
                        + "<p class=\"head\"><strong>Border clash &lt;b&gt;near&lt;/b&gt; Khabarovsk</strong></p>\n"
                        + "<p class=\"text\">Shots across the river * at dawn</p>\n<ul class=\"changes\">\n"
                        + "<li>Trust 62 &rarr; 57 <span class=\"neg\">(-5)</span></li>")
                .contains("<p class=\"reason\">Facilitator&#39;s reason: to test the &quot;hotline&quot; &amp; the "
                        + "players</p>")
                .contains("<p class=\"marker\">Facilitator override</p>")
                .contains("<p class=\"marker\">Facilitator (FacilitatorPause)</p>")
                .contains("<div class=\"entry other\">\n<p class=\"marker\">Event (Mystery)</p>\n"
                        + "<p>Something &lt;odd&gt;.</p>");
    }

    @Test
    void body_showsEachTurnInShort_andLeavesRollsAndModifiersToTheAppendix() throws Exception {
        GameReport r = withExtraEntries(List.of(INJECT));
        String md = MarkdownReport.render(r);
        int body = md.indexOf("## Turn by turn");
        int appendix = md.indexOf("## Appendix: every turn in full");
        assertThat(body).isPositive().isLessThan(md.indexOf("## Questions for the debrief")).isLessThan(appendix);
        String shortTurns = md.substring(body, appendix);
        for (GameReport.Turn t : r.turns()) {
            assertThat(shortTurns).contains("### Turn " + t.turn() + " (" + t.year() + ")");
            if (t.summary() == null) {
                continue; // turn 1 here: rebuilt with the extra entries, without a summary
            }
            // the read-aloud summary is in the body, and again above the turn's full detail
            assertThat(shortTurns).contains(Escape.markdown(t.summary().choices()));
            assertThat(md.substring(appendix)).contains(Escape.markdown(t.summary().choices()));
        }
        assertThat(shortTurns).contains("- Facilitator inject: Border clash \\<b\\>near\\</b\\> Khabarovsk")
                .doesNotContain("scaled by").doesNotContain("Roll:").doesNotContain("**Resolution**")
                .doesNotContain("Shots across the river");
        assertThat(md.substring(appendix)).contains("scaled by").contains("Roll:").contains("Shots across the river");
        String html = HtmlReport.render(r);
        String htmlBody = html.substring(html.indexOf("<section id=\"turns\">"), html.indexOf("<section id=\"timeline\""));
        assertThat(htmlBody).contains("<a class=\"more\" href=\"#turn-1\">")
                .contains("Facilitator inject: Border clash &lt;b&gt;near&lt;/b&gt; Khabarovsk")
                .doesNotContain("class=\"mods\"").doesNotContain("class=\"entry roll");
        assertThat(html.indexOf("<section id=\"questions\">")).isLessThan(html.indexOf("<section id=\"timeline\""));
    }

    @Test
    void facilitatorMarker_unknownKind_namesTheKindGenerically() {
        assertThat(Formats.facilitatorMarker("inject")).isEqualTo("Facilitator inject");
        assertThat(Formats.facilitatorMarker("pause")).isEqualTo("Facilitator (pause)");
    }

    @Test
    void sparkline_scalesBetweenTheSeriesOwnMinimumAndMaximum() {
        assertThat(Formats.sparkline(List.of(0.0, 50.0, 100.0))).isEqualTo("\u2581\u2585\u2588");
        assertThat(Formats.sparkline(List.of(40.0, 40.0))).isEqualTo("\u2584\u2584");
    }

    @Test
    void svgChart_scaleCoversTheValuesAndStaysInsideTheIndicatorsBounds() {
        GameReport.Chart c = new GameReport.Chart("Trust", List.of(new GameReport.Series("trust", "Trust", null, false,
                List.of(62.0, 98.0, 99.5))), 0, 100);
        String svg = SvgChart.render(c, List.of("2018", "2019", "end"), "Trust");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains(">100</text>").doesNotContain(">110</text>")
                .contains("<title>Trust</title>").contains("<polyline");
        GameReport.Chart ladder = new GameReport.Chart("Alliance", List.of(new GameReport.Series("alliance_level",
                "Alliance level", null, false, List.of(2.0, 3.0))), 0, 4);
        String l = SvgChart.render(ladder, List.of("2018", "end"), "Alliance");
        for (int rung = 0; rung <= 4; rung++) {
            assertThat(l).contains(">" + rung + "</text>");
        }
        assertThat(SvgChart.niceStep(9.75)).isEqualTo(10);
        assertThat(SvgChart.niceStep(2.2)).isEqualTo(2.5);
        assertThat(SvgChart.niceStep(0.3)).isEqualTo(0.5);
    }
}
