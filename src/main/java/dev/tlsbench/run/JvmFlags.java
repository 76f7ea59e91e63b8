package dev.tlsbench.run;

import dev.tlsbench.results.Probes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VM flags that explain a crypto number, read the only way that shows them all: most crypto
 * intrinsics are diagnostic flags, which the management API hides, so a run starts the JVM with
 * -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal (and the forks' arguments) and parses its
 * table. Whatever this JDK has is kept: AES, AES-CTR, GHASH, ChaCha20, Poly1305, SHA, big-integer
 * (Montgomery, multiplyToLen, squareToLen, mulAdd) intrinsics, the AVX/SSE level, compiler and GC.
 */
final class JvmFlags {

    /** "     bool UseAESIntrinsics    = true     {diagnostic} {default}". */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(\\S+)\\s+(\\w+)\\s+:?=\\s*(\\S*)\\s+\\{([^}]*)\\}(?:\\s+\\{([^}]*)\\})?");

    private static final Pattern KEEP = Pattern.compile(
            "Use(AES|AESCTR|GHASH|ChaCha20|Poly1305|IntPoly|SHA\\d*|Kyber|Dilithium)Intrinsics"
                    + "|Use(MontgomeryMultiply|MontgomerySquare|MultiplyToLen|SquareToLen|MulAdd)Intrinsic"
                    + "|UseAES|UseSHA|UseAVX|UseSSE|UseAPX|UseBMI\\d*Instructions|UseADX|UseCLMUL"
                    + "|TieredCompilation|Use\\w+GC|MaxHeapSize|UseCompressedOops|CICompilerCount");

    private JvmFlags() {
    }

    /** The kept flags of a PrintFlagsFinal table: name -> {value, type, kind, origin}, in the table's order. */
    static Map<String, Probes.VmFlag> parse(String printFlagsFinal) {
        Map<String, Probes.VmFlag> flags = new LinkedHashMap<>();
        for (String line : printFlagsFinal.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.find() && KEEP.matcher(m.group(2)).matches()) {
                flags.put(m.group(2), new Probes.VmFlag(m.group(3), m.group(1), m.group(4).trim(),
                        m.group(5) == null ? "" : m.group(5).trim()));
            }
        }
        return flags;
    }
}
