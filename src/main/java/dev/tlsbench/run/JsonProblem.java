package dev.tlsbench.run;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tlsbench.results.ResultFileException;

/** What is wrong with a JSON file, in one line: Jackson's reason and where (its own message spans lines). */
final class JsonProblem {

    private JsonProblem() {
    }

    static String of(Exception e) {
        if (e instanceof ResultFileException r) {
            return r.problem().lines().findFirst().orElse("");
        }
        if (e instanceof JsonProcessingException j) {
            String reason = j.getOriginalMessage().lines().findFirst().orElse("").trim();
            JsonLocation at = j.getLocation();
            return at == null ? reason : reason + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
