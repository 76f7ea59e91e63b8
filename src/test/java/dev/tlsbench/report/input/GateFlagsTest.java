package dev.tlsbench.report.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlsbench.bench.Cell;
import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.Probes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed gate row flags only the cells its affects names: a passing row flags nothing, and a
 * stack's or mixed pair's defaults are flagged only for what they negotiated. A finding's mark
 * follows its severity: "!" for what can matter in TLS, "†" for a legacy leniency or a refused
 * valid input; a row without recorded findings keeps "!". (How the flags show on the charts:
 * chart.GateMarksTest.)
 */
class GateFlagsTest {

    @TempDir
    Path tmp;

    /**
     * A one-ended finding finds its cells by the handshake-cost family's side axis: the gate's sides
     * must spell that axis's constants (a renamed constant would silently stop marking cells), and
     * the gate's verdicts the vector runner's.
     */
    @Test
    void theGatesSidesAndVerdictsSpellTheDomainsConstants() {
        for (dev.tlsbench.handshake.Side side : dev.tlsbench.handshake.Side.values()) {
            assertEquals(side.name(), Probes.GateSide.valueOf(side.name()).name());
        }
        for (dev.tlsbench.verify.VectorRunner.Verdict v : dev.tlsbench.verify.VectorRunner.Verdict.values()) {
            if (v != dev.tlsbench.verify.VectorRunner.Verdict.SKIPPED) {
                assertEquals(v.name(), Probes.GateVerdict.valueOf(v.name()).name());
            }
        }
    }

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

    private static Probes.GateRow row(String json) throws Exception {
        return Json.MAPPER.readValue(json, Probes.GateRow.class);
    }

    private static final String ECDSA_ROW = "{\"provider\": \"JDK\", \"file\": \"ecdsa_secp256r1_sha256_test.json\","
            + " \"algorithm\": \"ECDSA_P256_SHA256\", \"status\": \"fail\", \"side\": \"CLIENT\", \"validFailed\": 0, ";

    /** The JDK's "!" on every ECDSA number came from tcId 6, MissingZero, which Wycheproof classes LEGACY: now the light mark. */
    @Test
    void aLegacyOnlyFindingGetsTheLightMark() throws Exception {
        List<GateFlag> flags = GateFlag.of(row(ECDSA_ROW + "\"invalidAccepted\": 1, \"findings\": [{\"result\": \"invalid\","
                + " \"verdict\": \"EXPECTED\", \"flags\": [{\"flag\": \"MissingZero\", \"bugType\": \"LEGACY\"}], \"tcIds\": [6]}]}"));
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(GateFlag.Kind.ACCEPTS_INVALID, flags.get(0).kind());
        assertEquals(GateSeverity.LENIENCY, flags.get(0).severity());
        assertEquals("†", ChartModel.MarkKind.of(flags.get(0).severity()).symbol());
        assertEquals("JDK accepts invalid input in ecdsa_secp256r1_sha256_test.json, client side: a leniency",
                flags.get(0).oneLine());
        assertEquals("tcId 6 (MissingZero: LEGACY)", flags.get(0).summary());
    }

    /** Accepting a modified signature (CAN_OF_WORMS: Wycheproof cannot rule out a forgery) keeps "!", even beside a LEGACY one. */
    @Test
    void aModifiedSignatureFindingGetsTheExclamationMark() throws Exception {
        List<GateFlag> flags = GateFlag.of(row(ECDSA_ROW + "\"invalidAccepted\": 2, \"findings\": ["
                + "{\"result\": \"invalid\", \"verdict\": \"EXPECTED\", \"flags\": [{\"flag\": \"MissingZero\", \"bugType\": \"LEGACY\"}], \"tcIds\": [6]},"
                + "{\"result\": \"invalid\", \"verdict\": \"EXPECTED\", \"flags\": [{\"flag\": \"ModifiedSignature\", \"bugType\": \"CAN_OF_WORMS\"}],"
                + " \"tcIds\": [120]}]}"));
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(GateSeverity.SECURITY, flags.get(0).severity());
        assertEquals("!", ChartModel.MarkKind.of(flags.get(0).severity()).symbol());
        assertEquals("tcId 6 (MissingZero: LEGACY); tcId 120 (ModifiedSignature: CAN_OF_WORMS)", flags.get(0).summary());

        // one vector with a harmless flag and a modified signature: the modification decides
        List<GateFlag> oneVector = GateFlag.of(row(ECDSA_ROW + "\"invalidAccepted\": 1, \"findings\": [{\"result\": \"invalid\","
                + " \"verdict\": \"EXPECTED\", \"flags\": [{\"flag\": \"BerEncodedSignature\", \"bugType\": \"BER_ENCODING\"},"
                + " {\"flag\": \"ModifiedSignature\", \"bugType\": \"CAN_OF_WORMS\"}], \"tcIds\": [121]}]}"));
        assertEquals(List.of(GateSeverity.SECURITY), oneVector.stream().map(GateFlag::severity).toList());
    }

    /** A valid input refused is interoperability (light); a valid input with another output is a wrong result ("!"). */
    @Test
    void aRefusedValidInputIsLightAndAWrongResultIsNot() throws Exception {
        List<GateFlag> flags = GateFlag.of(row("{\"provider\": \"BC\", \"file\": \"x25519_test.json\", \"algorithm\": \"X25519\","
                + " \"status\": \"fail\", \"validFailed\": 2, \"invalidAccepted\": 0, \"findings\": ["
                + "{\"result\": \"valid\", \"verdict\": \"REFUSED\", \"flags\": [{\"flag\": \"Normal\", \"bugType\": \"BASIC\"}], \"tcIds\": [1]},"
                + "{\"result\": \"valid\", \"verdict\": \"OTHER_OUTPUT\", \"flags\": [{\"flag\": \"EdgeCaseShared\", \"bugType\": \"EDGE_CASE\"}],"
                + " \"tcIds\": [2]}]}"));
        assertEquals(List.of(GateFlag.Kind.REJECTS_VALID, GateFlag.Kind.WRONG_OUTPUT), flags.stream().map(GateFlag::kind).toList());
        assertEquals(List.of(GateSeverity.LENIENCY, GateSeverity.SECURITY), flags.stream().map(GateFlag::severity).toList());
    }

    /** BC's finding on a key with explicit curve parameters (UnnamedCurve): no TLS peer can send one, so the light mark. */
    @Test
    void aKeyNoTlsPeerCanSendGetsTheLightMark() throws Exception {
        List<GateFlag> flags = GateFlag.of(row("{\"provider\": \"BC\", \"file\": \"ecdh_secp384r1_test.json\", \"algorithm\": \"P384\","
                + " \"status\": \"fail\", \"validFailed\": 0, \"invalidAccepted\": 1, \"findings\": [{\"result\": \"invalid\","
                + " \"verdict\": \"EXPECTED\", \"flags\": [{\"flag\": \"NoCofactor\", \"bugType\": \"MISSING_PARAMETER\"},"
                + " {\"flag\": \"InvalidPublic\", \"bugType\": \"CAN_OF_WORMS\"}, {\"flag\": \"UnnamedCurve\", \"bugType\": \"UNKNOWN\"}],"
                + " \"tcIds\": [799]}]}"));
        assertEquals(List.of(GateSeverity.LENIENCY), flags.stream().map(GateFlag::severity).toList());
    }

    /** A row of a run before findings were recorded (or failures it did not list) keeps "!", as before. */
    @Test
    void aRowWithoutFindingsIsTreatedAsBefore() throws Exception {
        List<GateFlag> flags = GateFlag.of(row(ECDSA_ROW + "\"invalidAccepted\": 1}"));
        assertEquals(List.of(GateSeverity.SECURITY), flags.stream().map(GateFlag::severity).toList());
        List<GateFlag> partly = GateFlag.of(row(ECDSA_ROW + "\"invalidAccepted\": 2, \"findings\": [{\"result\": \"invalid\","
                + " \"verdict\": \"EXPECTED\", \"flags\": [{\"flag\": \"MissingZero\", \"bugType\": \"LEGACY\"}], \"tcIds\": [6]}]}"));
        assertEquals(List.of(GateSeverity.SECURITY), partly.stream().map(GateFlag::severity).toList(), "one of two unlisted");
    }

    /** A mixed pair's defaults are narrowed by the pair's attribution like a stack's. */
    @Test
    void aMixedPairsDefaultsAreFlaggedOnlyForWhatTheyNegotiated() throws Exception {
        String affects = "\"affects\": [{\"family\": \"sslengine-mixed\", \"ownerParam\": \"pair\", \"owners\": [\"SUNJSSE_TO_BCJSSE_BC\"],"
                + " \"algorithmParam\": \"config\", \"algorithms\": [\"DEFAULTS_ECDSA_P256\"]}]";
        Probes.GateRow p384 = row("{\"provider\": \"BC\", \"file\": \"ecdh_secp384r1_test.json\", \"algorithm\": \"P384\","
                + " \"status\": \"fail\", \"invalidAccepted\": 1, " + affects + "}");
        Probes.AttributionRow negotiated = Json.MAPPER.readValue("{\"pair\": \"SUNJSSE_TO_BCJSSE_BC\", \"config\": \"DEFAULTS_ECDSA_P256\","
                + " \"negotiatedParts\": [\"X25519\", \"CHACHA20_POLY1305\", \"ECDSA_P256_SHA256\"]}", Probes.AttributionRow.class);
        Cell cell = new Cell("dev.tlsbench.tls.MixedStackHandshakeBench.handshake", Map.of("pair", "SUNJSSE_TO_BCJSSE_BC",
                "config", "DEFAULTS_ECDSA_P256"), 1);
        assertEquals(List.of(), GateFlag.forCell(List.of(p384), List.of(negotiated), "sslengine-mixed", cell));
        assertEquals(1, GateFlag.forCell(List.of(p384), List.of(), "sslengine-mixed", cell).size(), "without an attribution: flagged");
    }
}
