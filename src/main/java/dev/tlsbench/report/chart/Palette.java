package dev.tlsbench.report.chart;

import dev.tlsbench.results.OwnerFacts;
import java.awt.Color;

/**
 * An owner's colour, the same in every chart so a reader learns it once: declared on the owner
 * constant (a stack built on a provider's crypto takes a shade of that provider's colour) and
 * carried in plan.json.
 */
final class Palette {

    private Palette() {
    }

    static Color of(OwnerFacts look) {
        return Color.decode(look.colour());
    }
}
