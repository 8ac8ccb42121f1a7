/**
 * Saves: a save is a replayable log (format version, scenario id and content hash, RNG algorithm and
 * seed, every action with the players' rationales, seat settings, a digest per turn), written
 * atomically with the previous version kept as {@code .bak}, and loaded by replaying it through the
 * engine. Every way a save can be bad ends in one plain sentence ({@link org.amur.save.SaveException});
 * a bad save is never overwritten.
 */
package org.amur.save;
