package app.agora.federation.internal.linking;

import app.agora.federation.IdentityResolution;
import app.agora.federation.LinkageMode;
import app.agora.federation.LinkageModel;
import app.agora.federation.LinkageSettings;
import app.agora.federation.LinkingRun;
import app.agora.federation.MatchScore;
import app.agora.federation.RecordRef;
import app.agora.federation.Resolution;
import app.agora.federation.SourceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One linking run from reading the sources to writing links and proposals:
 * resolves the parties together with every source's identity records, then acts
 * on what it found through {@link LinkPlanner}. Keeps the model the first load
 * learned, so incremental runs score new records with the same weights
 * (re-learned from the sources after a restart).
 */
@Component
public class LinkingRuns {

	private static final Logger log = LoggerFactory.getLogger(LinkingRuns.class);

	private final IdentityRecords identity;
	private final LinkingStore store;
	private final double linkThreshold;
	private final double reviewThreshold;
	private final String phoneRegion;
	private final AtomicReference<LinkageModel> model = new AtomicReference<>();

	LinkingRuns(IdentityRecords identity, LinkingStore store,
			@Value("${agora.federation.linking.link-threshold:0.9}") double linkThreshold,
			@Value("${agora.federation.linking.review-threshold:0.5}") double reviewThreshold,
			@Value("${agora.parties.default-phone-region:FR}") String phoneRegion) {
		this.identity = identity;
		this.store = store;
		this.linkThreshold = linkThreshold;
		this.reviewThreshold = reviewThreshold;
		this.phoneRegion = phoneRegion;
		// Fails at startup on thresholds out of order rather than at the first run.
		LinkageSettings
				.of(LinkageMode.DEDUPLICATE,
						List.of(new app.agora.federation.FieldSpec("name", app.agora.federation.FieldType.NAME)))
				.withThresholds(linkThreshold, reviewThreshold);
	}

	/** Whether any source takes part in linking (has an identity section). */
	public boolean anyLinkable() {
		return !identity.linkable().isEmpty();
	}

	/** Reads every linkable source; progress goes to the run when there is one. */
	public IdentityRecords.Scan read(LinkingRun run) {
		int sources = Math.max(1, identity.linkable().size());
		return identity.read((source, index) -> {
			if (run != null) {
				store.progress(run.id(), "reading " + source, 40 * index / sources);
			}
		});
	}

	/** Records new since the last run, or whose linkage fields changed. */
	public Set<RecordRef> changed(IdentityRecords.Scan scan) {
		var seen = store.fingerprints();
		return scan.records().stream().filter(r -> !IdentityRecords.fingerprint(r).equals(seen.get(r.ref())))
				.map(SourceRecord::ref).collect(Collectors.toSet());
	}

	/**
	 * Resolves and acts; with {@code only} given, acts only on pairs that involve
	 * one of those records (an incremental run).
	 */
	public void resolveAndAct(LinkingRun run, IdentityRecords.Scan scan, Set<RecordRef> only) {
		String by = "linking run " + run.id();
		try {
			if (scan.isEmpty()) {
				store.counts(run.id(), scan.records().size(), 0, 0, 0);
				store.finish(run.id(), LinkingRun.State.COMPLETED, message(scan, "No identity records to link."));
				return;
			}
			store.progress(run.id(), "scoring", 45);
			long scoring = System.nanoTime();
			Resolution resolution = resolve(scan, only == null);
			long writing = System.nanoTime();
			List<MatchScore> pairs = resolution.pairs();
			if (only != null) {
				pairs = pairs.stream().filter(p -> only.contains(p.left()) || only.contains(p.right())).toList();
			}
			store.counts(run.id(), scan.records().size(), resolution.candidatePairs(), 0, 0);
			store.progress(run.id(), "writing", 60);
			var planner = new LinkPlanner(agoraSource(), scan.records(), store.links(), store.neverSame(),
					store.proposed(), resolution.model());
			var plan = planner.plan(pairs);
			int total = Math.max(1, plan.links().size() + plan.reviews().size());
			int step = Math.max(1, total / 20);
			int done = 0;
			int links = 0;
			int reviews = 0;
			for (var link : plan.links()) {
				links += store.link(link, by) ? 1 : 0;
				if (++done % step == 0) {
					store.progress(run.id(), "writing", 60 + 38 * done / total);
				}
			}
			for (var review : plan.reviews()) {
				reviews += store.propose(review, by) ? 1 : 0;
				if (++done % step == 0) {
					store.progress(run.id(), "writing", 60 + 38 * done / total);
				}
			}
			var fingerprints = new HashMap<RecordRef, String>();
			scan.records().stream().filter(r -> only == null || only.contains(r.ref()))
					.forEach(r -> fingerprints.put(r.ref(), IdentityRecords.fingerprint(r)));
			if (only == null) {
				store.replaceFingerprints(fingerprints);
			} else {
				store.saveFingerprints(fingerprints);
			}
			store.counts(run.id(), scan.records().size(), resolution.candidatePairs(), links, reviews);
			store.finish(run.id(), LinkingRun.State.COMPLETED, message(scan, null));
			log.info(
					"Linking run {} ({}): {} records, {} candidate pairs, {} links, {} reviews; scoring {} ms, "
							+ "acting {} ms",
					run.id(), run.kind(), scan.records().size(), resolution.candidatePairs(), links, reviews,
					(writing - scoring) / 1_000_000, (System.nanoTime() - writing) / 1_000_000);
		} catch (RuntimeException e) {
			log.warn("Linking run {} failed", run.id(), e);
			store.finish(run.id(), LinkingRun.State.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	/**
	 * A first load learns a new model; an incremental run reuses the kept one
	 * unless the linkage fields changed.
	 */
	private Resolution resolve(IdentityRecords.Scan scan, boolean learn) {
		var kept = model.get();
		if (!learn && kept != null && kept.settings().fields().equals(scan.fields())) {
			return new IdentityResolution(kept.settings()).resolve(scan.records(), kept);
		}
		var settings = LinkageSettings.of(LinkageMode.DEDUPLICATE, scan.fields())
				.withThresholds(linkThreshold, reviewThreshold).withPhoneRegion(phoneRegion);
		var resolution = new IdentityResolution(settings).resolve(scan.records());
		model.set(resolution.model());
		return resolution;
	}

	private String agoraSource() {
		return identity.linkable().stream().filter(s -> "agora".equals(s.definition().connector()))
				.map(s -> s.definition().id()).findFirst().orElse("agora");
	}

	private static String message(IdentityRecords.Scan scan, String otherwise) {
		return scan.problems().isEmpty() ? otherwise : String.join("; ", scan.problems());
	}

}
