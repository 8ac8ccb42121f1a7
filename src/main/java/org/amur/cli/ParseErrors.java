package org.amur.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's own parse errors (an unknown option, a missing or invalid value...) worded by
 * {@code cli.properties}, so they come out in the player's language. Picocli builds its messages in
 * English with no message keys, so this reads what its exceptions carry instead: the unmatched
 * arguments, the missing or overwritten option, the option and value a converter refused. Only two
 * details exist nowhere but in picocli's English (what came where an option's value was expected, the
 * name of an unknown subcommand of {@code help}); if picocli ever words them differently, the sentence
 * loses that detail, not its language. An error of a kind it does not know is passed on as picocli
 * said it.
 */
final class ParseErrors {
    /** Before what came instead of an option's value, in picocli's "Expected parameter for ..." message. */
    private static final String FOUND = " but found '";
    private static final String SUBCOMMAND = "Unknown subcommand '";
    private static final Set<Class<?>> WHOLE = Set.of(long.class, Long.class, int.class, Integer.class,
            short.class, Short.class, byte.class, Byte.class);

    private ParseErrors() {
    }

    /** The sentence for a parse error (unsanitized: it may hold what the user typed). */
    static String say(ParameterException ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> items = u.getUnmatched();
            return CliText.t(u.isUnknownOption() ? "parse.unknown_option" : "parse.unmatched", items.size(),
                    quotedList(items));
        }
        if (ex instanceof MissingParameterException mp && !mp.getMissing().isEmpty()) {
            return missing(mp.getMissing(), m);
        }
        if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return CliText.t("parse.only_once", arg(o.getOverwritten(), true));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return CliText.t("parse.invalid_value", arg(ex.getArgSpec(), false), why(ex));
        }
        if (m.startsWith(SUBCOMMAND) && m.endsWith("'.")) {
            return CliText.t("parse.unknown_subcommand", quoted(m.substring(SUBCOMMAND.length(), m.length() - 2)));
        }
        return m;
    }

    /** Required positional parameters left out, or an option given without its value. */
    private static String missing(List<ArgSpec> specs, String message) {
        if (specs.size() == 1 && specs.get(0).isOption()) {
            ArgSpec option = specs.get(0);
            int found = message.lastIndexOf(FOUND);
            if (found >= 0 && message.endsWith("'")) {
                String instead = message.substring(found + FOUND.length(), message.length() - 1);
                return CliText.t("parse.expected_value", arg(option, false), quoted(instead));
            }
            return CliText.t("parse.missing_value", arg(option, true));
        }
        List<String> labels = new ArrayList<>();
        for (ArgSpec s : specs) {
            labels.add(s.isOption() ? ((OptionSpec) s).longestName() : s.paramLabel());
        }
        return CliText.t("parse.missing_parameter", labels.size(), quotedList(labels));
    }

    /** Why a value was refused: a whole number said the way a player would, or the converter's own sentence. */
    private static String why(ParameterException ex) {
        Class<?> type = ex.getArgSpec().type();
        if (WHOLE.contains(type) && !whole(type, ex.getValue())) {
            return CliText.t("parse.not_whole", quoted(ex.getValue()));
        }
        Throwable cause = ex.getCause();
        if (cause != null && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        int colon = m.indexOf(": ");
        return colon < 0 ? m : m.substring(colon + 2);
    }

    /** Whether {@code value} reads as a whole number that fits {@code type}. */
    private static boolean whole(Class<?> type, String value) {
        try {
            long v = Long.parseLong(value);
            if (type == int.class || type == Integer.class) {
                return v == (int) v;
            }
            if (type == short.class || type == Short.class) {
                return v == (short) v;
            }
            return type != byte.class && type != Byte.class || v == (byte) v;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An option (with its value's label if {@code label}) or a positional parameter, in the bundle's words. */
    private static String arg(ArgSpec spec, boolean label) {
        if (spec instanceof OptionSpec o) {
            return label && o.arity().max() > 0 ? CliText.t("parse.option_label", o.longestName(), o.paramLabel())
                    : CliText.t("parse.option", o.longestName());
        }
        PositionalParamSpec p = (PositionalParamSpec) spec;
        return CliText.t("parse.positional", p.index().toString(), p.paramLabel());
    }

    private static String quoted(String s) {
        return CliText.t("parse.quoted", s);
    }

    private static String quotedList(List<String> items) {
        String list = null;
        for (String s : items) {
            list = list == null ? quoted(s) : CliText.t("parse.list", list, quoted(s));
        }
        return list == null ? "" : list;
    }
}
