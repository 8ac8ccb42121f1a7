package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amur.text.IcuFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TextBundleTest {

    @AfterEach
    void backToEnglish() {
        TextBundle.use(Locale.ENGLISH);
    }

    @Test
    void substitute_argumentContainingAPlaceholder_isShownAsTyped() {
        assertThat(TextBundle.substitute("{0} said: {1}", "Moscow", "see {0} and {1}"))
                .isEqualTo("Moscow said: see {0} and {1}");
        assertThat(TextBundle.substitute("{1} then {0}", "see {1}", "B")).isEqualTo("B then see {1}");
    }

    @Test
    void substitute_tenOrMoreArguments_neverTakesOneForTheStartOfTen() {
        Object[] args = new Object[11];
        for (int i = 0; i < args.length; i++) {
            args[i] = "a" + i;
        }
        assertThat(TextBundle.substitute("{1}|{10}|{0}", args)).isEqualTo("a1|a10|a0");
    }

    @Test
    void substitute_placeholderWithoutArgument_staysAsItIs() {
        assertThat(TextBundle.substitute("{0} {2} {x}", "A", "B")).isEqualTo("A {2} {x}");
        assertThat(TextBundle.substitute("{0}", (Object) null)).isEqualTo("null");
        assertThat(TextBundle.substituteNamed("{a} and {b}", "a", 1)).isEqualTo("1 and {b}");
    }

    @Test
    void substitute_apostrophes_areApostrophesUnlessTheyQuoteABrace() {
        assertThat(TextBundle.substitute("Moscow's {0}", "turn")).isEqualTo("Moscow's turn");
        assertThat(TextBundle.substitute("{0}''s team", "Moscow")).isEqualTo("Moscow's team");
        assertThat(TextBundle.substitute("''{0}'' is not a name", "x")).isEqualTo("'x' is not a name");
        assertThat(TextBundle.substitute("type '{'0'}' for {0}", "x")).isEqualTo("type {0} for x");
    }

    @Test
    void fill_pluralArgument_followsTheLanguagesRules() {
        String p = "{n, plural, one {# turn} other {# turns}} left";
        assertThat(TextBundle.substituteNamed(p, "n", 1)).isEqualTo("1 turn left");
        assertThat(TextBundle.substituteNamed(p, "n", 3)).isEqualTo("3 turns left");
        TextBundle.use(Locale.forLanguageTag("ru"));
        TextBundle b = TextBundle.load(TextBundleTest.class, "langtest.properties");
        assertThat(b.fill("turns", "n", 1)).isEqualTo("осталось 1 ход");
        assertThat(b.fill("turns", "n", 3)).isEqualTo("осталось 3 хода");
        assertThat(b.fill("turns", "n", 5)).isEqualTo("осталось 5 ходов");
        assertThat(b.fill("turns", "n", 21)).isEqualTo("осталось 21 ход");
    }

    @Test
    void get_languageFile_fallsBackKeyByKeyToBroaderLanguagesThenEnglish() {
        TextBundle b = TextBundle.load(TextBundleTest.class, "langtest.properties");
        TextBundle.use(Locale.forLanguageTag("ru-RU"));
        assertThat(b.get("greeting")).isEqualTo("Привет");
        assertThat(b.format("farewell", "Пекин")).isEqualTo("Пока, Пекин");
        TextBundle.use(Locale.forLanguageTag("ru"));
        assertThat(b.get("farewell")).isEqualTo("Goodbye");
        TextBundle.use(Locale.forLanguageTag("zh"));
        assertThat(b.get("greeting")).isEqualTo("Hello");
        assertThat(b.fill("turns", "n", 2)).isEqualTo("2 turns left");
    }

    @Test
    void fromEnvironment_lcAllThenLcMessagesThenLang_elseEnglish() {
        assertThat(TextBundle.fromEnvironment(Map.of("LANG", "ru_RU.UTF-8"))).isEqualTo(Locale.forLanguageTag("ru-RU"));
        assertThat(TextBundle.fromEnvironment(Map.of("LANG", "ru_RU.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8")))
                .isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(TextBundle.fromEnvironment(Map.of("LANG", "ru_RU.UTF-8", "LC_MESSAGES", "zh_CN", "LC_ALL", "de_DE@euro")))
                .isEqualTo(Locale.forLanguageTag("de-DE"));
        assertThat(TextBundle.fromEnvironment(Map.of("LC_ALL", "", "LANG", "C.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(TextBundle.fromEnvironment(Map.of("LANG", "POSIX"))).isEqualTo(Locale.ENGLISH);
        assertThat(TextBundle.fromEnvironment(Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(TextBundle.parse("!!")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void pseudoLocale_wrapsEveryTextInMarkersAndLengthensIt() {
        TextBundle b = TextBundle.load(Text.class, "model.properties");
        String english = b.get("rules.intro");
        TextBundle.use(TextBundle.PSEUDO);
        String pseudo = b.get("rules.intro");
        assertThat(pseudo).startsWith("⟦").endsWith("⟧").contains(english);
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (english.length() * 1.4));
    }

    @Test
    void get_missingKey_isVisibleAsTheKeyInBrackets() {
        TextBundle model = TextBundle.load(Text.class, "model.properties");
        assertThat(model.get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(model.has("no.such.key")).isFalse();
        assertThat(model.keys()).contains("rules.intro");
        assertThat(model.get("rules.intro")).isEqualTo(Text.get("rules.intro"));
    }

    @Test
    void load_missingResource_failsAtOnceNamingTheFile() {
        assertThatThrownBy(() -> TextBundle.load(Text.class, "absent.properties"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.properties");
    }

    /** Every pattern of every bundle is valid ICU, and filled without ICU it reads exactly as with ICU. */
    @Test
    void everyBundlePattern_isValidIcu_andTheFastPathAgreesWithIcu() {
        IcuFormatter icu = new IcuFormatter();
        List<String> checked = new ArrayList<>();
        for (String[] bundle : BUNDLES) {
            TextBundle b = TextBundle.load(classFor(bundle[0]), bundle[1]);
            for (String key : b.keys()) {
                String p = b.pattern(key);
                Map<String, Object> args = new LinkedHashMap<>();
                for (int i = 0; i < 12; i++) {
                    args.put(Integer.toString(i), "v" + i + "{0}");
                }
                assertThat(p).as(bundle[1] + " " + key + ": a single apostrophe before a brace hides the value;"
                        + " write '' there").doesNotContainPattern("(^|[^'])'[{}](?!')");
                String fast = TextBundle.simple(p, args);
                if (fast != null) {
                    assertThat(fast).as(bundle[1] + " " + key).isEqualTo(icu.format(p, Locale.ENGLISH, args));
                    checked.add(key);
                } else {
                    for (String name : IcuFormatter.formattedArguments(p)) {
                        args.put(name, 3); // plural, select or number: ICU must read it
                    }
                    assertThat(icu.format(p, Locale.ENGLISH, args)).as(bundle[1] + " " + key).doesNotContain("plural");
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(1000);
    }

    static final String[][] BUNDLES = {
        {"org.amur.engine.Text", "model.properties"}, {"org.amur.tui.Ui", "ui.properties"},
        {"org.amur.report.ReportText", "report.properties"}, {"org.amur.ai.Reasons", "bots.properties"},
        {"org.amur.sim.SimText", "sim.properties"}, {"org.amur.sim.BalanceReport", "balance.properties"},
        {"org.amur.files.InputFile", "files.properties"}, {"org.amur.session.Match", "match.properties"},
        {"org.amur.server.ServerText", "server.properties"}, {"org.amur.cli.PlainGame", "play.properties"},
        {"org.amur.scenario.Problems", "problems.properties"}, {"org.amur.cli.DocumentOutput", "documents.properties"},
        {"org.amur.save.SaveLock", "save.properties"}, {"org.amur.cli.CliText", "cli.properties"}};

    static Class<?> classFor(String name) {
        try {
            return Class.forName(name, false, TextBundleTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
