package dev.tlsbench.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.record.MisbehavingProvider.Misbehaviour;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Setup must refuse to measure a provider that computes the wrong thing, whichever way it is wrong. */
class MisbehavingProviderTest {

    private static ProviderSet set(Misbehaviour m) {
        return ProviderSet.of("DOUBLE", new MisbehavingProvider(m));
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void aFaithfulDoubleIsAccepted(BufferKind kind) {
        RecordRing ring = RecordProof.provenRing(set(Misbehaviour.NONE), Aead.AES_128_GCM, kind, 256);
        assertEquals("Misbehaving-NONE", ring.protector().sealCipher().getProvider().getName());
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void aConsistentlyWrongProviderIsCaughtByTheKnownAnswer(BufferKind kind) throws Exception {
        ProviderSet wrong = set(Misbehaviour.CONSISTENT_WRONG_KEYSTREAM);
        // A round trip alone would not catch it:
        RecordRing unproven = RecordRing.create(kind, RecordProtector.seeded(wrong, Aead.AES_128_GCM, 1), 256, 1);
        RecordProof.checkRoundTrip(unproven);
        RecordProof.checkTamperRejected(unproven);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RecordProof.provenRing(wrong, Aead.AES_128_GCM, kind, 256));
        assertTrue(e.getMessage().contains("GCM spec") && e.getMessage().contains("expected"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void aProviderThatSealsGarbageIsCaughtByTheRoundTrip(BufferKind kind) throws Exception {
        ProviderSet wrong = set(Misbehaviour.CORRUPTS_SEAL);
        assertThrows(IllegalStateException.class, () -> RecordProof.provenRing(wrong, Aead.AES_128_GCM, kind, 256));
        // Past the known answer, the round trip on its own catches it too (its own records don't open).
        RecordRing unproven = RecordRing.create(kind, RecordProtector.seeded(wrong, Aead.AES_128_GCM, 1), 256, 1);
        assertThrows(AEADBadTagException.class, () -> RecordProof.checkRoundTrip(unproven));
    }

    @ParameterizedTest
    @EnumSource(BufferKind.class)
    void aProviderThatIgnoresTheTagIsCaughtByTheTamperCheck(BufferKind kind) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RecordProof.provenRing(set(Misbehaviour.IGNORES_TAG), Aead.AES_128_GCM, kind, 256));
        assertTrue(e.getMessage().contains("flipped ciphertext bit"), e.getMessage());
    }
}
