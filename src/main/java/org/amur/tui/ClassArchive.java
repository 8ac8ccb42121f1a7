package org.amur.tui;

/**
 * The launcher's recording run for its class-data archive (AppCDS): a plain start that ends by itself once
 * the main menu is on the screen and the menu's work off the first frame is done.
 *
 * <p>The launcher runs it, under a terminal of its own (not the player's), with the system property
 * {@value #PROPERTY} and Java's {@code -XX:ArchiveClassesAtExit}, so the archive holds what a start needs for
 * the first frame and no more. Recording the player's own first session instead put every class of that
 * session in the archive (9 MB or more after one played game), and mapping that made every later first frame
 * slower (BENCHMARKS.md, session 13). Java's dump at a running program's request, the other way to stop at
 * the menu, leaves out the method-handle classes it only makes at exit and was slower again.
 */
final class ClassArchive {

    /** Set (to {@code true}) by the launcher on the recording run only. */
    static final String PROPERTY = "amur.cds.record";

    /** The recording run's screen: the size the game is made for. */
    static final com.googlecode.lanterna.TerminalSize SIZE = new com.googlecode.lanterna.TerminalSize(80, 24);

    private ClassArchive() {
    }

    /**
     * Whether this run records the archive.
     */
    static boolean recording() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * After the first frame of a recording run: once the bot worker has done what the menu gave it (reading
     * the saves folder; it runs its tasks in order), ends the program as the menu's quit would.
     */
    static void afterFirstFrame(App app) {
        if (!recording()) {
            return;
        }
        app.config().botWorker().execute(() -> app.post(app::interrupt));
    }
}
