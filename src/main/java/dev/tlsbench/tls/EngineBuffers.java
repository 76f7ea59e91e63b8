package dev.tlsbench.tls;

import dev.tlsbench.bench.Labeled;
import java.nio.ByteBuffer;

/**
 * The ByteBuffers application data and records pass through SSLEngine.wrap and unwrap in: the
 * {@code buffers} axis of the record path. A native engine (Conscrypt) can read and write a
 * direct buffer in place but copies a heap buffer across JNI; servers on NIO (Netty, Jetty) use
 * direct buffers.
 */
public enum EngineBuffers implements Labeled {
    HEAP("heap buffers"),
    DIRECT("direct buffers");

    private final String label;

    EngineBuffers(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public ByteBuffer allocate(int capacity) {
        return this == DIRECT ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
    }
}
