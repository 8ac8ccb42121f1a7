package org.amur.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.engine.TextBundle;

/**
 * Reads command output printed in the pseudo-locale ({@link TextBundle#PSEUDO}), where every text from
 * a bundle is in {@code ⟦ ⟧} (a marked text may run over several lines), and lists the English words
 * outside every marker: words that never went through a bundle. Names are not words: option names
 * ({@code --games}), labels in capitals ({@code FILE}), paths and ids with digits, dots or dashes, and
 * the {@code names} given (command names, what the test typed).
 */
final class PseudoText {
    /** A word a reader reads: a letter, then two or more small letters or apostrophes. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][a-z']{2,}");
    /** A token that is a name, not a word: an option, a path, a file, an id with digits, dashes, dots or '='. */
    private static final Pattern NAME = Pattern.compile("[^\\s]*[-_/.~0-9=|@][^\\s]*");

    private PseudoText() {
    }

    /** The text outside every marker, markers and what they hold replaced by a space. */
    static String outside(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == TextBundle.PSEUDO_OPEN) {
                depth++;
                out.append(' ');
            } else if (c == TextBundle.PSEUDO_CLOSE) {
                depth = Math.max(0, depth - 1);
                out.append(' ');
            } else {
                out.append(depth > 0 && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Each English word outside the markers, with its line; empty when everything went through a bundle. */
    static List<String> unmarked(String text, Set<String> names) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String[] bare = outside(text).split("\n", -1);
        for (int i = 0; i < bare.length; i++) {
            for (String token : bare[i].strip().split("[\\s\\[\\](),;:'\"]+")) {
                if (token.isEmpty() || NAME.matcher(token).matches() || names.contains(token)) {
                    continue;
                }
                Matcher m = WORD.matcher(token);
                if (m.find() && !names.contains(m.group())) {
                    found.add("\"" + m.group() + "\" in: " + lines[i].strip());
                }
            }
        }
        return found;
    }
}
