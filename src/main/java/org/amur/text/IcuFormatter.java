package org.amur.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amur.engine.TextBundle;

/**
 * ICU4J's {@code MessageFormat} behind {@link TextBundle}: the plural, select and number arguments of
 * any language. {@link TextBundle} finds it with {@link java.util.ServiceLoader} the first time a text
 * needs it, so a screen of plain texts never loads ICU. Values that the pattern shows without a format
 * of its own are shown as {@link String#valueOf} shows them, exactly as {@link TextBundle} does without
 * ICU, so a number reads the same whichever way its text is filled.
 */
public final class IcuFormatter implements TextBundle.Formatter {

    @Override
    public String format(String pattern, Locale locale, Map<String, Object> args) {
        MessageFormat mf = new MessageFormat(pattern, ULocale.forLocale(locale));
        Set<String> formatted = formattedArguments(pattern);
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, Object> e : args.entrySet()) {
            values.put(e.getKey(), formatted.contains(e.getKey()) ? e.getValue() : String.valueOf(e.getValue()));
        }
        return mf.format(values);
    }

    /** Names (or numbers) of the arguments the pattern formats itself (plural, select, number...). */
    public static Set<String> formattedArguments(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < mp.countParts() - 1; i++) {
            MessagePattern.Part p = mp.getPart(i);
            if (p.getType() == MessagePattern.Part.Type.ARG_START && p.getArgType() != MessagePattern.ArgType.NONE) {
                names.add(mp.getSubstring(mp.getPart(i + 1)));
            }
        }
        return names;
    }
}
