package org.amur.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * Colours for each {@link Role}. The colour palettes avoid the red/green pair and use the
 * Okabe-Ito hues (sky blue, orange, vermillion, blue) that stay distinct for the common forms of
 * colour blindness; meaning never rests on colour alone (signs, arrows, words and a pointer carry it
 * too). {@link Mode#MONO} (the {@code NO_COLOR} variable or {@code --mono}) draws no colour at all and
 * marks the selection with reverse video.
 */
final class Palette {

    enum Mode { COLOR_256, COLOR_16, MONO }

    /** How one role is drawn. */
    record Style(TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
    }

    private final Mode mode;
    private final Map<Role, Style> styles = new EnumMap<>(Role.class);

    Palette(Mode mode) {
        this.mode = mode;
        TextColor def = TextColor.ANSI.DEFAULT;
        for (Role r : Role.values()) {
            styles.put(r, new Style(def, def, EnumSet.noneOf(SGR.class)));
        }
        // roles that look the same in every mode
        set(Role.BOLD, def, def, SGR.BOLD);
        set(Role.HEADER, def, def, SGR.BOLD, SGR.UNDERLINE);
        set(Role.SELECTED, def, def, SGR.REVERSE);
        set(Role.BAR, def, def, SGR.REVERSE);
        set(Role.KEY, def, def, SGR.BOLD);
        set(Role.WARN, def, def, SGR.BOLD);
        if (mode == Mode.COLOR_256) {
            TextColor skyBlue = new TextColor.Indexed(74);     // ~ #56B4E9
            TextColor orange = new TextColor.Indexed(214);     // ~ #E69F00
            TextColor blue = new TextColor.Indexed(33);        // ~ #0072B2, lightened for dark screens
            TextColor vermillion = new TextColor.Indexed(166); // ~ #D55E00
            TextColor grey = new TextColor.Indexed(245);
            TextColor barBg = new TextColor.Indexed(24);
            set(Role.DIM, grey, def);
            set(Role.DISABLED, grey, def);
            set(Role.BAR, TextColor.ANSI.WHITE_BRIGHT, barBg, SGR.BOLD);
            set(Role.SELECTED, TextColor.ANSI.BLACK, skyBlue, SGR.BOLD);
            set(Role.KEY, skyBlue, def, SGR.BOLD);
            set(Role.MOSCOW, skyBlue, def, SGR.BOLD);
            set(Role.BEIJING, orange, def, SGR.BOLD);
            set(Role.UP, blue, def);
            set(Role.DOWN, vermillion, def);
            set(Role.GOOD, blue, def, SGR.BOLD);
            set(Role.BAD, vermillion, def, SGR.BOLD);
            set(Role.WARN, orange, def, SGR.BOLD);
        } else if (mode == Mode.COLOR_16) {
            set(Role.DIM, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Role.DISABLED, TextColor.ANSI.BLACK_BRIGHT, def);
            set(Role.BAR, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD);
            set(Role.SELECTED, TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, SGR.BOLD);
            set(Role.KEY, TextColor.ANSI.CYAN, def, SGR.BOLD);
            set(Role.MOSCOW, TextColor.ANSI.CYAN, def, SGR.BOLD);
            set(Role.BEIJING, TextColor.ANSI.YELLOW, def, SGR.BOLD);
            set(Role.UP, TextColor.ANSI.CYAN, def);
            set(Role.DOWN, TextColor.ANSI.MAGENTA, def);
            set(Role.GOOD, TextColor.ANSI.CYAN, def, SGR.BOLD);
            set(Role.BAD, TextColor.ANSI.MAGENTA, def, SGR.BOLD);
            set(Role.WARN, TextColor.ANSI.YELLOW, def, SGR.BOLD);
        } else {
            set(Role.MOSCOW, def, def, SGR.BOLD);
            set(Role.BEIJING, def, def, SGR.BOLD);
            set(Role.GOOD, def, def, SGR.BOLD);
            set(Role.BAD, def, def, SGR.BOLD);
        }
    }

    private void set(Role r, TextColor fg, TextColor bg, SGR... sgr) {
        EnumSet<SGR> s = EnumSet.noneOf(SGR.class);
        for (SGR x : sgr) {
            s.add(x);
        }
        styles.put(r, new Style(fg, bg, s));
    }

    Mode mode() {
        return mode;
    }

    Style style(Role r) {
        return styles.get(r);
    }

    /**
     * Picks the mode: monochrome when asked ({@code --mono}) or when {@code NO_COLOR} is set to a
     * non-empty value (no-color.org), 256 colours when the terminal says so, else the 16 ANSI colours.
     */
    static Palette detect(boolean mono, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (mono || (noColor != null && !noColor.isEmpty())) {
            return new Palette(Mode.MONO);
        }
        String term = env.getOrDefault("TERM", "");
        String colorTerm = env.getOrDefault("COLORTERM", "");
        if (term.contains("256") || !colorTerm.isEmpty()) {
            return new Palette(Mode.COLOR_256);
        }
        return new Palette(Mode.COLOR_16);
    }
}
