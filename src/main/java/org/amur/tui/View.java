package org.amur.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen. Views draw from scratch on every frame and are only touched on the UI thread. */
interface View {

    void draw(Canvas c);

    /** Handles a key the app did not handle itself. */
    void key(KeyStroke k);

    /** True while the view is reading typed text, so '?' and 'q' are letters, not commands. */
    default boolean typing() {
        return false;
    }

    /** Where the text cursor should be shown (column, row), or null to hide it. */
    default int[] cursor() {
        return null;
    }

    /** The help '?' opens over this view: the local game's keys, unless the view works with other keys. */
    default View help(App app) {
        return new HelpView(app);
    }
}
