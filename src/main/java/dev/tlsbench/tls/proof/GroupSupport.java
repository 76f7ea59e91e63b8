package dev.tlsbench.tls.proof;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.stack.NegotiationRefusal;
import dev.tlsbench.tls.stack.StackContext;
import dev.tlsbench.tls.stack.StackDriver;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.TlsWire;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;

/**
 * Whether a stack has a named group at all, found by trying once per JVM: a client engine of the
 * stack limited to that group must list it in the supported_groups of its ClientHello. A stack
 * given a group it does not know drops it silently (SunJSSE on JDK 17 and 25 has no
 * X25519MLKEM768) and negotiates what is left; this tells that apart from a stack that has the
 * group but could not be made to choose it.
 */
final class GroupSupport {

    private static final Map<String, Boolean> FOUND = new ConcurrentHashMap<>();

    private GroupSupport() {
    }

    static boolean offers(TlsStack stack, TlsGroup group) {
        return FOUND.computeIfAbsent(stack + "/" + group, k -> tryOffering(stack, group));
    }

    private static boolean tryOffering(TlsStack stack, TlsGroup group) {
        StackDriver driver = stack.driver();
        try (StackContext context = driver.clientContext(driver.jsse(p -> p), null, List.of(group))) {
            SSLEngine client = context.newEngine();
            try {
                client.setUseClientMode(true);
                client.setEnabledProtocols(new String[] {TlsProtocol.TLS13.jsseName()});
                driver.pinGroups(client, List.of(group));
                ByteBuffer hello = ByteBuffer.allocate(1 << 16);
                client.wrap(ByteBuffer.allocate(0), hello);
                client.closeOutbound();
                return TlsWire.clientGroups(Arrays.copyOf(hello.array(), hello.position())).contains(group.codePoint());
            } finally {
                context.release(client);
            }
        } catch (Unsupported u) {
            return false; // a group the stack has no name for (TlsGroup.boringSslName)
        } catch (Exception e) {
            if (NegotiationRefusal.isRefusal(e) || NegotiationRefusal.isUnknownName(e) || NegotiationRefusal.isMissingAlgorithm(e)) {
                return false; // no ClientHello with the group: the stack does not have it
            }
            throw new IllegalStateException(stack + " failed to make a ClientHello limited to " + group.jsseName(), e);
        }
    }
}
