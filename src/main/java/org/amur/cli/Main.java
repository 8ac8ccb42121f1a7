package org.amur.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.amur.engine.TextBundle;
import org.amur.scenario.ScenarioLoader;
import org.amur.scenario.TextRules;
import org.amur.tui.Seats;
import org.amur.tui.Tui;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code amur}. With no subcommand it starts a game on the default scenario.
 * Exit codes: 0 done, 1 failure, 2 usage or input error.
 */
@Command(name = "amur", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {PlayCommand.class, ReplayCommand.class, ReportCommand.class, RulesCommand.class,
            ScenariosCommand.class, SimulateCommand.class, VariantsCommand.class, ValidateCommand.class,
            TournamentCommand.class, BalanceCommand.class, HandoutCommand.class, DebriefCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--mono")
    boolean mono;

    /** {@code --lang}: read before picocli (so its own messages are in the language too), listed here for help. */
    @CommandLine.Option(names = "--lang", paramLabel = "TAG", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    /** Whether the game screen can run here; tests replace it. */
    static java.util.function.BooleanSupplier terminal = Tui::isTerminal;
    /** The environment (tests set their own {@code TERM}). */
    static java.util.function.UnaryOperator<String> env = System::getenv;

    /**
     * True when the terminal says it cannot move the cursor or draw ({@code TERM=dumb}, or no {@code TERM}
     * at all, as in an editor's shell buffer): the game screen would fill it with escape codes, so the
     * plain game is played there instead, with one sentence saying so.
     */
    static boolean dumbTerminal() {
        String term = env.apply("TERM");
        return term == null || term.isBlank() || term.strip().equalsIgnoreCase("dumb");
    }

    /** The TERM a sentence names (sanitized: it comes from the environment). */
    static String termName() {
        String term = env.apply("TERM");
        return term == null || term.isBlank() ? "unset" : TextRules.sanitize(term, false);
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given writers; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // The plain `./amur` (or `./amur --mono`) on a terminal opens the menu at once: building
        // picocli's model of every command and option (about 175 classes loaded by reflection) is
        // time the player would wait before the first frame for nothing (BENCHMARKS.md, first frame).
        args = language(args);
        String undecoded = undecodable(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (undecoded != null) {
            err.println("amur: " + CliText.t("locale.not_utf8", undecoded));
            err.flush();
            return 2;
        }
        boolean menuOnly = args.length == 0 || (args.length == 1 && args[0].equals("--mono"));
        if (menuOnly && terminal.getAsBoolean() && !dumbTerminal()) {
            return menu(args.length == 1, out, err);
        }
        if (menuOnly && terminal.getAsBoolean()) {
            args = new String[] {"play"}; // says why it is the plain game, and plays it
        }
        return Commands.execute(args, out, err);
    }

    /**
     * The command line through picocli, in a class of its own: the plain {@code ./amur} never loads it, so checking
     * {@link Main} before the first frame loads none of picocli's classes (BENCHMARKS.md, first frame).
     */
    private static final class Commands {
        private Commands() {
        }

        static int execute(String[] args, PrintWriter out, PrintWriter err) {
            CommandLine cl = new CommandLine(new Main());
            cl.setResourceBundle(CliText.HELP.asResourceBundle()); // every command's help, in the chosen language
            cl.setOut(out);
            cl.setErr(err);
            // a name the file system cannot hold is one plain sentence, not InvalidPathException's text
            cl.registerConverter(Path.class, typed -> {
                try {
                    return org.amur.files.InputFile.path(typed);
                } catch (org.amur.files.FileRefused e) {
                    throw new picocli.CommandLine.TypeConversionException(e.getMessage());
                }
            });
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                // one sentence, no exception class name; the details go to a log file for the bug report
                Path log = Tui.writeLogFile(ex);
                commandLine.getErr().println("amur: " + (log == null ? CliText.t("crash")
                        : CliText.t("crash.logged", TextRules.sanitize(log.toString(), false))));
                return 1;
            });
            cl.setParameterExceptionHandler((ex, a) -> {
                CommandLine c = ex.getCommandLine();
                // in the player's language (ParseErrors); picocli echoes the user's own arguments: never let an ESC or
                // a C1 control from them through
                c.getErr().println("amur: " + TextRules.sanitize(ParseErrors.say(ex), false));
                c.getErr().println(CliText.t("usage.try", c.getCommandSpec().qualifiedName()));
                return 2;
            });
            return cl.execute(args);
        }
    }

    /**
     * Chooses the language from {@code --lang TAG} or {@code --lang=TAG} before anything is said, and
     * returns the arguments without it (picocli sees them once; the option is declared for {@code --help}).
     * Without it the language is the environment's ({@link TextBundle#locale()}).
     */
    static String[] language(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                rest.addAll(java.util.Arrays.asList(args).subList(i, args.length));
                break;
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                TextBundle.use(TextBundle.parse(args[++i]));
            } else if (args[i].startsWith("--lang=")) {
                TextBundle.use(TextBundle.parse(args[i].substring("--lang=".length())));
            } else {
                rest.add(args[i]);
            }
        }
        return rest.toArray(new String[0]);
    }

    /**
     * The locale's character set when an argument could not be decoded in it (Java replaced bytes with
     * U+FFFD: a UTF-8 file name under {@code LANG=C}), else null. {@code ./amur} runs Java with a UTF-8
     * character type, so this is only said to {@code java -jar} in such a locale.
     */
    static String undecodable(String[] args, String charset) {
        if (charset.replace("-", "").equalsIgnoreCase("UTF8")) {
            return null;
        }
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return TextRules.sanitize(charset, false);
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        // No subcommand: the game screen's main menu, on the default scenario.
        PrintWriter err = spec.commandLine().getErr();
        if (!terminal.getAsBoolean()) {
            err.println(Tui.notATerminal());
            err.flush();
            return 2;
        }
        return menu(mono, spec.commandLine().getOut(), err);
    }

    private static int menu(boolean mono, PrintWriter out, PrintWriter err) {
        return Tui.launch(new Tui.Options(ScenarioLoader.DEFAULT_ID, null, Seats.HUMAN, Seats.OPPONENT, mono, true), out, err);
    }

    /** Version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {CliText.t("version", v == null ? CliText.t("version.development") : v)};
        }
    }
}
