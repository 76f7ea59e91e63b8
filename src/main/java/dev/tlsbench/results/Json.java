package dev.tlsbench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The suite's one Jackson configuration, for every JSON file it writes or reads: absent values
 * (null) are left out rather than written as null, fields a reader does not know are passed over
 * (the schema version, not the field list, says whether a file can be read), and a
 * {@link CellState} is spelled by its label ("measured", "harness limit", "pending" ...) as
 * status.tsv and the report spell it.
 */
public final class Json {

    /** Thread-safe once configured; shared by every reader and writer of the suite. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("tlsbench")
                    .addSerializer(CellState.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(CellState s, JsonGenerator g, SerializerProvider p) throws IOException {
                            g.writeString(s.label());
                        }
                    })
                    .addDeserializer(CellState.class, new JsonDeserializer<>() {
                        @Override
                        public CellState deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            String label = p.getValueAsString();
                            return CellState.ofLabel(label).orElseThrow(() -> c.weirdStringException(label, CellState.class,
                                    "unknown state; valid: " + CellState.validLabels()));
                        }
                    }));

    private Json() {
    }

    /** {@code value} as indented JSON, as every file of a result directory is written. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass().getName(), e);
        }
    }

    /** Writes {@code value} to {@code file} atomically (never half a file), indented, with a final newline. */
    public static void write(Path file, Object value) throws IOException {
        AtomicFile.write(file, pretty(value) + "\n");
    }
}
