package dev.tlsbench.report.input;

import java.nio.file.Path;

/** An input the report cannot use: the message names the file and what is wrong with it. */
public final class ReportInputException extends RuntimeException {

    public ReportInputException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
