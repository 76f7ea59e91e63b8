package dev.tlsbench.auth;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.ProviderAlgorithmFamily;
import dev.tlsbench.provider.JcaProvider;

/** The capability families of RsaKeyTransportBench, SignatureBench and HandshakeCostBench. */
public final class AuthCapabilities {

    public static final CapabilityFamily<JcaProvider, RsaKeyTransport> RSA =
            new ProviderAlgorithmFamily<>("handshake-rsa", "rsa", RsaKeyTransport.class, RsaKeyTransportWorkload::prepare);

    public static final CapabilityFamily<JcaProvider, SignatureScheme> SIGNATURE =
            new ProviderAlgorithmFamily<>("handshake-signature", "scheme", SignatureScheme.class, SignatureWorkload::prepare);

    private AuthCapabilities() {
    }
}
