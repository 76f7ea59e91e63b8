package dev.tlsbench.report.analysis;

import dev.tlsbench.openssl.NativeBaseline;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Baseline;
import dev.tlsbench.report.input.FamilyPlan;
import java.util.Map;
import java.util.Optional;

/**
 * Which native measurement a suite cell can be compared with: the same primitive, the same
 * operation, the same message size. Matches are named here by family, method and constant (by
 * string: a family or constant that is not in a run simply has no reference mark).
 *
 * <ul>
 * <li>record seal/open of an AEAD at a size: {@code openssl speed -aead -evp} (nonce, AAD and tag
 *     per record, like a TLS record) at that size;</li>
 * <li>signature sign/verify: ECDSA P-256, Ed25519, RSA-2048 (openssl's RSA sign is the private-key
 *     operation PKCS#1 v1.5 and PSS share);</li>
 * <li>RSA key transport: decrypt is the private-key operation openssl times as sign, encrypt the
 *     public-key operation it times as verify (OpenSSL 3.0's speed has no separate RSA encryption);</li>
 * <li>key agreement "agree" (not key generation) of P-256 and X25519: openssl's ECDH derive;</li>
 * <li>the crypto of a TLS 1.2 RSA key-transport handshake: the server's RSA-2048 private-key
 *     operation, the client's public-key operation. ECDHE handshakes have none: openssl speed does
 *     not time key generation, which they include.</li>
 * </ul>
 */
public final class NativeMatch {

    /** A comparable native rate, in the cell's operations per second, and what it is. */
    public record Native(double opsPerSecond, String what) {
    }

    /** Signature scheme constant to the algorithm openssl speed names. */
    private static final Map<String, String> SIGNATURE = Map.of("ECDSA_P256_SHA256", "ECDSA P-256", "ED25519", "Ed25519",
            "RSA_PKCS1_SHA256_2048", "RSA-2048", "RSA_PSS_SHA256_2048", "RSA-2048");

    private NativeMatch() {
    }

    public static Optional<Native> of(Baseline baseline, FamilyPlan family, String method, Map<String, String> params) {
        if (baseline.speed().isEmpty()) {
            return Optional.empty();
        }
        NativeBaseline b = baseline.speed().get();
        Optional<NativeBaseline.Measurement> m = switch (family.name()) {
            case "record" -> size(params.get("size")).flatMap(size ->
                    b.find(family.label("aead", params.getOrDefault("aead", "")), method, size));
            case "signature" -> Optional.ofNullable(SIGNATURE.get(params.get("scheme")))
                    .flatMap(algorithm -> b.find(algorithm, method, 0));
            case "rsa" -> "PKCS1_2048".equals(params.get("rsa"))
                    ? b.find("RSA-2048", method.equals("decrypt") ? "sign" : method.equals("encrypt") ? "verify" : "", 0)
                    : Optional.empty();
            case "kex" -> method.equals("agree") ? b.find(family.label("kex", params.getOrDefault("kex", "")), "derive", 0)
                    : Optional.empty();
            case "handshake-cost" -> "TLS12_RSA_RSA2048".equals(params.get("handshake"))
                    ? b.find("RSA-2048", "SERVER".equals(params.get("side")) ? "sign" : "verify", 0) : Optional.empty();
            default -> Optional.empty();
        };
        return m.map(x -> new Native(x.opsPerSecond(), x.algorithm() + " " + x.operation()
                + (x.bytes() > 0 ? " at " + Num.bytes(x.bytes()) : "") + " (" + x.command() + ")"));
    }

    private static Optional<Integer> size(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
