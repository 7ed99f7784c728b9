package io.talebian.cli;

import io.talebian.data.SeriesFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code talebian} command-line tool. Exit codes: 0 success, 1 internal error, 2 bad input or
 * bad usage (one line on stderr naming the file, line, column and value, or the option; a stack
 * trace only with {@code --verbose}).
 */
@Command(name = "talebian", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Taleb-style trading risk assessment: streaming risk engine, batch analytics, statistics.",
        subcommands = {StatsCommand.class, InfoCommand.class, AnalyzeCommand.class, AssessCommand.class, BacktestCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an unexpected failure. */
    public static final int EXIT_INTERNAL = 1;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage on stderr and exit code 2 (a usage error). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("talebian: error: a command is needed");
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_BAD_INPUT;
    }

    /** Held so that the level set below sticks (JUL keeps loggers weakly). */
    private static final java.util.logging.Logger LIBRARY_LOG = java.util.logging.Logger.getLogger("io.talebian");

    public static void main(final String[] args) {
        // The library logs its backend choice (INFO) and native fallbacks (WARNING); the tool reports the
        // backend it used itself and `talebian info` says why native is off, so stderr stays for errors
        // unless --verbose.
        if (!java.util.Arrays.asList(args).contains("--verbose")) {
            LIBRARY_LOG.setLevel(java.util.logging.Level.SEVERE);
        }
        final PrintWriter out = new PrintWriter(System.out, true);
        final PrintWriter err = new PrintWriter(System.err, true);
        final int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the tool in-process (tests use this) and returns the exit code. */
    public static int execute(final PrintWriter out, final PrintWriter err, final String... args) {
        final CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    /** The configured command line: output writers and the error-to-exit-code mapping. */
    static CommandLine commandLine(final PrintWriter out, final PrintWriter err) {
        final CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            final boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
            final PrintWriter e = cmd.getErr();
            final int code = isBadInput(ex) ? EXIT_BAD_INPUT : EXIT_INTERNAL;
            e.println("talebian: " + (code == EXIT_INTERNAL ? "internal error: " : "error: ") + message(ex));
            if (verbose) {
                ex.printStackTrace(e);
            } else if (code == EXIT_INTERNAL) {
                e.println("(run with --verbose for the stack trace)");
            }
            e.flush();
            cmd.getOut().flush();
            return code;
        });
        return cl;
    }

    static boolean isBadInput(final Throwable t) {
        return t instanceof SeriesFormatException || t instanceof IOException
                || t instanceof IllegalArgumentException || t instanceof UnsupportedOperationException
                || t instanceof BadInputException;
    }

    static String message(final Throwable t) {
        if (t instanceof NoSuchFileException) {
            return "cannot read " + ((NoSuchFileException) t).getFile() + ": no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "cannot read " + ((AccessDeniedException) t).getFile() + ": permission denied";
        }
        final String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /** The tool's version, from the build. */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/io/talebian/cli/version.properties")) {
            if (in != null) {
                final Properties p = new Properties();
                p.load(in);
                final String v = p.getProperty("version");
                if (v != null && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the library version
        }
        return io.talebian.nativelib.NativeLibrary.VERSION;
    }

    /** picocli version provider. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"talebian " + version() + " (Java " + Runtime.version() + ")"};
        }
    }

    /** A user error found by a command itself (exit code 2). */
    static final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInputException(final String message) {
            super(message);
        }
    }
}
