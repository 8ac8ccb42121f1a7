package org.amur.files;

/** A file Amur was asked to read or write and did not: one sentence for the user, and what kind of problem. */
public final class FileRefused extends Exception {
    /** What was wrong, for callers that say more (e.g. list the scenarios when one is not found). */
    public enum Kind {
        /** No such file (or a name the file system cannot hold). */
        NOT_FOUND,
        /** A folder, device, pipe, socket or a link that loops or leads nowhere. */
        NOT_REGULAR,
        /** Larger than the limit for what it should be. */
        TOO_LARGE,
        /** Exists but could not be read. */
        UNREADABLE,
        /** Not written there: it would replace something the user did not mean to (add --force), or an input. */
        PROTECTED,
        /** The write itself failed; nothing at the target changed. */
        WRITE_FAILED
    }

    private final Kind kind;

    private final String detail;

    FileRefused(Kind kind, String sentence) {
        this(kind, sentence, sentence);
    }

    FileRefused(Kind kind, String sentence, String detail) {
        super(sentence, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    /** What is wrong without the file's name, for reports that name the file first. */
    public String detail() {
        return detail;
    }

    public Kind kind() {
        return kind;
    }
}
