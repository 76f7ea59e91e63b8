package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.HostLoadSummary;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Env;
import dev.tlsbench.report.input.JvmEnv;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.report.input.RunPlan;
import dev.tlsbench.results.EnvFile;
import dev.tlsbench.results.Host;
import dev.tlsbench.results.Probes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What explains a number: the machine (CPU model and identity, clock, crypto flags, hypervisor),
 * the suite's commit, the command, profile and timings, start and end; per JVM its version, the
 * VM flags that decide crypto speed, and the providers with their native libraries. A probe that
 * failed is shown as such.
 */
final class EnvironmentSection {

    private EnvironmentSection() {
    }

    static void write(Html h, ReportInputs in) {
        h.heading(2, "environment", "Environment");
        Map<Path, List<JvmRun>> byDir = new LinkedHashMap<>();
        in.runs().forEach(r -> byDir.computeIfAbsent(r.dir(), d -> new ArrayList<>()).add(r));
        byDir.forEach((dir, runs) -> {
            Env env = runs.get(0).env();
            RunPlan plan = runs.get(0).plan();
            Host host = env.host();
            h.heading(3, "", dir.getFileName().toString());
            h.tableStart("kv", List.of("", ""));
            kv(h, "host", or(host.hostname(), "?"));
            kv(h, "CPU", env.cpuModel() + " — " + env.cpuIdentity());
            kv(h, "clock", (env.cpuMhz().isPresent() ? "nominal " + Num.sig(env.cpuMhz().getAsDouble()) + " MHz (" + env.cpuMhzSource() + ")" : "nominal unknown")
                    + env.cycleClock().filter(k -> k.measured()).map(k -> "; " + k.basis() + "; cycles/byte use it").orElse(host.effectiveClock() != null
                            ? "; no plausible measurement: cycles/byte use the nominal clock"
                            : "; not measured in this run: cycles/byte use the nominal clock"));
            kv(h, "logical CPUs / memory", env.cores() + " / " + (host.memoryBytes() != null
                    ? Num.sig(host.memoryBytes().doubleValue() / (1L << 30)) + " GiB" : "?"));
            kv(h, "crypto CPU flags", Env.flagsOn(env.cpuFlags()));
            kv(h, "virtualization", env.virtualization());
            List<String> evidence = host.virtualization() == null || host.virtualization().evidence() == null ? List.of()
                    : host.virtualization().evidence();
            if (!evidence.isEmpty()) {
                kv(h, "virtualization evidence", String.join("; ", evidence));
            }
            kv(h, "OS / kernel / arch", or(host.os(), "?") + " / " + or(host.kernel(), "?") + " / " + or(host.arch(), "?"));
            EnvFile.Suite suite = env.suite();
            kv(h, "suite commit", (suite == null ? "?" : or(suite.commit(), "?")) + (suite != null && suite.dirty() ? " (dirty: uncommitted changes)" : ""));
            kv(h, "command", env.command());
            kv(h, "profile", plan.profile() + ": " + plan.profileDescription());
            kv(h, "started / finished", env.started() + " / " + env.finished());
            List<String> timings = new ArrayList<>();
            plan.timings().forEach(t -> timings.add(t.family() + ": " + t.cells() + " cells, " + Labels.timing(t.timing())));
            kv(h, "timings per family", String.join("; ", timings));
            h.tableEnd();
            for (JvmRun r : runs) {
                jvm(h, r);
            }
        });
    }

    private static void jvm(Html h, JvmRun r) {
        JvmEnv j = r.jvm();
        h.heading(4, "", r.id() + ": " + j.label());
        for (String e : j.pieceErrors()) {
            h.p("warning", "environment probe failed: " + e);
        }
        h.tableStart("kv", List.of("", ""));
        Probes.JvmInfo props = j.info();
        kv(h, "java", j.path() + " — " + or(props.vmName(), "?") + " " + or(props.vmVersion(), ""));
        kv(h, "fork arguments", props.inputArgumentsJson());
        List<String> flags = new ArrayList<>();
        j.flags().forEach((name, f) -> flags.add(name + "=" + or(f.value(), "")));
        kv(h, "VM flags", flags.isEmpty() ? "not recorded" : String.join(" ", flags));
        kv(h, "harness changes to the JVM", harnessChanges(j, r.plan()::ownerLabel));
        kv(h, "the machine during the forks", HostLoadSummary.of(r));
        for (Probes.ProviderRow p : j.providers()) {
            String lib = or(p.nativeLibrary(), "");
            kv(h, "provider " + or(p.name(), ""), p.loaded()
                    ? or(p.version(), "?") + (lib.isEmpty() ? " (pure Java)" : " — native: " + lib)
                    : "NOT LOADED: " + or(p.reason(), "?"));
        }
        h.tableEnd();
    }

    /**
     * Each change the harness made to this JVM's security settings (from the TLS attribution, which
     * asks every stack's driver), with the stacks and configurations it was made for; the cells'
     * negotiated text repeats it in short.
     */
    static String harnessChanges(JvmEnv j, java.util.function.UnaryOperator<String> ownerLabel) {
        List<Probes.AttributionRow> rows = j.attributionRows();
        if (rows.isEmpty() || rows.stream().allMatch(a -> a.harnessChanges() == null)) {
            return "not recorded in this run";
        }
        Map<String, Map<String, Set<String>>> where = new LinkedHashMap<>();
        for (Probes.AttributionRow a : rows) {
            for (String c : a.changes()) {
                where.computeIfAbsent(c, k -> new LinkedHashMap<>()).computeIfAbsent(ownerLabel.apply(or(a.who(), "?")), k -> new LinkedHashSet<>())
                        .add(Labels.constant(or(a.config(), "?")));
            }
        }
        if (where.isEmpty()) {
            return "none: every configuration ran on the JVM's security settings as installed";
        }
        List<String> out = new ArrayList<>();
        where.forEach((change, byWho) -> {
            List<String> whom = new ArrayList<>();
            byWho.forEach((who, configs) -> whom.add(who + (configs.size() > 2 ? " (" + configs.size() + " configurations)"
                    : " (" + String.join(", ", configs) + ")")));
            out.add(change + " — for " + String.join(", ", whom));
        });
        return String.join("; ", out);
    }

    private static String or(String value, String absent) {
        return value == null ? absent : value;
    }

    private static void kv(Html h, String k, String v) {
        h.raw("<tr><th>" + Html.esc(k) + "</th><td>" + Html.esc(v) + "</td></tr>\n");
    }
}
