package dev.tlsbench.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Env;
import dev.tlsbench.report.input.JvmEnv;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.report.input.RunPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            JsonNode host = env.host();
            h.heading(3, "", dir.getFileName().toString());
            h.tableStart("kv", List.of("", ""));
            kv(h, "host", host.path("hostname").asText("?"));
            kv(h, "CPU", env.cpuModel() + " — " + env.cpuIdentity());
            kv(h, "clock", env.cpuMhz().isPresent() ? Num.sig(env.cpuMhz().getAsDouble()) + " MHz (" + env.cpuMhzSource() + ")" : "unknown");
            kv(h, "logical CPUs / memory", env.cores() + " / " + (host.path("memoryBytes").isNumber()
                    ? Num.sig(host.path("memoryBytes").asDouble() / (1L << 30)) + " GiB" : "?"));
            kv(h, "crypto CPU flags", Env.flagsOn(env.cpuFlags()));
            kv(h, "virtualization", env.virtualization());
            kv(h, "OS / kernel / arch", host.path("os").asText("?") + " / " + host.path("kernel").asText("?") + " / " + host.path("arch").asText("?"));
            JsonNode suite = env.root().path("suite");
            kv(h, "suite commit", suite.path("commit").asText("?") + (suite.path("dirty").asBoolean(false) ? " (dirty: uncommitted changes)" : ""));
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
        JsonNode props = j.node().path("jvm");
        kv(h, "java", j.node().path("path").asText("?") + " — " + props.path("java.vm.name").asText("?") + " "
                + props.path("java.vm.version").asText(""));
        kv(h, "fork arguments", props.path("inputArguments").toString());
        List<String> flags = new ArrayList<>();
        j.flags().fields().forEachRemaining(e -> {
            if (!e.getKey().equals("error")) {
                flags.add(e.getKey() + "=" + e.getValue().path("value").asText());
            }
        });
        kv(h, "VM flags", flags.isEmpty() ? "not recorded" : String.join(" ", flags));
        for (JsonNode p : j.providers()) {
            String lib = p.path("nativeLibrary").asText("");
            kv(h, "provider " + p.path("name").asText(), p.path("loaded").asBoolean(false)
                    ? p.path("version").asText("?") + (lib.isEmpty() ? " (pure Java)" : " — native: " + lib)
                    : "NOT LOADED: " + p.path("reason").asText("?"));
        }
        h.tableEnd();
    }

    private static void kv(Html h, String k, String v) {
        h.raw("<tr><th>" + Html.esc(k) + "</th><td>" + Html.esc(v) + "</td></tr>\n");
    }
}
