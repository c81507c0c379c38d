package app.agora.parties.internal;

import app.agora.parties.ContactKeys;
import app.agora.parties.LifecycleStage;
import app.agora.parties.PartyDetails;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyRole;
import app.agora.parties.RoleHeld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The party aggregate: its identity, contact points, stage and the roles it
 * holds.
 */
@Table("party")
public class Party {

	@Id
	UUID id;
	@Version
	Long version;
	PartyKind kind;
	String displayName;
	String givenName;
	String familyName;
	String organisationName;
	String email;
	String emailKey;
	String phone;
	String phoneKey;
	String city;
	String country;
	LifecycleStage stage;
	Instant createdAt;
	Instant updatedAt;
	@MappedCollection(idColumn = "party_id")
	Set<RoleRow> roles = new HashSet<>();

	@Table("party_role")
	record RoleRow(PartyRole role, LocalDate since, LocalDate until) {
	}

	static Party create(PartyDraft draft, ContactKeys keys, LifecycleStage stage, Instant now) {
		var party = new Party();
		party.id = UUID.randomUUID();
		party.stage = stage;
		party.createdAt = now;
		party.apply(draft, keys, now);
		return party;
	}

	void apply(PartyDraft draft, ContactKeys keys, Instant now) {
		kind = draft.kind();
		displayName = draft.displayName();
		givenName = kind == PartyKind.PERSON ? blankToNull(draft.givenName()) : null;
		familyName = kind == PartyKind.PERSON ? blankToNull(draft.familyName()) : null;
		organisationName = kind == PartyKind.ORGANISATION ? blankToNull(draft.organisationName()) : null;
		email = blankToNull(draft.email());
		emailKey = keys.email(email);
		phone = blankToNull(draft.phone());
		phoneKey = keys.phone(phone, draft.country());
		city = blankToNull(draft.city());
		country = draft.country() == null || draft.country().isBlank() ? null : draft.country().toUpperCase();
		updatedAt = now;
	}

	/** Grants a role from a day on; a role already held is left as it is. */
	boolean grant(PartyRole role, LocalDate since) {
		if (holds(role)) {
			return false;
		}
		roles.removeIf(r -> r.role() == role);
		return roles.add(new RoleRow(role, since, null));
	}

	boolean end(PartyRole role, LocalDate until) {
		var current = roles.stream().filter(r -> r.role() == role && r.until() == null).findFirst();
		current.ifPresent(r -> {
			roles.remove(r);
			roles.add(new RoleRow(role, r.since(), until));
		});
		return current.isPresent();
	}

	boolean holds(PartyRole role) {
		return roles.stream().anyMatch(r -> r.role() == role && r.until() == null);
	}

	public UUID id() {
		return id;
	}

	PartyDetails toDetails() {
		var held = roles.stream().sorted(Comparator.comparing(RoleRow::since).thenComparing(RoleRow::role))
				.map(r -> new RoleHeld(r.role(), r.since(), r.until())).toList();
		return new PartyDetails(id, version == null ? 0 : version, kind, displayName, givenName, familyName,
				organisationName, email, phone, city, country, stage, held, createdAt, updatedAt);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
