package app.agora.parties;

import app.agora.access.Accounts;
import app.agora.parties.internal.PartyMerger;
import app.agora.parties.internal.PartyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits and finds parties, and grants or ends the roles they hold
 * towards the company.
 */
@Service
public class Parties {

	private final PartyStore store;
	private final ContactKeys keys;
	private final Timeline timeline;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final PartyMerger merger;
	// Optional so that the parties module still starts on its own in module tests.
	private final ObjectProvider<Accounts> accounts;

	Parties(PartyStore store, ContactKeys keys, Timeline timeline, ApplicationEventPublisher events,
			Optional<Clock> clock, PartyMerger merger, ObjectProvider<Accounts> accounts) {
		this.merger = merger;
		this.accounts = accounts;
		this.store = store;
		this.keys = keys;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public PartyDetails create(PartyDraft draft, LifecycleStage stage, String actor) {
		var created = store.create(draft, stage, now());
		timeline.record(created.id(), "Created by " + actor, actor);
		events.publishEvent(new PartyRegistered(created.id(), created.kind(), created.displayName()));
		return created;
	}

	/**
	 * Saves an edit made on the given version; someone else's newer edit is never
	 * overwritten silently.
	 */
	@Transactional
	public PartyDetails update(UUID id, long expectedVersion, PartyDraft draft, String actor) {
		return store.update(id, party -> {
			if (party.version() != expectedVersion) {
				throw new OptimisticLockingFailureException(
						"Party " + id + " changed since version " + expectedVersion);
			}
		}, draft, now());
	}

	public Optional<PartyDetails> find(UUID id) {
		return store.find(id);
	}

	public PartyDetails get(UUID id) {
		return find(id).orElseThrow(() -> new PartyNotFound(id));
	}

	public PartyPage search(PartyQuery query, int page, int size) {
		return store.search(query, Math.max(0, page), Math.clamp(size, 1, 200));
	}

	@Transactional
	public PartyDetails grantRole(UUID id, PartyRole role, LocalDate since, String actor) {
		var updated = store.grant(id, role, since == null ? LocalDate.now(clock) : since);
		timeline.record(id, "Became " + role.name().toLowerCase().replace('_', ' ') + " (by " + actor + ")", actor);
		return updated;
	}

	@Transactional
	public PartyDetails endRole(UUID id, PartyRole role, LocalDate until, String actor) {
		var updated = store.end(id, role, until == null ? LocalDate.now(clock) : until);
		timeline.record(id, "No longer " + role.name().toLowerCase().replace('_', ' ') + " (by " + actor + ")", actor);
		return updated;
	}

	/**
	 * The party already known by this email or phone, so imports and links do not
	 * create twins.
	 */
	public Optional<UUID> findByContact(String email, String phone, String country) {
		return store.findByKeys(keys.email(email), keys.phone(phone, country));
	}

	public Map<LifecycleStage, Long> countByStage() {
		var counts = new EnumMap<LifecycleStage, Long>(LifecycleStage.class);
		for (var stage : LifecycleStage.values()) {
			counts.put(stage, 0L);
		}
		counts.putAll(store.countByStage());
		return counts;
	}

	/**
	 * Makes two parties one, keeping the survivor's id: it takes the absorbed
	 * party's blank fields, roles, relationships, history, timeline, accounts and,
	 * through {@link PartiesMerged}, every other module's rows; the absorbed id
	 * redirects to the survivor from then on.
	 *
	 * @throws PartyNotFound
	 *             when either party does not exist
	 */
	@Transactional
	public PartyDetails merge(UUID survivorId, UUID absorbedId, String by, String reason) {
		if (survivorId == null || absorbedId == null) {
			throw new IllegalArgumentException("Name both parties to merge.");
		}
		if (survivorId.equals(absorbedId)) {
			throw new IllegalArgumentException("A party cannot be merged with itself.");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new IllegalArgumentException("Say why the two parties are one (at most 1000 characters).");
		}
		var survivor = get(survivorId);
		var absorbed = get(absorbedId);
		merger.moveRows(survivor.id(), absorbed.id(), now(), by, reason.strip());
		accounts.ifAvailable(a -> a.moveParty(absorbed.id(), survivor.id()));
		events.publishEvent(new PartiesMerged(survivor.id(), absorbed.id(), by, reason.strip()));
		timeline.record(survivor.id(),
				"Merged with " + absorbed.displayName() + " (" + absorbed.id() + ") by " + by + ": " + reason.strip(),
				by);
		merger.delete(absorbed.id());
		return get(survivor.id());
	}

	/**
	 * The id a party answers to now: its own, or the survivor's when it was merged
	 * into another; empty when it never existed.
	 */
	public Optional<UUID> currentId(UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		if (store.find(id).isPresent()) {
			return Optional.of(id);
		}
		return merger.redirectOf(id);
	}

	private Instant now() {
		return clock.instant();
	}
}
