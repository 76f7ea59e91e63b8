package dev.tlsbench.bench;

/**
 * An axis constant with a name for people ("AES-128-GCM" for AES_128_GCM): charts and tables
 * show it, -p and results keep the constant's name.
 */
public interface Labeled {

    String label();
}
