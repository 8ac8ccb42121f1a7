package org.amur.engine;

/** Why the engine refused an action. Illegal input is answered with one of these, never an exception. */
public record Rejection(Code code, String message) {

    public enum Code {
        GAME_OVER,
        UNKNOWN_VARIANT,
        NOT_AVAILABLE,
        NOT_LEGAL_NOW,
        ALREADY_COMMITTED,
        NOTHING_TO_WITHDRAW,
        RATIONALE_TOO_LONG
    }
}
