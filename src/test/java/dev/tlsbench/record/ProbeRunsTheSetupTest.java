package dev.tlsbench.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Support;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A capability probe runs the benchmark's setup on the cell's own values, so a cell whose setup
 * fails only at one buffer kind or size is reported so by the probe too, and the owner x algorithm
 * matrix sees it: the old record probe tried byte[] buffers at 100 bytes only and said "yes" here.
 */
class ProbeRunsTheSetupTest {

    /** AeadRecordBench's own setup, except that direct buffers break and records above 1024 bytes are refused. */
    static RecordRing picky(AeadRecordBench params) {
        if (params.buffer == BufferKind.DIRECT) {
            throw new IllegalStateException("direct buffers break");
        }
        if (params.size > 1024) {
            throw new Unsupported("no records above 1024 bytes");
        }
        return params.prepare();
    }

    private static final Family PICKY = Family.of("picky", "record protection that fails for some buffers and sizes",
                    AeadRecordBench.class, "provider", JcaProvider.class, "aead", Aead.class)
            .setup(ProbeRunsTheSetupTest::picky)
            .quickTiming(Timing.quickNative(1), Timing.quickJit(1))
            .build();

    private static Cell cell(Family family, BufferKind buffer, int size) {
        return new Cell(family.benchmark().getName() + ".seal", Map.of("provider", "JDK", "aead", "AES_128_GCM",
                "buffer", buffer.name(), "size", String.valueOf(size)), 1);
    }

    @Test
    void aCellIsProbedAtItsOwnBufferAndSize() {
        assertEquals(Support.YES, PICKY.probe(cell(PICKY, BufferKind.BYTE_ARRAY, 16)));
        Support direct = PICKY.probe(cell(PICKY, BufferKind.DIRECT, 16));
        assertEquals(CellState.FAILED, direct.state(), direct.toString());
        assertTrue(direct.reason().contains("direct buffers break"), direct.reason());
        Support large = PICKY.probe(cell(PICKY, BufferKind.BYTE_ARRAY, 16384));
        assertEquals(new Support(CellState.UNSUPPORTED, "no records above 1024 bytes"), large);
    }

    @Test
    void theMatrixTriesEveryBufferAndSizeOfAPair() {
        Support pair = PICKY.capabilities().probe(JcaProvider.JDK, Aead.AES_128_GCM);
        assertEquals(CellState.FAILED, pair.state(), "the pair's direct-buffer cells fail: " + pair);
        assertEquals(21, PICKY.capabilities().pairCells(JcaProvider.JDK, Aead.AES_128_GCM).size(), "7 sizes x 3 buffer kinds");
    }

    @Test
    void theRecordFamilyRunsTheBenchmarksSetupOnTheCellsValues() {
        assertEquals(Support.YES, RecordFamily.FAMILY.probe(cell(RecordFamily.FAMILY, BufferKind.DIRECT, 16384)));
        // a size the launcher refuses (@ParamRange) reaches the setup, which cannot make a ring of it
        Support negative = RecordFamily.FAMILY.probe(cell(RecordFamily.FAMILY, BufferKind.DIRECT, -1));
        assertEquals(CellState.FAILED, negative.state(), negative.toString());
    }

    @Test
    void aValueTheAxisDoesNotTakeIsRefusedNamingTheValidOnes() {
        Cell bad = new Cell(AeadRecordBench.class.getName() + ".seal", Map.of("provider", "JDK", "aead", "AES_128_GCM",
                "buffer", "MAPPED", "size", "16"), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordFamily.FAMILY.shape().withParams(AeadRecordBench.class, bad));
        assertTrue(e.getMessage().startsWith("@Param buffer=MAPPED is not a BufferKind; valid: [BYTE_ARRAY, HEAP, DIRECT]"), e.getMessage());
    }
}
