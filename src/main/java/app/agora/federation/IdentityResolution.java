package app.agora.federation;

import app.agora.federation.internal.linkage.Linker;
import app.agora.federation.internal.linkage.RecordTable;
import java.util.Collection;

/**
 * Links the records that belong to one person. Candidate pairs come from
 * blocking (records that share a key such as a phonetic surname with the birth
 * date, an email or a postcode), never from comparing every pair. Each
 * candidate is compared field by field, scored by deterministic rules and a
 * Fellegi–Sunter model learned from the same records by expectation
 * maximisation, and classified with the settings' thresholds; linked records
 * are grouped transitively into clusters.
 * <p>
 * Plain Java, thread-safe, no Spring: the server and the command line use it
 * alike.
 */
public final class IdentityResolution {

	private final LinkageSettings settings;

	public IdentityResolution(LinkageSettings settings) {
		this.settings = settings;
	}

	/** Learns a model from the records and resolves them with it. */
	public Resolution resolve(Collection<SourceRecord> records) {
		return Linker.run(RecordTable.of(settings, records), null);
	}

	/** Resolves the records with a model learned before (its settings apply). */
	public Resolution resolve(Collection<SourceRecord> records, LinkageModel model) {
		return Linker.run(RecordTable.of(model.settings(), records), model);
	}
}
