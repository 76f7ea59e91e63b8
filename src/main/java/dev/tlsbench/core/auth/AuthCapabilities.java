package dev.tlsbench.core.auth;

import dev.tlsbench.algo.RsaKeyTransport;
import dev.tlsbench.algo.SignatureScheme;
import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.provider.JcaProvider;

/** The capability families of RsaKeyTransportBench, SignatureBench and HandshakeCostBench. */
public final class AuthCapabilities {

    public static final CapabilityFamily<JcaProvider, RsaKeyTransport> RSA =
            new ProviderFamily<>("handshake-rsa", "rsa", RsaKeyTransport.class, RsaKeyTransportWorkload::prepare);

    public static final CapabilityFamily<JcaProvider, SignatureScheme> SIGNATURE =
            new ProviderFamily<>("handshake-signature", "scheme", SignatureScheme.class, SignatureWorkload::prepare);

    private AuthCapabilities() {
    }
}
