package dev.tlsbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts from a real run's JSON: the expected charts, series, n/a marks and gate flags, and their files. */
class PlotFromFixturesTest {

    @TempDir
    Path tmp;

    @Test
    void everyChartIsWrittenAsPngAndSvgWithTheReport() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Path out = PlotMain.run(dir.toString());
        List<ChartModel> charts = Report.charts(ResultDir.load(dir));
        // 3 AEADs x seal/open, and RSA encrypt (every decrypt failed setup in that build).
        assertEquals(7, charts.size(), charts.stream().map(ChartModel::id).toList().toString());
        for (ChartModel c : charts) {
            assertTrue(Files.size(out.resolve("charts").resolve(c.id() + ".png")) > 1000, c.id());
            String svg = Files.readString(out.resolve("charts").resolve(c.id() + ".svg"));
            assertTrue(svg.contains("<svg"), c.id());
        }
        String html = Files.readString(out.resolve("index.html"));
        assertEquals(charts.size(), html.split("<img ", -1).length - 1);
        assertTrue(html.contains("invalid ACCEPTED"), "the gate table");
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| BC (!) | AES_128_GCM | seal | DIRECT |"));
        try (var left = Files.list(out.resolve("charts"))) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void recordChartHasOneLinePerProviderAndNaForTheUnsupported() throws Exception {
        List<ChartModel> charts = Report.charts(ResultDir.load(Fixtures.run17(tmp)));
        ChartModel chacha = chart(charts, "jdk17-record-CHACHA20_POLY1305_seal");
        assertEquals(List.of("JDK DIRECT", "BC (!) DIRECT", "CONSCRYPT DIRECT"),
                chacha.series().stream().map(ChartModel.Series::name).toList());
        assertEquals(List.of(64.0, 16384.0), chacha.series("JDK DIRECT").x());
        assertTrue(chacha.logX());
        assertTrue(chacha.notes().stream().anyMatch(n -> n.startsWith("n/a ACCP x CHACHA20_POLY1305: ACCP has no ChaCha20-Poly1305")),
                chacha.notes().toString());
        assertTrue(chacha.notes().stream().anyMatch(n -> n.startsWith("(!) BC: correctness gate: BC ACCEPTS INVALID vectors (aes_gcm_test.json)")));
        // MB/s = records/s x size / 1e6
        ChartModel gcm = chart(charts, "jdk17-record-AES_128_GCM_seal");
        BenchResult jdk = ResultDir.load(tmp.resolve("run17")).get(0).results().stream()
                .filter(r -> r.method().equals("seal") && r.param("aead").equals("AES_128_GCM")
                        && r.param("provider").equals("JDK") && r.param("size").equals("16384")).findFirst().orElseThrow();
        assertEquals(jdk.score() * 16384 / 1e6, gcm.series("JDK DIRECT").y().get(1), 1e-9);
        assertEquals(4, gcm.series().size(), "every provider does AES-GCM");
        assertTrue(gcm.notes().stream().noneMatch(n -> n.startsWith("n/a")));
    }

    @Test
    void barChartMarksMissingResultsWithoutZeroBars() throws Exception {
        List<ChartModel> charts = Report.charts(ResultDir.load(Fixtures.run17(tmp)));
        ChartModel rsa = chart(charts, "jdk17-RsaKeyTransportBench-encrypt");
        assertEquals(List.of("PKCS1_2048", "PKCS1_3072", "PKCS1_4096", "OAEP_SHA256_2048"), rsa.categories());
        assertEquals(List.of("JDK", "BC (!)", "CONSCRYPT", "ACCP"), rsa.series().stream().map(ChartModel.Series::name).toList());
        assertTrue(rsa.logY());
        rsa.series().forEach(s -> s.y().forEach(v -> assertTrue(v != null && v > 0)));
        assertFalse(rsa.caption().isBlank());
        assertTrue(rsa.caption().contains("AMD EPYC") && rsa.caption().contains("17.0.15") && rsa.caption().contains("profile smoke"),
                rsa.caption());
    }

    private static ChartModel chart(List<ChartModel> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id + " in " + charts.stream().map(ChartModel::id).toList()));
    }
}
