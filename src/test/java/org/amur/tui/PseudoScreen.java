package org.amur.tui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amur.engine.TextBundle;

/**
 * Reads a screen drawn in the pseudo-locale ({@link TextBundle#PSEUDO}), where every text from a bundle
 * is in {@code ⟦ ⟧}, and lists what a translator would trip over: English words outside any marker (a
 * text that never went through a bundle) and a marker cut off without an ellipsis (a text clipped
 * silently, which a longer language would hit).
 *
 * <p>A marker may wrap onto the next rows: a text opened and not closed on a row must go on in the
 * next row at the column its run began (a wrapped paragraph) or close there further right (a hanging
 * indent); otherwise it was cut. The row above the key bar may end inside a text (a page that scrolls
 * on). A text that closes with no opening on its row began on a row scrolled away.
 */
public final class PseudoScreen {
    private static final char OPEN = TextBundle.PSEUDO_OPEN;
    private static final char CLOSE = TextBundle.PSEUDO_CLOSE;
    private static final char ELLIPSIS = '\u2026';
    /** A word a player reads: three or more letters of the Latin alphabet. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']{2,}");
    /** A token that is a name, not a word: a path, a file, an id with digits, dashes or dots. */
    private static final Pattern NAME = Pattern.compile("[^\\s()\\[\\],;:]*[-_/.~0-9][^\\s()\\[\\],;:]*");

    private PseudoScreen() {
    }

    /**
     * What is wrong with {@code screen} (rows separated by newlines), one sentence a problem; empty
     * when every word went through a bundle and nothing was cut silently. {@code names} are the
     * words that are data, not text (scenario ids, save names, typed reasons).
     */
    public static List<String> problems(String screen, Set<String> names) {
        String[] rows = screen.split("\n", -1);
        int last = rows.length - 1;
        while (last > 0 && rows[last].isBlank()) {
            last--;
        }
        List<String> out = new ArrayList<>();
        boolean[][] inside = new boolean[rows.length][];
        // the open texts at the end of the previous row: the column where each one's run began
        Deque<Integer> carried = new ArrayDeque<>();
        List<Integer> previousRuns = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String row = rows[r];
            int[] cps = row.codePoints().toArray();
            inside[r] = new boolean[cps.length];
            Deque<int[]> open = new ArrayDeque<>(); // {column of the marker, column its run began}
            if (!carried.isEmpty()) {
                int x0 = carried.peekLast();
                if (continues(cps, x0, previousRuns)) {
                    for (int x : carried) {
                        open.push(new int[] {x0, x0});
                    }
                } else {
                    out.add("row " + (r - 1) + ": a text is cut without an ellipsis: \"" + rows[r - 1].strip() + "\"");
                }
            }
            int runStart = 0;
            List<Integer> runs = new ArrayList<>();
            for (int c = 0; c < cps.length; c++) {
                int ch = cps[c];
                if (!gap(ch) && (c == 0 || border(cps[c - 1]) || (c >= 2 && cps[c - 1] == ' ' && gap(cps[c - 2]))
                        || (c == 1 && cps[0] == ' '))) {
                    runStart = c;
                    runs.add(c);
                }
                if (ch == OPEN) {
                    open.push(new int[] {c, open.isEmpty() ? runStart : open.peek()[1]});
                    inside[r][c] = true;
                } else if (ch == CLOSE) {
                    inside[r][c] = true;
                    if (open.isEmpty()) {
                        // began on a row scrolled away: everything before it on this run is inside
                        for (int b = runStart; b < c; b++) {
                            inside[r][b] = true;
                        }
                    } else {
                        open.pop();
                    }
                } else if (ch == ELLIPSIS) {
                    inside[r][c] = true;
                    open.clear(); // cut, and said so
                } else {
                    inside[r][c] = !open.isEmpty();
                }
            }
            carried.clear();
            previousRuns = runs;
            if (!open.isEmpty()) {
                if (r >= last - 1) {
                    continue; // the page scrolls on below the last row
                }
                int x0 = open.getLast()[1];
                for (int[] m : open) {
                    carried.add(x0);
                }
            }
        }
        for (int r = 0; r < rows.length; r++) {
            int[] cps = rows[r].codePoints().toArray();
            StringBuilder outsideText = new StringBuilder();
            for (int c = 0; c < cps.length; c++) {
                outsideText.appendCodePoint(inside[r][c] ? ' ' : cps[c]);
            }
            String o = outsideText.toString();
            for (String token : o.trim().split("\\s+")) {
                if (token.isEmpty() || NAME.matcher(token).matches() || names.contains(token)) {
                    continue;
                }
                Matcher m = WORD.matcher(token);
                if (m.find() && !names.contains(m.group())) {
                    out.add("row " + r + ": \"" + m.group() + "\" is not from a bundle: \"" + rows[r].strip() + "\"");
                    break;
                }
            }
        }
        return out;
    }

    /** A column rule or scroll bar: the edge of a panel. */
    private static boolean border(int ch) {
        return ch == '\u2502' || ch == '\u2588' || ch == '\u25B2' || ch == '\u25BC';
    }

    private static boolean gap(int ch) {
        return ch == ' ' || border(ch);
    }

    /**
     * Whether a text open at the end of a row goes on in {@code next}: words (not a new text) at
     * {@code x0}, or at a column where a run of the open row began (a hanging indent), or a close
     * further on before any new text.
     */
    private static boolean continues(int[] next, int x0, List<Integer> runs) {
        int first = x0;
        while (first < next.length && next[first] == ' ') {
            first++;
        }
        if (first >= next.length || next[first] == OPEN) {
            return false;
        }
        if (first == x0 && (x0 == 0 || next[x0 - 1] == ' ')) {
            return true;
        }
        if (runs.contains(first)) {
            return true;
        }
        if (first <= x0 + 4 && Character.isLetter(next[first])) {
            return true; // a hanging indent of a few columns: words, not a value in the next column
        }
        for (int c = first; c < next.length; c++) {
            if (next[c] == OPEN) {
                return false;
            }
            if (next[c] == CLOSE || next[c] == ELLIPSIS) {
                return true;
            }
        }
        return false;
    }
}
