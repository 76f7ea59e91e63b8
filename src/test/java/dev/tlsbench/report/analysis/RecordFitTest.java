package dev.tlsbench.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost of a record as a + b x bytes: on the hand-made run, a line through two hand-checked points. */
class RecordFitTest {

    @TempDir
    Path tmp;

    @Test
    void theJdksAesGcmCostPerRecordAndPerByte() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        FamilyPlan record = jdk17.plan().family("record").orElseThrow();
        List<RecordFit.Fit> fits = RecordFit.fits(jdk17, record);
        RecordFit.Fit jdk = fits.stream().filter(f -> f.owner().equals("JDK") && f.what().startsWith("AES-128-GCM")).findFirst().orElseThrow();
        // 500 000 records/s at 1350 B = 2000 ns, 200 000 at 16 384 B = 5000 ns
        double b = (5000.0 - 2000.0) / (16384 - 1350);
        assertEquals(2, jdk.points());
        assertEquals(b, jdk.nsPerByte(), 1e-9);
        assertEquals(2000 - b * 1350, jdk.fixedNs(), 1e-6);
        assertEquals(b * 2000 / 1000, jdk.cyclesPerByte(), 1e-9, "ns per byte x 2 GHz");
        assertEquals(1.0, jdk.r2(), 1e-12, "two points: an exact line");
        assertEquals("AES-128-GCM · byte[]", jdk.what());
        // the JDK's ChaCha20-Poly1305 has one measured size (1350 FAILED): no line
        assertEquals(0, fits.stream().filter(f -> f.owner().equals("JDK") && f.what().startsWith("ChaCha20")).count());
    }
}
