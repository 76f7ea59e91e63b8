package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.JvmEnv;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which CPU flags and VM flags explain the speed of an algorithm, found from its constant's name
 * (so a configuration such as TLS13_AES_128_GCM_X25519_ECDSA_P256 gets the flags of each of its
 * parts): AES-GCM needs AES-NI and carry-less multiply (vector versions with AVX-512), ChaCha20 and
 * Poly1305 wide vectors, RSA and finite-field DH big-number instructions (ADX, BMI2), elliptic
 * curves the same and the JDK's field-arithmetic intrinsics, SHA the SHA extensions. A chart's
 * caption shows these, each with what this machine and this JVM have.
 */
public final class CryptoFlags {

    private record Rule(Pattern name, List<String> cpu, List<String> vm) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("GCM"), List.of("aes", "pclmulqdq", "vaes", "vpclmulqdq", "avx512f"),
                    List.of("UseAESIntrinsics", "UseGHASHIntrinsics")),
            new Rule(Pattern.compile("CHACHA|POLY1305"), List.of("avx2", "avx512f"),
                    List.of("UseChaCha20Intrinsics", "UsePoly1305Intrinsics")),
            new Rule(Pattern.compile("RSA|FFDHE|PKCS1|OAEP"), List.of("adx", "bmi2"),
                    List.of("UseMontgomeryMultiplyIntrinsic", "UseMontgomerySquareIntrinsic", "UseMultiplyToLenIntrinsic")),
            new Rule(Pattern.compile("P256|P384|P521|ECDSA|ECDHE|X25519|X448|ED25519|ED448"), List.of("adx", "bmi2", "avx2"),
                    List.of("UseIntPolyIntrinsics")),
            new Rule(Pattern.compile("SHA|HKDF|ECDSA|RSA_P"), List.of("sha_ni"), List.of("UseSHA256Intrinsics", "UseSHA512Intrinsics")),
            new Rule(Pattern.compile("MLKEM|ML_KEM"), List.of("avx2", "avx512f"), List.of("UseKyberIntrinsics", "UseSHA3Intrinsics")));

    private CryptoFlags() {
    }

    /** The CPU flags that matter for these algorithm constants, in rule order. */
    public static List<String> cpu(Set<String> constants) {
        Set<String> out = new LinkedHashSet<>();
        rules(constants).forEach(r -> out.addAll(r.cpu()));
        return new ArrayList<>(out);
    }

    /** The VM flags that matter for these algorithm constants, in rule order. */
    public static List<String> vm(Set<String> constants) {
        Set<String> out = new LinkedHashSet<>();
        rules(constants).forEach(r -> out.addAll(r.vm()));
        return new ArrayList<>(out);
    }

    private static List<Rule> rules(Set<String> constants) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (constants.stream().anyMatch(c -> r.name().matcher(c.toUpperCase(Locale.ROOT)).find())) {
                out.add(r);
            }
        }
        return out;
    }

    /** "aes ✓ vaes ✓ avx512f ✗" for the flags of {@code names} that env.json recorded. */
    public static String cpuLine(Map<String, Boolean> have, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Boolean v = have.get(n);
            if (v != null) {
                out.add(n + (v ? " ✓" : " ✗"));
            }
        }
        return String.join("  ", out);
    }

    /** "UseAESIntrinsics=true, UseChaCha20Intrinsics: not in this JVM". */
    public static String vmLine(JvmEnv jvm, List<String> names) {
        if (!jvm.flagsRecorded()) {
            return "VM flags not recorded (the probe failed: see the environment section)";
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(jvm.flag(n).map(v -> n + "=" + v).orElse(n + ": not in this JVM"));
        }
        return String.join(", ", out);
    }
}
