package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapeTest {
    static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "&<>\"'", "&amp; &#60; &lt;", "*bold* _it_ `code` ~~gone~~", "[link](javascript:alert(1))",
            "![img](http://example.invalid/x.png)", "a | b | c", "# heading", "- item", "+ item", "1. item",
            "2) item", "===", "---", "    indented code", "> quote", "\\*not bold\\*", "<!-- comment -->",
            "<https://example.invalid>", "line one\nline two");

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    /** How commonmark writes literal text: & < > " escaped, the apostrophe left alone. */
    private static String text(String s) {
        return Escape.html(s).replace("&#39;", "'");
    }

    private static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    @Test
    void fence_contentWithBackticks_cannotCloseTheBlock() {
        for (String content : new String[] {"plain", "a ``` b", "```", "x ```` y\n```sh", "``````````"}) {
            String html = render("Before\n\n" + Escape.fence("sh", content) + "\nAfter\n");
            assertThat(html).as(content).containsOnlyOnce("<pre>").contains("<p>After</p>");
            assertThat(html).contains(Escape.html(content).replace("&#39;", "'").replace("&quot;", "\""));
        }
    }

    @Test
    void html_specialCharacters_becomeCharacterReferences() {
        assertThat(Escape.html("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Escape.html("\"><img src=x onerror=alert(1)>"))
                .isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Escape.html("&<>\"'")).isEqualTo("&amp;&lt;&gt;&quot;&#39;");
        assertThat(Escape.html("Su-35 \u2192 PLA")).isEqualTo("Su-35 \u2192 PLA");
        assertThat(Escape.html(null)).isEmpty();
    }

    @Test
    void markdown_hostileText_rendersAsExactlyThatTextInOneParagraph() {
        for (String s : HOSTILE) {
            String html = render("Before " + Escape.markdown(s) + " after\n");
            String expected = "<p>Before " + text(s.replace('\n', ' ')) + " after</p>\n";
            assertThat(html).as(s).isEqualTo(expected);
        }
    }

    @Test
    void markdownBlock_hostileTextAtTheStartOfALineOrListItem_staysOneParagraphOfThatText() {
        for (String s : HOSTILE) {
            String literal = text(s.replace('\n', ' ').stripLeading());
            assertThat(render(Escape.markdownBlock(s) + "\n")).as(s).isEqualTo("<p>" + literal + "</p>\n");
            assertThat(render("- " + Escape.markdownBlock(s) + "\n")).as(s)
                    .isEqualTo("<ul>\n<li>" + literal + "</li>\n</ul>\n");
        }
    }

    @Test
    void markdown_insideATableCell_neverSplitsTheCell() {
        for (String s : HOSTILE) {
            String html = render("| a | b |\n|---|---|\n| " + Escape.markdown(s) + " | x |\n");
            assertThat(html).as(s).contains("<td>" + text(s.replace('\n', ' ').strip()) + "</td>\n<td>x</td>");
        }
    }

    @Test
    void csv_plainText_isLeftAlone() {
        assertThat(Escape.csv("arms.su35", true)).isEqualTo("arms.su35");
        assertThat(Escape.csv("", true)).isEmpty();
    }

    @Test
    void csv_commaQuoteOrLineBreak_isQuotedWithDoubledQuotes() {
        assertThat(Escape.csv("a,b", true)).isEqualTo("\"a,b\"");
        assertThat(Escape.csv("\"><img src=x onerror=alert(1)>", true))
                .isEqualTo("\"\"\"><img src=x onerror=alert(1)>\"");
        assertThat(Escape.csv("one\ntwo", true)).isEqualTo("\"one\ntwo\"");
        assertThat(Escape.csv(" padded ", true)).isEqualTo("\" padded \"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid\")", "+1+1", "-2+3", "@SUM(A1)", "\tx"})
    void csv_formulaLikeText_isDefusedWithAnApostrophe(String s) {
        String cell = Escape.csv(s, true);
        assertThat(CsvParser.parse(cell + "\r\n").get(0).get(0)).isEqualTo("'" + s);
    }

    @Test
    void csv_negativeNumber_keepsItsSign() {
        assertThat(Escape.csv("-27.018204", false)).isEqualTo("-27.018204");
        assertThat(CsvReport.number(-27.018204000000033)).isEqualTo("-27.018204");
        assertThat(CsvReport.number(28.75)).isEqualTo("28.75");
        assertThat(CsvReport.number(62.0)).isEqualTo("62");
        assertThat(CsvReport.number(-0.0)).isEqualTo("0");
    }
}
