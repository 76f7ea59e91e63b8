package dev.tlsbench.tls.stack;

import dev.tlsbench.kex.Rfc7919;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.util.Optional;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.DHParameterSpec;

/**
 * Whether the JDK's DH KeyAgreement, asked for a "TlsPremasterSecret" as SunJSSE asks, keeps the
 * leading zero bytes of an ffdhe2048 secret (RFC 8446 7.4.1 requires the secret left-padded to the
 * prime's length in TLS 1.3), found by trying key pairs until a secret starts with a zero byte
 * (one in 256 does).
 */
final class FfdheSecretPadding {

    /** Found once per JVM. */
    static final Optional<String> JDK_DEFECT = tryJdk();

    private FfdheSecretPadding() {
    }

    private static Optional<String> tryJdk() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("DH", "SunJCE");
            g.initialize(new DHParameterSpec(Rfc7919.FFDHE2048_P, Rfc7919.GENERATOR, 225));
            KeyAgreement ka = KeyAgreement.getInstance("DiffieHellman", "SunJCE");
            for (int i = 0; i < 8192; i++) {
                KeyPair a = g.generateKeyPair();
                KeyPair b = g.generateKeyPair();
                ka.init(a.getPrivate());
                ka.doPhase(b.getPublic(), true);
                byte[] raw = ka.generateSecret();
                if (raw[0] != 0) {
                    continue;
                }
                ka.init(a.getPrivate());
                ka.doPhase(b.getPublic(), true);
                int tls = ka.generateSecret("TlsPremasterSecret").getEncoded().length;
                return tls == raw.length ? Optional.empty() : Optional.of("the JDK's DH KeyAgreement gives SunJSSE a "
                        + tls + "-byte TlsPremasterSecret for a " + raw.length + "-byte ffdhe2048 secret with a leading zero"
                        + " byte (TLS 1.2's rule; RFC 8446 7.4.1 keeps it in TLS 1.3)");
            }
            return Optional.empty();
        } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
            return Optional.empty(); // no SunJCE DH: SunJSSE has no ffdhe either
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("trying the JDK's DH KeyAgreement on ffdhe2048 failed", e);
        }
    }
}
