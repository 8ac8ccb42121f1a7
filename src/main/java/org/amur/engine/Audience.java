package org.amur.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is reading a game's events. The engine's events are the whole truth (for saves, replay and the
 * facilitator); {@link #redact} removes what this audience may not know: changes to indicators hidden
 * from it, and the rolls that would reveal them (China's secret copy progress shows in the odds of the
 * copy roll). A copy that succeeds is public: its effect stays, minus the hidden change.
 */
public enum Audience {
    MOSCOW, BEIJING,
    /** Both seats at one screen (hot seat, a projector): only what both may know. */
    PUBLIC,
    /** The white cell: everything. */
    FACILITATOR;

    public static Audience of(Side side) {
        return side == Side.MOSCOW ? MOSCOW : BEIJING;
    }

    public boolean sees(Indicator i) {
        return switch (this) {
            case FACILITATOR -> true;
            case MOSCOW -> i.visibility().visibleTo(Side.MOSCOW);
            case BEIJING -> i.visibility().visibleTo(Side.BEIJING);
            case PUBLIC -> i.visibility() == Indicator.Visibility.PUBLIC;
        };
    }

    /** The events as this audience may see them. */
    public List<Event> redact(List<Event> events) {
        if (this == FACILITATOR) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e instanceof Event.Roll r && r.kind() == RollKind.UNLICENSED_COPY && !sees(Indicator.CN_COPY_PROGRESS)) {
                continue;
            }
            if (e instanceof Event.Overridden o && o.kind() == RollKind.UNLICENSED_COPY
                    && !sees(Indicator.CN_COPY_PROGRESS)) {
                continue;
            }
            if (e instanceof Event.Injected i) {
                out.add(new Event.Injected(i.turn(), i.cardId(), i.title(), visible(i.deltas()), i.rationale()));
            } else if (e instanceof Event.Effect fx) {
                out.add(new Event.Effect(fx.key(), fx.subject(), fx.actor(), fx.factors(), visible(fx.deltas())));
            } else if (e instanceof Event.CardDrawn c) {
                out.add(new Event.CardDrawn(c.cardId(), c.title(), c.chance(), c.draw(), visible(c.deltas()),
                        c.citation()));
            } else if (e instanceof Event.TurnResolved t) {
                out.add(new Event.TurnResolved(t.turn(), t.year(), visible(t.net())));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private List<Event.Delta> visible(List<Event.Delta> deltas) {
        List<Event.Delta> out = new ArrayList<>(deltas.size());
        for (Event.Delta d : deltas) {
            if (sees(d.indicator())) {
                out.add(d);
            }
        }
        return out;
    }
}
