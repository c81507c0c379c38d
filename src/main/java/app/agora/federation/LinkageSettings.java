package app.agora.federation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How records are linked: the fields and their types, which pairs are
 * candidates, and the two thresholds on the match probability. The defaults
 * work without tuning; weights are not settings, they are learned.
 *
 * @param linkThreshold
 *            a pair whose match probability is at least this is linked
 * @param reviewThreshold
 *            a pair at least this probable, but under the link threshold, goes
 *            to review
 * @param phoneRegion
 *            the ISO region (such as "FR" or "GB") for phone numbers written
 *            without a country code
 * @param maxBlockPairs
 *            a block (records sharing a blocking key) that would give more
 *            pairs than this is skipped: such keys are too common to tell
 *            anyone apart, and other keys still bring its true pairs
 * @param seed
 *            for the random pairs that estimate how often values agree by
 *            chance, so that the same input gives the same result
 */
public record LinkageSettings(List<FieldSpec> fields, LinkageMode mode, double linkThreshold, double reviewThreshold,
		String phoneRegion, int maxBlockPairs, long seed) {

	public static final double DEFAULT_LINK_THRESHOLD = 0.9;
	public static final double DEFAULT_REVIEW_THRESHOLD = 0.5;
	public static final String DEFAULT_PHONE_REGION = "FR";
	public static final int DEFAULT_MAX_BLOCK_PAIRS = 50_000;

	/**
	 * At most this many fields: a comparison vector packs 3 bits per field into a
	 * long.
	 */
	public static final int MAX_FIELDS = 21;

	public LinkageSettings {
		fields = List.copyOf(fields);
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(phoneRegion, "phoneRegion");
		if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
			throw new IllegalArgumentException("Linkage needs between 1 and " + MAX_FIELDS + " fields");
		}
		var names = new HashSet<String>();
		for (var field : fields) {
			if (!names.add(field.name())) {
				throw new IllegalArgumentException("Field '" + field.name() + "' is given twice");
			}
		}
		if (!(reviewThreshold > 0 && reviewThreshold <= linkThreshold && linkThreshold < 1)) {
			throw new IllegalArgumentException("Thresholds must satisfy 0 < review <= link < 1, got review="
					+ reviewThreshold + " link=" + linkThreshold);
		}
		if (maxBlockPairs < 1) {
			throw new IllegalArgumentException("maxBlockPairs must be positive");
		}
	}

	/** The default settings for these fields. */
	public static LinkageSettings of(LinkageMode mode, List<FieldSpec> fields) {
		return new LinkageSettings(fields, mode, DEFAULT_LINK_THRESHOLD, DEFAULT_REVIEW_THRESHOLD, DEFAULT_PHONE_REGION,
				DEFAULT_MAX_BLOCK_PAIRS, 42);
	}

	public LinkageSettings withThresholds(double link, double review) {
		return new LinkageSettings(fields, mode, link, review, phoneRegion, maxBlockPairs, seed);
	}

	public LinkageSettings withPhoneRegion(String region) {
		return new LinkageSettings(fields, mode, linkThreshold, reviewThreshold, region, maxBlockPairs, seed);
	}

	public LinkageSettings withMaxBlockPairs(int max) {
		return new LinkageSettings(fields, mode, linkThreshold, reviewThreshold, phoneRegion, max, seed);
	}

	public LinkageSettings withSeed(long newSeed) {
		return new LinkageSettings(fields, mode, linkThreshold, reviewThreshold, phoneRegion, maxBlockPairs, newSeed);
	}

	/** Classifies a match probability. */
	public Classification classify(double probability) {
		if (probability >= linkThreshold) {
			return Classification.LINK;
		}
		return probability >= reviewThreshold ? Classification.REVIEW : Classification.NONE;
	}
}
