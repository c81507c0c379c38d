package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.access.NewAccount;
import app.agora.outreach.Channel;
import app.agora.outreach.ContactPreferences;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.Preferences;
import app.agora.outreach.Purpose;
import app.agora.outreach.QuietHours;
import app.agora.parties.Lifecycle;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyRole;
import app.agora.parties.RelationshipKind;
import app.agora.parties.Relationships;
import app.agora.parties.Timeline;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cordée Voyages, a trekking and travel outfitter in Annecy, as it would look
 * after a year with Agora.
 */
@Component
class DemoCompany {

	private static final String SEEDER = "demo";

	private final Parties parties;
	private final Lifecycle lifecycle;
	private final Relationships relationships;
	private final Timeline timeline;
	private final Accounts accounts;
	private final ContactPreferences preferences;
	private final Outreach outreach;
	private final Map<String, UUID> ids = new HashMap<>();

	DemoCompany(Parties parties, Lifecycle lifecycle, Relationships relationships, Timeline timeline, Accounts accounts,
			ContactPreferences preferences, Outreach outreach) {
		this.parties = parties;
		this.lifecycle = lifecycle;
		this.relationships = relationships;
		this.timeline = timeline;
		this.accounts = accounts;
		this.preferences = preferences;
		this.outreach = outreach;
	}

	@Transactional
	void seed() {
		organisations();
		people();
		relationshipsAndNotes();
		for (var account : DemoAccounts.everyone()) {
			UUID partyId = account.partyEmail() == null ? null : ids.get(account.partyEmail());
			accounts.open(new NewAccount(account.email(), account.displayName(), DemoAccounts.PASSWORD, account.role(),
					partyId));
		}
		contactPreferences();
	}

	private void organisations() {
		org("cordee", "Cordée Voyages", "contact@cordee-voyages.example", "+33 4 50 45 00 00", "Annecy", "FR",
				LifecycleStage.CUSTOMER, PartyRole.STAFF);
		org("summit", "Summit Trails", "hello@summit-trails.example", "+44 20 7946 0000", "London", "GB",
				LifecycleStage.LEAD, PartyRole.COMPETITOR);
		org("globe", "Globe Trekker Tours", "info@globetrekker.example", "+49 30 901820", "Berlin", "DE",
				LifecycleStage.LEAD, PartyRole.COMPETITOR);
		org("refuge", "Refuge des Cosmiques", "gardien@refuge-cosmiques.example", "04 50 54 40 16", "Chamonix", "FR",
				LifecycleStage.CUSTOMER, PartyRole.PARTNER);
		org("northwind", "Northwind Consulting", "travel@northwind.example", "+33 1 70 36 20 00", "Paris", "FR",
				LifecycleStage.CUSTOMER, PartyRole.CUSTOMER);
		org("alpinair", "AlpinAir Transfers", "desk@alpinair.example", "+41 22 717 71 11", "Geneva", "CH",
				LifecycleStage.CUSTOMER, PartyRole.PARTNER);
	}

	private void people() {
		staff("admin@agora.demo", "Ada", "Admin");
		staff("agent@agora.demo", "Sam", "Service");
		staff("sales@agora.demo", "Sofia", "Sales");
		staff("product@agora.demo", "Paul", "Product");
		person("anne-marie@agora.demo", "Anne-Marie", "Leclerc", "06 12 34 56 78", "Lyon", "FR",
				LifecycleStage.CUSTOMER, PartyRole.CUSTOMER, LocalDate.of(2023, 5, 2));
		person("dara@agora.demo", "Dara", "Okafor", "+33 6 98 76 54 32", "Paris", "FR", LifecycleStage.CUSTOMER,
				PartyRole.CUSTOMER, LocalDate.of(2024, 3, 14));
		person("prospect@agora.demo", "Priya", "Natarajan", "+44 7700 900123", "Manchester", "GB",
				LifecycleStage.NEGOTIATION, PartyRole.PROSPECT, LocalDate.of(2026, 9, 20));
		person("tomas.herrera@example.com", "Tomás", "Herrera", "+34 612 345 678", "Bilbao", "ES",
				LifecycleStage.PROSPECT, PartyRole.PROSPECT, LocalDate.of(2026, 6, 1));
		person("j.muller@example.de", "Jonas", "Müller", "+49 151 23456789", "Munich", "DE",
				LifecycleStage.FORMER_CUSTOMER, PartyRole.FORMER_CUSTOMER, LocalDate.of(2021, 7, 9));
		person("keiko.sato@example.jp", "Keiko", "Sato", "+81 90 1234 5678", "Osaka", "JP", LifecycleStage.CUSTOMER,
				PartyRole.CUSTOMER, LocalDate.of(2025, 1, 20));
		person("liam.obrien@example.ie", "Liam", "O'Brien", "+353 85 123 4567", "Cork", "IE", LifecycleStage.LEAD,
				PartyRole.PROSPECT, LocalDate.of(2026, 10, 30));
		person("chloe.martin@example.fr", "Chloé", "Martin", "07 81 22 33 44", "Annecy", "FR", LifecycleStage.CUSTOMER,
				PartyRole.CUSTOMER, LocalDate.of(2022, 4, 11));
		person("guide.marc@cordee-voyages.example", "Marc", "Favre", "06 70 11 22 33", "Chamonix", "FR",
				LifecycleStage.CUSTOMER, PartyRole.STAFF, LocalDate.of(2019, 2, 1));
		person("fatima.zahra@example.ma", "Fatima", "Zahra", "+212 6 12 34 56 78", "Marrakesh", "MA",
				LifecycleStage.PROSPECT, PartyRole.PROSPECT, LocalDate.of(2026, 8, 15));
	}

	private void relationshipsAndNotes() {
		relate("dara@agora.demo", RelationshipKind.WORKS_FOR, "northwind", "Travel coordinator");
		relate("dara@agora.demo", RelationshipKind.REFERRED_BY, "anne-marie@agora.demo",
				"Met on the Tour du Mont Blanc");
		relate("guide.marc@cordee-voyages.example", RelationshipKind.WORKS_FOR, "cordee", "Mountain guide");
		relate("refuge", RelationshipKind.PARTNER_OF, "cordee", "Hut bookings for the Vallée Blanche");
		relate("alpinair", RelationshipKind.PARTNER_OF, "cordee", "Airport transfers from Geneva");
		relate("chloe.martin@example.fr", RelationshipKind.KNOWS, "anne-marie@agora.demo", null);
		note("anne-marie@agora.demo", "Asked about the Dolomites family trek for next summer; two children, 9 and 12.");
		note("dara@agora.demo", "Books team offsites for Northwind; prefers invoices per trip.");
		note("prospect@agora.demo", "Comparing our Annapurna circuit with Summit Trails; wants a vegetarian menu.");
		parties.grantRole(ids.get("keiko.sato@example.jp"), PartyRole.FORMER_CUSTOMER, LocalDate.of(2024, 1, 5),
				SEEDER);
		lifecycle.markLost(ids.get("tomas.herrera@example.com"),
				"Price for a family of four was too high; chose a shorter trip elsewhere.", ids.get("summit"), SEEDER);
		lifecycle.markLost(ids.get("fatima.zahra@example.ma"), "Dates did not fit: wanted late December departures.",
				ids.get("globe"), SEEDER);
	}

	/**
	 * Anne-Marie opted into offers by email; Dara keeps quiet evenings. A first
	 * newsletter and a service notice then show the gate at work in the delivery
	 * logs: only Anne-Marie gets the offer.
	 */
	private void contactPreferences() {
		UUID anneMarie = ids.get("anne-marie@agora.demo");
		UUID dara = ids.get("dara@agora.demo");
		preferences.save(anneMarie, Preferences.defaults().withConsent(Channel.EMAIL, Purpose.MARKETING, true),
				"anne-marie@agora.demo");
		preferences.save(dara,
				Preferences.defaults().withQuietHours(
						new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Paris"))),
				"dara@agora.demo");
		for (String who : new String[]{"anne-marie@agora.demo", "dara@agora.demo", "prospect@agora.demo"}) {
			outreach.send(new OutboundMessage(ids.get(who), Channel.EMAIL, Purpose.MARKETING,
					"Dolomites family treks: summer dates are out",
					"Our Dolomites family treks for next summer are open for booking: five days between huts,"
							+ " short stages, guides who love children's questions.",
					"sales@agora.demo"));
		}
		outreach.send(new OutboundMessage(dara, Channel.IN_APP, Purpose.SERVICE, "Your Northwind offsite is confirmed",
				"The Northwind team offsite in Chamonix is confirmed; one invoice per trip, as you asked.",
				"agent@agora.demo"));
	}

	private void org(String key, String name, String email, String phone, String city, String country,
			LifecycleStage stage, PartyRole role) {
		var party = parties.create(PartyDraft.organisation(name, email, phone, city, country), stage, SEEDER);
		parties.grantRole(party.id(), role, LocalDate.of(2023, 1, 1), SEEDER);
		ids.put(key, party.id());
	}

	private void person(String email, String given, String family, String phone, String city, String country,
			LifecycleStage stage, PartyRole role, LocalDate since) {
		var party = parties.create(PartyDraft.person(given, family, email, phone, city, country), stage, SEEDER);
		parties.grantRole(party.id(), role, since, SEEDER);
		ids.put(email, party.id());
	}

	private void staff(String email, String given, String family) {
		person(email, given, family, null, "Annecy", "FR", LifecycleStage.CUSTOMER, PartyRole.STAFF,
				LocalDate.of(2020, 1, 6));
		relationships.relate(ids.get(email), RelationshipKind.WORKS_FOR, ids.get("cordee"), LocalDate.of(2020, 1, 6),
				null, SEEDER);
	}

	private void relate(String from, RelationshipKind kind, String to, String note) {
		relationships.relate(ids.get(from), kind, ids.get(to), LocalDate.of(2024, 6, 1), note, SEEDER);
	}

	private void note(String who, String text) {
		timeline.addNote(ids.get(who), text, "sales@agora.demo");
	}
}
