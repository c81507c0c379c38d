package app.agora.federation;

import java.time.Instant;
import java.util.Map;

/**
 * One fact of a customer view: which source holds it, under which record key,
 * as of when (the source's own date, or when it was read), and its fields.
 */
public record Fact(String source, String recordKey, Instant asOf, Map<String, Object> fields) {
}
