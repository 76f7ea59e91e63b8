package dev.tlsbench.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one option of the report mains ({@code --json}) and their JSON output. */
final class JsonOption {

    private JsonOption() {
    }

    /** @return whether --json was given; any other argument exits 2 naming the valid one */
    static boolean parse(String[] args) {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else {
                System.err.println("unknown option " + a + "; valid: --json");
                System.exit(2);
            }
        }
        return json;
    }

    static void print(JsonNode node) throws JsonProcessingException {
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }
}
