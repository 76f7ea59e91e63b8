package dev.tlsbench.provider;

import java.util.regex.Pattern;

/**
 * How an owner is shown in every chart and table: its name for people, its colour and its marker,
 * the same everywhere so a reader learns them once. Declared on the owner constant and carried to
 * the report in plan.json.
 *
 * @param label  for people ("SunJSSE + ACCP")
 * @param colour "#RRGGBB"; a stack on a provider's crypto takes a shade of that provider's colour
 * @param marker the shape of its points
 */
public record Look(String label, String colour, Marker marker) {

    private static final Pattern HEX = Pattern.compile("#[0-9A-F]{6}");

    public Look {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a look needs a label");
        }
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException(label + ": colour " + colour + " is not #RRGGBB (upper-case hex)");
        }
        if (marker == null) {
            throw new IllegalArgumentException(label + ": no marker");
        }
    }
}
