package app.agora.federation;

import app.agora.parties.Parties;
import app.agora.parties.PartyNotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Staff correct identity resolution by hand: link a record to a party, split a
 * wrongly linked record off (the party keeps its id), and say two records are
 * never the same. Each correction holds against later rules and runs, and goes
 * to the decision log with who and why.
 */
@Service
public class LinkCorrections {

	private final SourceLinks links;
	private final NeverSame neverSame;
	private final LinkDecisions decisions;
	private final Parties parties;
	private final CustomerViews views;

	LinkCorrections(SourceLinks links, NeverSame neverSame, LinkDecisions decisions, Parties parties,
			CustomerViews views) {
		this.links = links;
		this.neverSame = neverSame;
		this.decisions = decisions;
		this.parties = parties;
		this.views = views;
	}

	/**
	 * Takes a record off a party and marks it never the same as the party, so the
	 * rules do not link it back by the party's email or phone.
	 */
	@Transactional
	public void split(UUID partyId, String source, String key, String by, String reason) {
		requireParty(partyId);
		String why = reasonOf(reason);
		if (!links.unlink(source, key, partyId)) {
			var notLinked = new ErrorResponseException(HttpStatus.NOT_FOUND);
			notLinked.getBody().setDetail("Record " + source + ":" + key + " is not linked to this party.");
			throw notLinked;
		}
		var record = new RecordRef(source, key);
		neverSame.mark(record, NeverSame.party(partyId), by, why);
		decisions.record(partyId, "SPLIT", record, NeverSame.party(partyId), null, "STAFF", by, why);
	}

	/**
	 * Links a record to a party by hand.
	 *
	 * @throws LinkConflict
	 *             when it is linked already or marked never the same as the party
	 */
	@Transactional
	public LinkedRecord link(UUID partyId, String source, String key, String by, String reason) {
		requireParty(partyId);
		String why = reasonOf(reason);
		if (source == null || source.isBlank() || key == null || key.isBlank()) {
			throw new IllegalArgumentException("Name the record: its source and its key.");
		}
		String sourceId = source.strip();
		String recordKey = key.strip();
		if (NeverSame.AGORA.equals(sourceId) || views.sources().stream().noneMatch(s -> s.id().equals(sourceId))) {
			throw new IllegalArgumentException("There is no source '" + sourceId + "' to link a record from.");
		}
		if (recordKey.length() > 200) {
			throw new IllegalArgumentException("A record key may have at most 200 characters.");
		}
		var record = new RecordRef(sourceId, recordKey);
		Optional<UUID> linked = links.partyOf(sourceId, recordKey);
		if (linked.isPresent()) {
			throw new LinkConflict(linked.get().equals(partyId)
					? "Record " + record + " is linked to this party already."
					: "Record " + record + " is linked to another party; split it off there first.");
		}
		if (neverSame.holds(record, NeverSame.party(partyId))) {
			throw new LinkConflict("Record " + record + " was marked never the same as this party.");
		}
		links.linkExplained(sourceId, recordKey, partyId, LinkMethod.STAFF, 1.0, by, null);
		decisions.record(partyId, "LINKED", record, NeverSame.party(partyId), 1.0, "STAFF", by, why);
		return links.recordsOf(partyId).stream().filter(r -> r.source().equals(sourceId) && r.key().equals(recordKey))
				.findFirst().orElseThrow();
	}

	/**
	 * Marks two records never the same person; a party is the record
	 * ({@code agora}, its id). When they are linked together now, the second is
	 * split off.
	 */
	@Transactional
	public void neverTheSame(RecordRef a, RecordRef b, String by, String reason) {
		String why = reasonOf(reason);
		if (a == null || b == null || blank(a) || blank(b)) {
			throw new IllegalArgumentException("Name both records: each with its source and key.");
		}
		if (a.equals(b)) {
			throw new IllegalArgumentException("A record is always the same as itself.");
		}
		var partyA = partyOf(a);
		var partyB = partyOf(b);
		if (NeverSame.AGORA.equals(a.source()) && partyA.isEmpty()) {
			throw new PartyNotFound(safeId(a.key()));
		}
		if (NeverSame.AGORA.equals(b.source()) && partyB.isEmpty()) {
			throw new PartyNotFound(safeId(b.key()));
		}
		if (partyA.isPresent() && partyA.equals(partyB)) {
			var off = NeverSame.AGORA.equals(b.source()) ? a : b;
			links.unlink(off.source(), off.key(), partyA.get());
			decisions.record(partyA.get(), "SPLIT", off, NeverSame.AGORA.equals(b.source()) ? b : a, null, "STAFF", by,
					why);
		}
		neverSame.mark(a, b, by, why);
		decisions.record(partyA.or(() -> partyB).orElse(null), "NEVER_SAME", a, b, null, "STAFF", by, why);
		if (partyB.isPresent() && !partyB.equals(partyA)) {
			decisions.record(partyB.get(), "NEVER_SAME", b, a, null, "STAFF", by, why);
		}
	}

	/** The party a record stands for or is linked to. */
	private Optional<UUID> partyOf(RecordRef record) {
		if (NeverSame.AGORA.equals(record.source())) {
			try {
				return parties.find(UUID.fromString(record.key())).map(p -> p.id());
			} catch (IllegalArgumentException notAnId) {
				return Optional.empty();
			}
		}
		return links.partyOf(record.source(), record.key());
	}

	private void requireParty(UUID partyId) {
		if (partyId == null || parties.find(partyId).isEmpty()) {
			throw new PartyNotFound(partyId);
		}
	}

	private static boolean blank(RecordRef ref) {
		return ref.source() == null || ref.source().isBlank() || ref.key() == null || ref.key().isBlank();
	}

	private static UUID safeId(String key) {
		try {
			return UUID.fromString(key);
		} catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static String reasonOf(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Say why: a reason is required.");
		}
		if (reason.length() > 1000) {
			throw new IllegalArgumentException("A reason may have at most 1000 characters.");
		}
		return reason.strip();
	}
}
