package dev.tlsbench.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Payloads;
import dev.tlsbench.provider.JcaProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sealed by A, opened by B, for every supported pair (A = B included): the providers interoperate. */
class CrossProviderTest {

    @ParameterizedTest
    @EnumSource(Aead.class)
    void everySupportedPairInteroperates(Aead aead) throws Exception {
        List<JcaProvider> supported = new ArrayList<>();
        for (JcaProvider p : JcaProvider.values()) {
            if (Supported.record(p, aead)) {
                supported.add(p);
            }
        }
        assertTrue(supported.size() >= 2, aead + " has fewer than two providers: nothing to cross-check");
        long seq = 0;
        for (JcaProvider sealer : supported) {
            RecordProtector a = RecordProtector.seeded(sealer, aead, 42);
            for (JcaProvider opener : supported) {
                RecordProtector b = RecordProtector.seeded(opener, aead, 42);
                for (BufferKind openKind : BufferKind.values()) {
                    byte[] plaintext = Payloads.bytes(1350, seq);
                    byte[] record = a.seal(BufferKind.BYTE_ARRAY, seq, plaintext);
                    assertArrayEquals(plaintext, b.open(openKind, seq, record),
                            aead + " sealed by " + sealer + ", opened by " + opener + " " + openKind);
                    seq++;
                }
            }
        }
    }
}
