package org.amur.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: rows of fields, CRLF between rows, quotes doubled inside quotes. */
final class CsvParser {
    private CsvParser() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("stray quote at " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("bare CR at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\n') {
                throw new IllegalArgumentException("bare LF outside quotes at " + i);
            } else {
                if (wasQuoted) {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            throw new IllegalArgumentException("last row has no CRLF");
        }
        return rows;
    }
}
