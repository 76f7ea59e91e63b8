package dev.tlsbench.report.html;

import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.Evidence;
import dev.tlsbench.report.input.GateFlag;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * results.csv: one row per cell of every state, of every run of the report, for use elsewhere
 * (pandas, R, a spreadsheet). Tidy: one column per parameter (empty where a family has no such
 * parameter), scores in operations per second with JMH's 99.9% interval and the report's 95%
 * hierarchical-bootstrap interval (ci95_*), the state and its reason, whether the samples are
 * steady (per-fork classes, fork agreement), whether the cell is imprecise (95% interval wider
 * than ±5%), any correctness-gate finding, and for SSLEngine connection cells (client + server on
 * one thread) the server's and the client's engine time per connection and the server's
 * connections per core-second (empty where the run did not count them). RFC 4180 quoting.
 */
public final class TidyCsv {

    private TidyCsv() {
    }

    public static String render(ReportInputs in) {
        Set<String> params = new LinkedHashSet<>();
        in.runs().forEach(r -> r.plan().families().forEach(f -> params.addAll(f.axes().keySet())));
        List<String> header = new ArrayList<>(List.of("run", "host", "jvm", "jdk", "family", "benchmark", "method"));
        header.addAll(params);
        header.addAll(List.of("threads", "state", "reason", "score", "error", "ci_low", "ci_high", "unit", "error_kind", "samples",
                "forks", "steady", "steady_reason", "ci95_lo", "ci95_hi", "ci95_halfwidth_pct", "ci95_design", "iterations_per_fork",
                "steady_state", "fork_agreement", "imprecise", "host_load_max_cores", "gate", "timing", "server_us_per_connection",
                "client_us_per_connection", "server_connections_per_core_s", "steady_windows"));
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        for (JvmRun r : in.runs()) {
            for (CellOutcome o : r.outcomes()) {
                List<String> row = new ArrayList<>(List.of(r.dir().getFileName().toString(), (r.env().host().hostname() == null ? "" : r.env().host().hostname()),
                        r.id(), r.jvm().javaVersion(), o.family().name(), o.cell().benchmark(), o.method()));
                params.forEach(p -> row.add(o.cell().params().getOrDefault(p, "")));
                row.add(String.valueOf(o.cell().threads()));
                row.add(o.status().label());
                row.add(o.reason().replaceAll("\\s*\\R\\s*", " "));
                Evidence e = o.evidence();
                if (e == null) {
                    row.addAll(java.util.Collections.nCopies(19, ""));
                } else {
                    // error, ci_low, ci_high: JMH's own 99.9% interval (symmetric, t-based, forks pooled), kept as it was
                    // JMH's error is over every sample around its own score: left out once the published score is the steady windows'
                    boolean jmh = Double.isFinite(e.jmhError()) && !e.steadiness().narrowed();
                    row.addAll(List.of(num(e.score()), jmh ? num(e.jmhError()) : "", jmh ? num(e.score() - e.jmhError()) : "",
                            jmh ? num(e.score() + e.jmhError()) : "", "ops/s", e.errorKind().name().toLowerCase(Locale.ROOT),
                            String.valueOf(e.samples()), String.valueOf(e.forks()), String.valueOf(e.steady()), e.steadiness().reason(),
                            num(e.lo()), num(e.hi()), num(100 * e.halfWidth()), e.interval().design(),
                            String.valueOf(e.interval().iterationsPerFork()), e.steadiness().classes(), e.steadiness().agreement().text(),
                            String.valueOf(e.imprecise()), num(e.maxLoad())));
                }
                row.add(String.join("; ", o.gateFlags().stream().map(GateFlag::oneLine).toList()));
                row.add(o.timing());
                row.add(o.sides().map(s -> num(s.serverMicros())).orElse(""));
                row.add(o.sides().map(s -> num(s.clientMicros())).orElse(""));
                row.add(o.sides().map(s -> num(s.serverPerSecond())).orElse(""));
                row.add(e == null ? "" : e.steadiness().notes());
                line(sb, row);
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
