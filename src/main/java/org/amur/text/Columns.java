package org.amur.text;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in terminal columns, the one place where text is wrapped: a CJK character or a wide
 * symbol takes two columns, so a line of Chinese is cut where it really ends on screen. Widths come
 * from Lanterna's {@link TerminalTextUtils} (no ICU is loaded for them). The game screen, the plain
 * game and the printed rule book all wrap with {@link #wrap}.
 */
public final class Columns {
    private Columns() {
    }

    /** Terminal columns {@code s} takes (CJK characters take two). */
    public static int of(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

    /** {@code s} cut to at most {@code width} columns (a wide character that would straddle is left out). */
    public static String fit(String s, int width) {
        if (width <= 0) {
            return "";
        }
        return TerminalTextUtils.fitString(s, width);
    }

    /**
     * Word-wraps {@code text} into lines of at most {@code width} columns. Each newline starts a new
     * paragraph (a blank line stays blank); runs of spaces count as one; a word wider than a line is
     * cut. Text without spaces between words (Chinese, Japanese) is broken between characters.
     */
    public static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        if (width <= 0) {
            return out;
        }
        for (String para : text.split("\n", -1)) {
            if (para.isBlank()) {
                out.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            int lineCols = 0;
            for (String word : para.strip().split("[ \t]+")) {
                int wc = of(word);
                while (wc > width) { // a word too wide for a line: cut it
                    if (lineCols > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        lineCols = 0;
                    }
                    String head = head(word, width);
                    out.add(head);
                    word = word.substring(head.length());
                    wc = of(word);
                }
                if (word.isEmpty()) {
                    continue;
                }
                if (lineCols > 0 && lineCols + 1 + wc > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineCols = 0;
                }
                if (lineCols > 0) {
                    line.append(' ');
                    lineCols++;
                }
                line.append(word);
                lineCols += wc;
            }
            if (lineCols > 0) {
                out.add(line.toString());
            }
        }
        return out;
    }

    /**
     * The longest start of {@code word} that fits in {@code width} columns, at least one character (a
     * wide character in a one-column line gets a line of its own rather than none).
     */
    private static String head(String word, int width) {
        int end = Character.charCount(word.codePointAt(0));
        while (end < word.length()) {
            int next = end + Character.charCount(word.codePointAt(end));
            if (of(word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return word.substring(0, end);
    }

    /** {@link #wrap} with every line but the first indented by {@code indent}, the first by {@code first}. */
    public static List<String> wrap(String text, int width, String first, String indent) {
        List<String> lines = wrap(text, Math.max(1, width - Math.max(of(first), of(indent))));
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add((i == 0 ? first : indent) + lines.get(i));
        }
        return out;
    }
}
