package org.amur.report;

import java.util.Locale;
import java.util.Optional;

/** The formats {@code amur report} writes. */
public enum ReportFormat {
    MD("md", ".md"),
    HTML("html", ".html"),
    CSV("csv", ".csv");

    private final String id;
    private final String extension;

    ReportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String render(GameReport r) {
        return switch (this) {
            case MD -> MarkdownReport.render(r);
            case HTML -> HtmlReport.render(r);
            case CSV -> CsvReport.render(r);
        };
    }

    /** The format a file name suggests ({@code .md}, {@code .markdown}, {@code .html}, {@code .htm}, {@code .csv}). */
    public static Optional<ReportFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MD);
        } else if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        } else if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
