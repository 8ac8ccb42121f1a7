package org.amur.save;

/**
 * Who plays each seat: {@code human} or a bot spec such as {@code random}. {@code parent} names the
 * save this game was branched from and {@code parentTurn} the turn it branched at (null and 0 for an
 * original game).
 */
public record SaveMeta(String moscow, String beijing, String parent, int parentTurn) {

    public SaveMeta(String moscow, String beijing) {
        this(moscow, beijing, null, 0);
    }

    public SaveMeta {
        moscow = moscow == null || moscow.isBlank() ? "human" : moscow;
        beijing = beijing == null || beijing.isBlank() ? "human" : beijing;
    }

    public SaveMeta branchedFrom(String parentName, int turn) {
        return new SaveMeta(moscow, beijing, parentName, turn);
    }

    /** The same record with other seats. */
    public SaveMeta withSeats(String newMoscow, String newBeijing) {
        return new SaveMeta(newMoscow, newBeijing, parent, parentTurn);
    }
}
