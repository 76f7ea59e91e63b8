package dev.tlsbench.report.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlsbench.bench.Cell;
import dev.tlsbench.report.Fixtures;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.Probes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed gate row flags only the cells its affects names: a passing row flags nothing, and a
 * stack's defaults are flagged only for what they negotiated. (How the flags show on the charts:
 * chart.GateMarksTest.)
 */
class GateFlagsTest {

    @TempDir
    Path tmp;

    @Test
    void passingRowsFlagNothing() {
        JvmRun jdk25 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk25");
        CellOutcome jdkAes = jdk25.outcomes().stream().filter(o -> o.owner().equals("JDK") && "AES_128_GCM".equals(o.param("aead"))
                && o.measured()).findFirst().orElseThrow();
        assertEquals(List.of(), jdkAes.gateFlags(), "the JDK passed aes_gcm_test.json");
    }

    /** A stack's defaults allow every group; the attribution says which one they used, and only its finding flags them. */
    @Test
    void aStacksDefaultsAreFlaggedOnlyForWhatTheyNegotiated() throws Exception {
        ObjectMapper json = Json.MAPPER;
        String affects = "\"affects\": [{\"family\": \"sslengine-handshake\", \"ownerParam\": \"stack\", \"owners\": [\"BCJSSE_BC\"],"
                + " \"algorithmParam\": \"config\", \"algorithms\": [\"DEFAULTS_ECDSA_P256\"]}]";
        Probes.GateRow p384 = json.readValue("{\"provider\": \"BC\", \"file\": \"ecdh_secp384r1_test.json\", \"algorithm\": \"P384\","
                + " \"status\": \"fail\", \"invalidAccepted\": 1, " + affects + "}", Probes.GateRow.class);
        Probes.GateRow x25519 = json.readValue("{\"provider\": \"BC\", \"file\": \"x25519_test.json\", \"algorithm\": \"X25519\","
                + " \"status\": \"fail\", \"invalidAccepted\": 1, " + affects + "}", Probes.GateRow.class);
        Probes.AttributionRow negotiated = json.readValue("{\"stack\": \"BCJSSE_BC\", \"config\": \"DEFAULTS_ECDSA_P256\","
                + " \"negotiatedParts\": [\"X25519\", \"CHACHA20_POLY1305\", \"ECDSA_P256_SHA256\"]}", Probes.AttributionRow.class);
        Cell cell = new Cell("dev.tlsbench.tls.SslEngineHandshakeBench.handshake", Map.of("stack", "BCJSSE_BC",
                "config", "DEFAULTS_ECDSA_P256", "resumption", "FULL", "keyManager", "DEFAULT"), 1);

        assertEquals(List.of("x25519_test.json"), GateFlag.forCell(List.of(p384, x25519), List.of(negotiated),
                "sslengine-handshake", cell).stream().map(GateFlag::file).toList());
        assertEquals(List.of("ecdh_secp384r1_test.json", "x25519_test.json"), GateFlag.forCell(List.of(p384, x25519), List.of(),
                "sslengine-handshake", cell).stream().map(GateFlag::file).toList(), "without an attribution, all the defaults allow");
    }
}
