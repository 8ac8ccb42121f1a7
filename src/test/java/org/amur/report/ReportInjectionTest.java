package org.amur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.ai.RandomBot;
import org.amur.engine.Action;
import org.amur.engine.Side;
import org.amur.engine.Step;
import org.amur.save.LoadedGame;
import org.amur.save.SaveMeta;
import org.amur.save.SaveStore;
import org.amur.scenario.LoadedScenario;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.StrictJson;
import org.amur.session.Session;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A saved game whose players and scenario try to inject markup: rationales with a script tag and an
 * attribute break-out, a scenario whose title, briefings, objective note, card title and card text hold
 * {@code & < > " '}, and a rationale that a spreadsheet would run as a formula. Every format must show
 * them as the literal text: escaped in HTML (no element or attribute comes from the game), inert in
 * Markdown (checked by rendering it with commonmark), quoted and defused in CSV.
 */
class ReportInjectionTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    static final String COMMA_QUOTE = "a,b \"c\" d";
    static final String SPECIALS = "&<>\"'";
    static final String CARD_TITLE = "Card " + SPECIALS;
    static final String CARD_TEXT = "Card text " + SPECIALS + " <img src=y onerror=alert(3)>";
    static final String BRIEFING = "Briefing " + SPECIALS + " <script>alert(2)</script>";

    /** Every element the HTML report may contain: anything else came from the game. */
    static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main", "header",
            "nav", "a", "section", "h1", "h2", "h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "pre",
            "code", "div", "span", "strong", "b", "ul", "ol", "li", "blockquote", "article", "figure", "figcaption",
            "svg", "line", "text", "polyline", "circle", "rect");

    @TempDir
    static Path dir;
    static GameReport report;

    @BeforeAll
    static void playAndSaveAHostileGame() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(
                Files.readString(Games.GOLDEN_SAVES.resolve("scenarios/baseline.json")));
        root.put("id", "hostile");
        root.put("title", "Hostile " + SPECIALS);
        root.put("description", "Description " + SPECIALS);
        ObjectNode briefing = (ObjectNode) root.get("briefing");
        briefing.put("moscow", BRIEFING);
        briefing.put("beijing", BRIEFING);
        briefing.put("facilitator", BRIEFING);
        ((ObjectNode) root.get("objectives").get("moscow").get(0)).put("why", "Why " + SPECIALS);
        ObjectNode card = StrictJson.mapper().createObjectNode();
        card.put("id", "hostile-card").put("title", CARD_TITLE).put("text", CARD_TEXT).put("first_turn", 1)
                .put("last_turn", 1).put("chance", 100).put("once", true);
        card.putObject("effects").put("trust", 1);
        ((ArrayNode) root.get("deck")).insert(0, card);
        Files.writeString(scenarios.resolve("hostile.json"), StrictJson.mapper().writeValueAsString(root));

        ScenarioLoader loader = new ScenarioLoader(scenarios);
        LoadedScenario sc = loader.resolve("hostile");
        Session s = Session.start(sc, 4242);
        commit(s, Side.MOSCOW, "exercise.peace_mission", SCRIPT);
        commit(s, Side.BEIJING, "exercise.peace_mission", BREAKOUT);
        commit(s, Side.MOSCOW, "alliance.prepare", FORMULA);
        commit(s, Side.BEIJING, "alliance.prepare", COMMA_QUOTE);
        RandomBot ru = new RandomBot(1);
        RandomBot cn = new RandomBot(2);
        while (!s.state().isOver()) {
            s.apply(new Action.Commit(Side.MOSCOW, ru.decide(s.engine().view(s.state(), Side.MOSCOW)).variant()));
            s.apply(new Action.Commit(Side.BEIJING, cn.decide(s.engine().view(s.state(), Side.BEIJING)).variant()));
        }
        SaveStore store = new SaveStore(dir.resolve("saves"), loader, Games.CLOCK);
        Path file = store.save(s, "hostile", new SaveMeta("human", "random"));
        LoadedGame game = store.load(file);
        report = ReportBuilder.build(game, file.getFileName().toString());
    }

    private static void commit(Session s, Side side, String variant, String rationale) {
        assertThat(s.apply(new Action.Commit(side, variant, rationale))).isInstanceOf(Step.Accepted.class);
    }

    @Test
    void fixture_theHostileCardFiredAndTheRationalesWereKept() {
        assertThat(report.turns().get(0).entries().stream().filter(e -> e instanceof Entry.Card)
                .map(e -> ((Entry.Card) e).title()).toList()).contains(CARD_TITLE);
        Entry.Choices first = (Entry.Choices) report.turns().get(0).entries().stream()
                .filter(e -> e instanceof Entry.Choices).findFirst().orElseThrow();
        assertThat(first.moscow().rationale()).isEqualTo(SCRIPT);
        assertThat(first.beijing().rationale()).isEqualTo(BREAKOUT);
    }

    @Test
    void html_everythingFromTheGame_isEscapedText() {
        String html = HtmlReport.render(report);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("Card &amp;&lt;&gt;&quot;&#39;")
                .contains("Card text &amp;&lt;&gt;&quot;&#39; &lt;img src=y onerror=alert(3)&gt;")
                .contains("Briefing &amp;&lt;&gt;&quot;&#39; &lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("Why &amp;&lt;&gt;&quot;&#39;")
                .contains("<title>After-action report: Hostile &amp;&lt;&gt;&quot;&#39;</title>");
    }

    @Test
    void html_onlyTheReportsOwnElementsAndNoHandlersOrExternalReferences() {
        String html = HtmlReport.render(report);
        Matcher m = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>").matcher(html);
        int tags = 0;
        while (m.find()) {
            tags++;
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String attrs = m.group(2);
            assertThat(ELEMENTS).as("element <" + name + ">").contains(name);
            assertThat(attrs).as(m.group()).doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)\\ssrc\\s*=");
            Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(attrs);
            while (href.find()) {
                assertThat(href.group(1)).as("link stays inside the page").startsWith("#");
            }
            assertThat(attrs.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContainPattern("(?i)https?:|//");
        }
        assertThat(tags).isGreaterThan(500);
        assertThat(html).doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void markdown_renderedByCommonmark_hasNoMarkupFromTheGame() {
        List<org.commonmark.Extension> ext = List.of(TablesExtension.create());
        String md = MarkdownReport.render(report);
        String html = HtmlRenderer.builder().extensions(ext).build().render(Parser.builder().extensions(ext).build()
                .parse(md));
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("Card &amp;&lt;&gt;&quot;'")
                .contains("Briefing &amp;&lt;&gt;&quot;' &lt;script&gt;alert(2)&lt;/script&gt;");
    }

    @Test
    void csv_rationalesAndCardTitles_comeBackExactlyWhenParsed() {
        List<List<String>> rows = CsvParser.parse(CsvReport.render(report));
        List<String> header = rows.get(0);
        assertThat(header).isEqualTo(CsvReport.header());
        for (List<String> row : rows) {
            assertThat(row).hasSameSizeAs(header);
        }
        List<String> turn1 = rows.get(1);
        List<String> turn2 = rows.get(2);
        assertThat(turn1.get(header.indexOf("moscow_rationale"))).isEqualTo(SCRIPT);
        assertThat(turn1.get(header.indexOf("beijing_rationale"))).isEqualTo(BREAKOUT);
        assertThat(turn1.get(header.indexOf("cards"))).startsWith(CARD_TITLE);
        assertThat(turn2.get(header.indexOf("moscow_rationale"))).as("a formula is defused").isEqualTo("'" + FORMULA);
        assertThat(turn2.get(header.indexOf("beijing_rationale"))).isEqualTo(COMMA_QUOTE);
    }

    /** Names a save may carry (player text: no control characters) that try to break out of Markdown or HTML. */
    @Test
    void namesFromTheSave_reachMarkdownAndHtmlAsTheirText() throws Exception {
        org.amur.save.Names names = new org.amur.save.Names("<b>T</b> ```", "`</pre>`<i>red", "[x](javascript:y) | ~~");
        ScenarioLoader loader = new ScenarioLoader(dir.resolve("scenarios"));
        SaveStore store = new SaveStore(dir.resolve("saves"), loader, Games.CLOCK);
        Session s = Session.start(loader.resolve("hostile"), 7);
        Path file = store.save(s, "named", new SaveMeta("human", "random").withNames(names));
        GameReport r = ReportBuilder.build(store.load(file), file.getFileName().toString());
        String html = HtmlReport.render(r);
        assertThat(html).doesNotContain("<b>T").doesNotContain("<i>red").contains("&lt;b&gt;T&lt;/b&gt; ```")
                .contains("`&lt;/pre&gt;`&lt;i&gt;red");
        List<org.commonmark.Extension> ext = List.of(TablesExtension.create());
        String md = MarkdownReport.render(r);
        String fromMd = HtmlRenderer.builder().extensions(ext).build().render(Parser.builder().extensions(ext).build()
                .parse(md));
        assertThat(fromMd).doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<a ").doesNotContain("<del>")
                .contains("&lt;b&gt;T&lt;/b&gt; ```").contains("`&lt;/pre&gt;`&lt;i&gt;red")
                .contains("[x](javascript:y) | ~~");
        // the report's own two command blocks, and no other
        assertThat(fromMd.split("<pre>", -1)).hasSize(3);
    }
}
