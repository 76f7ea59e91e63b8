package dev.tlsbench.families;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.bench.ProfileCells;
import dev.tlsbench.provider.Look;
import dev.tlsbench.provider.Owner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Adding things" table, proven: every constant of every enum axis of every family
 * carries what the run and the report take from it, so adding a constant to an enum is the whole
 * change or this test names what is missing. A constant needs a label for people and an explicit
 * broad-profile decision (in a broad cell set, or left out with notInBroad); an owner a colour and
 * a marker; an algorithm its decision on the CPU and VM flags that matter (an empty set is one).
 */
class AddingGuideTest {

    @Test
    void everyAxisConstantCarriesItsFacts() {
        List<String> missing = new ArrayList<>();
        for (Family f : Families.ALL) {
            String algorithmParam = f.capabilities().algorithmParam();
            for (String param : f.axes().keySet()) {
                Class<?> type = f.shape().axisType(param);
                if (!type.isEnum()) {
                    continue; // numbers (sizes, thread counts) are their own label and are listed by value
                }
                for (Object c : type.getEnumConstants()) {
                    String where = f.name() + " " + param + "=" + ((Enum<?>) c).name();
                    if (param.equals(f.ownerParam())) {
                        Look look = ((Owner) c).look();
                        if (look == null || look.label().isBlank() || look.colour() == null || look.marker() == null) {
                            missing.add(where + ": an owner without label, colour or marker (Owner.look())");
                        }
                    } else if (!(c instanceof Labeled l) || l.label() == null || l.label().isBlank()) {
                        missing.add(where + ": no label (implement Labeled)");
                    }
                    if (param.equals(algorithmParam) && (!(c instanceof Accelerated a) || a.acceleration() == null)) {
                        missing.add(where + ": no decision on the CPU flags that matter (Accelerated; an empty set is one)");
                    }
                    if (f.profile().broadDecision(param, ((Enum<?>) c).name()) == ProfileCells.BroadDecision.NONE) {
                        missing.add(where + ": no broad-profile decision (a broad cell set, or notInBroad in " + f.name() + "'s family)");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "what a constant must carry (README, Adding things)");
    }
}
