package app.agora.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record linked to a party as staff see it on the party's records page: how
 * it was linked, with what score, by whom, when, and the explanation (JSON, as
 * the rule or model wrote it; may be null).
 */
public record LinkedRecord(String source, String key, UUID partyId, LinkMethod method, double score, String explanation,
		String createdBy, Instant createdAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The explanation in words: the rule, or each compared field with its level and
	 * weight, heaviest first; the raw text when it is not the usual JSON.
	 */
	public String explanationText() {
		if (explanation == null || explanation.isBlank()) {
			return "";
		}
		try {
			JsonNode root = JSON.readTree(explanation);
			var parts = new ArrayList<String>();
			if (root.hasNonNull("rule")) {
				parts.add(root.get("rule").asString());
			}
			var comparisons = new ArrayList<JsonNode>();
			root.path("comparisons").forEach(comparisons::add);
			comparisons.sort(Comparator.comparingDouble((JsonNode c) -> -Math.abs(c.path("weight").asDouble(0))));
			for (JsonNode c : comparisons) {
				parts.add(c.path("field").asString("") + ": " + c.path("level").asString("") + " ("
						+ String.format(Locale.ROOT, "%+.2f", c.path("weight").asDouble(0)) + ")");
			}
			return parts.isEmpty() ? explanation : String.join(" · ", parts);
		} catch (JacksonException notJson) {
			return explanation;
		}
	}
}
