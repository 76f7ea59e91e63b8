package dev.tlsbench.results;

import java.nio.file.Path;

/** A result file that cannot be used: the message names the file and what is wrong with it. */
public class ResultFileException extends RuntimeException {

    private final transient Path file;
    private final String problem;

    public ResultFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
