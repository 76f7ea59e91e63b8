package dev.tlsbench.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;

/**
 * Wycheproof signature-verification vectors through the benchmark's {@link Verifier}. Every file
 * used holds only groups of the scheme's parameters (hash, PSS salt, key size): the file name
 * says so. A public key the provider refuses to import (e.g. an edge-case key some providers
 * reject by policy) makes its group's vectors skipped, counted in the report.
 */
public record SignatureVectors(SignatureScheme scheme) implements VectorSuite {

    /** One suite per scheme that names a vector file. */
    public static List<VectorSuite> all() {
        return Arrays.stream(SignatureScheme.values()).filter(s -> s.vectorFile() != null)
                .<VectorSuite>map(SignatureVectors::new).toList();
    }

    @Override
    public String file() {
        return scheme.vectorFile();
    }

    @Override
    public SignatureScheme algorithm() {
        return scheme;
    }

    /**
     * Wycheproof tests verification: in these handshakes only the client verifies (the server's
     * CertificateVerify or ServerKeyExchange); the server signs and asks for no client certificate.
     */
    @Override
    public Side side() {
        return Side.CLIENT;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        Signatures.of(provider, scheme); // Unsupported here when the provider lacks the scheme
        return VectorRunner.run(provider.label(), file(), group -> true, group -> verifier(provider, group),
                (verifier, test) -> verifier.verify(Wycheproof.hex(test.get("msg")), Wycheproof.hex(test.get("sig")))
                        ? VectorRunner.Verdict.EXPECTED : VectorRunner.Verdict.REFUSED);
    }

    /** The group's key as the provider imports it, or null when the provider refuses the key. */
    private Verifier verifier(JcaProvider provider, JsonNode group) {
        PublicKey key;
        try {
            key = KeyPairs.imported(provider, scheme.keyType(), Wycheproof.hex(group.get("publicKeyDer")));
        } catch (Unsupported | IllegalArgumentException refused) {
            return null;
        }
        return new Verifier(provider, scheme, key);
    }
}
