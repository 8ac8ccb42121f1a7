package org.amur.save;

/** A save could not be written or used. The message is one plain sentence for the user. */
public final class SaveException extends Exception {

    /** What went wrong, for front ends that offer a way out (e.g. "load anyway" or "open the backup"). */
    public enum Kind {
        NOT_FOUND, UNREADABLE, NOT_A_SAVE, NEWER_VERSION, DAMAGED, UNKNOWN_SCENARIO, SCENARIO_CHANGED,
        DOES_NOT_REPLAY, BAD_NAME, WRITE_FAILED,
        /** Another copy of Amur, or another game of this one, has the game open ({@link SaveLock}). */
        LOCKED
    }

    private final Kind kind;

    public SaveException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SaveException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
