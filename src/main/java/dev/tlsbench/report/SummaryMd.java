package dev.tlsbench.report;

import java.util.List;

/** summary.md for READMEs and posts: where the numbers come from, what is missing, the key tables, chart links. */
public final class SummaryMd {

    private SummaryMd() {
    }

    public static String render(List<Run> runs, List<ChartModel> charts) {
        StringBuilder md = new StringBuilder("# tls-crypto-bench results\n\n");
        for (Run run : runs) {
            Env env = run.env();
            md.append("- **").append(run.label(true)).append("**: ").append(run.caption())
                    .append("; commit ").append(env.root().path("suite").path("commit").asText("?"))
                    .append(env.root().path("suite").path("dirty").asBoolean(false) ? " (dirty)" : "")
                    .append("; command `").append(env.command()).append("`\n");
            run.status().stream().filter(s -> !s.ok()).forEach(s ->
                    md.append("  - ").append(s.unit()).append(": ").append(s.state()).append(" ").append(s.detail()).append('\n'));
            for (JvmEnv j : List.of(run.jvm())) {
                j.gateRows().stream().map(r -> r.path("provider").asText()).distinct()
                        .forEach(p -> j.gateFlag(p).ifPresent(f -> md.append("  - correctness gate: ").append(f).append('\n')));
            }
        }
        for (Run run : runs) {
            List<RecordFit.Fit> fits = RecordFit.fits(run);
            if (fits.isEmpty()) {
                continue;
            }
            md.append("\n## Cost per TLS record = a + b x bytes (").append(run.label(true)).append(")\n\n")
                    .append("| provider | AEAD | op | buffer | a (ns) | b (ns/byte) | cycles/byte |\n|---|---|---|---|--:|--:|--:|\n");
            for (RecordFit.Fit f : fits) {
                md.append("| ").append(Panels.seriesName(run, f.provider())).append(" | ").append(f.aead()).append(" | ")
                        .append(f.method()).append(" | ").append(f.buffer()).append(" | ").append(Report.num(f.fixedNs()))
                        .append(" | ").append(Report.num(f.nsPerByte())).append(" | ").append(Report.num(f.cyclesPerByte())).append(" |\n");
            }
        }
        md.append("\n## Charts\n\n");
        for (ChartModel c : charts) {
            md.append("- [").append(c.title()).append("](charts/").append(c.id()).append(".png)");
            long na = c.notes().stream().filter(n -> n.startsWith("n/a ")).count();
            md.append(na > 0 ? " (" + na + " n/a)" : "").append('\n');
        }
        return md.toString();
    }
}
