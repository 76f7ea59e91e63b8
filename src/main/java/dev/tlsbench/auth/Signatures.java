package dev.tlsbench.auth;

import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.Signature;

/** A Signature of the provider under test for one TLS signature scheme, its parameters set. */
final class Signatures {

    private Signatures() {
    }

    /**
     * Tries each spelling; one whose object refuses the scheme's parameters (PSS with SHA-256,
     * MGF1-SHA256, salt 32) counts as not having the scheme, so the next spelling is tried.
     */
    static Signature of(ProviderSet provider, SignatureScheme scheme) {
        return Jca.checked(provider, (name, p) -> {
            Signature signature = Signature.getInstance(name, p);
            if (scheme.params() != null) {
                signature.setParameter(scheme.params());
            }
            return signature;
        }, Signature::getProvider, "Signature", scheme.names());
    }
}
