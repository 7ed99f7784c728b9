package io.talebian.cli;

import io.talebian.kernels.Backend;
import io.talebian.kernels.Backends;
import io.talebian.nativelib.NativeLibrary;
import io.talebian.nativelib.NativeStatus;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code talebian info}: version, running JDK, native library status and the backends available. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Version, running JDK, native library status (where from, ISA, or why not) and backends.")
final class InfoCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        final NativeStatus st = NativeLibrary.status();
        final PrintWriter out = spec.commandLine().getOut();
        final Backend best = Backends.bestNative();
        if (json) {
            final Json j = new Json().beginObject().field("version", version());
            j.name("java").beginObject()
                    .field("version", Runtime.version().toString())
                    .field("feature", (long) Runtime.version().feature())
                    .field("vendor", System.getProperty("java.vendor"))
                    .field("home", System.getProperty("java.home"))
                    .endObject();
            j.name("native").beginObject()
                    .field("loaded", st.loaded())
                    .field("path", st.path())
                    .field("origin", st.origin().name().toLowerCase(Locale.ROOT))
                    .field("library_version", st.libraryVersion())
                    .field("requested_isa", st.requestedIsa() == null ? null : st.requestedIsa().id())
                    .field("cpu_isa", st.cpuIsa().id())
                    .field("active_isa", st.activeIsa().id());
            j.name("features").beginArray();
            for (String f : st.featureNames()) {
                j.value(f);
            }
            j.endArray().field("cause", st.cause());
            j.name("attempts").beginArray();
            for (String a : st.attempts()) {
                j.value(a);
            }
            j.endArray().endObject();
            j.name("backends").beginObject();
            j.name("available").beginArray();
            for (Backend b : Backends.available()) {
                j.value(b.id());
            }
            j.endArray();
            j.field("auto", best == null ? "java" : best.id());
            j.field("auto_crossover", (long) Backends.crossover());
            j.name("unavailable").beginObject();
            for (Backend b : Backend.values()) {
                if (b != Backend.AUTO && !Backends.isAvailable(b)) {
                    j.field(b.id(), Backends.unavailableReason(b));
                }
            }
            j.endObject().endObject().endObject();
            out.println(j);
        } else {
            out.println("talebian " + version());
            out.println("java       " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.home") + ")");
            if (st.loaded()) {
                out.println("native     loaded: " + st.libraryVersion() + " from " + st.path() + " ("
                        + st.origin().name().toLowerCase(Locale.ROOT) + ")");
                out.println("isa        cpu " + st.cpuIsa().id() + ", active " + st.activeIsa().id()
                        + (st.requestedIsa() == null ? "" : " (talebian.isa=" + st.requestedIsa().id() + ")")
                        + ", features " + st.featureNames());
            } else {
                out.println("native     not loaded: " + st.cause());
                out.println("isa        java (pure-Java kernels)");
            }
            final StringBuilder av = new StringBuilder();
            for (Backend b : Backends.available()) {
                av.append(av.length() == 0 ? "" : ", ").append(b.id());
            }
            out.println("backends   " + av);
            out.println("auto       " + (best == null ? "java" : "java below " + Backends.crossover() + " values, "
                    + best.id() + " from there"));
            for (Backend b : Backend.values()) {
                if (b != Backend.AUTO && !Backends.isAvailable(b)) {
                    out.println("  " + String.format("%-8s", b.id()) + " unavailable: " + Backends.unavailableReason(b));
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String version() {
        return Main.version();
    }
}
