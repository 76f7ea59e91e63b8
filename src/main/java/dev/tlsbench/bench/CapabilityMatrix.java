package dev.tlsbench.bench;

import dev.tlsbench.provider.Owner;
import java.util.ArrayList;
import java.util.List;

/** The outcome of every family's probe for every owner x algorithm: who can do what, found by trying. */
public final class CapabilityMatrix {

    /** One probed pair, named by @Param names and values. */
    public record Entry(String family, String ownerParam, String owner, String algorithmParam,
                        String algorithm, Support support) {
    }

    private CapabilityMatrix() {
    }

    public static List<Entry> probeAll(List<Family> families) {
        List<Entry> entries = new ArrayList<>();
        for (Family f : families) {
            entries.addAll(probeFamily(f));
        }
        return entries;
    }

    public static List<Entry> probeFamily(Family f) {
        Capabilities c = f.capabilities();
        List<Entry> entries = new ArrayList<>();
        for (Owner owner : c.owners()) {
            for (Enum<?> algorithm : c.algorithms()) {
                entries.add(new Entry(f.name(), c.ownerParam(), owner.name(), c.algorithmParam(), algorithm.name(),
                        c.probe(owner, algorithm)));
            }
        }
        return entries;
    }
}
