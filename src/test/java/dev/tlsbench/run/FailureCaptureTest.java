package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlsbench.bench.CellState;
import org.junit.jupiter.api.Test;

/** How the first line of a failure JMH printed becomes a cell's state and reason. */
class FailureCaptureTest {

    private static CellState stateOf(String throwableText) {
        return CellState.ofFailure(FailureCapture.parse(throwableText).exceptionClass());
    }

    @Test
    void theExceptionClassDecidesTheState() {
        assertEquals(CellState.UNSUPPORTED, stateOf("dev.tlsbench.provider.Unsupported: ACCP has no ChaCha20-Poly1305"));
        assertEquals(CellState.HARNESS_LIMIT, stateOf("dev.tlsbench.provider.HarnessLimit: BoringSSL picks TLS 1.3 suites itself"));
        assertEquals(CellState.FAILED, stateOf("java.lang.IllegalStateException: JDK AES_128_GCM: opened a record with a flipped tag bit\n\tat x.y(Z.java:1)"));
        assertEquals(CellState.FAILED, stateOf("javax.net.ssl.SSLException: handshake stalled"));
    }

    @Test
    void theReasonIsTheMessageWithoutTheStack() {
        FailureCapture.Failure f = FailureCapture.parse("dev.tlsbench.provider.Unsupported: ACCP has no X25519\n\tat a.b(C.java:3)");
        assertEquals("dev.tlsbench.provider.Unsupported", f.exceptionClass());
        assertEquals("ACCP has no X25519", f.message());
    }

    @Test
    void textThatIsNotAnExceptionIsAFailureKeptAsItIs() {
        FailureCapture.Failure f = FailureCapture.parse("Benchmark had encountered error, and fail on error was requested");
        assertEquals("", f.exceptionClass());
        assertEquals(CellState.FAILED, CellState.ofFailure(f.exceptionClass()));
    }
}
