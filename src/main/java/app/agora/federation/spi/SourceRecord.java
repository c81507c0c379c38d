package app.agora.federation.spi;

import java.time.Instant;
import java.util.Map;

/**
 * One fact a source holds: the facet it belongs to, the key of the person's
 * record in the source (what links it to a party), the fact's own record id,
 * when it was true (null when the source does not say) and its fields.
 */
public record SourceRecord(String facet, String key, String recordId, Instant asOf, Map<String, Object> fields) {
}
