package org.amur.report;

import java.util.regex.Pattern;

/**
 * Escaping for the three report formats. Everything that came from players, scenarios or saves goes
 * through one of these before it is written; none of them trusts its input.
 */
public final class Escape {
    private static final Pattern LIST_START = Pattern.compile("^(\\d+)([.)])");

    private Escape() {
    }

    /**
     * Text for an HTML text node or a quoted attribute value: {@code & < > " '} become character
     * references, so no markup, attribute break-out or entity in the input has any effect.
     */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text inside a line of Markdown (CommonMark with GitHub tables): characters that start emphasis,
     * code, links, raw HTML, entities, headings' closing marks, table cells or strike-through are
     * backslash-escaped, and line breaks become spaces. The result renders as the literal text wherever
     * it stands in a line, except at the start of a block: use {@link #markdownBlock} there.
     */
    public static String markdown(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder sb = new StringBuilder(one.length() + 16);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Like {@link #markdown}, for text that starts a block (a line, or a list item's content): a leading
     * list, rule or setext marker ({@code - + =}, or digits followed by {@code .} or {@code )}) is
     * escaped too, and leading spaces dropped, so the text cannot turn into a list, a rule, a heading or
     * a code block.
     */
    public static String markdownBlock(String s) {
        String out = markdown(s == null ? "" : s.stripLeading());
        if (!out.isEmpty() && "-+=".indexOf(out.charAt(0)) >= 0) {
            return "\\" + out;
        }
        return LIST_START.matcher(out).replaceFirst("$1\\\\$2");
    }

    /**
     * A fenced code block holding {@code content} literally, opened with {@code info} ("sh"): the fence
     * is one backtick longer than the longest run of backticks in the content (at least three), so no
     * text inside can close it early (CommonMark 4.5). Ends with a line break.
     */
    public static String fence(String info, String content) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String f = "`".repeat(Math.max(3, longest + 1));
        return f + (info == null ? "" : info) + "\n" + content + "\n" + f + "\n";
    }

    /**
     * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space, with
     * quotes doubled. When {@code text} is true, a field that a spreadsheet would run as a formula
     * (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe; numbers are
     * written with {@code text} false and keep their minus sign.
     */
    /**
     * A seed as a CSV field a spreadsheet keeps as text: {@code ="-1234567890123456789"} (quoted per RFC
     * 4180), because a spreadsheet reads a bare 19-digit number as a float and loses its last digits, so
     * the game could not be played again from it. Tools of one's own strip the {@code =""} around the digits.
     */
    public static String csvSeed(long seed) {
        return csv("=\"" + seed + "\"", false);
    }

    public static String csv(String s, boolean text) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (text && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
