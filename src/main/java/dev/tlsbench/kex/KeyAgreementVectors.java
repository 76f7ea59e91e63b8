package dev.tlsbench.kex;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.verify.Der;
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

/**
 * Wycheproof XDH and ECDH vectors through {@link KeyExchanger}, the class KeyExchangeBench measures.
 * XDH vectors give raw keys, wrapped here in X.509 / PKCS#8; ECDH vectors give an X.509 public key
 * (valid or deliberately broken) and a raw private scalar.
 */
public record KeyAgreementVectors(String file, KeyExchange kex) implements VectorSuite {

    @Override
    public String algorithmParam() {
        return "kex";
    }

    @Override
    public String algorithm() {
        return kex.name();
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        KeyExchanger exchanger = new KeyExchanger(provider, kex);
        KeyFactory factory = kex.keyFactory(provider);
        ECParameterSpec curve = exchanger.generateKeyPair().getPublic() instanceof ECPublicKey ec ? ec.getParams() : null;
        return VectorRunner.run(provider.label(), file, t -> {
            PrivateKey priv = curve != null
                    ? factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, Wycheproof.hex(t.get("private"))), curve))
                    : factory.generatePrivate(new PKCS8EncodedKeySpec(xdhPkcs8(Wycheproof.hex(t.get("private")))));
            byte[] pub = Wycheproof.hex(t.get("public"));
            PublicKey peer = exchanger.decodePublic(curve != null ? pub : Der.x509(xdhOid(), pub));
            return Arrays.equals(exchanger.agree(priv, peer), Wycheproof.hex(t.get("shared")));
        });
    }

    private byte[] xdhOid() {
        return new byte[] {0x06, 0x03, 0x2b, 0x65, (byte) (kex == KeyExchange.X25519 ? 0x6e : 0x6f)};
    }

    private byte[] xdhPkcs8(byte[] raw) {
        return Der.pkcs8(xdhOid(), Der.tlv(Der.OCTET_STRING, raw));
    }
}
