package org.amur.tui;

/**
 * A screen that reads typed text (a prompt, a form): '?' and 'q' are letters on it, it shows the
 * cursor where its {@link TextField} says, and a refused submission leaves it open with the
 * sentence that says why.
 */
abstract class TypingView implements View {
    protected final App app;
    /** Why the last submission was refused (shown under the fields), or empty. */
    protected String message = "";
    /** Where the text cursor is, set by {@link #draw}; null hides it. */
    protected int[] cursor;

    TypingView(App app) {
        this.app = app;
    }

    /** The last refusal shown (for tests). */
    final String message() {
        return message;
    }

    @Override
    public boolean typing() {
        return true;
    }

    @Override
    public int[] cursor() {
        return cursor;
    }

    /**
     * What a submission answered: null closes this screen (if it is still on top) and returns true;
     * a sentence stays on the screen and returns false.
     */
    final boolean answered(String refused) {
        if (refused == null) {
            if (app.top() == this) {
                app.pop();
            }
            return true;
        }
        message = refused;
        return false;
    }
}
