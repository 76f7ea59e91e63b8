package dev.tlsbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run policy, written once: every benchmark class extends this and JMH reads these
 * annotations from the superclass. Command-line flags (-f, -wi, -w, -i, -r, -jvmArgs) override it.
 *
 * <p>Warmup is long on purpose: SunJCE's GCM and the JDK's EC code reach their intrinsics only
 * after C2 has compiled them, and 2 x 1 s of warmup undercounted SunJCE AES-GCM by up to 2x on a
 * 2-core machine. The heap is fixed so GC sizing does not differ between runs, and pre-touched
 * ({@code -XX:+AlwaysPreTouch}) so no page of it is first written while a benchmark runs: G1 grows
 * its young generation from about 50 to about 600 regions after its first collections, and a cell
 * that allocates (the JDK's and BC's BigInteger RSA) then ran 13-15% slower for the ~15 s its
 * allocation took to pass once through the new eden, paying a kernel page fault per fresh 4 KiB
 * page. Pre-touching costs each fork about 0.5 s of two cores at start per 512 MiB, outside any
 * iteration (1 GiB took twice that): the heap is 512 MiB, far above what any cell keeps live.
 * {@code --enable-native-access} keeps JDK 22+ from warning about Conscrypt's and ACCP's JNI
 * (JDK 17 accepts the flag too).
 *
 * <p>Every state is Scope.Thread: a Cipher, Signature, KeyAgreement or SSLEngine is not
 * thread-safe, and with {@code -t N} each thread measures its own objects.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public abstract class BenchBase {
}
