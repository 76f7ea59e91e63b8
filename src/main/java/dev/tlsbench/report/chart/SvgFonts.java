package dev.tlsbench.report.chart;

/**
 * Makes an SVG's fonts portable: VectorGraphics2D names the one font Java resolved ("DejaVu Sans",
 * or a logical name such as "SansSerif" or "Dialog" that a browser does not know); each gets a
 * fallback list every system has one of, ending in the generic sans-serif.
 */
final class SvgFonts {

    static final String FALLBACK = "'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif";

    private SvgFonts() {
    }

    static String portable(String svg) {
        return svg.replaceAll("font-family:&quot;(SansSerif|Dialog)&quot;;", "font-family:" + FALLBACK + ";")
                .replaceAll("font-family:&quot;([^&;]+)&quot;;", "font-family:'$1'," + FALLBACK + ";");
    }
}
