package dev.tlsbench.report.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.Probes.AttributionRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an SSLEngine cell negotiated and sent, read from attribution rows as TlsAttributionMain writes them. */
class NegotiatedTest {

    /** SunJSSE's defaults on JDK 17, as captured: two key shares, the server takes x25519. */
    private static final String DEFAULTS = "{\"stack\":\"SUNJSSE\",\"config\":\"DEFAULTS_ECDSA_P256\",\"supported\":true,"
            + "\"protocol\":\"TLSv1.3\",\"suite\":\"TLS_AES_256_GCM_SHA384\",\"group\":\"x25519\",\"serverGroup\":\"x25519\","
            + "\"clientKeyShares\":[\"x25519\",\"secp256r1\"],\"clientGroups\":[\"x25519\",\"secp256r1\"],\"hrr\":false,\"wireNote\":\"\"}";
    /** BCJSSE against SunJSSE, TLS 1.3 ffdhe2048 after a HelloRetryRequest. */
    private static final String RETRY = "{\"pair\":\"BCJSSE_BC_TO_SUNJSSE\",\"config\":\"TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256_WITH_HRR\","
            + "\"supported\":true,\"protocol\":\"TLSv1.3\",\"suite\":\"TLS_AES_128_GCM_SHA256\",\"group\":\"ffdhe2048\","
            + "\"serverGroup\":\"ffdhe2048\",\"clientKeyShares\":[\"x25519\"],\"clientRetryKeyShares\":[\"ffdhe2048\"],\"hrr\":true,"
            + "\"wireNote\":\"\"}";
    /** A run made before the wire was recorded. */
    private static final String OLD = "{\"stack\":\"CONSCRYPT\",\"config\":\"DEFAULTS_ECDSA_P256\",\"supported\":true,"
            + "\"protocol\":\"TLSv1.3\",\"suite\":\"TLS_AES_128_GCM_SHA256\",\"group\":\"X25519MLKEM768\"}";

    @Test
    void aCellReadsItsStackOrPairAndConfigurationRow() throws Exception {
        List<AttributionRow> rows = List.of(row(DEFAULTS), row(RETRY), row(OLD));
        Negotiated sun = Negotiated.of(rows, cell(Map.of("stack", "SUNJSSE", "config", "DEFAULTS_ECDSA_P256", "resumption", "FULL"))).orElseThrow();
        assertEquals(List.of("secp256r1"), sun.unusedShares());
        assertEquals("TLS_AES_256_GCM_SHA384 · x25519 · client key shares x25519, secp256r1 (secp256r1 unused)", sun.text());
        Negotiated mixed = Negotiated.of(rows, cell(Map.of("pair", "BCJSSE_BC_TO_SUNJSSE",
                "config", "TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256_WITH_HRR"))).orElseThrow();
        assertEquals("TLS_AES_128_GCM_SHA256 · ffdhe2048 · client key shares x25519 then, after a HelloRetryRequest, ffdhe2048"
                + " (x25519 unused)", mixed.text());
        assertTrue(Negotiated.of(rows, cell(Map.of("stack", "CONSCRYPT", "config", "DEFAULTS_ECDSA_P256"))).isEmpty(),
                "a run without the wire says nothing rather than something made up");
        assertTrue(Negotiated.of(rows, cell(Map.of("stack", "BCJSSE_BC", "config", "DEFAULTS_ECDSA_P256"))).isEmpty(), "no row");
        assertTrue(Negotiated.of(rows, cell(Map.of("provider", "JDK", "aead", "AES_128_GCM"))).isEmpty(), "not an SSLEngine cell");
    }

    @Test
    void tls12SendsNoKeyShare() throws Exception {
        AttributionRow row = row("{\"stack\":\"SUNJSSE\",\"config\":\"TLS12_RSA_AES_128_GCM_RSA_2048\",\"supported\":true,"
                + "\"protocol\":\"TLSv1.2\",\"suite\":\"TLS_RSA_WITH_AES_128_GCM_SHA256\",\"group\":\"none (RSA key transport)\","
                + "\"serverGroup\":\"none (RSA key transport)\",\"clientKeyShares\":[],\"hrr\":false,\"wireNote\":\"\"}");
        assertEquals("TLS_RSA_WITH_AES_128_GCM_SHA256 · none (RSA key transport) · no key share (TLSv1.2)",
                Negotiated.of(List.of(row), cell(Map.of("stack", "SUNJSSE", "config", "TLS12_RSA_AES_128_GCM_RSA_2048"))).orElseThrow().text());
    }

    @Test
    void aChangeTheHarnessMadeToTheJvmIsSaidNextToTheNumberInShort() throws Exception {
        AttributionRow row = row("{\"stack\":\"SUNJSSE\",\"config\":\"TLS12_RSA_AES_128_GCM_RSA_2048\",\"supported\":true,"
                + "\"protocol\":\"TLSv1.2\",\"suite\":\"TLS_RSA_WITH_AES_128_GCM_SHA256\",\"group\":\"none (RSA key transport)\","
                + "\"clientKeyShares\":[],\"harnessChanges\":[\"jdk.tls.disabledAlgorithms: TLS_RSA_* removed (this JDK disables"
                + " RSA key transport by default; the harness re-enables it to measure it)\"]}");
        assertEquals("TLS_RSA_WITH_AES_128_GCM_SHA256 · none (RSA key transport) · no key share (TLSv1.2)"
                        + " · harness changed jdk.tls.disabledAlgorithms: TLS_RSA_* removed",
                Negotiated.of(List.of(row), cell(Map.of("stack", "SUNJSSE", "config", "TLS12_RSA_AES_128_GCM_RSA_2048"))).orElseThrow().text());
    }

    @Test
    void sameWorkMeansTheSameSuiteGroupAndSharesOnTheWire() throws Exception {
        Negotiated sun = Negotiated.of(List.of(row(DEFAULTS)), cell(Map.of("stack", "SUNJSSE", "config", "DEFAULTS_ECDSA_P256"))).orElseThrow();
        Negotiated onlyX25519 = new Negotiated(sun.protocol(), sun.suite(), sun.group(), List.of("x25519"), List.of(), false, "", List.of());
        Negotiated mlkem = new Negotiated("TLSv1.3", "TLS_AES_128_GCM_SHA256", "X25519MLKEM768", List.of("X25519MLKEM768"), List.of(), false, "",
                List.of());
        assertTrue(sun.sameWork(sun));
        assertFalse(sun.sameWork(onlyX25519), "an extra (unused) P-256 share is more work");
        assertFalse(sun.sameWork(mlkem), "another suite and group");
    }

    private static AttributionRow row(String json) throws Exception {
        return Json.MAPPER.readValue(json, AttributionRow.class);
    }

    private static Cell cell(Map<String, String> params) {
        return new Cell("dev.tlsbench.tls.SslEngineHandshakeBench.handshake", params, 1);
    }
}
