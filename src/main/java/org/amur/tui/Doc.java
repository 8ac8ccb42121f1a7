package org.amur.tui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Text laid out for a given width: a list of rows, each a list of spans. Views build one when the
 * content may be longer than the screen and show a window of it ({@link Scroller}).
 */
final class Doc {
    private final int width;
    private final List<List<Span>> rows = new ArrayList<>();

    Doc(int width) {
        this.width = Math.max(1, width);
    }

    int width() {
        return width;
    }

    List<List<Span>> rows() {
        return Collections.unmodifiableList(rows);
    }

    int size() {
        return rows.size();
    }

    /** A wrapped paragraph; continuation lines are indented by {@code hang} columns. */
    Doc para(String text, Role role, int indent, int hang) {
        List<String> lines = Canvas.wrap(text, Math.max(1, width - indent - hang));
        for (int i = 0; i < lines.size(); i++) {
            String pad = " ".repeat(indent + (i == 0 ? 0 : hang));
            // the first line may use the hanging space too
            rows.add(List.of(new Span(pad + lines.get(i), role)));
        }
        return this;
    }

    Doc para(String text, Role role) {
        return para(text, role, 0, 0);
    }

    Doc para(String text) {
        return para(text, Role.NORMAL, 0, 0);
    }

    /** One row made of spans, clipped (not wrapped) at draw time. */
    Doc row(Span... spans) {
        rows.add(List.of(spans));
        return this;
    }

    Doc row(List<Span> spans) {
        rows.add(List.copyOf(spans));
        return this;
    }

    Doc blank() {
        rows.add(List.of());
        return this;
    }

    /** Section heading: a blank row before it unless it opens the document. */
    Doc heading(String text) {
        if (!rows.isEmpty()) {
            blank();
        }
        rows.add(List.of(new Span(text, Role.HEADER)));
        return this;
    }

    Doc append(Doc other) {
        rows.addAll(other.rows);
        return this;
    }

    /** Every row as plain text (for tests and for searching). */
    String plain() {
        StringBuilder sb = new StringBuilder();
        for (List<Span> r : rows) {
            for (Span s : r) {
                sb.append(s.text());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
