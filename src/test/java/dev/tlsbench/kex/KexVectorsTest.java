package dev.tlsbench.kex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.HandshakeKeyExchangeFamilies;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.VectorSuites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every key exchange, KEM and KDF vector suite against every provider: a provider the capability
 * probe calls supported must pass (no valid vector failed, no invalid one accepted); one it calls
 * unsupported must refuse the suite with Unsupported. Known provider deviations are listed here
 * by test id (and in docs/handshake-crypto.md), so a new one fails the test.
 */
class KexVectorsTest {

    private static final List<String> PARAMS = List.of("kex", "kem", "kdf");

    /**
     * BC accepts a P-256 public key whose explicit curve parameters omit the cofactor (tcId 359,
     * flags NoCofactor/UnnamedCurve, result invalid) and computes the correct shared secret from it;
     * the same for P-384 (tcId 799). ACCP refuses HKDF's maximal output, 255 x 32 = 8160 bytes
     * (tcIds 24, 47, 73, flag MaximalOutputSize): "Desired output length is too large".
     */
    private static final Map<String, List<String>> KNOWN_FAILURES = Map.of(
            "BC ecdh_secp256r1_test.json", List.of("tcId 359 invalid but accepted"),
            "BC ecdh_secp384r1_test.json", List.of("tcId 799 invalid but accepted"),
            "ACCP hkdf_sha256_test.json", List.of("tcId 24 valid but failed", "tcId 47 valid but failed", "tcId 73 valid but failed"));

    @Test
    void everySupportedProviderPassesEverySuite() {
        List<VectorSuite> suites = VectorSuites.all().stream().filter(s -> PARAMS.contains(s.algorithmParam())).toList();
        assertEquals(6, suites.size(), "x25519, x448, ecdh p256/p384, mlkem_768, hkdf_sha256");
        List<String> problems = new ArrayList<>();
        for (VectorSuite suite : suites) {
            for (JcaProvider provider : JcaProvider.values()) {
                boolean supported = supported(suite, provider);
                long start = System.nanoTime();
                try {
                    VectorReport report = suite.run(provider);
                    System.out.println(report + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
                    if (!supported) {
                        problems.add(provider + " ran " + suite.file() + " but its probe says unsupported");
                    }
                    List<String> known = KNOWN_FAILURES.getOrDefault(provider + " " + suite.file(), List.of());
                    List<String> failures = report.failures().stream()
                            .filter(f -> known.stream().noneMatch(f::startsWith)).toList();
                    if (!failures.isEmpty() || report.validPassed() + report.invalidRejected() == 0) {
                        problems.add(report.toString());
                    }
                } catch (Unsupported u) {
                    System.out.println(provider + " " + suite.file() + ": unsupported: " + u.getMessage());
                    if (supported) {
                        problems.add(provider + " " + suite.file() + " unsupported although probed supported: " + u.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean supported(VectorSuite suite, JcaProvider provider) {
        CapabilityFamily family = switch (suite.algorithmParam()) {
            case "kex" -> HandshakeKeyExchangeFamilies.KEX;
            case "kem" -> HandshakeKeyExchangeFamilies.KEM;
            default -> HandshakeKeyExchangeFamilies.KDF;
        };
        for (Object a : family.algorithms()) {
            if (((Enum<?>) a).name().equals(suite.algorithm())) {
                return family.probe(provider, (Enum) a).supported();
            }
        }
        throw new AssertionError("no " + suite.algorithm() + " in " + family.family());
    }
}
