package dev.tlsbench.tls.proof;

import dev.tlsbench.tls.stack.TlsStack;
import java.security.Provider;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provider that offers exactly another provider's services, under the same name, and notes
 * each one it hands out (with the role it plays, judged from the type, the algorithm and whether
 * a trust manager is on the call stack). The objects made are the wrapped provider's own SPIs, so
 * behaviour is unchanged; only the JCA engine object's getProvider() differs.
 */
final class RecordingProvider extends Provider {

    private static final long serialVersionUID = 1L;

    private final transient Provider target;
    private final transient ServiceLog log;
    private final transient Map<Service, Service> wrapped = new ConcurrentHashMap<>();

    RecordingProvider(Provider target, ServiceLog log) {
        super(target.getName(), target.getVersionStr(), target.getInfo());
        this.target = target;
        this.log = log;
        // The property strings too: some callers read them directly (BCJSSE maps signature
        // algorithm OIDs to names through "Alg.Alias.Signature.<oid>"). Lookups of services
        // still go through getService below.
        putAll(target);
    }

    @Override
    public Service getService(String type, String algorithm) {
        Service s = target.getService(type, algorithm);
        return s == null ? null : wrapped.computeIfAbsent(s, Recorded::new);
    }

    @Override
    public Set<Service> getServices() {
        Set<Service> out = new LinkedHashSet<>();
        for (Service s : target.getServices()) {
            out.add(wrapped.computeIfAbsent(s, Recorded::new));
        }
        return out;
    }

    /** The attributes ("SupportedModes", "SupportedKeyClasses", ...) JCA reads before choosing a service. */
    private Map<String, String> attributes(Service s) {
        String prefix = s.getType() + "." + s.getAlgorithm() + " ";
        Map<String, String> attributes = new HashMap<>();
        for (Map.Entry<Object, Object> e : target.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.startsWith(prefix)) {
                attributes.put(key.substring(prefix.length()), String.valueOf(e.getValue()));
            }
        }
        return attributes;
    }

    private final class Recorded extends Service {
        private final Service real;

        Recorded(Service real) {
            super(RecordingProvider.this, real.getType(), real.getAlgorithm(), real.getClassName(),
                    List.of(), attributes(real));
            this.real = real;
        }

        @Override
        public Object newInstance(Object constructorParameter) throws java.security.NoSuchAlgorithmException {
            log.add(new ServiceLog.Use(roleOf(getType(), getAlgorithm()),
                    getType(), getAlgorithm(), target.getName(), askedFrom()));
            return real.newInstance(constructorParameter);
        }

        @Override
        public boolean supportsParameter(Object parameter) {
            return real.supportsParameter(parameter);
        }
    }

    /** The stack package nearest the call on the call stack: which end of a mixed pair asked. */
    private static String askedFrom() {
        List<String> packages = Arrays.stream(TlsStack.values()).flatMap(s -> s.driver().packages().stream()).distinct().toList();
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .flatMap(c -> packages.stream().filter(c::startsWith)).findFirst().orElse(""));
    }

    /**
     * The role of a service, judged from its type and algorithm and from who is asking: a trust
     * manager (chain validation), or a static initialiser (a stack probing which algorithms are
     * available, e.g. SunJSSE's SignatureScheme, which is not a handshake's use of them).
     */
    private static Role roleOf(String type, String algorithm) {
        boolean[] asker = new boolean[2];
        StackWalker.getInstance().forEach(f -> {
            String c = f.getClassName();
            asker[0] |= c.contains("TrustManager") || c.contains(".certpath.") || c.contains(".validator.");
            asker[1] |= f.getMethodName().equals("<clinit>");
        });
        return asker[1] ? Role.OTHER : Role.of(type, algorithm, asker[0]);
    }
}
