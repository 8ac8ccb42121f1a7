package org.amur.tui;

/** A run of text drawn in one role. */
record Span(String text, Role role) {
    static Span of(String text) {
        return new Span(text, Role.NORMAL);
    }
}
