package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Line;
import org.amur.engine.Text;

/**
 * Every key on the first screen, then a short how-to-play and what the three lines of effort do.
 * On a wide terminal the keys and the how-to-play sit side by side.
 */
final class HelpView extends DocView {
    HelpView(App app) {
        super(app);
    }

    @Override
    String title() {
        return Ui.t("help.title");
    }

    /** Key rows as (keys, what) pairs from ui.properties {@code help.key.N}. */
    static List<String[]> keyRows() {
        return rows("help.key.");
    }

    /** The facilitator's keys, {@code help.facil.N}, in a section of their own after the others. */
    static List<String[]> facilitatorRows() {
        return rows("help.facil.");
    }

    static List<String[]> rows(String prefix) {
        List<String[]> out = new ArrayList<>();
        for (int i = 1; Ui.has(prefix + i); i++) {
            String s = Ui.t(prefix + i);
            int bar = s.indexOf('|');
            out.add(new String[] {s.substring(0, bar), s.substring(bar + 1)});
        }
        return out;
    }

    private Doc keys(int width, Glyphs g) {
        Doc d = new Doc(width);
        d.row(new Span(Ui.t("help.keys_heading"), Role.HEADER));
        keyTable(d, keyRows(), width, g);
        d.heading(Ui.t("help.facil_heading"));
        keyTable(d, facilitatorRows(), width, g);
        return d;
    }

    static void keyTable(Doc d, List<String[]> rows, int width, Glyphs g) {
        int kw = 0;
        for (String[] r : rows) {
            kw = Math.max(kw, Canvas.columns(arrows(r[0], g)));
        }
        for (String[] r : rows) {
            String k = arrows(r[0], g);
            List<String> lines = Canvas.wrap(r[1], Math.max(10, width - kw - 2));
            for (int i = 0; i < lines.size(); i++) {
                d.row(new Span(Canvas.pad(i == 0 ? k : "", kw) + "  ", Role.KEY), new Span(lines.get(i), Role.NORMAL));
            }
        }
    }

    private static String arrows(String s, Glyphs g) {
        return s.replace("@ud", g.upDown()).replace("@lr", g.leftRight());
    }

    static Doc howTo(int width) {
        Doc d = new Doc(width);
        d.row(new Span(Ui.t("help.howto_heading"), Role.HEADER));
        for (int i = 1; Ui.has("help.howto." + i); i++) {
            d.para(Ui.t("help.howto." + i), Role.NORMAL, 0, 3);
        }
        d.heading(Ui.t("help.lines_heading"));
        for (Line l : Line.values()) {
            d.para(Ui.t("line." + l.id()), Role.BOLD);
            d.para(Text.summary(l), Role.NORMAL, 2, 0);
            d.para(Ui.t("help.line." + l.id()), Role.DIM, 2, 0);
        }
        d.heading(Ui.t("help.colours_heading"));
        d.para(Ui.t("help.colours"));
        return d;
    }


    @Override
    Doc build(int width) {
        if (width >= 110) {
            int left = width * 45 / 100;
            Doc k = keys(left, glyphs);
            Doc h = howTo(width - left - 3);
            Doc d = new Doc(width);
            for (int i = 0; i < Math.max(k.size(), h.size()); i++) {
                List<Span> row = new ArrayList<>();
                if (i < k.size()) {
                    row.addAll(padRow(k.rows().get(i), left));
                } else {
                    row.add(new Span(" ".repeat(left), Role.NORMAL));
                }
                row.add(new Span(" " + glyphs.vline() + " ", Role.DIM));
                if (i < h.size()) {
                    row.addAll(h.rows().get(i));
                }
                d.row(row);
            }
            return d;
        }
        return keys(width, glyphs).blank().append(howTo(width));
    }

    private static List<Span> padRow(List<Span> row, int width) {
        List<Span> out = new ArrayList<>();
        int used = 0;
        for (Span s : row) {
            String t = Canvas.fit(s.text(), width - used);
            out.add(new Span(t, s.role()));
            used += Canvas.columns(t);
        }
        out.add(new Span(" ".repeat(Math.max(0, width - used)), Role.NORMAL));
        return out;
    }
}
