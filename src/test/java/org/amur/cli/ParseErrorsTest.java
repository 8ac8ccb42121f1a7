package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.amur.engine.TextBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Picocli's own parse errors come from {@code cli.properties} ({@link ParseErrors}): in English picocli's
 * sentences made finished sentences, in the pseudo-locale with no English outside the
 * markers, each one line on standard error, exit code 2, the typed control bytes made harmless.
 */
class ParseErrorsTest {
    /** Command lines and the first line each says, in English: one finished sentence. */
    private static final String[][] ENGLISH = {
        {"--foo", "amur: Unknown option: '--foo'."},
        {"play --foo", "amur: Unknown option: '--foo'."},
        {"play --foo --bar", "amur: Unknown options: '--foo', '--bar'."},
        {"play --rules x", "amur: Unknown options: '--rules', 'x'."},
        {"play --json=abc", "amur: Unknown option: '--json=abc'."},
        {"play -x", "amur: Unknown option: '-x'."},
        {"play extra", "amur: Unexpected argument: 'extra'."},
        {"play extra more", "amur: Unexpected arguments: 'extra', 'more'."},
        {"nosuchcommand", "amur: Unexpected argument: 'nosuchcommand'."},
        {"simulate --seed abc", "amur: Invalid value for option '--seed': 'abc' is not a whole number."},
        {"simulate --games 1.5", "amur: Invalid value for option '--games': '1.5' is not a whole number."},
        {"play --seed 9999999999999999999999",
            "amur: Invalid value for option '--seed': '9999999999999999999999' is not a whole number."},
        {"rules --width 3000000000", "amur: Invalid value for option '--width': '3000000000' is not a whole number."},
        {"simulate --seed -x", "amur: Invalid value for option '--seed': '-x' is not a whole number."},
        {"simulate --seed", "amur: The option '--seed' (S) needs a value."},
        {"simulate --seed 5 --seed=6", "amur: The option '--seed' (S) may be given only once."},
        {"simulate --csv", "amur: The option '--csv' (FILE) needs a value."},
        {"simulate --seed 1 --seed 2", "amur: The option '--seed' (S) may be given only once."},
        {"simulate --seed --games 3", "amur: The option '--seed' needs a value, not '--games'."},
        {"validate", "amur: Missing required parameter: 'FILE'."},
        {"report", "amur: Missing required parameter: 'SAVE'."},
        {"help nosuch", "amur: Unknown subcommand 'nosuch'."},
    };

    @AfterEach
    void english() {
        TextBundle.use(Locale.ENGLISH);
    }

    private record Said(int code, String out, String err) {
    }

    private static Said run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Said(code, out.toString(), err.toString());
    }

    @Test
    void inEnglish_eachIsOneFinishedSentence() {
        TextBundle.use(Locale.ENGLISH);
        for (String[] c : ENGLISH) {
            Said s = run(c[0].split(" "));
            assertThat(s.code()).as(c[0]).isEqualTo(2);
            assertThat(s.out()).as(c[0]).isEmpty();
            assertThat(s.err().lines().toList()).as(c[0]).hasSize(2).first().isEqualTo(c[1]);
        }
    }

    @Test
    void inThePseudoLocale_everyWordIsMarked() {
        TextBundle.use(TextBundle.PSEUDO);
        Set<String> names = new HashSet<>(Set.of("amur", "play", "simulate", "validate", "report", "help", "extra",
                "more", "abc", "nosuchcommand", "width", "x", "nosuch", "json", "rules", "foo", "bar"));
        List<String> problems = new ArrayList<>();
        for (String[] c : ENGLISH) {
            Said s = run(c[0].split(" "));
            String first = s.err().lines().findFirst().orElse("");
            assertThat(first).as(c[0]).startsWith("amur: " + TextBundle.PSEUDO_OPEN);
            PseudoText.unmarked(s.err(), names).forEach(p -> problems.add(c[0] + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aValueWithAControlByte_isShownHarmless() {
        for (Locale l : List.of(Locale.ENGLISH, TextBundle.PSEUDO)) {
            TextBundle.use(l);
            Said s = run("play", "--seed=a\u001b[31mb\u009b");
            assertThat(s.err()).as(l.toString()).doesNotContain("\u001b").doesNotContain("\u009b").contains("[31mb");
        }
    }

    @Test
    void aConvertersOwnSentence_isKeptInsideTheParseError() {
        assertThat(run("validate", "a\u0000b").err()).startsWith("amur: Invalid value for positional parameter at index"
                + " 0..* (FILE): 'a\ufffdb' is not a usable file name here.\n");
        TextBundle.use(TextBundle.PSEUDO);
        Said s = run("validate", "a\u0000b");
        String first = s.err().lines().findFirst().orElse("");
        assertThat(first).startsWith("amur: " + TextBundle.PSEUDO_OPEN);
        assertThat(PseudoText.unmarked(s.err(), Set.of("amur", "validate", "FILE"))).isEmpty();
    }

    @Test
    void anEnglishTextShownForWantOfATranslation_countsInEnglish() {
        // no Russian file: the English texts are shown, and they count by English rules (Russian's "one"
        // covers 21, which would say "21 error")
        TextBundle.use(Locale.forLanguageTag("ru"));
        assertThat(CliText.t("validate.summary", 21, 1, 2)).isEqualTo("21 errors, 1 warning in 2 files.");
        assertThat(run("play", "--foo").err()).startsWith("amur: Unknown option: '--foo'.");
        TextBundle.use(Locale.forLanguageTag("xx-YY"));
        assertThat(run("play", "--foo").err()).startsWith("amur: Unknown option: '--foo'.");
    }
}
