package org.amur.scenario;

/**
 * One thing wrong with an input file, located as precisely as the reader can: {@code line} and
 * {@code column} are 1-based, or 0 when unknown; {@code path} is the field path such as
 * {@code deck[3].effects.trust} (empty for the document as a whole).
 */
public record Problem(String file, int line, int column, String path, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code file:line:column: severity: path: message}, safe to print on a terminal (any control,
     * bidirectional or invisible character, say in a file name, is replaced).
     */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ").append(severity.label()).append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return TextRules.sanitize(sb.append(message).toString(), false);
    }

    @Override
    public String toString() {
        return format();
    }
}
