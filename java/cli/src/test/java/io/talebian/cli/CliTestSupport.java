package io.talebian.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tool in-process and captures exit code, stdout and stderr. */
final class CliTestSupport {
    private CliTestSupport() {
    }

    record Result(int code, String out, String err) {
    }

    static Result run(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
