package org.amur.tui;

/** What a piece of text is, which decides how it is drawn; the palette maps roles to colours. */
enum Role {
    NORMAL, DIM, BOLD, BAR, HEADER, KEY, SELECTED, MOSCOW, BEIJING, UP, DOWN, GOOD, BAD, WARN, DISABLED
}
