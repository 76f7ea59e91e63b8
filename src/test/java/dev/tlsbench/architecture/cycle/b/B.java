package dev.tlsbench.architecture.cycle.b;

import dev.tlsbench.architecture.cycle.a.A;

/** The other half of the deliberate cycle. */
public final class B {
    public A a() {
        return new A();
    }
}
