package org.amur.engine;

import java.util.List;

/**
 * Why the engine refused an action, as data: a coarse {@link Code} for programs, the precise
 * {@link Reason} and its arguments (sides, indicators, ids, limits). Illegal input is answered with
 * one of these, never an exception. The engine decides with codes only; {@link #message()} words the
 * reason from the model's bundle ({@code rejection.<reason>} in {@code model.properties}) when a front
 * end shows it, in the player's language.
 */
public record Rejection(Code code, Reason reason, List<Object> args) {

    public Rejection {
        args = List.copyOf(args);
    }

    Rejection(Code code, Reason reason, Object... args) {
        this(code, reason, List.of(args));
    }

    public enum Code {
        GAME_OVER,
        UNKNOWN_VARIANT,
        NOT_AVAILABLE,
        NOT_LEGAL_NOW,
        ALREADY_COMMITTED,
        NOTHING_TO_WITHDRAW,
        RATIONALE_TOO_LONG
    }

    /** Each way an action can be refused; its words are {@code rejection.<id>} with {@code {0}}... = args. */
    public enum Reason {
        GAME_OVER, NOT_IN_SCENARIO, SIGN_TOO_EARLY, ALREADY_SIGNED, INVOKE_UNSIGNED, INVOKE_BEIJING_CALM,
        INVOKE_MOSCOW_CALM, NOTE_LENGTH, RULING_TOO_EARLY, RULING_RATIONALE, NOT_ADJUSTABLE, NOTHING_TO_WITHDRAW,
        ALREADY_COMMITTED, UNKNOWN_VARIANT, RATIONALE_TOO_LONG, INJECT_TOO_LATE, UNKNOWN_CARD, EVENT_TITLE,
        NOT_CHANGEABLE, CHANGE_NEEDS_INDICATOR, CHANGE_OUT_OF_RANGE, CONTRACT_CAP;

        public String key() {
            return "rejection." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The reason in words, in the current language (a side is named, an indicator shown by its id). */
    public String message() {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object a = args.get(i);
            shown[i] = a instanceof Side s ? s.displayName() : a instanceof Indicator ind ? ind.id()
                    : a instanceof Variant v ? v.id() : a;
        }
        return Text.format(reason.key(), shown);
    }

    @Override
    public String toString() {
        return code + ": " + message();
    }
}
