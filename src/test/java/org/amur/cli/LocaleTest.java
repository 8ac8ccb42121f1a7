package org.amur.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 11: under {@code LANG=C} / {@code LC_ALL=C} a non-ASCII path works through the launcher,
 * and {@code java -jar} in that locale says in one sentence what to do instead of an
 * {@code InvalidPathException}. Both run as real processes on a jar whose class path is this build's.
 */
class LocaleTest {
    @TempDir
    Path dir;

    private static final String NAME = "сценарий-北京.json";

    private record Run(int code, String out) {
    }

    private static Run run(Path workDir, List<String> command) throws Exception {
        return run(workDir, command, "C", "C");
    }

    /** Runs {@code command} with {@code LANG} and {@code LC_ALL} (null: unset) and no other locale variable. */
    private static Run run(Path workDir, List<String> command, String lang, String lcAll) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("LANG", lang);
        if (lcAll == null) {
            env.remove("LC_ALL");
        } else {
            env.put("LC_ALL", lcAll);
        }
        env.remove("LC_CTYPE");
        env.remove("LC_MESSAGES");
        env.put("AMUR_HOME", workDir.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    private static boolean utf8LocaleInstalled() throws Exception {
        Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return all.lines().anyMatch(l -> l.strip().matches("(?i)c\\.utf-?8"));
    }

    @Test
    void launcher_underLangC_readsAScenarioWithANonAsciiName() throws Exception {
        assumeTrue(utf8LocaleInstalled(), "the system has a C.UTF-8 locale");
        Path home = dir.resolve("home");
        TestJar.launcherHome(home);
        Files.copy(Path.of("scenarios", "baseline.json"), home.resolve(NAME));
        Run r = run(home, List.of("sh", "amur", "validate", NAME));
        assertThat(r.out()).contains(NAME + ": ok").doesNotContain("Exception");
        assertThat(r.code()).isZero();
    }

    @Test
    void launcher_underALanguageWhoseLocaleIsNotInstalled_readsANonAsciiName_inThatLanguage() throws Exception {
        assumeTrue(utf8LocaleInstalled(), "the system has a C.UTF-8 locale");
        // LANG=ru_RU.UTF-8 on a machine without that locale (a container reached over ssh): the C library refused the
        // whole environment, Java fell back to ASCII, and the launcher's own advice ("run it through ./amur") was
        // the command that failed. en-XA, the pseudo-locale, is a language no system installs and Amur shows.
        Path home = dir.resolve("home");
        TestJar.launcherHome(home);
        Files.copy(Path.of("scenarios", "baseline.json"), home.resolve(NAME));
        Run r = run(home, List.of("sh", "amur", "validate", NAME), "en_XA.UTF-8", null);
        assertThat(r.out()).contains(NAME + ": ok").contains("\u27E6").doesNotContain("LC_ALL");
        assertThat(r.code()).isZero();
    }

    @Test
    void javaJar_underLangC_withANonAsciiName_saysWhatToDoInOneSentence() throws Exception {
        Path home = dir.resolve("home");
        Path jar = TestJar.at(home.resolve("amur.jar"));
        Files.copy(Path.of("scenarios", "baseline.json"), home.resolve(NAME));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run r = run(home, List.of(java, "-Djava.awt.headless=true", "-jar", jar.toString(), "validate", NAME));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().strip().lines()).hasSize(1);
        assertThat(r.out()).contains("LC_ALL=C.UTF-8").doesNotContain("Exception").doesNotContain("\uFFFD");
        assertThat(r.out().chars().noneMatch(c -> c < 0x20 && c != '\n')).isTrue();
    }

    @Test
    void undecodable_isSaidOnlyWhenTheCharacterSetIsNotUtf8() {
        assertThat(Main.undecodable(new String[] {"validate", "\uFFFD.json"}, "ANSI_X3.4-1968"))
                .isEqualTo("ANSI_X3.4-1968");
        assertThat(Main.undecodable(new String[] {"validate", "\uFFFD.json"}, "UTF-8")).isNull();
        assertThat(Main.undecodable(new String[] {"validate", "plain.json"}, "ANSI_X3.4-1968")).isNull();
    }

    @Test
    void aNameTheFileSystemCannotHold_isOneSentence_withoutTheExceptionsName() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"replay", "bad\u0000name.json"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isIn(1, 2);
        assertThat(out + "" + err).doesNotContain("InvalidPath").doesNotContain("Exception").doesNotContain("\u0000");
    }
}
