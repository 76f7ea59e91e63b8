package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.cli.PlotMain;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.SideShare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SSLEngine connection cell whose benchmark counted each side's engine time shows the server's
 * share (per connection and per core) in results.csv, the chart's table and the headline; a
 * connection cell of an older run without the counts says "not measured" rather than nothing. The
 * real smoke run predates the counts: one cell gets them here, two forks of two iterations.
 */
class ServerShareInReportTest {

    private static final String STACK = "SUNJSSE";
    private static final String CONFIG = "TLS13_AES_128_GCM_X25519_ECDSA_P256";

    @TempDir
    Path tmp;

    @Test
    void theServersShareIsShownWhereCountedAndSaidNotMeasuredElsewhere() throws Exception {
        Path dir = Fixtures.smoke(tmp);
        Path jmh = dir.resolve("jdk17/jmh.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(jmh.toFile());
        for (JsonNode e : root) {
            if (e.path("benchmark").asText().endsWith("SslEngineHandshakeBench.handshake") && e.at("/params/stack").asText().equals(STACK)
                    && e.at("/params/config").asText().equals(CONFIG) && e.at("/params/resumption").asText().equals("FULL")) {
                ObjectNode secondary = ((ObjectNode) e).putObject("secondaryMetrics");
                // 2 forks x 2 iterations: 1.6 s of server, 1.2 s of client over 3 200 connections = 500 µs and 375 µs each
                counts(secondary.putObject("serverEngineNanos"), 300e6, 500e6, 400e6, 400e6);
                counts(secondary.putObject("clientEngineNanos"), 300e6, 300e6, 300e6, 300e6);
                counts(secondary.putObject("connections"), 700, 900, 800, 800);
            }
        }
        json.writeValue(jmh.toFile(), root);

        JvmRun run = Fixtures.run(Fixtures.load(dir), "jdk17");
        CellOutcome counted = cell(run, STACK);
        SideShare share = counted.sides().orElseThrow();
        assertEquals(500.0, share.serverMicros(), 1e-9, "the sums over the kept windows of every fork, divided");
        assertEquals(375.0, share.clientMicros(), 1e-9);
        assertEquals(2000.0, share.serverPerSecond(), 1e-9);
        assertEquals("server 500 µs · 2 000 /s per core", counted.serverShareText().replace('\u2009', ' '));
        CellOutcome old = cell(run, "CONSCRYPT");
        assertTrue(old.measured() && old.sides().isEmpty());
        assertEquals(SideShare.NOT_MEASURED, old.serverShareText());

        String csv = TidyCsv.render(Fixtures.inputs(Fixtures.load(dir)));
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).endsWith(",server_us_per_connection,client_us_per_connection,server_connections_per_core_s,steady_windows"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("jdk17") && l.contains(STACK + ",") && l.contains(CONFIG)
                && l.endsWith(",500.000,375.000,2000.00,")), "the counted cell's row");
        assertTrue(lines.stream().anyMatch(l -> l.contains("jdk17") && l.contains("CONSCRYPT") && l.contains(CONFIG) && l.endsWith(",,,,")),
                "a cell without the counts leaves them empty");

        String html = Files.readString(PlotMain.run(dir.toString()).resolve("index.html")).replace('\u2009', ' ');
        assertTrue(html.contains("<small class=\"wire\">server 500 µs · 2 000 /s per core</small>"), "the chart's table");
        assertTrue(html.contains("<small class=\"wire\">" + SideShare.NOT_MEASURED + "</small>"), "and the cells without");
        assertTrue(html.contains("client + server on one thread"), "the connection numbers say whose work they are");
    }

    private static void counts(ObjectNode metric, double... perIteration) {
        ArrayNode raw = metric.putArray("rawData");
        raw.addArray().add(perIteration[0]).add(perIteration[1]);
        raw.addArray().add(perIteration[2]).add(perIteration[3]);
        metric.put("score", perIteration[0] + perIteration[1]);
        metric.put("scoreUnit", "#");
    }

    private static CellOutcome cell(JvmRun run, String stack) {
        return run.outcomes().stream().filter(o -> o.family().name().equals("sslengine-handshake") && o.owner().equals(stack)
                && o.param("config").equals(CONFIG) && o.param("resumption").equals("FULL")).findFirst().orElseThrow();
    }
}
