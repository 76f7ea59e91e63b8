package dev.tlsbench.tls.stack;

import dev.tlsbench.bench.Labeled;
import dev.tlsbench.provider.Unsupported;
import java.security.KeyStore;
import java.security.Provider;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyStoreBuilderParameters;

/**
 * How the server holds its private key: the {@code keyManager} axis. Both read the same
 * password-protected PKCS12 store; they differ in when the key is decrypted, which on SunJSSE
 * halves the full-handshake rate (docs/sslengine.md).
 */
public enum ServerKeyManager implements Labeled {
    /**
     * The stack's default KeyManagerFactory initialised with the store and its password: SunJSSE's
     * "SunX509" (KeyManagerFactory.getDefaultAlgorithm()), BCJSSE's and Conscrypt's only one. Each
     * decrypts the key once, at init, and keeps it in memory.
     */
    DEFAULT("default key manager (key in memory)") {
        @Override
        KeyManager[] keyManagers(StackDriver driver, Provider jsse, Pki pki) throws Exception {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(driver.defaultKeyManagerAlgorithm(), jsse);
            kmf.init(pki.serverKeys(), Pki.PASSWORD);
            return kmf.getKeyManagers();
        }
    },
    /**
     * The stack's "PKIX" KeyManagerFactory over a KeyStore.Builder of the store (what SunJSSE's
     * "PKIX", NewSunX509, builds from a store and password itself): the key is looked up in the
     * store when a handshake needs it, and a PKCS12 store decrypts it (PBKDF2 + AES) every time.
     * Conscrypt's only KeyManagerFactory takes no KeyStore.Builder: unsupported there.
     */
    PKIX_KEY_STORE("PKIX over the PKCS12 store") {
        @Override
        KeyManager[] keyManagers(StackDriver driver, Provider jsse, Pki pki) throws Exception {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX", jsse);
            KeyStore.Builder store = KeyStore.Builder.newInstance(pki.serverKeys(), new KeyStore.PasswordProtection(Pki.PASSWORD));
            try {
                kmf.init(new KeyStoreBuilderParameters(store));
            } catch (java.security.InvalidAlgorithmParameterException e) {
                throw new Unsupported(jsse.getName() + "'s PKIX KeyManagerFactory (" + kmf.getProvider().getName()
                        + ") takes no KeyStore.Builder: it loads every key at init, as DEFAULT does", e);
            }
            return kmf.getKeyManagers();
        }
    };

    private final String label;

    ServerKeyManager(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The server's key managers from the stack's JSSE provider. */
    abstract KeyManager[] keyManagers(StackDriver driver, Provider jsse, Pki pki) throws Exception;
}
