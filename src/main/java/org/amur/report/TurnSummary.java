package org.amur.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Text;

/**
 * The few lines a facilitator reads aloud before the detail of a reveal: both choices, what happened
 * in one sentence per roll (at most four), and the three biggest changes, each with the asymmetry behind it.
 * Built from events already redacted for the audience, so it never holds more than they may see.
 */
public record TurnSummary(String choices, List<String> happened, List<String> changes) {
    private static final int MAX_ROLLS = 4;
    private static final int MAX_CHANGES = 3;

    public static TurnSummary of(List<Event> events) {
        String choices = "";
        List<String> happened = new ArrayList<>();
        List<Event.Delta> deltas = new ArrayList<>();
        boolean revealed = false;
        Event.ContractUpdate due = null; // rules 3: the contract tranche the next delivery roll is for
        Event.Roll last = null; // the roll summed up last, and its name, for a ruling that overturns it
        // each indicator's value when the turn began, from the turn's net change (arms revenue, a yearly figure,
        // starts the effects at 0: its change is from last year's, not from 0)
        java.util.Map<org.amur.engine.Indicator, Double> turnStart = new java.util.EnumMap<>(org.amur.engine.Indicator.class);
        boolean resolved = false;
        String lastWhat = null;
        for (Event e : events) {
            if (e instanceof Event.TurnStarted && revealed) {
                break; // the next year's cards belong to the next turn
            }
            if (e instanceof Event.ChoicesRevealed c) {
                revealed = true;
                choices = ReportText.fmt("summary.turn.choices", Text.title(c.moscow()), c.moscow().role(Side.MOSCOW),
                        Text.title(c.beijing()), c.beijing().role(Side.BEIJING));
            } else if (revealed && e instanceof Event.ContractUpdate u && u.stage() == Event.ContractUpdate.Stage.DUE) {
                due = u;
            } else if (revealed && e instanceof Event.Roll r && happened.size() < MAX_ROLLS) {
                String subject = r.subject() != null ? Text.rollSubject(r.kind(), r.subject())
                        : r.kind() == org.amur.engine.RollKind.DELIVERY ? ReportText.get("summary.turn.backlog") : null;
                if (due != null && r.subject() == due.contract().system()) {
                    // name the contract a delivery belongs to, not only the system
                    subject = org.amur.engine.Narration.trancheLabel(due.contract());
                    due = null;
                }
                String what = Text.name(r.kind()) + (subject == null ? "" : " (" + subject + ")");
                happened.add(ReportText.fmt(r.success() ? "summary.turn.roll_yes" : "summary.turn.roll_no", what,
                        r.odds()));
                last = r;
                lastWhat = what;
            } else if (revealed && e instanceof Event.Overridden o && !happened.isEmpty() && last != null
                    && last.kind() == o.kind() && last.subject() == o.subject() && o.ruling() != o.engineResult()) {
                // the facilitator overturned the roll just summed up: say what counts, and what the dice said
                happened.set(happened.size() - 1, ReportText.fmt(o.ruling() ? "summary.turn.ruled_yes"
                        : "summary.turn.ruled_no", lastWhat, last.odds()));
                last = null;
            } else if (revealed && e instanceof Event.Effect f) {
                deltas.addAll(f.deltas());
            } else if (revealed && e instanceof Event.TurnResolved t) {
                for (Event.Delta d : t.net()) {
                    turnStart.put(d.indicator(), d.before());
                }
                resolved = true;
            }
        }
        // one line per indicator: from its first value to its last this turn, credited to the cause of the
        // largest single step
        java.util.Map<org.amur.engine.Indicator, Event.Delta> net = new java.util.LinkedHashMap<>();
        java.util.Map<org.amur.engine.Indicator, Event.Delta> largest = new java.util.HashMap<>();
        for (Event.Delta d : deltas) {
            Event.Delta was = net.get(d.indicator());
            net.put(d.indicator(), new Event.Delta(d.indicator(), was == null ? d.before() : was.before(), d.after(),
                    null));
            Event.Delta big = largest.get(d.indicator());
            if (big == null || Math.abs(d.change()) > Math.abs(big.change())) {
                largest.put(d.indicator(), d);
            }
        }
        List<Event.Delta> merged = new ArrayList<>();
        for (Event.Delta d : net.values()) {
            double before = d.before();
            if (resolved) {
                Double start = turnStart.get(d.indicator());
                if (start == null) {
                    continue; // the turn left it where it began
                }
                before = start;
            }
            merged.add(new Event.Delta(d.indicator(), before, d.after(), largest.get(d.indicator()).cause()));
        }
        merged.sort(Comparator.comparingDouble((Event.Delta d) -> -Math.abs(d.change()) / d.indicator().range()));
        List<String> changes = new ArrayList<>();
        for (Event.Delta d : merged) {
            if (changes.size() == MAX_CHANGES || d.change() == 0) {
                break;
            }
            String base = Text.label(d.indicator()) + " " + Narration.number(d.before(), 1) + " \u2192 "
                    + Narration.number(d.after(), 1);
            changes.add(d.cause() == null ? ReportText.fmt("summary.turn.change_base", base)
                    : ReportText.fmt("summary.turn.change", base, d.cause().asymmetry().id(),
                    d.cause().asymmetry().title()));
        }
        return new TurnSummary(choices, happened, changes);
    }
}
