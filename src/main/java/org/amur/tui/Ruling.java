package org.amur.tui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.amur.engine.Action;
import org.amur.engine.Event;
import org.amur.engine.Narration;
import org.amur.engine.RollKind;
import org.amur.engine.Scenario;
import org.amur.engine.Step;
import org.amur.engine.Text;

/**
 * The facilitator's ruling on a turn as it is being made: the held second choice, the roll results
 * overturned and the values set directly, and the engine's outcome under them. The outcome is the
 * engine's own {@code apply} on the current state, computed without applying it (the engine is
 * pure), so what is shown is exactly what confirming will do.
 */
final class Ruling {
    /** The rationale used only to preview a ruling (the engine wants one; it changes no result). */
    private static final String PREVIEW = "preview";

    /**
     * A roll of the outcome, its name (a delivery named by its contract and tranche, as in the reveal),
     * and the facilitator's override of it if there is one.
     */
    record RollRow(Event.Roll roll, String name, Event.Overridden override) {
        /** The result that counts: the ruling's if overridden, else the dice's. */
        boolean result() {
            return override != null ? override.ruling() : roll.success();
        }
    }

    private final Action.Commit commit;
    private final Function<Action, Step> engine;
    private final List<Action.RollOverride> overrides = new ArrayList<>();
    private final List<Scenario.CardEffect> adjustments = new ArrayList<>();
    private Step preview;

    /** {@code engine} answers what applying an action now would give, without applying it. */
    Ruling(Action.Commit commit, Function<Action, Step> engine) {
        this.commit = commit;
        this.engine = engine;
        refresh();
    }

    Action.Commit commit() {
        return commit;
    }

    /** True once the facilitator overturned a roll or set a value: confirming then needs a rationale. */
    boolean changed() {
        return !overrides.isEmpty() || !adjustments.isEmpty();
    }

    List<Action.RollOverride> overrides() {
        return List.copyOf(overrides);
    }

    List<Scenario.CardEffect> adjustments() {
        return List.copyOf(adjustments);
    }

    /**
     * The action that resolves the turn: the plain choice when nothing was changed (the engine's
     * outcome accepted), else the ruling with its rationale. Overrides about a named choice come before
     * overrides of rolls about nothing in particular, which the engine would match to any roll of their
     * kind.
     */
    Action action(String rationale) {
        if (!changed()) {
            return commit;
        }
        List<Action.RollOverride> ordered = new ArrayList<>(overrides);
        ordered.sort(Comparator.comparing(o -> o.subject() == null));
        return new Action.Adjudicated(commit, ordered, adjustments, rationale);
    }

    /** The engine's outcome under the ruling so far (always accepted: every change was checked). */
    Step preview() {
        return preview;
    }

    List<Event> events() {
        return preview instanceof Step.Accepted a ? a.events() : List.of();
    }

    /** The rolls of the outcome, each with the override that followed it, if any. */
    List<RollRow> rolls() {
        List<RollRow> out = new ArrayList<>();
        List<Event> ev = events();
        Event.ContractUpdate due = null; // rules 3: the contract tranche the next delivery roll is for
        for (int i = 0; i < ev.size(); i++) {
            if (ev.get(i) instanceof Event.ContractUpdate u && u.stage() == Event.ContractUpdate.Stage.DUE) {
                due = u;
            } else if (ev.get(i) instanceof Event.Roll r) {
                Event.Overridden o = i + 1 < ev.size() && ev.get(i + 1) instanceof Event.Overridden ov ? ov : null;
                String name = Story.rollName(r.kind(), r.subject());
                if (due != null && r.kind() == RollKind.DELIVERY && r.subject() == due.contract().system()) {
                    name = Text.name(r.kind()) + " (" + Narration.trancheLabel(due.contract()) + ")";
                    due = null;
                }
                out.add(new RollRow(r, name, o));
            }
        }
        return out;
    }

    /**
     * Overturns roll {@code index} of the outcome, or gives it back to the dice if it was overturned.
     * Returns a sentence when the engine could not apply the override to that roll, else null.
     */
    String flip(int index) {
        List<RollRow> rows = rolls();
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        Event.Roll r = rows.get(index).roll();
        Action.RollOverride existing = find(r);
        if (existing != null) {
            overrides.remove(existing);
            refresh();
            return null;
        }
        Action.RollOverride o = new Action.RollOverride(r.kind(), r.subject(), !r.success());
        overrides.add(o);
        refresh();
        return overrides.contains(o) ? null : Ui.t("ruling.flip_failed");
    }

    private Action.RollOverride find(Event.Roll r) {
        for (Action.RollOverride o : overrides) {
            if (o.kind() == r.kind() && o.subject() == r.subject()) {
                return o;
            }
        }
        return null;
    }

    /** Adds a value set directly; returns the engine's objection (and adds nothing) or null. */
    String addAdjustment(Scenario.CardEffect e) {
        adjustments.add(e);
        Step s = engine.apply(action(PREVIEW));
        if (s instanceof Step.Rejected r) {
            adjustments.remove(adjustments.size() - 1);
            return Ui.t("facil.refused", r.rejection().message());
        }
        refresh();
        return null;
    }

    void removeAdjustment(int index) {
        if (index >= 0 && index < adjustments.size()) {
            adjustments.remove(index);
            refresh();
        }
    }

    void clearAdjustments() {
        adjustments.clear();
        refresh();
    }

    /**
     * Recomputes the outcome; an override that no longer changes any roll (a roll that another ruling
     * made disappear, or that now goes the ruling's way anyway) is dropped, so the ruling holds only
     * what it really changes.
     */
    private void refresh() {
        preview = engine.apply(action(PREVIEW));
        boolean dropped = overrides.removeIf(o -> !effective(o));
        if (dropped) {
            preview = engine.apply(action(PREVIEW));
        }
    }

    private boolean effective(Action.RollOverride o) {
        for (Event e : events()) {
            if (e instanceof Event.Overridden ov && ov.kind() == o.kind() && ov.subject() == o.subject()
                    && ov.ruling() == o.success()) {
                return true;
            }
        }
        return false;
    }
}
