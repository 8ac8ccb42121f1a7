package org.amur.save;

import java.nio.file.Path;

/**
 * A file in the saves folder that does not load: why (one sentence, as loading it would say), and its
 * previous version if one was kept ({@code <file>.bak}), which may well load.
 */
public record UnreadableSave(Path file, String name, String problem, Path backup) {
}
