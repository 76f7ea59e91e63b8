package dev.tlsbench.capability;

import java.util.ArrayList;
import java.util.List;

/** The outcome of every family's probe for every owner x algorithm. */
public final class CapabilityMatrix {

    /** One probed cell, named by @Param names and values. */
    public record Cell(String family, String ownerParam, String owner, String algorithmParam,
                       String algorithm, Support support) {
    }

    private CapabilityMatrix() {
    }

    public static List<Cell> probeAll(List<CapabilityFamily<?, ?>> families) {
        List<Cell> cells = new ArrayList<>();
        for (CapabilityFamily<?, ?> f : families) {
            probeFamily(f, cells);
        }
        return cells;
    }

    private static <O extends Enum<O>, A extends Enum<A>> void probeFamily(CapabilityFamily<O, A> f, List<Cell> out) {
        for (O owner : f.owners()) {
            for (A algorithm : f.algorithms()) {
                out.add(new Cell(f.family(), f.ownerParam(), owner.name(), f.algorithmParam(),
                        algorithm.name(), f.probe(owner, algorithm)));
            }
        }
    }
}
