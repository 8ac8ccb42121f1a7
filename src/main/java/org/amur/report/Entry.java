package org.amur.report;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Narration;
import org.amur.engine.Side;

/**
 * One item of a turn's timeline, already turned into words and numbers: the renderers (Markdown,
 * HTML) only lay it out and escape it. Every entry can also say itself as plain lines
 * ({@link #lines()}); a renderer shows those for any kind of entry it does not know, so a new kind
 * (for example a facilitator's ruling) is never silently dropped from a report.
 */
public sealed interface Entry {

    /** Where an entry came from; facilitator entries are marked as such in every format. */
    enum Source { WORLD, PLAYERS, ENGINE, FACILITATOR }

    Source source();

    /** The entry as plain text lines, for generic rendering. */
    List<String> lines();

    /** A modifier as it applied: asymmetry, size in its unit ({@code -7.2 pp}, {@code x1.5}), citation. */
    record Factor(String asymmetryId, String asymmetryTitle, String size, String pages) {
        String text() {
            return asymmetryId + " " + asymmetryTitle + " " + size;
        }
    }

    /**
     * One indicator moved. {@code causeId}/{@code causeTitle}/{@code pages} name the asymmetry that
     * produced the change (null when it is the base effect of a choice or card); {@code secret} marks an
     * indicator one side could not see during play.
     */
    record Change(String indicatorId, String label, double before, double after, String causeId, String causeTitle,
                  String pages, boolean secret) {
        public double change() {
            return after - before;
        }

        String text() {
            return label + " " + Narration.number(before, 1) + " -> " + Narration.number(after, 1) + " ("
                    + Narration.change(before, after, 1) + ")" + (causeId == null ? "" : " [" + causeId + " " + causeTitle
                    + ", " + pages + "]");
        }
    }

    /** A side's revealed choice: variant id and title, its role (propose, offer, request...), line and rationale. */
    record Choice(Side side, String variantId, String title, String role, String line, String citation,
                  String rationale) {
    }

    /** A world event card fired at the start of the turn. {@code citation} is empty for a scenario's own invention. */
    record Card(String title, String text, int chance, int draw, String citation, List<Change> changes)
            implements Entry {
        public Card {
            changes = List.copyOf(changes);
        }

        @Override
        public Source source() {
            return Source.WORLD;
        }

        @Override
        public List<String> lines() {
            String head = ReportText.fmt("entry.card", title, chance, draw);
            return told(citation.isEmpty() ? head : ReportText.fmt("entry.cited", head, citation), text, changes);
        }
    }

    /** Both sides' choices, revealed together. */
    record Choices(Choice moscow, Choice beijing) implements Entry {
        @Override
        public Source source() {
            return Source.PLAYERS;
        }

        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (Choice c : List.of(moscow, beijing)) {
                out.add(c.side().displayName() + ": " + c.role() + " " + c.title() + " [" + c.variantId() + "]"
                        + (c.rationale().isEmpty() ? "" : " - " + c.rationale()));
            }
            return out;
        }
    }

    /** A side took back its choice before the reveal (what it had chosen stays unknown). */
    record Withdrawn(Side side) implements Entry {
        @Override
        public Source source() {
            return Source.PLAYERS;
        }

        @Override
        public List<String> lines() {
            return List.of(ReportText.fmt("entry.took_back", side.displayName()));
        }
    }

    /** A roll of the percentile die with everything that set its odds. {@code subject} may be empty. */
    record Roll(String name, String subject, int baseOdds, String baseCitation, List<Factor> modifiers, int odds,
                int draw, boolean success) implements Entry {
        public Roll {
            modifiers = List.copyOf(modifiers);
        }

        @Override
        public Source source() {
            return Source.ENGINE;
        }

        @Override
        public List<String> lines() {
            String more = "";
            for (Factor m : modifiers) {
                more = ReportText.fmt("entry.roll_more", more, m.text());
            }
            return List.of(ReportText.fmt("entry.roll", subject.isEmpty() ? name
                    : ReportText.fmt("entry.roll_subject", name, subject), baseOdds, more, odds, draw,
                    ReportText.get(success ? "entry.yes" : "entry.no")));
        }
    }

    /** Something happened: its narration, the modifiers that scaled it, and every change it made. */
    record Effect(String text, List<Factor> factors, List<Change> changes) implements Entry {
        public Effect {
            factors = List.copyOf(factors);
            changes = List.copyOf(changes);
        }

        @Override
        public Source source() {
            return Source.ENGINE;
        }

        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(text);
            if (!factors.isEmpty()) {
                out.add("  " + ReportText.fmt("entry.scaled_by", String.join("; ", factors.stream().map(Factor::text).toList())));
            }
            changes.forEach(c -> out.add("  " + c.text()));
            return out;
        }
    }

    /** The alliance ladder moved from one rung to another ({@code fromText}: e.g. "2 preparations in reserve"). */
    record Alliance(int from, int to, String fromText, String toText) implements Entry {
        @Override
        public Source source() {
            return Source.ENGINE;
        }

        @Override
        public List<String> lines() {
            return List.of(ReportText.fmt("entry.alliance", fromText, toText));
        }
    }

    /**
     * Rules 3: an arms contract signed, with its size and schedule, or the tranche of it the next delivery
     * roll is for ({@code signed} false), in words.
     */
    record Contract(boolean signed, String text) implements Entry {
        @Override
        public Source source() {
            return Source.ENGINE;
        }

        @Override
        public List<String> lines() {
            return List.of(text);
        }
    }

    /** The turn's net change of every indicator that moved. */
    record Net(List<Change> changes) implements Entry {
        public Net {
            changes = List.copyOf(changes);
        }

        @Override
        public Source source() {
            return Source.ENGINE;
        }

        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(ReportText.get("entry.net"));
            changes.forEach(c -> out.add("  " + c.text()));
            return out;
        }
    }

    /** The game ended: why, and the final scores. */
    record Ended(String reason, double moscowScore, double beijingScore) implements Entry {
        @Override
        public Source source() {
            return Source.ENGINE;
        }

        @Override
        public List<String> lines() {
            return List.of(ReportText.fmt("entry.game_over", reason), ReportText.fmt("entry.final_scores",
                    Narration.signed(moscowScore, 1), Narration.signed(beijingScore, 1)));
        }
    }

    /**
     * Something the facilitator (the white cell) did: an injected event, a ruling on a turn, an override
     * of a roll, values set directly by a ruling, or a note. {@code kind} is a short word ({@code inject},
     * {@code ruling}, {@code override}, {@code adjustment}, {@code note}) that picks the marker's wording
     * in {@code report.properties} ({@code facilitator.<kind>}); {@code text} is a longer description (a
     * deck card's text; may be empty), {@code changes} what it changed, {@code rationale} the facilitator's
     * stated reason (may be empty).
     */
    record Facilitator(String kind, String title, String text, List<Change> changes, String rationale)
            implements Entry {
        public Facilitator {
            changes = List.copyOf(changes);
        }

        @Override
        public Source source() {
            return Source.FACILITATOR;
        }

        @Override
        public List<String> lines() {
            List<String> out = told(ReportText.fmt("entry.facilitator", kind, title), text, changes);
            if (!rationale.isEmpty()) {
                out.add("  " + ReportText.fmt("entry.reason", rationale));
            }
            return out;
        }
    }

    /** An entry's plain lines: its heading, its text (if any), then each change it made, indented. */
    private static List<String> told(String head, String text, List<Change> changes) {
        List<String> out = new ArrayList<>();
        out.add(head);
        if (!text.isEmpty()) {
            out.add(text);
        }
        changes.forEach(c -> out.add("  " + c.text()));
        return out;
    }

        /** An event this report does not know in detail: its type name and its narration. */
    record Other(String type, Source source, List<String> lines) implements Entry {
        public Other {
            lines = List.copyOf(lines);
        }
    }
}
