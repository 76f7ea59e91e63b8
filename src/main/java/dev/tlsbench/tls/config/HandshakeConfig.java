package dev.tlsbench.tls.config;

import static dev.tlsbench.tls.config.CertType.ECDSA_P256;
import static dev.tlsbench.tls.config.CertType.ED25519;
import static dev.tlsbench.tls.config.CertType.RSA_2048;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.handshake.KeyEstablishment;
import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.verify.Composite;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One TLS handshake configuration, the {@code config} axis: either a stack's defaults with only
 * the certificate chosen, or a pin (protocol, cipher suite, named group, certificate, and
 * whether the client's first key share is for another group, which costs a HelloRetryRequest).
 * Setup proves on the wire that a handshake negotiated exactly the pin, and records what the
 * defaults negotiated, before anything is timed.
 *
 * <p>TLS 1.2 ECDHE_ECDSA uses secp256r1: a TLS 1.2 server may only use a P-256 certificate when
 * the client lists secp256r1 in supported_groups, so pinning another group would make the
 * handshake fail rather than measure something else.
 */
public enum HandshakeConfig implements Composite, Labeled, Accelerated {
    /** Protocol, suites, groups and signature schemes as the stacks ship them; an RSA-2048 certificate. */
    DEFAULTS_RSA_2048(RSA_2048, null),
    /** The same with an ECDSA P-256 certificate. */
    DEFAULTS_ECDSA_P256(ECDSA_P256, null),
    /** RSA key transport. JDK 24+ disable TLS_RSA_* in jdk.tls.disabledAlgorithms: see {@link #needsTlsRsa()}. */
    TLS12_RSA_AES_128_GCM_RSA_2048(RSA_2048, Pin.of(TlsSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, TlsGroup.NONE)),
    TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048(RSA_2048, Pin.of(TlsSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TlsGroup.X25519)),
    TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TlsGroup.SECP256R1)),
    TLS12_ECDHE_ECDSA_CHACHA20_P256_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, TlsGroup.SECP256R1)),
    TLS12_DHE_RSA_AES_128_GCM_FFDHE2048_RSA_2048(RSA_2048, Pin.of(TlsSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, TlsGroup.FFDHE2048)),
    TLS13_AES_128_GCM_X25519_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.X25519)),
    TLS13_AES_128_GCM_P256_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.SECP256R1)),
    TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.FFDHE2048)),
    /** The client's key share is for x25519, which the server does not accept: one HelloRetryRequest. */
    TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256_WITH_HRR(ECDSA_P256,
            Pin.afterRetry(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.FFDHE2048, TlsGroup.X25519)),
    TLS13_AES_128_GCM_X25519_RSA_2048(RSA_2048, Pin.of(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.X25519)),
    TLS13_AES_128_GCM_X25519_ED25519(ED25519, Pin.of(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.X25519)),
    TLS13_CHACHA20_X25519_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_CHACHA20_POLY1305_SHA256, TlsGroup.X25519)),
    TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256(ECDSA_P256, Pin.of(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.X25519MLKEM768)),
    /** The client's key share is for x25519, which the server does not accept: one HelloRetryRequest. */
    TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256_WITH_HRR(ECDSA_P256,
            Pin.afterRetry(TlsSuite.TLS_AES_128_GCM_SHA256, TlsGroup.X25519MLKEM768, TlsGroup.X25519));

    /**
     * What a pinned configuration fixes.
     *
     * @param firstShare the group of the client's first key share: {@code group} itself, or another
     *                   group the server does not accept, so that it asks for {@code group} with a
     *                   HelloRetryRequest
     */
    public record Pin(TlsSuite suite, TlsGroup group, TlsGroup firstShare) {

        static Pin of(TlsSuite suite, TlsGroup group) {
            return new Pin(suite, group, group);
        }

        static Pin afterRetry(TlsSuite suite, TlsGroup group, TlsGroup firstShare) {
            return new Pin(suite, group, firstShare);
        }

        public TlsProtocol protocol() {
            return suite.protocol();
        }

        /** True when the server must answer the client's first key share with a HelloRetryRequest. */
        public boolean expectsHelloRetry() {
            return firstShare != group;
        }
    }

    private final CertType cert;
    private final Pin pin;

    HandshakeConfig(CertType cert, Pin pin) {
        this.cert = cert;
        this.pin = pin;
        if (pin != null) {
            requireConsistent(cert, pin);
        }
    }

    /** A combination TLS does not have is a bug in this enum, found when the class loads. */
    private static void requireConsistent(CertType cert, Pin pin) {
        boolean tls13 = pin.protocol() == TlsProtocol.TLS13;
        TlsGroup group = pin.group();
        boolean finiteField = group != TlsGroup.NONE && group.keyEstablishment().primitive() instanceof KeyExchange k && k.isFiniteField();
        boolean ok = tls13 ? group != TlsGroup.NONE
                : pin.suite().authentication() == cert.tls12Authentication() && switch (pin.suite().keyExchange()) {
                    case RSA_KEY_TRANSPORT -> group == TlsGroup.NONE;
                    case DHE -> finiteField;
                    case ECDHE -> group != TlsGroup.NONE && !finiteField;
                    case BY_GROUP -> false; // a TLS 1.3 suite: tls13 above
                };
        if (!ok || (pin.expectsHelloRetry() && !tls13)) {
            throw new IllegalStateException(pin.suite() + " with " + group + " and a " + cert + " certificate is not a TLS handshake");
        }
    }

    /**
     * "TLS 1.3 X25519, AES-128-GCM, ECDSA P-256 cert", "TLS 1.2 ECDHE X25519, AES-128-GCM, RSA-2048 cert",
     * "stack defaults, RSA-2048 cert"; a pin reached after a HelloRetryRequest says so.
     */
    @Override
    public String label() {
        if (pin == null) {
            return "stack defaults, " + cert.label() + " cert";
        }
        String exchange = pin.protocol() == TlsProtocol.TLS13 || pin.group() == TlsGroup.NONE ? pin.group().label()
                : pin.suite().keyExchange().label() + " " + pin.group().label();
        return pin.protocol().label() + " " + exchange + ", " + pin.suite().aead().label() + ", " + cert.label() + " cert"
                + (pin.expectsHelloRetry() ? ", after a HelloRetryRequest" : "");
    }

    public CertType cert() {
        return cert;
    }

    /** What the configuration pins; empty for the stack's defaults. */
    public Optional<Pin> pin() {
        return Optional.ofNullable(pin);
    }

    /** The pin, for code that only runs for pinned configurations. */
    public Pin requirePin() {
        if (pin == null) {
            throw new IllegalStateException(this + " pins nothing");
        }
        return pin;
    }

    public boolean isDefaults() {
        return pin == null;
    }

    /** RSA key transport suites, which newer JDKs disable by default. */
    public boolean needsTlsRsa() {
        return pin != null && pin.suite().isRsaKeyTransport();
    }

    /** The key establishment of a pinned configuration: its group's, or RSA transport under the certificate's key. */
    public KeyEstablishment keyEstablishment() {
        Pin p = requirePin();
        return p.group() == TlsGroup.NONE ? cert.rsaKeyTransport() : p.group().keyEstablishment();
    }

    /**
     * The primitives a handshake of this configuration uses: its key establishment, its record
     * AEAD and the signature scheme its certificate signs with in its protocol (none for RSA key
     * transport). The defaults may negotiate any TLS 1.3 suite and any known group (setup proves
     * the negotiated ones are among them), so they are made of all of those.
     */
    @Override
    public Set<Enum<?>> parts() {
        Set<Enum<?>> parts = new LinkedHashSet<>();
        if (pin == null) {
            Arrays.stream(TlsSuite.values()).filter(s -> s.protocol() == TlsProtocol.TLS13).forEach(s -> parts.add(s.aead()));
            Arrays.stream(TlsGroup.values()).filter(g -> g != TlsGroup.NONE).forEach(g -> parts.add(g.keyEstablishment().primitive()));
            parts.add(cert.signature(TlsProtocol.TLS13));
            return parts;
        }
        parts.add(keyEstablishment().primitive());
        parts.add(pin.suite().aead());
        if (!pin.suite().isRsaKeyTransport()) {
            parts.add(cert.signature(pin.protocol()));
        }
        return parts;
    }

    /**
     * A pinned configuration: what its key establishment, record AEAD and signature depend on. The
     * stack's defaults: what its certificate's signature depends on, the one part they fix (they
     * may negotiate any TLS 1.3 suite and group: the cells record which).
     */
    @Override
    public Set<Acceleration> acceleration() {
        return pin == null ? cert.signature(TlsProtocol.TLS13).acceleration() : Accelerated.ofParts(this);
    }
}
