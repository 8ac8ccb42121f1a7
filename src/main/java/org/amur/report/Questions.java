package org.amur.report;

import java.util.ArrayList;
import java.util.List;
import org.amur.engine.Asymmetry;
import org.amur.engine.EndReason;
import org.amur.engine.Event;
import org.amur.engine.GameState;
import org.amur.engine.Indicator;
import org.amur.engine.Narration;
import org.amur.engine.Variant;
import org.amur.session.Session;

/**
 * Picks the debrief questions for one game from what happened in it: each theme of the source report
 * (the alliance kept in reserve, burden and spoils, copying, delivery capacity, the ageing navy, the
 * economic imbalance, trust) gets the question that fits this game's events, with this game's years
 * and numbers, and two closing questions are always asked. The wording is in report.properties.
 */
final class Questions {
    /** At most this many questions tied to events, before the two closing ones. */
    static final int MAX_TOPICAL = 7;

    private Questions() {
    }

    /** What happened, counted from the events of the resolved turns. */
    record Facts(Integer signedYear, Integer invokedYear, Integer refusedYear, int declined, int maxAlliance,
                 int burdenTurns, Integer copyYear, double maxCopy, int delays, int broken, double backlog,
                 int deliveries, int maritime, int maritimeEdge, int credits, double leverageStart, double leverageEnd,
                 double trustStart, double trustEnd, int withdrawals, int injects, int rulings, EndReason ending,
                 int endYear, Integer reserveRefusedYear) {
    }

    static Facts facts(Session s) {
        Integer signed = null;
        Integer invoked = null;
        Integer refused = null;
        Integer reserveRefused = null;
        Integer copy = null;
        int declined = 0;
        int burden = 0;
        int delays = 0;
        int broken = 0;
        int deliveries = 0;
        int maritime = 0;
        int edge = 0;
        int credits = 0;
        int withdrawals = 0;
        int injects = 0;
        int rulings = 0;
        int maxAlliance = (int) Math.round(s.stateAtTurnStart(1).get(Indicator.ALLIANCE_LEVEL));
        for (int t = 1; t <= s.resolvedTurns(); t++) {
            int year = s.scenario().scenario().yearOf(t);
            for (Event e : s.eventsOfTurn(t)) {
                if (e instanceof Event.AllianceChanged a) {
                    maxAlliance = Math.max(maxAlliance, a.to());
                } else if (e instanceof Event.ChoiceWithdrawn) {
                    withdrawals++;
                } else if (e instanceof Event.Injected) {
                    injects++;
                } else if (e instanceof Event.Adjudicated) {
                    rulings++;
                } else if (e instanceof Event.ChoicesRevealed r) {
                    for (Variant v : List.of(r.moscow(), r.beijing())) {
                        if (v.tags().contains("maritime")) {
                            maritime++;
                            if (v == Variant.EX_MARITIME_EDGE) {
                                edge++;
                            }
                        }
                    }
                } else if (e instanceof Event.Effect fx) {
                    switch (fx.key()) {
                        case "alliance.signed" -> signed = signed == null ? year : signed;
                        case "alliance.invoked" -> invoked = invoked == null ? year : invoked;
                        case "alliance.invocation_refused" -> refused = refused == null ? year : refused;
                        case "alliance.treaty_declined" -> declined++;
                        case "alliance.reserve_refused" -> reserveRefused = reserveRefused == null ? year : reserveRefused;
                        case "burden_and_spoils" -> burden++;
                        case "copy.unlicensed" -> copy = copy == null ? year : copy;
                        case "arms.delayed" -> delays++;
                        case "arms.contract_broken" -> broken++;
                        case "arms.delivered", "arms.overdue_delivered", "arms.backlog_delivered" -> deliveries++;
                        case "world.chinese_credit" -> credits++;
                        default -> {
                        }
                    }
                }
            }
        }
        double maxCopy = 0;
        for (double d : s.history(Indicator.CN_COPY_PROGRESS)) {
            maxCopy = Math.max(maxCopy, d);
        }
        GameState first = s.stateAtTurnStart(1);
        GameState last = s.state();
        return new Facts(signed, invoked, refused, declined, maxAlliance, burden, copy, maxCopy, delays, broken,
                last.get(Indicator.RU_DELIVERY_BACKLOG), deliveries, maritime, edge, credits,
                s.scenario().scenario().start().get(Indicator.CN_LEVERAGE), last.get(Indicator.CN_LEVERAGE),
                s.scenario().scenario().start().get(Indicator.TRUST), last.get(Indicator.TRUST), withdrawals, injects,
                rulings, last.ending(), last.year(), reserveRefused);
    }

    static List<GameReport.Question> select(Session s, List<GameReport.SideScore> scores) {
        Facts f = facts(s);
        List<GameReport.Question> out = new ArrayList<>();
        if (f.ending() == EndReason.WAR_US_CHINA) {
            out.add(q("war", Asymmetry.A1, "question.war_us_china", f.endYear()));
        } else if (f.ending() == EndReason.WAR_RUSSIA_NATO) {
            out.add(q("war", Asymmetry.A12, "question.war_russia_nato", f.endYear()));
        } else if (f.ending() == EndReason.RUPTURE) {
            out.add(q("trust", Asymmetry.A13, "question.rupture", f.endYear(), n(f.trustEnd())));
        }
        if (s.resolvedTurns() == 0) {
            return closing(out);
        }
        if (f.injects() + f.rulings() > 0) {
            out.add(q("facilitator", null, "question.facilitator", ReportText.count("event", f.injects()),
                    ReportText.count("turn", f.rulings())));
        }
        if (f.invokedYear() != null) {
            out.add(q("alliance", Asymmetry.A12, "question.treaty_invoked", f.invokedYear()));
        } else if (f.refusedYear() != null) {
            out.add(q("alliance", Asymmetry.A12, "question.invocation_refused", f.refusedYear()));
        } else if (f.reserveRefusedYear() != null) {
            out.add(q("alliance", Asymmetry.A13, "question.reserve_refused", f.reserveRefusedYear()));
        } else if (f.signedYear() != null) {
            out.add(q("alliance", Asymmetry.A12, "question.treaty_signed", f.signedYear()));
        } else if (f.declined() > 0) {
            out.add(q("alliance", Asymmetry.A12, "question.treaty_rebuffed", ReportText.count("time", f.declined())));
        } else {
            out.add(q("alliance", Asymmetry.A12, "question.alliance_reserve",
                    ReportText.get("rung." + Math.max(0, Math.min(4, f.maxAlliance())))));
        }
        if (f.burdenTurns() > 0) {
            out.add(q("burden", Asymmetry.A10, "question.burden", ReportText.count("turn", f.burdenTurns()),
                    Narration.signed(scores.get(0).total(), 1), Narration.signed(scores.get(1).total(), 1)));
        }
        if (f.copyYear() != null) {
            out.add(q("copy", Asymmetry.A7, "question.copy_appeared", f.copyYear()));
        } else if (f.maxCopy() >= 20) {
            out.add(q("copy", Asymmetry.A7, "question.copy_close", n(f.maxCopy())));
        } else if (f.deliveries() > 0) {
            out.add(q("copy", Asymmetry.A8, "question.copy_quiet", ReportText.count("time", f.deliveries())));
        }
        if (f.delays() + f.broken() > 0) {
            out.add(f.broken() > 0
                    ? q("delivery", Asymmetry.A6, "question.delivery_broken", ReportText.count("contract", f.broken()),
                            n(f.backlog()))
                    : q("delivery", Asymmetry.A6, "question.delivery_late", ReportText.count("time", f.delays()),
                            n(f.backlog())));
        }
        if (f.maritime() > 0) {
            out.add(f.maritimeEdge() == f.maritime()
                    ? q("naval", Asymmetry.A9, "question.naval_edges")
                    : q("naval", Asymmetry.A9, "question.naval_decline",
                            ReportText.count("time", f.maritime()), ReportText.count("of_them", f.maritimeEdge())));
        }
        if (f.credits() > 0) {
            out.add(q("economy", Asymmetry.A3, "question.credit", ReportText.count("time", f.credits()), n(f.leverageStart()),
                    n(f.leverageEnd())));
        } else if (f.leverageEnd() - f.leverageStart() >= 3) {
            out.add(q("economy", Asymmetry.A3, "question.leverage", n(f.leverageStart()), n(f.leverageEnd())));
        }
        if (f.ending() != EndReason.RUPTURE) {
            if (f.trustStart() - f.trustEnd() >= 10) {
                out.add(q("trust", Asymmetry.A13, "question.trust_fell", n(f.trustStart()), n(f.trustEnd())));
            } else if (f.trustEnd() - f.trustStart() >= 10) {
                out.add(q("trust", Asymmetry.A13, "question.trust_grew", n(f.trustStart()), n(f.trustEnd())));
            }
        }
        if (f.withdrawals() > 0) {
            out.add(q("choices", null, "question.second_thoughts", ReportText.count("time", f.withdrawals())));
        }
        return closing(out.size() > MAX_TOPICAL ? new ArrayList<>(out.subList(0, MAX_TOPICAL)) : out);
    }

    private static List<GameReport.Question> closing(List<GameReport.Question> out) {
        out.add(q("closing", null, "question.turning_point"));
        out.add(q("closing", null, "question.model"));
        return out;
    }

    private static GameReport.Question q(String theme, Asymmetry reading, String key, Object... args) {
        return new GameReport.Question(ReportText.get("theme." + theme), ReportText.fmt(key, args),
                reading == null ? "" : reading.id() + " " + reading.title() + ": " + reading.citationText());
    }

    private static String n(double d) {
        return Narration.number(d, 1);
    }
}
