package dev.tlsbench.results;

import java.nio.file.Path;

/**
 * A result file of a schema this build does not read (newer than {@link Schema#CURRENT}, or not a
 * version at all): never migrated, never rebuilt, refused with the version found and those supported.
 */
public final class UnsupportedSchemaException extends ResultFileException {

    public UnsupportedSchemaException(Path file, String problem) {
        super(file, problem);
    }
}
