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

    public static List<Entry> probeAll(List<Family<?, ?>> families) {
        List<Entry> entries = new ArrayList<>();
        for (Family<?, ?> f : families) {
            probeFamily(f, entries);
        }
        return entries;
    }

    public static <O extends Enum<O> & Owner, A extends Enum<A>> List<Entry> probeFamily(Family<O, A> f) {
        List<Entry> entries = new ArrayList<>();
        probeFamily(f, entries);
        return entries;
    }

    private static <O extends Enum<O> & Owner, A extends Enum<A>> void probeFamily(Family<O, A> f, List<Entry> out) {
        for (O owner : f.owners()) {
            for (A algorithm : f.algorithms()) {
                out.add(new Entry(f.name(), f.ownerParam(), owner.name(), f.algorithmParam(),
                        algorithm.name(), f.probe(owner, algorithm)));
            }
        }
    }
}
