package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.analysis.Winner;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline's answers on the hand-made fixture, whose numbers are round: the fastest owner per
 * question, its speed-up over the JDK's own with the interval from both errors, the owners it
 * cannot be told from, its fraction of native OpenSSL, and what a run without a family says.
 */
class HeadlineTest {

    @TempDir
    Path tmp;

    private static Question question(String text) {
        return Question.winners().stream().filter(q -> q.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void fastestAtSixteenKibIsAccpTwiceTheJdkAndEightyPercentOfNative() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Winner w = Winner.of(jdk17, question("AES-128-GCM seal · 16 KiB record"));
        assertEquals("ACCP", w.best().orElseThrow().owner());
        assertEquals(List.of(), w.tied(), "Conscrypt's 300 000 ± 3 000 is well below ACCP's 400 000 ± 6 000");
        // ACCP 400 000 ± 6 000 (1.5%) over the JDK's 200 000 ± 4 000 (2%): 2x, interval 2 exp(±√(0.015² + 0.02²)) = 2 exp(±0.025)
        Ratio r = w.overJdk().orElseThrow();
        assertEquals(2.0, r.value(), 1e-12);
        assertEquals(2 * Math.exp(-0.025), r.lo(), 1e-9);
        assertEquals(2 * Math.exp(0.025), r.hi(), 1e-9);
        assertTrue(r.significant());
        // native: 500 000 records/s of 16 KiB (openssl/speed.json); ACCP 400 000
        assertEquals(0.8, w.ofNative(), 1e-12);
        // 400 000 x 16 384 B/s on a 2 GHz clock: 2e9 / 6.5536e9 cycles per byte
        CellOutcome accp = w.best().get();
        assertEquals("6.55 GB/s", HeadlineValues.main(Question.Unit.RECORD, accp));
        assertEquals("0.305 cycles/B", HeadlineValues.second(jdk17, Question.Unit.RECORD, accp));
    }

    @Test
    void ownersWithinTheNoiseAreATie() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Winner w = Winner.of(jdk17, question("AES-128-GCM seal · 1350 B record"));
        assertEquals("ACCP", w.best().orElseThrow().owner());
        assertEquals(List.of("CONSCRYPT"), w.tied(), "990 000 ± 50 000 vs 1 000 000 ± 50 000");
        // native at 1350 B: 2 000 000 records/s
        assertEquals(0.5, w.ofNative(), 1e-12);
    }

    @Test
    void handshakesAreSaidInMicrosecondsAndPerCoreAndAgainstNativeRsa() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Winner rsa = Winner.of(jdk17, question("TLS 1.2 RSA RSA-2048 · server"));
        CellOutcome best = rsa.best().orElseThrow();
        assertEquals("ACCP", best.owner(), "Conscrypt's cell is a harness limit, not a value");
        assertEquals("500 µs", HeadlineValues.main(Question.Unit.HANDSHAKE, best));
        assertEquals("2\u2009000 /s per core", HeadlineValues.second(jdk17, Question.Unit.HANDSHAKE, best));
        assertEquals(0.8, rsa.ofNative(), 1e-12, "2 000/s against openssl's 2 500 RSA-2048 private-key operations/s");
        Winner ecdhe = Winner.of(jdk17, question("X25519 ECDSA P-256 · server"));
        assertEquals("CONSCRYPT", ecdhe.best().orElseThrow().owner());
        assertTrue(Double.isNaN(ecdhe.ofNative()), "no like-for-like native measurement of an ECDHE handshake");
    }

    @Test
    void theJdksOwnAndAFamilyNotInTheRunSaySo() {
        JvmRun jdk25 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk25");
        Winner engine = Winner.of(jdk25, question("SSLEngine stack defaults, ECDSA P-256 cert · full"));
        assertFalse(engine.best().isPresent());
        assertEquals("not in this run", engine.why());
        Winner client = Winner.of(jdk25, question("X25519 ECDSA P-256 · client"));
        assertEquals("nothing measured: 4 not in profile", client.why(), "the family is in the run, these cells not in its profile");
        Winner rsa = Winner.of(jdk25, question("TLS 1.2 RSA RSA-2048 · server"));
        assertEquals("CONSCRYPT", rsa.best().orElseThrow().owner());
        Winner jdkBest = Winner.of(Fixtures.run(Fixtures.load(tmp.resolve("handmade")), "jdk17"), question("TLS 1.2 RSA RSA-2048 · server"));
        assertTrue(jdkBest.overJdk().isPresent());
    }

    @Test
    void theTablesOfEachJdkCarryTheMarks() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        HeadlineTables.Table hs = HeadlineTables.handshakes(jdk17);
        assertEquals(List.of("µs (below: /s), one core", "JDK", "BC", "Conscrypt", "ACCP"), hs.headers());
        assertEquals("not in run / not in run", hs.rows().get(1).get(1).text(), "X25519 with an RSA certificate is not in the hand-made matrix");
        List<HeadlineTables.Cell> ecdhe = hs.rows().get(2);
        assertEquals("X25519 ECDSA P-256", ecdhe.get(0).text());
        assertEquals("333 / 500", ecdhe.get(1).text(), "JDK: 1e6/3000 server, 1e6/2000 client");
        assertEquals("!!", ecdhe.get(1).marks(), "the JDK's ECDSA gate failure, on both sides");
        assertEquals("unsupported / pending", ecdhe.get(4).text());
    }
}
