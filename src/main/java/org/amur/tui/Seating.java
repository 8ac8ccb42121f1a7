package org.amur.tui;

import org.amur.engine.Audience;
import org.amur.engine.Side;
import org.amur.save.SaveMeta;
import org.amur.session.Match;
import org.amur.session.Session;

/**
 * Who plays each seat of a game on screen (a person at this keyboard or a bot of a spec), and so what
 * the people at this screen may see: one human seat its own secrets, a hot seat or two bots only what
 * both sides may know.
 */
final class Seating {

    enum Mode { SOLO, HOT_SEAT, BOTS }

    private final SaveMeta meta;
    private final Mode mode;
    private final Audience audience;

    Seating(SaveMeta meta) {
        this.meta = meta;
        boolean hm = Seats.HUMAN.equals(meta.moscow());
        boolean hb = Seats.HUMAN.equals(meta.beijing());
        mode = hm && hb ? Mode.HOT_SEAT : (hm || hb ? Mode.SOLO : Mode.BOTS);
        audience = mode == Mode.SOLO ? Audience.of(hm ? Side.MOSCOW : Side.BEIJING) : Audience.PUBLIC;
    }

    Mode mode() {
        return mode;
    }

    /** What the people at this screen may see. */
    Audience audience() {
        return audience;
    }

    /** The seat's spec: "human" or a bot's. */
    String spec(Side s) {
        return s == Side.MOSCOW ? meta.moscow() : meta.beijing();
    }

    boolean human(Side s) {
        return Seats.HUMAN.equals(spec(s));
    }

    /** The human seat in a solo game, else null. */
    Side soloSide() {
        return mode != Mode.SOLO ? null : human(Side.MOSCOW) ? Side.MOSCOW : Side.BEIJING;
    }

    /** Who a seat is, for screens: "Moscow (you)", "Beijing (bot: random)", with the team's name if any. */
    String name(Side s) {
        String who = human(s) ? (mode == Mode.SOLO ? Ui.t("seat.you") : Ui.t("seat.human"))
                : Ui.t("seat.bot", spec(s));
        String team = meta.names().team(s);
        return s.displayName() + (team.isEmpty() ? "" : ", " + team) + " (" + who + ")";
    }

    /** The match's seat: a person, or a new bot of the seat's spec joining the game at its current turn. */
    Match.Seat seat(Side s, App app, Session session) {
        return human(s) ? new Match.Seat.Person()
                : new Match.Seat.Machine(app.config().bots().create(spec(s), session.engine(), s,
                        Match.botSeed(session.seed(), s, session.state().turn())));
    }
}
