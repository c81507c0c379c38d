package app.agora.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A pair of records the model found too likely to ignore and too unsure to
 * link: staff see both records side by side with the model's explanation and
 * accept or reject it. {@code partyId} is the party the pair would join, when
 * one side is a party or linked to one.
 */
public record LinkReview(UUID id, RecordRef left, RecordRef right, UUID partyId, double probability, double weight,
		String rule, List<ReviewComparison> comparisons, Map<String, String> leftRecord,
		Map<String, String> rightRecord, ReviewStatus status, Instant proposedAt, String proposedBy, Instant decidedAt,
		String decidedBy, String reason) {

	/** Every field either record has, in the order the records list them. */
	public List<String> fields() {
		var names = new LinkedHashSet<String>(leftRecord.keySet());
		names.addAll(rightRecord.keySet());
		return new ArrayList<>(names);
	}

	/**
	 * Whether both records hold the same value in a field: the same ignoring case
	 * and spaces, or what the model compared as exactly the same once normalised
	 * ("O'Brien" and "OBrien", two ways of writing one phone number).
	 */
	public boolean agrees(String field) {
		String a = normal(leftRecord.get(field));
		if (a != null && Objects.equals(a, normal(rightRecord.get(field)))) {
			return true;
		}
		return comparisons.stream().anyMatch(c -> c.field().equals(field) && "exact".equals(c.level()));
	}

	/** The comparisons, the heaviest (in either direction) first. */
	public List<ReviewComparison> heaviestFirst() {
		return comparisons.stream()
				.sorted(Comparator.comparingDouble((ReviewComparison c) -> Math.abs(c.weight())).reversed()).toList();
	}

	/** The largest absolute weight, to scale the explanation's bars. */
	public double maxWeight() {
		return comparisons.stream().mapToDouble(c -> Math.abs(c.weight())).max().orElse(1.0);
	}

	public String leftName() {
		return nameIn(leftRecord, left);
	}

	public String rightName() {
		return nameIn(rightRecord, right);
	}

	public boolean isOpen() {
		return status == ReviewStatus.OPEN;
	}

	private static String nameIn(Map<String, String> record, RecordRef ref) {
		for (String key : List.of("name", "display_name", "displayName", "full_name")) {
			String value = record.get(key);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		var parts = record.entrySet().stream().filter(
				e -> e.getKey().toLowerCase().contains("name") && e.getValue() != null && !e.getValue().isBlank())
				.map(Map.Entry::getValue).toList();
		return parts.isEmpty() ? ref.toString() : String.join(" ", parts);
	}

	private static String normal(String value) {
		return value == null || value.isBlank() ? null : value.strip().toLowerCase().replaceAll("\\s+", " ");
	}
}
