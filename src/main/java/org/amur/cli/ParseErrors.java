package org.amur.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's own parse errors (an unknown option, a missing or invalid value...) worded by
 * {@code cli.properties}, so they come out in the player's language. Picocli builds them in English
 * with no message keys; this reads each known shape (the unmatched arguments from the exception, the
 * rest from the message, whose option names and labels are the program's own) and says it with the
 * bundle's words, the English ones being picocli's. A shape it does not know is passed on as picocli
 * said it.
 */
final class ParseErrors {
    /** How picocli describes an option or a positional parameter inside its messages. */
    private static final String ARG = "(option '[^']*'(?: \\([^)]*\\))?"
            + "|positional parameter at index \\S+ \\([^)]*\\))";
    private static final Pattern OPTION = Pattern.compile("option '([^']*)'(?: \\(([^)]*)\\))?");
    private static final Pattern POSITIONAL = Pattern.compile("positional parameter at index (\\S+) \\(([^)]*)\\)");
    private static final Pattern UNMATCHED_AT = Pattern.compile("^Unmatched arguments? (?:at|from) index (\\d+): ");
    private static final Pattern MISSING = Pattern.compile("^Missing required parameters?: ('[^']*'(?:, '[^']*')*)$");
    private static final Pattern MISSING_VALUE = Pattern.compile("^Missing required parameter for " + ARG + "$");
    private static final Pattern EXPECTED = Pattern.compile("^Expected parameter for " + ARG + " but found '(.*)'$",
            Pattern.DOTALL);
    private static final Pattern ONLY_ONCE = Pattern.compile("^" + ARG + " should be specified only once$");
    private static final Pattern INVALID = Pattern.compile("^Invalid value for " + ARG + ": (.*)$", Pattern.DOTALL);
    private static final Pattern NOT_WHOLE = Pattern.compile("^'(.*)' is not an? (?:long|int|short|byte)$", Pattern.DOTALL);
    private static final Pattern SUBCOMMAND = Pattern.compile("^Unknown subcommand '(.*)'\\.$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private ParseErrors() {
    }

    /** The sentence for a parse error (unsanitized: it may hold what the user typed). */
    static String say(ParameterException ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !m.contains(" (while processing option:")) {
            List<String> items = u.getUnmatched();
            if (u.isUnknownOption()) {
                return CliText.t("parse.unknown_option", items.size(), quotedList(items));
            }
            Matcher at = UNMATCHED_AT.matcher(m);
            if (at.find()) {
                return CliText.t("parse.unmatched", items.size(), at.group(1), quotedList(items));
            }
        }
        Matcher x;
        if ((x = MISSING.matcher(m)).matches()) {
            List<String> names = new ArrayList<>();
            Matcher q = QUOTED.matcher(x.group(1));
            while (q.find()) {
                names.add(q.group(1));
            }
            return CliText.t("parse.missing_parameter", names.size(), quotedList(names));
        }
        if ((x = MISSING_VALUE.matcher(m)).matches()) {
            return CliText.t("parse.missing_value", arg(x.group(1)));
        }
        if ((x = EXPECTED.matcher(m)).matches()) {
            return CliText.t("parse.expected_value", arg(x.group(1)), quoted(x.group(2)));
        }
        if ((x = ONLY_ONCE.matcher(m)).matches()) {
            return CliText.t("parse.only_once", arg(x.group(1)));
        }
        if ((x = INVALID.matcher(m)).matches()) {
            return CliText.t("parse.invalid_value", arg(x.group(1)), why(x.group(2)));
        }
        if ((x = SUBCOMMAND.matcher(m)).matches()) {
            return CliText.t("parse.unknown_subcommand", quoted(x.group(1)));
        }
        return m;
    }

    /** Why a value was refused: picocli's type names said the way a player would, or the converter's own sentence. */
    private static String why(String reason) {
        Matcher x;
        if ((x = NOT_WHOLE.matcher(reason)).matches()) {
            return CliText.t("parse.not_whole", quoted(x.group(1)));
        }
        return reason;
    }

    /** An option or positional parameter as picocli described it, in the bundle's words. */
    private static String arg(String described) {
        Matcher o = OPTION.matcher(described);
        if (o.matches()) {
            return o.group(2) == null ? CliText.t("parse.option", o.group(1))
                    : CliText.t("parse.option_label", o.group(1), o.group(2));
        }
        Matcher p = POSITIONAL.matcher(described);
        return p.matches() ? CliText.t("parse.positional", p.group(1), p.group(2)) : described;
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
