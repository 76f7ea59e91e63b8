package dev.tlsbench.bench;

import java.util.List;

/**
 * A kind of hardware help an algorithm's speed depends on: the CPU flags that provide it (as
 * /proc/cpuinfo spells them) and the HotSpot flags that switch the JDK's intrinsics for it. A
 * chart's caption shows these, each with what the machine and the JVM had.
 */
public enum Acceleration {
    /** AES-NI and carry-less multiply for GHASH, their vector versions with AVX-512. */
    AES_GCM(List.of("aes", "pclmulqdq", "vaes", "vpclmulqdq", "avx512f"), List.of("UseAESIntrinsics", "UseGHASHIntrinsics")),
    /** ChaCha20 and Poly1305 on wide vectors. */
    CHACHA20_POLY1305(List.of("avx2", "avx512f"), List.of("UseChaCha20Intrinsics", "UsePoly1305Intrinsics")),
    /** RSA and finite-field DH: big-number multiplication (ADX, BMI2) and the JDK's Montgomery intrinsics. */
    BIG_NUMBERS(List.of("adx", "bmi2"),
            List.of("UseMontgomeryMultiplyIntrinsic", "UseMontgomerySquareIntrinsic", "UseMultiplyToLenIntrinsic")),
    /** Elliptic curves: the same big-number instructions, wide vectors, and the JDK's field-arithmetic intrinsics. */
    ELLIPTIC_CURVES(List.of("adx", "bmi2", "avx2"), List.of("UseIntPolyIntrinsics")),
    /** SHA-2 (signatures' hashes, HKDF): the SHA extensions. */
    SHA2(List.of("sha_ni"), List.of("UseSHA256Intrinsics", "UseSHA512Intrinsics")),
    /** ML-KEM: wide vectors for its NTT, SHA-3 for its sampling. */
    ML_KEM(List.of("avx2", "avx512f"), List.of("UseKyberIntrinsics", "UseSHA3Intrinsics"));

    private final List<String> cpuFlags;
    private final List<String> vmFlags;

    Acceleration(List<String> cpuFlags, List<String> vmFlags) {
        this.cpuFlags = cpuFlags;
        this.vmFlags = vmFlags;
    }

    public List<String> cpuFlags() {
        return cpuFlags;
    }

    public List<String> vmFlags() {
        return vmFlags;
    }
}
