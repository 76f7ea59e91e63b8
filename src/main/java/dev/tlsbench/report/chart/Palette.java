package dev.tlsbench.report.chart;

import java.awt.Color;
import java.util.Map;

/**
 * One fixed color per provider and TLS stack, the same in every chart, so a reader learns them
 * once. A stack built on a provider's crypto gets a shade of that provider's color.
 */
final class Palette {

    private static final Map<String, Color> FIXED = Map.of(
            "JDK", new Color(0xD6, 0x27, 0x28),          // red
            "BC", new Color(0x1F, 0x77, 0xB4),           // blue
            "CONSCRYPT", new Color(0x2C, 0xA0, 0x2C),    // green
            "ACCP", new Color(0xFF, 0x7F, 0x0E),         // orange
            "SUNJSSE", new Color(0x8C, 0x1A, 0x1B),      // dark red: SunJSSE on the JDK's crypto
            "SUNJSSE_ACCP", new Color(0xB3, 0x5C, 0x00), // dark orange: SunJSSE on ACCP
            "BCJSSE_BC", new Color(0x12, 0x45, 0x6B));   // dark blue: BCJSSE on BC

    /** For owners added later: stable (by name) and distinct from the fixed ones. */
    private static final Color[] SPARE = {
            new Color(0x94, 0x67, 0xBD), new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2),
            new Color(0x7F, 0x7F, 0x7F), new Color(0xBC, 0xBD, 0x22), new Color(0x17, 0xBE, 0xCF)};

    private Palette() {
    }

    static Color of(String owner) {
        Color c = FIXED.get(owner);
        return c != null ? c : SPARE[Math.floorMod(owner.hashCode(), SPARE.length)];
    }
}
