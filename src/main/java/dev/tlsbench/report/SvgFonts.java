package dev.tlsbench.report;

/**
 * Makes an SVG's fonts portable: Java names its logical fonts "SansSerif" and "Dialog", which a
 * browser or editor does not know (it would fall back to a serif face); they become a family list
 * every system has one of.
 */
final class SvgFonts {

    static final String SANS = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

    private SvgFonts() {
    }

    static String portable(String svg) {
        return svg.replaceAll("font-family:\\s*'?\"?(SansSerif|Dialog|sans-serif)'?\"?", "font-family:" + SANS)
                .replaceAll("font-family=\"(SansSerif|Dialog)\"", "font-family=\"" + SANS.replace('\'', '\'') + "\"");
    }
}
