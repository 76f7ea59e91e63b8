package dev.tlsbench.openssl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The x86 capability vector OpenSSL chose its code paths from, as its CPUINFO line prints it
 * ({@code OPENSSL_ia32cap=0xLV0:0xLV1 [env:...]}), decoded into the instruction-set extensions that
 * decide the speed of what the suite measures. Bit positions from OPENSSL_ia32cap(3): LV0 is
 * CPUID.1:EDX (bits 0-31) and ECX (32-63), LV1 is CPUID.7.0:EBX (0-31) and ECX (32-63). The vector is
 * the one in effect, after an {@code OPENSSL_ia32cap} environment override, which {@code env:} names.
 */
public record Ia32Cap(String lv0, String lv1, String envOverride, List<String> features) {

    /** A named bit: which logical vector, which bit, and the extension's usual name. */
    private record Bit(int vector, int bit, String name) {
    }

    private static final List<Bit> BITS = List.of(
            new Bit(0, 33, "PCLMULQDQ"), new Bit(0, 41, "SSSE3"), new Bit(0, 57, "AES-NI"), new Bit(0, 60, "AVX"),
            new Bit(1, 3, "BMI1"), new Bit(1, 5, "AVX2"), new Bit(1, 8, "BMI2"), new Bit(1, 16, "AVX512F"),
            new Bit(1, 19, "ADX"), new Bit(1, 21, "AVX512IFMA"), new Bit(1, 29, "SHA"), new Bit(1, 30, "AVX512BW"),
            new Bit(1, 31, "AVX512VL"), new Bit(1, 41, "VAES"), new Bit(1, 42, "VPCLMULQDQ"));

    private static final Pattern VECTOR = Pattern.compile("OPENSSL_ia32cap=(0x[0-9a-fA-F]+)(?::(0x[0-9a-fA-F]+))?(?:\\s+env:(\\S+))?");

    public Ia32Cap {
        features = List.copyOf(features);
    }

    /** The vector of a CPUINFO line (or any text holding "OPENSSL_ia32cap=0x..."), empty when there is none (not x86). */
    public static Optional<Ia32Cap> parse(String text) {
        Matcher m = VECTOR.matcher(text == null ? "" : text);
        if (!m.find()) {
            return Optional.empty();
        }
        BigInteger[] lv = {new BigInteger(m.group(1).substring(2), 16),
                m.group(2) == null ? BigInteger.ZERO : new BigInteger(m.group(2).substring(2), 16)};
        List<String> have = new ArrayList<>();
        for (Bit b : BITS) {
            if (lv[b.vector()].testBit(b.bit())) {
                have.add(b.name());
            }
        }
        return Optional.of(new Ia32Cap(m.group(1), m.group(2) == null ? "" : m.group(2),
                m.group(3) == null ? "" : m.group(3), have));
    }
}
