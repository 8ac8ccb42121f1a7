package org.amur.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void of_wideCjkCharacters_countTwoColumns() {
        assertThat(Columns.of("Amur")).isEqualTo(4);
        assertThat(Columns.of("黑龙江")).isEqualTo(6);
        assertThat(Columns.of("Амур")).isEqualTo(4);
    }

    @Test
    void wrap_latinText_breaksBetweenWordsWithinTheWidth() {
        assertThat(Columns.wrap("two capitals and three lines of effort", 12))
                .containsExactly("two capitals", "and three", "lines of", "effort");
    }

    @Test
    void wrap_cjkText_neverExceedsTheWidthInColumns() {
        String zh = "中俄两国在远东的军事合作与武器贸易"; // 17 characters, 34 columns, no spaces
        List<String> lines = Columns.wrap(zh, 10);
        assertThat(lines).allSatisfy(l -> assertThat(Columns.of(l)).isLessThanOrEqualTo(10));
        assertThat(String.join("", lines)).isEqualTo(zh);
        assertThat(lines).hasSize(4);
        List<String> mixed = Columns.wrap("Amur 中俄两国 Kashin 2018", 9);
        assertThat(mixed).allSatisfy(l -> assertThat(Columns.of(l)).isLessThanOrEqualTo(9));
        assertThat(mixed).containsExactly("Amur", "中俄两国", "Kashin", "2018");
    }

    @Test
    void wrap_newlinesAndOddWidths_keepParagraphsAndNeverLoop() {
        assertThat(Columns.wrap("a b\n\nc", 5)).containsExactly("a b", "", "c");
        assertThat(Columns.wrap("中国", 1)).containsExactly("中", "国");
        assertThat(Columns.wrap("anything", 0)).isEmpty();
        assertThat(Columns.wrap("one two three", 20, "- ", "  ")).containsExactly("- one two three");
        assertThat(Columns.wrap("one two three", 9, "- ", "  ")).containsExactly("- one two", "  three");
    }
}
