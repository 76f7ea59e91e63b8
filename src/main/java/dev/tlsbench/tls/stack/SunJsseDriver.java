package dev.tlsbench.tls.stack;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import java.lang.reflect.Method;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * SunJSSE, which does its crypto through the JVM-wide provider list: with the JDK's providers,
 * or with ACCP inserted first (how ACCP is deployed).
 */
final class SunJsseDriver implements StackDriver {

    private final boolean accpFirst;

    SunJsseDriver(boolean accpFirst) {
        this.accpFirst = accpFirst;
    }

    @Override
    public Provider jsse(UnaryOperator<Provider> lens) {
        Provider p = Security.getProvider("SunJSSE");
        if (p == null) {
            throw new Unsupported("SunJSSE is not installed");
        }
        return p;
    }

    /** ssl.KeyManagerFactory.algorithm: "SunX509" on every JDK, which keeps the key in memory. */
    @Override
    public String defaultKeyManagerAlgorithm() {
        return KeyManagerFactory.getDefaultAlgorithm();
    }

    /**
     * JDK 20+: SSLParameters.setNamedGroups (called reflectively: this code is compiled for 17).
     * JDK 17 has no per-engine list, so the engine's AlgorithmConstraints refuse every other
     * group; the JDK's own preference order then decides which allowed group gets the key share.
     */
    @Override
    public void pinGroups(SSLEngine engine, List<TlsGroup> groups) {
        List<String> names = GroupPin.jsseNames(groups);
        SSLParameters p = engine.getSSLParameters();
        if (SET_NAMED_GROUPS != null) {
            try {
                SET_NAMED_GROUPS.invoke(p, (Object) names.toArray(new String[0]));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("SSLParameters.setNamedGroups failed", e);
            }
        } else {
            p.setAlgorithmConstraints(new OnlyGroupConstraints(names));
        }
        engine.setSSLParameters(p);
    }

    /**
     * On JDK 17 to 19 only: the AlgorithmConstraints that pin the groups are also what SunJSSE asks
     * whether ecdsa_secp256r1_sha256 is permitted (SignatureScheme.isPermitted checks the scheme's
     * named group with NamedGroup.isPermitted, the very call that lists the groups), so the
     * constraints must permit secp256r1. From JDK 20 the group list is the engine's own
     * (SSLParameters.setNamedGroups), which SignatureScheme does not consult: on JDK 25 a client
     * limited to x25519 still offers ecdsa_secp256r1_sha256 (seen on the wire).
     */
    @Override
    public boolean tls13EcdsaP256NeedsSecp256r1() {
        return SET_NAMED_GROUPS == null;
    }

    /**
     * JDK 17 to 19, a TLS 1.3 pin with an ECDSA-P256 certificate and another group: the client's
     * groups must include secp256r1 (above), and SunJSSE's client sends a key share for the first
     * group of each kind it allows (XDH, ECDHE, FFDHE), up to two (KeyShareExtension
     * .CHKeyShareProducer): so besides x25519 or ffdhe2048 it generates a P-256 share the server
     * never uses, on every connection.
     */
    @Override
    public List<ExtraKeyShare> extraKeyShares(HandshakeConfig config) {
        boolean applies = tls13EcdsaP256NeedsSecp256r1() && config.cert() == CertType.ECDSA_P256
                && config.pin().filter(p -> p.protocol() == TlsProtocol.TLS13 && p.group() != TlsGroup.SECP256R1).isPresent();
        return applies ? List.of(new ExtraKeyShare(TlsGroup.SECP256R1, "client also sends a P-256 key share: SunJSSE on JDK "
                + Runtime.version().feature() + " offers ecdsa_secp256r1_sha256 only while secp256r1 is an allowed group,"
                + " and sends a share for its first group of each kind")) : List.of();
    }

    private static final Method SET_NAMED_GROUPS = namedGroupsSetter();

    private static Method namedGroupsSetter() {
        try {
            return SSLParameters.class.getMethod("setNamedGroups", String[].class);
        } catch (NoSuchMethodException e) {
            return null; // JDK 17 to 19
        }
    }

    @Override
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        GlobalSwitch.Lease rsa = config.needsTlsRsa() ? JvmSettings.TLS_RSA_ALLOWED.acquire() : GlobalSwitch.NOTHING;
        return accpFirst ? GlobalSwitch.both(rsa, JvmSettings.ACCP_FIRST::acquire) : rsa;
    }

    @Override
    public List<String> jvmChanges(HandshakeConfig config) {
        List<String> changes = new ArrayList<>();
        if (config.needsTlsRsa() && JvmSettings.tlsRsaDisabledByDefault()) {
            changes.add(JvmSettings.TLS_RSA_CHANGE);
        }
        if (accpFirst) {
            changes.add(JvmSettings.ACCP_FIRST_CHANGE);
        }
        return changes;
    }

    /**
     * SunJSSE takes its (EC)DHE secret from KeyAgreement.generateSecret("TlsPremasterSecret"), and
     * the JDK's DH KeyAgreement drops a leading zero byte there (TLS 1.2's rule), where TLS 1.3
     * keeps it. Tried on a secret that has one.
     */
    @Override
    public Optional<String> tls13FfdheSecretDefect() {
        return FfdheSecretPadding.JDK_DEFECT;
    }

    /** Both SunJSSE stacks are one SunJSSE over the JVM's provider list: with and without ACCP first cannot coexist. */
    @Override
    public boolean sharesJvmStateWith(StackDriver other) {
        return other instanceof SunJsseDriver;
    }

    @Override
    public List<String> packages() {
        return List.of("sun.security.ssl.");
    }
}
