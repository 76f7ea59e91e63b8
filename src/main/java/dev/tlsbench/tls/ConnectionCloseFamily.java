package dev.tlsbench.tls;

import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.stack.TlsStack;

/** ConnectionCloseBench as the suite knows it: the cost of closing a connection per stack and configuration. */
public final class ConnectionCloseFamily {

    public static final Family FAMILY = Family.of("sslengine-close",
                    "Closing an SSLEngine connection", ConnectionCloseBench.class, "stack", TlsStack.class, "config", HandshakeConfig.class)
            .setup(ConnectionCloseBench::openFixture)
            // no quick cells: the cost of closing is inside every connection the handshake family measures
            .noBroadCells()
            // As the handshakes' curves (results/20261130-0402_vm_jdk17-jdk25): the close runs after one, and
            // every stack, Conscrypt included, reaches its plateau at 9-10 s
            .quickTiming(Timing.quickNative(10), Timing.quickJit(10))
            .chart(ChartSpec.bars("config", "configuration", "Closing an SSLEngine connection", "closes/s", true))
            .build();

    private ConnectionCloseFamily() {
    }
}
