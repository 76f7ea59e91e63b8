package dev.tlsbench.kex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.kdf.Hkdf;
import dev.tlsbench.kdf.Kdf;
import dev.tlsbench.kdf.Rfc8448;
import dev.tlsbench.kdf.Tls13KeySchedule;
import dev.tlsbench.kem.Encapsulated;
import dev.tlsbench.kem.HybridKem;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kem.KemKeyPair;
import dev.tlsbench.kem.MlKem;
import dev.tlsbench.kem.MlKemParameterSet;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.junit.jupiter.api.Test;

/** Keys of one provider work with another's; the known answers and group checks can fail. */
class KexCrossProviderTest {

    @Test
    void rfc7919PrimesMatchBouncyCastlesCopy() {
        assertEquals(DHStandardGroups.rfc7919_ffdhe2048.getP(), Rfc7919.FFDHE2048_P);
        assertEquals(DHStandardGroups.rfc7919_ffdhe3072.getP(), Rfc7919.FFDHE3072_P);
    }

    @Test
    void publicValuesAgreeAcrossEverySupportedProviderPair() throws Exception {
        int pairs = 0;
        for (KeyExchange kex : KeyExchange.values()) {
            List<KeyExchanger> sides = new ArrayList<>();
            List<KeyPair> keys = new ArrayList<>();
            for (JcaProvider p : JcaProvider.values()) {
                try {
                    KeyExchanger x = new KeyExchanger(p, kex);
                    keys.add(x.generateKeyPair());
                    sides.add(x);
                } catch (Unsupported skip) {
                    // that provider cannot do this group: no pair to check
                }
            }
            for (int a = 0; a < sides.size(); a++) {
                for (int b = 0; b < sides.size(); b++) {
                    if (a == b) {
                        continue;
                    }
                    KeyExchanger x = sides.get(a);
                    KeyExchanger y = sides.get(b);
                    byte[] ax = x.agree(keys.get(a).getPrivate(), x.decodePublic(keys.get(b).getPublic().getEncoded())).clone();
                    byte[] by = y.agree(keys.get(b).getPrivate(), y.decodePublic(keys.get(a).getPublic().getEncoded()));
                    assertArrayEquals(ax, by, kex + " " + x.provider().label() + " vs " + y.provider().label());
                    pairs++;
                }
            }
        }
        assertTrue(pairs >= 20, "only " + pairs + " provider pairs agreed");
    }

    @Test
    void groupCheckRejectsAKeyOfAnotherGroup() {
        KeyExchanger p384 = new KeyExchanger(JcaProvider.JDK, KeyExchange.P384);
        KeyExchanger x448 = new KeyExchanger(JcaProvider.JDK, KeyExchange.X448);
        assertFalse(KeyExchange.P256.isGroupOf(p384.generateKeyPair().getPublic()));
        assertFalse(KeyExchange.X25519.isGroupOf(x448.generateKeyPair().getPublic()));
        assertTrue(KeyExchange.P384.isGroupOf(p384.generateKeyPair().getPublic()));
    }

    @Test
    void mlKemEncapsulatedByOneProviderDecapsulatesWithAnother() throws Exception {
        List<MlKem> kems = new ArrayList<>();
        for (JcaProvider p : JcaProvider.values()) {
            try {
                kems.add((MlKem) Kem.ML_KEM_768.engine(p));
            } catch (Unsupported skip) {
                // no ML-KEM on this provider here
            }
        }
        assertFalse(kems.isEmpty(), "BC has ML-KEM on every JDK");
        for (MlKem decapsulator : kems) {
            KeyPair kp = decapsulator.generateKeyPair().mlKem();
            for (MlKem encapsulator : kems) {
                byte[][] e = encapsulator.encapsulate(encapsulator.decodePublic(kp.getPublic().getEncoded()));
                assertArrayEquals(e[0], decapsulator.decapsulate(kp.getPrivate(), e[1]));
            }
        }
    }

    @Test
    void hybridSecretIsMlKemSecretThenX25519Secret() {
        HybridKem hybrid = (HybridKem) Kem.X25519_MLKEM768.engine(JcaProvider.BC);
        MlKem mlKem = new MlKem(JcaProvider.BC, MlKemParameterSet.ML_KEM_768);
        KeyExchanger x25519 = new KeyExchanger(JcaProvider.BC, KeyExchange.X25519);
        KemKeyPair client = hybrid.generateKeyPair();
        Encapsulated server = hybrid.encapsulate(client.publicKey());
        byte[] secret = hybrid.decapsulate(client, server.ciphertext());
        assertArrayEquals(server.sharedSecret(), secret);
        assertEquals(64, secret.length);
        assertArrayEquals(mlKem.decapsulate(client.mlKem().getPrivate(), server.ciphertext().mlKem()), Arrays.copyOfRange(secret, 0, 32));
        assertArrayEquals(x25519.agree(client.ecdh().getPrivate(), server.ciphertext().ecdh()), Arrays.copyOfRange(secret, 32, 64));
    }

    @Test
    void keyScheduleCheckCatchesAWrongHkdf() {
        Hkdf good = Kdf.HKDF_SHA256.hkdf(JcaProvider.ACCP);
        Rfc8448.check(new Tls13KeySchedule(good, Kdf.HKDF_SHA256).derive(Rfc8448.SHARED_SECRET, Rfc8448.HELLO_HASH, Rfc8448.FINISHED_HASH));
        Hkdf offByOne = new Hkdf() {
            @Override public byte[] extract(byte[] salt, byte[] ikm) { return good.extract(salt, ikm); }
            @Override public byte[] expand(byte[] prk, byte[] info, int length) {
                byte[] okm = good.expand(prk, info, length);
                okm[length - 1] ^= 1;
                return okm;
            }
            @Override public String api() { return "broken"; }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Rfc8448.check(
                new Tls13KeySchedule(offByOne, Kdf.HKDF_SHA256).derive(Rfc8448.SHARED_SECRET, Rfc8448.HELLO_HASH, Rfc8448.FINISHED_HASH)));
        assertTrue(e.getMessage().contains("handshake secret"), e.getMessage());
    }
}
