package org.amur.tui;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Event;
import org.amur.engine.Mod;
import org.amur.engine.Narration;
import org.amur.engine.Side;
import org.amur.engine.Text;
import org.amur.scenario.ScenarioInfo;

/**
 * Events as styled, wrapped text for the reveal and the log: every roll with its base odds, each
 * modifier with its size and the pages it comes from, the draw and the result in words; every change
 * with before, after and cause; event cards with their text. The wording comes from
 * {@link Narration} and {@code model.properties}, so the log, replay and reports say the same thing.
 * Callers pass events already redacted for their audience.
 */
final class Story {
    private final Doc doc;
    private final ScenarioInfo info;
    private final Glyphs glyphs;
    private boolean markSecrets;
    private org.amur.engine.Engine engine;

    Story(Doc doc, ScenarioInfo info, Glyphs glyphs) {
        this.doc = doc;
        this.info = info;
        this.glyphs = glyphs;
    }

    /**
     * For a debrief that shows everything: changes to an indicator only one side could see, and the
     * rolls that would have revealed it, are labelled as secret during play.
     */
    Story markSecrets() {
        markSecrets = true;
        return this;
    }

    /** Final scores are followed by each side's standing against par, from {@code e}'s one score function. */
    Story scoredBy(org.amur.engine.Engine e) {
        engine = e;
        return this;
    }

    private String secretMark(org.amur.engine.Indicator i) {
        return switch (i.visibility()) {
            case PUBLIC -> "";
            case MOSCOW_ONLY -> " " + Ui.t("story.secret", Side.MOSCOW.displayName());
            case BEIJING_ONLY -> " " + Ui.t("story.secret", Side.BEIJING.displayName());
        };
    }

    /** Options: whether to show commitments and the reveal line (the log does, the reveal screen does not). */
    void add(Event e, boolean showCommitments) {
        if (e instanceof Event.GameStarted g) {
            doc.para(Ui.t("story.started", info.title(), g.seed(), g.rngAlgorithm()), Role.DIM);
        } else if (e instanceof Event.TurnStarted t) {
            doc.heading(Ui.t("story.turn", t.turn(), t.year()));
        } else if (e instanceof Event.CardDrawn c) {
            card(c);
        } else if (e instanceof Event.ChoiceCommitted c) {
            if (showCommitments) {
                doc.para(Ui.t("story.committed", c.side().displayName()), Role.DIM, 0, 2);
            }
        } else if (e instanceof Event.ChoiceWithdrawn w) {
            if (showCommitments) {
                doc.para(Ui.t("story.withdrawn", w.side().displayName()), Role.DIM, 0, 2);
            }
        } else if (e instanceof Event.ChoicesRevealed r) {
            if (showCommitments) {
                doc.para(Ui.t("story.revealed", Narration.choice(r.moscow(), Side.MOSCOW),
                        Narration.choice(r.beijing(), Side.BEIJING)), Role.BOLD, 0, 2);
                if (!r.moscowRationale().isEmpty()) {
                    doc.para(Ui.t("story.reason", Side.MOSCOW.displayName(), r.moscowRationale()), Role.NORMAL, 2, 2);
                }
                if (!r.beijingRationale().isEmpty()) {
                    doc.para(Ui.t("story.reason", Side.BEIJING.displayName(), r.beijingRationale()), Role.NORMAL, 2, 2);
                }
            }
        } else if (e instanceof Event.Roll r) {
            roll(r);
        } else if (e instanceof Event.Effect fx) {
            doc.para(Text.narrate(fx), fx.key().startsWith("facilitator.") ? Role.WARN : Role.BOLD, 0, 2);
            if (!fx.factors().isEmpty()) {
                List<String> fs = new ArrayList<>();
                for (Event.Applied a : fx.factors()) {
                    fs.add(Narration.applied(a) + " (" + org.amur.engine.ModCitations.pages(a.mod()) + ")");
                }
                doc.para(Ui.t("story.scaled", String.join("; ", fs)), Role.DIM, 2, 2);
            }
            for (Event.Delta d : fx.deltas()) {
                delta(d, 2);
            }
        } else if (e instanceof Event.ContractUpdate c) {
            // rules 3: a contract signed, or the tranche the next delivery roll is for
            doc.para(Narration.contract(c), c.stage() == Event.ContractUpdate.Stage.SIGNED ? Role.BOLD : Role.NORMAL,
                    0, 2);
        } else if (e instanceof Event.AllianceChanged a) {
            doc.para(Ui.t("story.alliance", Narration.allianceRung(a.from()), glyphs.arrow(),
                    Narration.allianceRung(a.to())), Role.WARN, 0, 2);
        } else if (e instanceof Event.TurnResolved t) {
            doc.heading(Ui.t("story.net", t.turn(), t.year()));
            if (t.net().isEmpty()) {
                doc.para(Ui.t("story.nothing_moved"), Role.DIM, 2, 2);
            }
            for (Event.Delta d : t.net()) {
                delta(d, 2, true);
            }
        } else if (e instanceof Event.GameEnded g) {
            doc.heading(Ui.t("story.ended", g.turn()));
            doc.para(Text.ending(g.reason(), g.treaty()), Role.WARN, 2, 2);
            doc.para(Ui.t("story.final_scores", Narration.signed(g.moscowScore(), 1),
                    Narration.signed(g.beijingScore(), 1)), Role.BOLD, 2, 2);
            if (engine != null) {
                org.amur.engine.Standing ru = engine.standing(Side.MOSCOW, g.moscowScore());
                org.amur.engine.Standing cn = engine.standing(Side.BEIJING, g.beijingScore());
                doc.para(Ui.t("story.standing", Side.MOSCOW.displayName(), Text.standing(ru)), Role.MOSCOW, 2, 2);
                doc.para(Ui.t("story.standing", Side.BEIJING.displayName(), Text.standing(cn)), Role.BEIJING, 2, 2);
                doc.para(Text.verdict(ru, cn), Role.BOLD, 2, 2);
            }
        } else if (e instanceof Event.Injected i) {
            // the facilitator's events: the shared narration's marked heading, then the details
            doc.para(Narration.lines(e).get(0), Role.WARN, 0, 2);
            String text = i.cardId() == null ? null : info.cardTexts().get(i.cardId());
            if (text != null && !text.isBlank()) {
                doc.para(text, Role.NORMAL, 2, 0);
            }
            if (!i.rationale().isEmpty()) {
                doc.para(Ui.t("story.facil.why", i.rationale()), Role.NORMAL, 2, 2);
            }
            for (Event.Delta d : i.deltas()) {
                delta(d, 2);
            }
        } else if (e instanceof Event.Adjudicated || e instanceof Event.FacilitatorNote) {
            doc.para(Narration.lines(e).get(0), Role.WARN, 0, 2);
        } else if (e instanceof Event.Overridden) {
            doc.para(Narration.lines(e).get(0), Role.WARN, 4, 2);
        } else {
            // anything else (an event this screen does not know yet): the shared narration
            List<String> lines = Narration.lines(e);
            for (int i = 0; i < lines.size(); i++) {
                doc.para(lines.get(i).strip(), i == 0 ? Role.WARN : Role.NORMAL, i == 0 ? 0 : 2, 2);
            }
        }
    }

    private void card(Event.CardDrawn c) {
        doc.para(Ui.t("story.card", c.title(), c.chance(), c.draw()) + " ["
                + (c.citation().isEmpty() ? org.amur.engine.Citation.ASSUMPTION.toString() : c.citation()) + "]",
                Role.WARN, 0, 2);
        String text = info.cardTexts().get(c.cardId());
        if (text != null && !text.isBlank()) {
            doc.para(text, Role.NORMAL, 2, 0);
        }
        for (Event.Delta d : c.deltas()) {
            delta(d, 2);
        }
    }

    /** A roll's name with what it is about: {@code Delivery (S-400 air defence)}. */
    static String rollName(org.amur.engine.RollKind kind, org.amur.engine.Variant subject) {
        String about = subject != null ? " (" + Text.rollSubject(kind, subject) + ")"
                : kind == org.amur.engine.RollKind.DELIVERY ? " (" + Ui.t("story.backlog") + ")" : "";
        return Text.name(kind) + about;
    }

    private void roll(Event.Roll r) {
        String secret = markSecrets && r.kind().hazard() != null ? secretMark(r.kind().hazard().driver()) : "";
        doc.para(Ui.t("story.roll", rollName(r.kind(), r.subject()), r.baseOdds()) + secret, Role.NORMAL, 0, 2);
        for (Event.Applied a : r.modifiers()) {
            Mod m = a.mod();
            String size = m.unit() == Mod.Unit.FACTOR ? "x" + Narration.number(a.size(), 2)
                    : Narration.signed(a.size(), 1) + " pp";
            doc.para(m.asymmetry().id() + " " + m.asymmetry().title() + " " + size + " ("
                    + org.amur.engine.ModCitations.pages(m) + ")", Role.DIM, 4, 2);
        }
        doc.row(new Span("    " + Ui.t("story.roll_result", r.odds(), r.draw()) + " ", Role.NORMAL),
                new Span(Ui.t(r.success() ? "story.yes" : "story.no"), r.success() ? Role.GOOD : Role.BAD));
    }

    private void delta(Event.Delta d, int indent) {
        delta(d, indent, false);
    }

    /** One change; {@code net}: a turn's net change (from the turn's start), else a change within the turn. */
    private void delta(Event.Delta d, int indent, boolean net) {
        double ch = d.change();
        String arrow = ch > 0 ? glyphs.up() : glyphs.down();
        String s = arrow + " " + Text.label(d.indicator()) + " " + Narration.number(d.before(), 1) + " "
                + glyphs.arrow() + " " + Narration.number(d.after(), 1) + " (" + Narration.change(d.before(), d.after(), 1) + ")";
        if (d.indicator() == org.amur.engine.Indicator.RU_ARMS_REVENUE) {
            // a yearly figure, counted from 0 as a turn resolves: within the turn it starts at 0, in the net
            // change it goes from last year's to this year's, and the two must not read as a contradiction
            s += " " + Ui.t(net ? "story.revenue_net" : "story.revenue_year");
        }
        if (d.cause() != null) {
            s += " [" + d.cause().asymmetry().id() + " " + d.cause().asymmetry().title() + ", "
                    + org.amur.engine.ModCitations.pages(d.cause()) + "]";
        }
        if (markSecrets) {
            s += secretMark(d.indicator());
        }
        doc.para(s, ch > 0 ? Role.UP : Role.DOWN, indent, 2);
    }
}
