package org.amur.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a file's bytes that says where the first byte that is not UTF-8 is, by line and
 * column (both from 1, the column counted in characters), so a scenario or a save can be fixed in an editor.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** The first place in a file that is not UTF-8. */
    public static final class Malformed extends Exception {
        private final int line;
        private final int column;

        Malformed(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** {@code bytes} as text; a byte-order mark at the start is kept (callers drop it if they want). */
    public static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw at(out.flip().toString());
        }
        r = d.flush(out);
        if (r.isError()) {
            throw at(out.flip().toString());
        }
        return out.flip().toString();
    }

    /** Where the text that decoded before the bad bytes ends. */
    private static Malformed at(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Malformed(line, before.codePointCount(lineStart, before.length()) + 1);
    }
}
