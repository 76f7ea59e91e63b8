package dev.tlsbench.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Family;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every family's Wycheproof suites against every provider: a provider whose probe says it has the
 * algorithm passes (every valid vector gives the expected output, no invalid one is accepted),
 * except for the provider defects listed here, found by these suites and reported in the docs; one
 * without it refuses the suite as Unsupported. A new failure fails the test.
 */
class VectorSuitesTest {

    /** "provider file tcId" of each known deviation. */
    private static final Set<String> KNOWN = Set.of(
            // JDK 17 and 25: an ECDSA s whose DER INTEGER lacks the leading 0 (so reads as negative) is accepted
            "JDK ecdsa_secp256r1_sha256_test.json 6",
            // JDK 17 (fixed by 25): valid signatures with r shorter than 32 bytes / x >= n rejected
            "JDK ecdsa_secp256r1_sha256_test.json 350",
            "JDK ecdsa_secp256r1_sha256_test.json 479",
            // JDK 17 (fixed by 25): an Ed25519 signature with a zero byte appended is accepted
            "JDK ed25519_test.json 37",
            // BC accepts P-256/P-384 public keys whose explicit curve parameters omit the cofactor
            // (flags NoCofactor/UnnamedCurve, result invalid) and computes the right secret from them
            // (bcprov 1.84 and 1.87)
            "BC ecdh_secp256r1_test.json 359",
            "BC ecdh_secp384r1_test.json 799",
            // ACCP refuses HKDF's maximal output, 255 x 32 = 8160 bytes (flag MaximalOutputSize)
            "ACCP hkdf_sha256_test.json 24",
            "ACCP hkdf_sha256_test.json 47",
            "ACCP hkdf_sha256_test.json 73");

    @TestFactory
    Stream<DynamicTest> everyProviderPassesEverySuiteItSupports() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Family family : Families.ALL) {
            for (VectorSuite suite : family.capabilities().vectors()) {
                for (JcaProvider provider : JcaProvider.values()) {
                    tests.add(DynamicTest.dynamicTest(provider + " " + suite.file() + " (" + suite.algorithm() + ")",
                            () -> check(family, suite, provider)));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everySuiteVouchesForAnAlgorithmOfItsFamily() {
        for (Family family : Families.ALL) {
            for (VectorSuite suite : family.capabilities().vectors()) {
                assertTrue(family.capabilities().algorithms().contains(suite.algorithm()), suite.file() + " in " + family);
            }
        }
    }

    private static void check(Family family, VectorSuite suite, JcaProvider provider) {
        if (!supported(family, suite.algorithm(), provider)) {
            assertThrows(Unsupported.class, () -> suite.run(provider));
            return;
        }
        VectorReport report = suite.run(provider);
        System.out.println(report);
        assertTrue(report.validPassed() + report.invalidRejected() > 0, "ran no vectors: " + report);
        for (String failure : report.failures()) {
            String tcId = failure.split(" ")[1];
            assertTrue(KNOWN.contains(provider + " " + suite.file() + " " + tcId), "new failure " + failure + " in " + report);
        }
        // each failure carries its verdict and Wycheproof's flags, each with the bug type of the file's notes
        assertEquals(report.failures().size(), report.findings().size(), report.findings().toString());
        for (VectorReport.Finding f : report.findings()) {
            assertFalse(f.flags().isEmpty(), "no flags: " + f);
            assertTrue(f.flags().values().stream().noneMatch(String::isEmpty), "a flag without its bug type: " + f);
            if (provider == JcaProvider.JDK && f.tcId() == 6 && suite.file().equals("ecdsa_secp256r1_sha256_test.json")) {
                assertEquals(Map.of("MissingZero", "LEGACY"), f.flags());
                assertEquals(VectorRunner.Verdict.EXPECTED, f.verdict());
            }
        }
    }

    /** The family's own probe of the suite's algorithm on a provider owner (families over stacks have no suites). */
    private static boolean supported(Family f, Enum<?> algorithm, JcaProvider provider) {
        return f.capabilities().probe(f.owner(provider.name()), algorithm).supported();
    }
}
