package org.amur.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one loader of player-facing words: UTF-8 {@code .properties} files next to the class that uses
 * them (the model's, the bots', the report's, the game screen's...), one file per language with the
 * usual suffix ({@code ui.properties}, {@code ui_ru.properties}, {@code ui_pt_BR.properties}). A key
 * missing from a language's file falls back to the broader one and finally to the English base file;
 * a key missing everywhere reads {@code [key]}, so a gap is visible on screen, and each bundle has a
 * test that none is missing.
 *
 * <p>Every text is an ICU {@code MessageFormat} pattern: {@code {0}} or {@code {name}} for a value,
 * {@code {n, plural, one {# turn} other {# turns}}} for a count in any language's plural rules. An
 * apostrophe is an apostrophe, except that {@code '{'} quotes a brace and {@code ''} is one apostrophe
 * (ICU's "double optional" mode). A text with simple values only (nearly all of them) is filled here
 * without ICU, exactly as ICU would fill it; ICU ({@link Formatter}, found with {@link ServiceLoader} so
 * this package keeps to the JDK) is loaded the first time a text needs plural, select or number rules.
 * Values are shown as {@link String#valueOf} shows them unless the pattern itself formats them.
 *
 * <p>The language is {@link #locale()}: {@code --lang}, else the launcher's {@code amur.lang}, else the
 * environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), else English. {@link #PSEUDO} is a test language: every text in
 * markers and 40 % longer, so a screen shows at once what is hard-coded, clipped or broken.
 */
public final class TextBundle {
    /** The pseudo-locale: every text wrapped in {@code ⟦ ⟧} and lengthened by 40 %. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");
    public static final char PSEUDO_OPEN = '⟦';
    public static final char PSEUDO_CLOSE = '⟧';

    private static volatile Locale locale;
    private static volatile Formatter formatter;

    private final Class<?> owner;
    private final String baseName;
    private final Map<Locale, Map<String, String>> byLocale = new ConcurrentHashMap<>();
    /** The texts as the files have them, never in the pseudo-locale's markers: key bindings. */
    private final Map<Locale, Map<String, String>> rawByLocale = new ConcurrentHashMap<>();
    /**
     * The language of each text, the file's it came from (the base file's is English): its plural and
     * number rules are that language's, so an English text shown for want of a translation says "1 file".
     */
    private final Map<Locale, Map<String, Locale>> spokenByLocale = new ConcurrentHashMap<>();

    private TextBundle(Class<?> owner, String baseName) {
        this.owner = owner;
        this.baseName = baseName;
    }

    /**
     * ICU's side of the formatting: fills a pattern that has plural, select, choice or number
     * arguments. {@code args} is a map from argument name (or number, as text) to value.
     */
    public interface Formatter {
        String format(String pattern, Locale locale, Map<String, Object> args);
    }

    /**
     * Reads {@code resource} (e.g. {@code "ui.properties"}) from {@code owner}'s package. A missing base
     * file is a broken build, so it fails at once rather than showing a screen of {@code [key]}s.
     */
    public static TextBundle load(Class<?> owner, String resource) {
        String base = resource.endsWith(".properties") ? resource.substring(0, resource.length() - 11) : resource;
        TextBundle b = new TextBundle(owner, base);
        if (b.read(base) == null) {
            throw new IllegalStateException(resource + " is missing from the build");
        }
        return b;
    }

    // ---------------------------------------------------------------- the language

    /**
     * The language of every text: set by {@link #use}, else the {@code amur.lang} property (the launcher's, when
     * it runs Java with {@code LC_ALL=C.UTF-8} for the file names' sake), else from the environment, else English.
     */
    public static Locale locale() {
        Locale l = locale;
        if (l == null) {
            String given = System.getProperty("amur.lang");
            l = given != null && !given.isBlank() ? parse(given) : fromEnvironment(System.getenv());
            locale = l;
        }
        return l;
    }

    /** Chooses the language ({@code --lang}); {@code null} goes back to the environment's. */
    public static void use(Locale l) {
        locale = l;
    }

    /**
     * The language a POSIX environment asks for: the first set of {@code LC_ALL}, {@code LC_MESSAGES}
     * and {@code LANG} ({@code ru_RU.UTF-8} is Russian), English for {@code C}, {@code POSIX}, nothing or
     * something unreadable.
     */
    public static Locale fromEnvironment(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return parse(v);
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * A language tag as a person types it: {@code ru}, {@code pt-BR}, {@code pt_BR.UTF-8}, {@code en-XA}.
     * Returns English for {@code C}, {@code POSIX} or text that is no language tag.
     */
    public static Locale parse(String tag) {
        String t = tag.strip();
        int cut = indexOfAny(t, ".@");
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        t = t.replace('_', '-');
        if (t.isEmpty() || t.equals("C") || t.equals("POSIX")) {
            return Locale.ENGLISH;
        }
        Locale l = Locale.forLanguageTag(t);
        return l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    /** Whether {@code tag} names a language ({@link #parse} would not fall back to English for it). */
    public static boolean isLanguageTag(String tag) {
        String t = tag.strip().replace('_', '-');
        return t.equals("C") || t.equals("POSIX") || (!t.isEmpty() && !Locale.forLanguageTag(t).getLanguage().isEmpty()
                && Locale.forLanguageTag(t).toLanguageTag().equalsIgnoreCase(t));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- reading

    /** The texts of the current language, with the broader languages' and English's beneath. */
    private Map<String, String> texts() {
        return byLocale.computeIfAbsent(locale(), this::merged);
    }

    private Map<String, String> merged(Locale l) {
        Map<String, String> all = new LinkedHashMap<>(raw(l));
        if (l.equals(PSEUDO)) {
            all.replaceAll((k, v) -> pseudo(v));
        }
        return all;
    }

    private Map<String, String> raw(Locale l) {
        return rawByLocale.computeIfAbsent(l, this::unmarked);
    }

    private Map<String, String> unmarked(Locale l) {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, Locale> spoken = new java.util.HashMap<>();
        List<Locale> chain = new ArrayList<>(ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES).getCandidateLocales(baseName, l));
        Collections.reverse(chain); // the base file first, the most specific last
        for (Locale c : chain) {
            String name = c.equals(Locale.ROOT) ? baseName : baseName + "_" + c;
            Map<String, String> one = read(name);
            if (one != null) {
                all.putAll(one);
                Locale language = c.equals(Locale.ROOT) ? Locale.ENGLISH : c;
                one.keySet().forEach(k -> spoken.put(k, language));
            }
        }
        spokenByLocale.put(l, spoken);
        return all;
    }

    private Map<String, String> read(String name) {
        try (InputStream in = owner.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) {
                m.put(k, p.getProperty(k));
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pattern for {@code key} as the bundle file has it, or {@code null} if no file has it. */
    public String pattern(String key) {
        return texts().get(key);
    }

    /** The text for {@code key} (with no values to fill), or {@code [key]} if it is missing. */
    public String get(String key) {
        return format(key);
    }

    /**
     * The key a person presses for {@code key} (a letter such as {@code n} for New game), as the
     * language's file gives it: a key is bound to this, never to the text drawn as its label, so a
     * translation changes the letter and the label together and the pseudo-locale's markers change
     * neither binding. The first code point of the text, or {@code -1} if the text is missing or empty.
     */
    public int binding(String key) {
        String v = raw(locale()).get(key);
        return v == null || v.isEmpty() ? -1 : v.codePointAt(0);
    }

    /**
     * These texts as a {@link ResourceBundle}, unfilled, for a library that reads one (picocli's help
     * reads {@code cli/help.properties} so): the current language's texts over the broader ones', marked in
     * the pseudo-locale, where a leading or trailing line break ({@code %n}) stays outside the markers and
     * an empty text stays empty.
     */
    public ResourceBundle asResourceBundle() {
        boolean marked = locale().equals(PSEUDO);
        Map<String, Object> texts = new LinkedHashMap<>();
        raw(locale()).forEach((k, v) -> texts.put(k, marked ? pseudoKeepingBreaks(v) : v));
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.get(key);
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }

    private static String pseudoKeepingBreaks(String v) {
        int start = 0;
        int end = v.length();
        while (v.startsWith("%n", start)) {
            start += 2;
        }
        while (end - 2 >= start && v.startsWith("%n", end - 2)) {
            end -= 2;
        }
        return start == end ? v : v.substring(0, start) + pseudo(v.substring(start, end)) + v.substring(end);
    }

    public boolean has(String key) {
        return texts().containsKey(key);
    }

    /** Every key, for completeness tests. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(texts().keySet()));
    }

    // ---------------------------------------------------------------- filling

    /** The text for {@code key} with {@code {0}}, {@code {1}}... filled from {@code args}. */
    public String format(String key, Object... args) {
        String p = texts().get(key);
        if (p == null) {
            return "[" + key + "]";
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            named.put(Integer.toString(i), args[i]);
        }
        return apply(p, named, spoken(key));
    }

    /**
     * The text for {@code key} with named values filled: {@code fill("turn.title", "turn", 3, "year",
     * 2020)} fills {@code {turn}} and {@code {year}}.
     */
    public String fill(String key, Object... namesAndValues) {
        String p = texts().get(key);
        if (p == null) {
            return "[" + key + "]";
        }
        return apply(p, pairs(namesAndValues), spoken(key));
    }

    /** The language of {@code key}'s text: the file's it was read from. */
    private Locale spoken(String key) {
        raw(locale());
        Map<String, Locale> spoken = spokenByLocale.get(locale());
        Locale l = spoken == null ? null : spoken.get(key);
        return l == null ? locale() : l;
    }

    /** {@link #format} on a pattern given directly. */
    public static String substitute(String pattern, Object... args) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            named.put(Integer.toString(i), args[i]);
        }
        return apply(pattern, named);
    }

    /** {@link #fill} on a pattern given directly. */
    public static String substituteNamed(String pattern, Object... namesAndValues) {
        return apply(pattern, pairs(namesAndValues));
    }

    private static Map<String, Object> pairs(Object... namesAndValues) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            named.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return named;
    }

    /**
     * Fills {@code pattern}: here when it has simple values only, through ICU otherwise. An argument's
     * own text is never scanned again (a player's "{1}" stays as typed); a placeholder with no value
     * stays as it is.
     */
    static String apply(String pattern, Map<String, Object> args) {
        return apply(pattern, args, locale());
    }

    /** {@link #apply(String, Map)} with the plural and number rules of {@code language}. */
    private static String apply(String pattern, Map<String, Object> args, Locale language) {
        String simple = simple(pattern, args);
        if (simple != null) {
            return simple;
        }
        try {
            return formatter().format(pattern, language, args);
        } catch (IllegalArgumentException e) {
            return pattern; // a broken pattern shows as written (a test keeps every bundle's patterns valid)
        }
    }

    /**
     * The pattern filled without ICU, or {@code null} if ICU is needed: when it has an apostrophe that
     * quotes ({@code ''}, {@code '{'}, {@code '}'}) or a brace that is not a plain {@code {name}}.
     */
    static String simple(String p, Map<String, Object> args) {
        if (p.indexOf('{') < 0 && p.indexOf('}') < 0 && p.indexOf('\'') < 0) {
            return p;
        }
        StringBuilder out = new StringBuilder(p.length() + 32);
        int i = 0;
        while (i < p.length()) {
            char ch = p.charAt(i);
            if (ch == '\'' && i + 1 < p.length() && "'{}".indexOf(p.charAt(i + 1)) >= 0) {
                return null;
            }
            if (ch == '}') {
                return null;
            }
            if (ch == '{') {
                int j = i + 1;
                while (j < p.length() && isNameChar(p.charAt(j))) {
                    j++;
                }
                if (j == i + 1 || j >= p.length() || p.charAt(j) != '}') {
                    return null;
                }
                String name = p.substring(i + 1, j);
                if (args.containsKey(name)) {
                    out.append(args.get(name));
                } else {
                    out.append(p, i, j + 1);
                }
                i = j + 1;
                continue;
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static Formatter formatter() {
        Formatter f = formatter;
        if (f == null) {
            f = ServiceLoader.load(Formatter.class, TextBundle.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no MessageFormat (ICU4J) in the build"));
            formatter = f;
        }
        return f;
    }

    /**
     * A player's text that comes from a data file rather than a bundle (a scenario's title, briefings,
     * cards), as the current language shows it: unchanged, except in the pseudo-locale, where it is
     * marked and lengthened like every bundle text so a screen test can tell it from hard-coded words.
     */
    public static String data(String text) {
        return text == null || !locale().equals(PSEUDO) ? text : PSEUDO_OPEN + text
                + "·".repeat((int) Math.ceil(text.length() * 0.4)) + PSEUDO_CLOSE;
    }

    /**
     * A text of the pseudo-locale: in markers and 40 % longer, the padding outside any placeholder so
     * the pattern stays valid.
     */
    static String pseudo(String pattern) {
        int extra = (int) Math.ceil(pattern.length() * 0.4);
        return PSEUDO_OPEN + pattern + "·".repeat(extra) + PSEUDO_CLOSE;
    }
}
