package org.amur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextBundleTest {

    @Test
    void substitute_argumentContainingAPlaceholder_isShownAsTyped() {
        assertThat(TextBundle.substitute("{0} said: {1}", "Moscow", "see {0} and {1}"))
                .isEqualTo("Moscow said: see {0} and {1}");
        assertThat(TextBundle.substitute("{1} then {0}", "see {1}", "B")).isEqualTo("B then see {1}");
    }

    @Test
    void substitute_tenOrMoreArguments_neverTakesOneForTheStartOfTen() {
        Object[] args = new Object[11];
        for (int i = 0; i < args.length; i++) {
            args[i] = "a" + i;
        }
        assertThat(TextBundle.substitute("{1}|{10}|{0}", args)).isEqualTo("a1|a10|a0");
    }

    @Test
    void substitute_placeholderWithoutArgumentOrNotANumber_staysAsItIs() {
        assertThat(TextBundle.substitute("{0} {2} {x} {} {", "A", "B")).isEqualTo("A {2} {x} {} {");
        assertThat(TextBundle.substitute("{0}", (Object) null)).isEqualTo("null");
    }

    @Test
    void get_missingKey_isVisibleAsTheKeyInBrackets() {
        TextBundle model = TextBundle.load(Text.class, "model.properties");
        assertThat(model.get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(model.has("no.such.key")).isFalse();
        assertThat(model.keys()).contains("rules.intro");
        assertThat(model.get("rules.intro")).isEqualTo(Text.get("rules.intro"));
    }

    @Test
    void load_missingResource_failsAtOnceNamingTheFile() {
        assertThatThrownBy(() -> TextBundle.load(Text.class, "absent.properties"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.properties");
    }
}
