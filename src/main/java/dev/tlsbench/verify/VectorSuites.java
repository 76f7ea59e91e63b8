package dev.tlsbench.verify;

import dev.tlsbench.auth.AuthVectorSuites;
import dev.tlsbench.record.AeadVectorSuite;
import java.util.ArrayList;
import java.util.List;

/** Every vector suite of every benchmark family: one line per family. */
public final class VectorSuites {

    private VectorSuites() {
    }

    public static List<VectorSuite> all() {
        List<VectorSuite> all = new ArrayList<>();
        all.addAll(AeadVectorSuite.all());
        all.addAll(HandshakeKeyExchangeVectors.SUITES);
        all.addAll(AuthVectorSuites.ALL);
        return all;
    }
}
