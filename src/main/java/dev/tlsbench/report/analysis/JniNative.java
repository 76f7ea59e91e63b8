package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import java.util.Optional;

/**
 * The other native reference of a headline question: the fastest cell of the same question whose
 * provider does its work in a native library through JNI (ACCP on AWS-LC, Conscrypt on BoringSSL),
 * measured in the same run with the same harness. Unlike openssl speed it includes the JNI crossing
 * and the provider's Java side, and its library is usually newer than the system OpenSSL; the
 * library is named from env.json (ACCP reports its AWS-LC version; Conscrypt does not report its
 * BoringSSL revision, and the name says so).
 *
 * @param cell    that cell
 * @param library its native library as env.json names it
 * @param ofIt    a compared cell's score as a fraction of it
 */
public record JniNative(CellOutcome cell, String library, double ofIt) {

    /** The JNI-native reference of {@code q} in {@code run}, with {@code compared}'s fraction of it; empty when none was measured. */
    public static Optional<JniNative> of(JvmRun run, Question q, CellOutcome compared) {
        Optional<JniNative> best = Optional.empty();
        for (String owner : q.owners(run)) {
            Optional<CellOutcome> c = q.cell(run, owner).filter(CellOutcome::measured);
            String library = c.flatMap(o -> o.family().crypto(owner)).map(p -> run.jvm().nativeLibrary(p)).orElse("");
            if (c.isPresent() && !library.isEmpty() && (best.isEmpty() || c.get().score() > best.get().cell().score())) {
                best = Optional.of(new JniNative(c.get(), library, compared.score() / c.get().score()));
            }
        }
        return best;
    }
}
