package org.amur.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.EnumMap;
import java.util.Map;
import org.amur.engine.Indicator;
import org.amur.engine.Side;
import org.amur.engine.Standing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard alone, drawn at 80 columns with the rows the local turn screen (9) and a remote seat (7) give it:
 * the side headings say what their number is (the result against par), and two-digit scores keep their decimal,
 * negative ones too, without moving the columns.
 */
class DashboardTest {

    private static String draw(int cols, int rows, double ruScore, double cnScore, Standing ru, Standing cn)
            throws Exception {
        return draw(cols, rows, ruScore, cnScore, ru, cn, Map.of());
    }

    /** The same, with the values at the start of the previous turns of some indicators ({@code before}). */
    private static String draw(int cols, int rows, double ruScore, double cnScore, Standing ru, Standing cn,
                               Map<Indicator, Double> before) throws Exception {
        Map<Indicator, Double> values = new EnumMap<>(Indicator.class);
        for (Indicator i : Dashboard.SHARED) {
            values.put(i, 40.0);
        }
        for (Indicator i : Dashboard.MOSCOW) {
            values.put(i, 50.0);
        }
        for (Indicator i : Dashboard.BEIJING) {
            values.put(i, 60.0);
        }
        values.put(Indicator.RU_SCORE, ruScore);
        values.put(Indicator.CN_SCORE, cnScore);
        Dashboard.History history = new Dashboard.History() {
            @Override
            public double[] of(Indicator i) {
                return new double[] {before.getOrDefault(i, values.get(i)), values.get(i)};
            }

            @Override
            public boolean over() {
                return false;
            }

            @Override
            public Standing standing(Side side) {
                return side == Side.MOSCOW ? ru : cn;
            }
        };
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(cols, 24));
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        Canvas c = new Canvas(screen.newTextGraphics(), new TerminalSize(cols, 24), new Palette(Palette.Mode.MONO),
                Glyphs.UNICODE);
        Dashboard.draw(c, 0, rows, values, history);
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                sb.append(screen.getBackCharacter(x, y).getCharacterString());
            }
            sb.append('\n');
        }
        screen.stopScreen();
        return sb.toString();
    }

    private static Standing standing(Side side, double score, double par, Standing.Victory v) {
        return new Standing(side, score, par, 8, true, score - par, v);
    }

    @ParameterizedTest
    @CsvSource({"9", "7"})
    void at80Columns_theHeadingsLabelTheResultAgainstPar(int rows) throws Exception {
        String s = draw(80, rows, 1, 0.3, standing(Side.MOSCOW, 1, 0, Standing.Victory.DRAW),
                standing(Side.BEIJING, 0.3, 0, Standing.Victory.DRAW));
        String heading = s.lines().findFirst().orElseThrow();
        assertThat(heading).as(s).containsPattern("MOSCOW +vs par \\+1 draw *\u2502BEIJING +vs par \\+0\\.3 draw");
    }

    @ParameterizedTest
    @CsvSource({"9", "7"})
    void at80Columns_twoDigitScoresAndResultsKeepTheirDecimal_andTheColumnsStayPut(int rows) throws Exception {
        String s = draw(80, rows, -10.4, 10.6, standing(Side.MOSCOW, -10.4, 2.3, Standing.Victory.DECISIVE_LOSS),
                standing(Side.BEIJING, 10.6, -1.7, Standing.Victory.DECISIVE_WIN));
        assertThat(s).as(s).containsPattern("\u2502Score +-10\\.4 ").containsPattern("\u2502Score +10\\.6 ");
        String heading = s.lines().findFirst().orElseThrow();
        assertThat(heading).as(s).contains("par -12.7 dec. loss").contains("par +12.3 dec. win");
        for (String line : s.lines().toList()) {
            assertThat(Canvas.columns(line)).isEqualTo(80);
            assertThat(line.charAt(26)).as(s).isEqualTo('\u2502');
            assertThat(line.charAt(53)).as(s).isEqualTo('\u2502');
        }
    }

    @org.junit.jupiter.api.Test
    void theChange_isTakenBetweenTheValuesAsShown_soItAddsUp() throws Exception {
        // 52.25 was shown as 52.3 last year and 50 now: the change reads -2.3, not the raw -2.25 (-2.2)
        String s = draw(80, 9, 1, 1, standing(Side.MOSCOW, 1, 0, Standing.Victory.DRAW),
                standing(Side.BEIJING, 1, 0, Standing.Victory.DRAW), Map.of(Indicator.RU_ECONOMY, 52.25));
        assertThat(s.replace("\u2502", "\n")).as(s).containsPattern("(?m)^Economy +50 +-2\\.3 ");
    }

    @org.junit.jupiter.api.Test
    void at80Columns_aChangePastTen_isVisiblyRounded_andTheColumnsStayPut() throws Exception {
        // +10.3 and -12.6 need five columns, the change has four: the unit is shown, marked as rounded ("~"),
        // never a bare +10 that reads as exact
        String s = draw(80, 9, 1, 1, standing(Side.MOSCOW, 1, 0, Standing.Victory.DRAW),
                standing(Side.BEIJING, 1, 0, Standing.Victory.DRAW),
                Map.of(Indicator.RU_ECONOMY, 39.7, Indicator.CN_ECONOMY, 72.6, Indicator.RU_TECH_EDGE, 40.3));
        String cells = s.replace("\u2502", "\n");
        assertThat(cells).as(s).containsPattern("(?m)^Economy +50 +~\\+10 ")
                .containsPattern("(?m)^Economy +60 +~-13 ")
                .containsPattern("(?m)^Tech edge +50 +\\+9\\.7 "); // a change that fits keeps its decimal
        for (String line : s.lines().toList()) {
            assertThat(Canvas.columns(line)).isEqualTo(80);
            assertThat(line.charAt(26)).as(s).isEqualTo('\u2502');
            assertThat(line.charAt(53)).as(s).isEqualTo('\u2502');
        }
    }

    @org.junit.jupiter.api.Test
    void at120Columns_theResultRowKeepsItsDecimal_too() throws Exception {
        String s = draw(120, 12, -10.4, 10.6, standing(Side.MOSCOW, -10.4, 2.3, Standing.Victory.DECISIVE_LOSS),
                standing(Side.BEIJING, 10.6, -1.7, Standing.Victory.DECISIVE_WIN));
        assertThat(s).as(s).containsPattern("\u2502Score \\(Moscow\\) +-10\\.4 ")
                .containsPattern("\u2502vs par +-12\\.7 dec\\. loss")
                .containsPattern("\u2502vs par +12\\.3 dec\\. win");
    }
}
