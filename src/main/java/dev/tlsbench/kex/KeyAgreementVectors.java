package dev.tlsbench.kex;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;

/**
 * Wycheproof XDH and ECDH vectors through {@link KeyExchanger}, the class KeyExchangeBench measures.
 * XDH vectors give raw keys, wrapped here in X.509 / PKCS#8; ECDH vectors give an X.509 public key
 * (valid or deliberately broken) and a raw private scalar.
 */
public record KeyAgreementVectors(KeyExchange kex) implements VectorSuite {

    /** One suite per group that names a vector file. */
    public static List<VectorSuite> all() {
        return Arrays.stream(KeyExchange.values()).filter(k -> k.vectorFile() != null)
                .<VectorSuite>map(KeyAgreementVectors::new).toList();
    }

    @Override
    public String file() {
        return kex.vectorFile();
    }

    @Override
    public KeyExchange algorithm() {
        return kex;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        KeyExchanger exchanger = new KeyExchanger(provider, kex);
        KeyFactory factory = kex.keyFactory(provider);
        ECParameterSpec curve = exchanger.generateKeyPair().getPublic() instanceof ECPublicKey ec ? ec.getParams() : null;
        return VectorRunner.run(provider.label(), file(), t -> {
            PrivateKey priv = curve != null
                    ? factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, Wycheproof.hex(t.get("private"))), curve))
                    : factory.generatePrivate(new PKCS8EncodedKeySpec(kex.pkcs8OfRaw(Wycheproof.hex(t.get("private")))));
            byte[] pub = Wycheproof.hex(t.get("public"));
            PublicKey peer = exchanger.decodePublic(curve != null ? pub : kex.x509OfRaw(pub));
            return Arrays.equals(exchanger.agree(priv, peer), Wycheproof.hex(t.get("shared")));
        });
    }
}
