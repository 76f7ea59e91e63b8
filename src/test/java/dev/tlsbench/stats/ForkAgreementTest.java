package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forks at one level agree; forks at two levels are bimodal, with both modes and their counts. */
class ForkAgreementTest {

    @Test
    void forksAtOneLevelAgree() {
        assertEquals(ForkAgreement.Kind.AGREE, ForkAgreement.of(SyntheticForks.at(1, 0.02, 5, 1000, 1000, 1000, 1000)).kind());
    }

    @Test
    void twoSpeedsPerForkAreBimodal() {
        // BouncyCastle AES-GCM: each JVM settles on one of two speeds, 30% apart.
        ForkAgreement a = ForkAgreement.of(SyntheticForks.at(2, 0.01, 5, 1000, 1300, 1000, 1300, 1300));
        assertEquals(ForkAgreement.Kind.BIMODAL, a.kind(), a.text());
        assertEquals(List.of(2, 3), a.counts());
        assertEquals(1000, a.modes().get(0), 15);
        assertEquals(1300, a.modes().get(1), 15);
        assertTrue(a.text().startsWith("bimodal: 2 forks at 1,00"), a.text());
    }

    @Test
    void forksSpreadEvenlyDisagreeWithoutBeingBimodal() {
        ForkAgreement a = ForkAgreement.of(SyntheticForks.at(3, 0.005, 5, 1000, 1100, 1200, 1300));
        assertEquals(ForkAgreement.Kind.DISAGREE, a.kind(), a.text());
    }

    @Test
    void oneForkCannotShowDisagreement() {
        assertEquals(ForkAgreement.Kind.ONE_FORK, ForkAgreement.of(SyntheticForks.at(4, 0.02, 5, 1000)).kind());
    }
}
