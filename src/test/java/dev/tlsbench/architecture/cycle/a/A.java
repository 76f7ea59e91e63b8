package dev.tlsbench.architecture.cycle.a;

import dev.tlsbench.architecture.cycle.b.B;

/** Half of a deliberate package cycle: ArchitectureTest proves its rule catches it. */
public final class A {
    public B b() {
        return new B();
    }
}
