package dev.tlsbench.tls.proof;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.TlsStack;
import java.security.Provider;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Judges a {@link ServiceLog} against the provider each end's stack claims to use (one stack, or
 * the two of a mixed pair, told apart by whose code asked for each service).
 *
 * <p>For the record cipher, the key exchange and the signature, every service handed out must
 * come from the expected provider. A service from another provider is a silent fallback, and
 * fails setup, when the expected provider has that algorithm; when it has not (ACCP has no XDH,
 * for example) the substitution is inherent to the deployment and is reported, except for the
 * record cipher, where it makes the configuration Unsupported (the record path would measure
 * the other provider). A stack whose crypto runs inside its engine (Conscrypt) must not hand out
 * JCA services for those roles at all. Chain validation and the rest are reported, not judged.
 */
final class HandshakeAttribution {

    static final Role[] JUDGED = {Role.RECORD_CIPHER, Role.KEY_EXCHANGE, Role.SIGNATURE};

    private HandshakeAttribution() {
    }

    /**
     * @param expected the provider set each stack's crypto must come from (its own, or a test double)
     * @param signs    false for RSA key transport, whose TLS 1.2 handshake has no signature
     */
    public static AttributionReport judge(ServiceLog log, Peers peers, Function<TlsStack, ProviderSet> expected, boolean signs) {
        Map<Role, String> servedBy = new EnumMap<>(Role.class);
        List<String> inherent = new ArrayList<>();
        for (Role role : JUDGED) {
            List<ServiceLog.Use> uses = log.uses(role);
            uses.stream().filter(u -> peers.stacks().stream().noneMatch(s -> s.driver().packages().contains(u.askedFrom())))
                    .findFirst().ifPresent(u -> {
                        throw new IllegalStateException(role + " " + u + " was asked for by no stack of " + peers
                                + " (from '" + u.askedFrom() + "'): it cannot be attributed");
                    });
            List<String> served = new ArrayList<>();
            for (TlsStack stack : peers.stacks()) {
                List<ServiceLog.Use> mine = uses.stream().filter(u -> stack.driver().packages().contains(u.askedFrom())).toList();
                String who = judgeSide(role, mine, expected.apply(stack), stack.driver().cryptoInEngine(), signs, inherent);
                served.add(peers.mixed() ? (stack == peers.client() ? "client " : "server ") + who : who);
            }
            servedBy.put(role, String.join("; ", served));
        }
        for (Role role : new Role[] {Role.CHAIN_VALIDATION, Role.OTHER}) {
            TreeSet<String> providers = new TreeSet<>();
            log.uses(role).forEach(u -> providers.add(u.provider()));
            servedBy.put(role, providers.isEmpty() ? "-" : String.join("+", providers));
        }
        return new AttributionReport(servedBy, inherent);
    }

    private static String judgeSide(Role role, List<ServiceLog.Use> uses, ProviderSet expected, boolean cryptoInEngine,
                                    boolean signs, List<String> inherent) {
        if (uses.isEmpty()) {
            if (role == Role.SIGNATURE && !signs) {
                return "none (RSA key transport)";
            }
            if (!cryptoInEngine) {
                throw new IllegalStateException("no " + role + " service was handed out: the handshake's "
                        + role + " could not be attributed to " + expected.label());
            }
            return expected.label() + " (in the engine, not through JCA)";
        }
        TreeSet<String> providers = new TreeSet<>();
        for (ServiceLog.Use u : uses) {
            providers.add(u.provider());
            if (owns(expected, u.provider())) {
                continue;
            }
            if (cryptoInEngine) {
                throw new IllegalStateException(expected.label() + "'s engine fell back to JCA for its " + role + ": " + u);
            }
            if (offers(expected, u)) {
                throw new IllegalStateException("silent fallback: " + role + " " + u + ", although "
                        + expected.label() + " has " + u.type() + " " + u.algorithm());
            }
            if (role == Role.RECORD_CIPHER) {
                throw new Unsupported(expected.label() + " has no " + u.type() + " " + u.algorithm()
                        + ": the record cipher would be " + u.provider() + "'s");
            }
            inherent.add(role + ": " + u + " (" + expected.label() + " has no " + u.type() + " " + u.algorithm() + ")");
        }
        return String.join("+", providers);
    }

    private static boolean owns(ProviderSet expected, String providerName) {
        for (Provider p : expected.providers()) {
            if (p.getName().equals(providerName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the expected providers would make this object (a Cipher by transformation, as getInstance does). */
    private static boolean offers(ProviderSet expected, ServiceLog.Use u) {
        for (Provider p : expected.providers()) {
            try {
                if (u.type().equals("Cipher")) {
                    javax.crypto.Cipher.getInstance(u.algorithm(), p);
                    return true;
                }
                if (p.getService(u.type(), u.algorithm()) != null) {
                    return true;
                }
            } catch (java.security.GeneralSecurityException e) {
                // not this provider
            }
        }
        return false;
    }
}
