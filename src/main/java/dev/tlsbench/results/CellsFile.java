package dev.tlsbench.results;

import java.util.List;

/**
 * A JVM's cells.json: every planned cell of that JVM with its state, saved after every cell.
 *
 * @param schema {@link Schema#CURRENT} when written
 * @param jvm    the JVM's id in the run (jdk17, jdk25, jdk17-2 ...)
 * @param cells  in the order of the plan
 */
public record CellsFile(int schema, String jvm, List<CellRecord> cells) {

    public CellsFile {
        cells = cells == null ? null : List.copyOf(cells);
    }
}
