package app.agora.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.NewAccount;
import app.agora.federation.CorrectionRequest;
import app.agora.federation.CorrectionRequests;
import app.agora.federation.CorrectionStatus;
import app.agora.federation.NewCorrection;
import app.agora.parties.Lifecycle;
import app.agora.parties.LifecycleStage;
import app.agora.parties.Parties;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyQuery;
import app.agora.parties.PartyRole;
import app.agora.parties.RelationshipKind;
import app.agora.parties.Relationships;
import app.agora.parties.Timeline;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What Agora expects of its database, run against each one it supports (H2
 * always, PostgreSQL in CI): the migrations apply, the demo seeds, and
 * aggregates, queries and constraints behave the same.
 */
abstract class PersistenceContract {

	@Autowired
	Parties parties;
	@Autowired
	Lifecycle lifecycle;
	@Autowired
	Relationships relationships;
	@Autowired
	Timeline timeline;
	@Autowired
	Accounts accounts;
	@Autowired
	app.agora.outreach.ContactPreferences contactPreferences;
	@Autowired
	app.agora.federation.SourceLinks sourceLinks;
	@Autowired
	app.agora.federation.LinkReviews linkReviews;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;
	@Autowired
	CorrectionRequests corrections;

	@Test
	void theDemoCompanyIsSeeded() {
		assertThat(accounts.exists("anne-marie@agora.demo")).isTrue();
		assertThat(parties.search(new PartyQuery(null, PartyRole.COMPETITOR, null, null), 0, 10).total())
				.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCorrectionRequestRoundTripsThroughTheQueue() {
		UUID anneMarie = accounts.byEmail("anne-marie@agora.demo").orElseThrow().partyId().orElseThrow();
		var filed = corrections.file(anneMarie, "anne-marie@agora.demo",
				new NewCorrection("billing", "products-held", "K-302", "Ended in October", "31 October 2025"));
		assertThat(filed.fact()).containsEntry("recordKey", "K-302");
		assertThat(corrections.queue(CorrectionStatus.OPEN, "billing")).extracting(CorrectionRequest::id)
				.contains(filed.id());
		assertThat(corrections.queue(null, null)).extracting(CorrectionRequest::id).contains(filed.id());
		var answered = corrections.answer(filed.id(), CorrectionStatus.CORRECTED, "Done", "agent@agora.demo");
		assertThat(answered.status()).isEqualTo(CorrectionStatus.CORRECTED);
		assertThat(corrections.of(anneMarie, filed.id())).contains(answered);
		assertThat(corrections.queue(CorrectionStatus.OPEN, "billing")).extracting(CorrectionRequest::id)
				.doesNotContain(filed.id());
	}

	@Test
	void aPartyRoundTripsWithItsRolesAndVersion() {
		var created = parties.create(
				PartyDraft.person("Émile", "Zola", "EMILE@Example.org", "01 23 45 67 89", "Paris", "fr"),
				LifecycleStage.PROSPECT, "test");
		parties.grantRole(created.id(), PartyRole.PROSPECT, LocalDate.of(2026, 1, 2), "test");
		parties.grantRole(created.id(), PartyRole.PARTNER, LocalDate.of(2026, 2, 3), "test");
		parties.endRole(created.id(), PartyRole.PARTNER, LocalDate.of(2026, 3, 4), "test");

		var loaded = parties.get(created.id());
		assertThat(loaded.country()).isEqualTo("FR");
		assertThat(loaded.roles()).hasSize(2);
		assertThat(loaded.holds(PartyRole.PROSPECT)).isTrue();
		assertThat(loaded.holds(PartyRole.PARTNER)).isFalse();
		assertThat(parties.findByContact("emile@example.org", null, null)).contains(created.id());
		assertThat(parties.findByContact(null, "+33123456789", null)).contains(created.id());

		long version = loaded.version();
		parties.update(created.id(), version, PartyDraft.person("Émile", "Zola", null, null, "Médan", "FR"), "t");
		assertThatThrownBy(() -> parties.update(created.id(), version,
				PartyDraft.person("Stale", "Edit", null, null, null, null), "t"))
				.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(parties.get(created.id()).city()).isEqualTo("Médan");
	}

	@Test
	void searchTreatsWildcardsAsText() {
		parties.create(PartyDraft.organisation("100% Trek_Club", null, null, null, null), LifecycleStage.LEAD, "t");
		assertThat(parties.search(new PartyQuery("100%", null, null, null), 0, 10).parties())
				.extracting(p -> p.displayName()).containsExactly("100% Trek_Club");
		assertThat(parties.search(new PartyQuery("0%_T", null, null, null), 0, 10).total()).isZero();
	}

	@Test
	void relationshipsAreUniqueAndHistoryKeepsLostDeals() {
		var a = parties.create(PartyDraft.person("Rel", "A", null, null, null, null), LifecycleStage.PROSPECT, "t");
		var b = parties.create(PartyDraft.organisation("Rel B", null, null, null, null), LifecycleStage.LEAD, "t");
		relationships.relate(a.id(), RelationshipKind.WORKS_FOR, b.id(), null, null, "t");
		assertThatThrownBy(() -> relationships.relate(a.id(), RelationshipKind.WORKS_FOR, b.id(), null, null, "t"))
				.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(relationships.of(b.id())).hasSize(1);

		var competitor = parties.search(new PartyQuery("Globe", PartyRole.COMPETITOR, null, null), 0, 1).parties()
				.getFirst();
		lifecycle.markLost(a.id(), "Too far from home", competitor.id(), "t");
		assertThat(lifecycle.history(a.id())).first().satisfies(change -> {
			assertThat(change.stage()).isEqualTo(LifecycleStage.LOST_IN_TOUCH);
			assertThat(change.previous()).isEqualTo(LifecycleStage.PROSPECT);
			assertThat(change.competitorName()).isEqualTo("Globe Trekker Tours");
		});
		timeline.addNote(a.id(), "Still keen on a later trip", "t");
		assertThat(timeline.of(a.id(), 10)).first().extracting(e -> e.text()).isEqualTo("Still keen on a later trip");
	}

	@Test
	void accountsAreUniqueByEmail() {
		UUID id = accounts
				.open(new NewAccount("New.Person@Example.com", "New Person", "secret-1", AccountRole.MEMBER, null));
		assertThat(id).isNotNull();
		assertThat(accounts.exists("new.person@example.com")).isTrue();
		assertThatThrownBy(() -> accounts
				.open(new NewAccount("new.person@example.com", "Twin", "secret-2", AccountRole.MEMBER, null)))
				.isInstanceOf(DataIntegrityViolationException.class);
	}

	/**
	 * Preferences are read with plain queries (the gate asks for every message):
	 * quiet hours, caps and consents come back as saved, and a party who never
	 * chose gets the defaults.
	 */
	@Test
	void contactPreferencesRoundTripWithQuietHoursCapsAndConsents() {
		var party = parties
				.create(PartyDraft.person("Quiet", "Hours", null, null, null, "FR"), LifecycleStage.CUSTOMER, "t").id();
		var defaults = contactPreferences.of(party);
		assertThat(defaults.quietHours()).isNull();
		assertThat(defaults.consent(app.agora.outreach.Channel.IN_APP, app.agora.outreach.Purpose.COMMUNITY)).isTrue();
		var quiet = new app.agora.outreach.QuietHours(java.time.LocalTime.of(21, 30), java.time.LocalTime.of(7, 15),
				java.time.ZoneId.of("Europe/Paris"));
		contactPreferences.save(party, defaults.withQuietHours(quiet).withCap(app.agora.outreach.Purpose.COMMUNITY, 2)
				.withConsent(app.agora.outreach.Channel.IN_APP, app.agora.outreach.Purpose.COMMUNITY, false), "t");

		var saved = contactPreferences.of(party);
		assertThat(saved.quietHours()).isEqualTo(quiet);
		assertThat(saved.cap(app.agora.outreach.Purpose.COMMUNITY)).isEqualTo(2);
		assertThat(saved.consent(app.agora.outreach.Channel.IN_APP, app.agora.outreach.Purpose.COMMUNITY)).isFalse();
		assertThat(saved.consent(app.agora.outreach.Channel.IN_APP, app.agora.outreach.Purpose.SERVICE)).isTrue();
	}

	/**
	 * A merge moves rows that sit under unique keys on both sides (roles,
	 * relationships, preferences and consents): the survivor's stand, the absorbed
	 * party's fill the gaps, nothing is lost to the cascade.
	 */
	@Test
	void aMergeKeepsTheSurvivorsRowsAndMovesTheRest() {
		var survivor = parties
				.create(PartyDraft.person("Merge", "Keep", null, null, null, "FR"), LifecycleStage.CUSTOMER, "t").id();
		var absorbed = parties
				.create(PartyDraft.person("Merge", "Gone", "merge.gone@example.org", "06 01 02 03 04", "Nantes", "FR"),
						LifecycleStage.LEAD, "t")
				.id();
		var friend = parties
				.create(PartyDraft.person("Merge", "Friend", null, null, null, null), LifecycleStage.LEAD, "t").id();
		parties.grantRole(survivor, PartyRole.CUSTOMER, LocalDate.of(2020, 1, 1), "t");
		parties.grantRole(absorbed, PartyRole.CUSTOMER, LocalDate.of(2022, 1, 1), "t");
		parties.grantRole(absorbed, PartyRole.PARTNER, LocalDate.of(2023, 1, 1), "t");
		relationships.relate(survivor, RelationshipKind.KNOWS, friend, null, null, "t");
		relationships.relate(absorbed, RelationshipKind.KNOWS, friend, null, null, "t");
		relationships.relate(absorbed, RelationshipKind.REFERRED_BY, friend, null, null, "t");
		relationships.relate(absorbed, RelationshipKind.KNOWS, survivor, null, null, "t");
		var email = app.agora.outreach.Channel.EMAIL;
		var marketing = app.agora.outreach.Purpose.MARKETING;
		contactPreferences.save(survivor, contactPreferences.of(survivor).withConsent(email, marketing, false), "t");
		contactPreferences.save(absorbed, contactPreferences.of(absorbed).withConsent(email, marketing, true)
				.withConsent(email, app.agora.outreach.Purpose.COMMUNITY, false), "t");
		sourceLinks.linkIfNew("shop", "PC-MERGE-1", absorbed, app.agora.federation.LinkMethod.RULE, 1.0, "t");

		parties.merge(survivor, absorbed, "t", "Same person");

		var merged = parties.get(survivor);
		assertThat(merged.email()).isEqualTo("merge.gone@example.org");
		assertThat(merged.city()).isEqualTo("Nantes");
		assertThat(parties.findByContact("merge.gone@example.org", null, null)).contains(survivor);
		assertThat(merged.roles()).extracting(r -> r.role()).containsExactlyInAnyOrder(PartyRole.CUSTOMER,
				PartyRole.PARTNER);
		assertThat(merged.roles()).filteredOn(r -> r.role() == PartyRole.CUSTOMER).singleElement()
				.extracting(r -> r.since()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(relationships.of(survivor)).extracting(r -> r.kind())
				.containsExactlyInAnyOrder(RelationshipKind.KNOWS, RelationshipKind.REFERRED_BY);
		var preferences = contactPreferences.of(survivor);
		assertThat(preferences.consent(email, marketing)).isFalse();
		assertThat(preferences.consent(email, app.agora.outreach.Purpose.COMMUNITY)).isFalse();
		assertThat(sourceLinks.partyOf("shop", "PC-MERGE-1")).contains(survivor);
		assertThat(parties.find(absorbed)).isEmpty();
		assertThat(parties.currentId(absorbed)).contains(survivor);
		assertThat(linkReviews.list(null, null, 0, 5).total()).isNotNegative();
		assertThat(linkReviews.list(app.agora.federation.ReviewStatus.OPEN, "shop", 0, 5).reviews()).isNotNull();
	}

	@Autowired
	app.agora.community.Community community;

	@Test
	void communitySpacesThreadsPostsAndRevisionsRoundTrip() {
		var staff = app.agora.community.Participant.of(accounts.byEmail("agent@agora.demo").orElseThrow())
				.orElseThrow();
		var dara = app.agora.community.Participant.of(accounts.byEmail("dara@agora.demo").orElseThrow()).orElseThrow();
		var space = community.createSpace(new app.agora.community.SpaceDraft("persistence-check", "Persistence check",
				"Écrins & Vanoise", app.agora.community.Visibility.MEMBERS_ONLY, java.util.List.of("GR54", "GR5"),
				java.util.List.of(dara.accountId()), java.util.List.of(staff.accountId())), staff);
		assertThat(space.products()).containsExactly("GR5", "GR54");
		assertThat(space.members()).containsExactly(dara.accountId());
		assertThat(space.moderators()).containsExactly(staff.accountId());

		var first = community.startThread("persistence-check", new app.agora.community.ThreadDraft(
				app.agora.community.ThreadKind.IDEA, "Première idée", "GR54", "Un *texte* accentué : é à ü"), dara);
		var second = community.startThread("persistence-check",
				new app.agora.community.ThreadDraft(app.agora.community.ThreadKind.REVIEW, "Second", null, "Two"),
				dara);
		var opening = community.thread("persistence-check", first.id(), dara, 1).posts().getFirst();
		var reply = community.reply("persistence-check", first.id(), "Reply", opening.id(), staff);
		assertThat(reply.quote().postId()).isEqualTo(opening.id());
		assertThat(reply.quote().excerpt()).isEqualTo("Un *texte* accentué : é à ü");

		// Newest activity first: the reply moved the first thread back to the top.
		var list = community.threads("persistence-check", dara, 1);
		assertThat(list.threads()).extracting(app.agora.community.ThreadSummary::id).containsExactly(first.id(),
				second.id());
		assertThat(list.threads().getFirst().posts()).isEqualTo(2);
		assertThat(list.threads().getFirst().productName()).isEqualTo("GR54");

		var edited = community.edit(opening.id(), "Un texte corrigé", 0, dara);
		assertThat(edited.version()).isEqualTo(1);
		assertThat(edited.editedAt()).isNotNull();
		assertThat(community.revisions(opening.id(), dara)).singleElement()
				.satisfies(r -> assertThat(r.source()).isEqualTo("Un *texte* accentué : é à ü"));
		assertThatThrownBy(() -> community.edit(opening.id(), "Stale", 0, dara))
				.isInstanceOf(app.agora.community.CommunityRefused.class);

		community.lock("persistence-check", second.id(), true, staff);
		assertThat(community.thread("persistence-check", second.id(), dara, 1).thread().locked()).isTrue();

		assertThatThrownBy(() -> jdbc.sql("""
				insert into community_space (slug, name, description, visibility, created_at, updated_at)
				values ('persistence-check', 'Twin', '', 'PUBLIC', current_timestamp, current_timestamp)""").update())
				.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into community_space (slug, name, description, visibility, created_at, updated_at)
				values ('odd', 'Odd', '', 'SECRET', current_timestamp, current_timestamp)""").update())
				.isInstanceOf(DataIntegrityViolationException.class);
	}
	@Autowired
	app.agora.community.CommunityFollowing following;

	@Test
	void aNewMembersFirstStepsAtOnceMakeOneHandle() throws Exception {
		var id = accounts.open(new app.agora.access.NewAccount("twin.steps@example.com", "Twin Steps",
				"a-long-password", app.agora.access.AccountRole.MEMBER, null));
		var newcomer = app.agora.community.Participant.of(accounts.byId(id).orElseThrow()).orElseThrow();
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < 8; i++) {
				String space = i % 2 == 0 ? "gear-talk" : "trekking-with-children";
				done.add(threads.submit(() -> {
					start.await();
					following.followSpace(space, newcomer);
					return null;
				}));
			}
			start.countDown();
			for (var future : done) {
				future.get();
			}
		}
		assertThat(jdbc.sql("select handle from community_handle where account_id = :id").param("id", id)
				.query(String.class).list()).containsExactly("twin-steps");
	}

	@Autowired
	app.agora.community.CommunityAnswers answers;

	@Test
	void acceptedAnswersIdeaVotesStatusAndLikesRoundTrip() {
		var staff = app.agora.community.Participant.of(accounts.byEmail("product@agora.demo").orElseThrow())
				.orElseThrow();
		var dara = app.agora.community.Participant.of(accounts.byEmail("dara@agora.demo").orElseThrow()).orElseThrow();
		var anneMarie = app.agora.community.Participant.of(accounts.byEmail("anne-marie@agora.demo").orElseThrow())
				.orElseThrow();
		// The demo's answers, votes and likes were seeded on this database too.
		var demo = community.threads("dolomites-alps-treks", staff, 1).threads();
		assertThat(answers.standings(demo, staff).values()).anySatisfy(s -> assertThat(s.solved()).isTrue())
				.anySatisfy(s -> assertThat(s.votes()).isEqualTo(2));

		var question = community.startThread("gear-talk",
				new app.agora.community.ThreadDraft(app.agora.community.ThreadKind.QUESTION,
						"Contrat : quelle gourde ?", null, "Souple ou rigide ?"),
				dara);
		var reply = community.reply("gear-talk", question.id(), "Souple.", null, anneMarie);
		assertThat(answers.accept("gear-talk", question.id(), reply.id(), dara).acceptedPostId()).isEqualTo(reply.id());
		assertThat(answers.standing("gear-talk", question.id(), null).solved()).isTrue();

		var idea = community.startThread("gear-talk", new app.agora.community.ThreadDraft(
				app.agora.community.ThreadKind.IDEA, "Contrat : gourdes prêtées", null, "Au départ."), dara);
		answers.vote("gear-talk", idea.id(), anneMarie);
		assertThatThrownBy(() -> answers.vote("gear-talk", idea.id(), anneMarie))
				.isInstanceOf(app.agora.community.CommunityRefused.class);
		answers.changeIdeaStatus("gear-talk", idea.id(), app.agora.community.IdeaStatus.UNDER_REVIEW, "On regarde.",
				staff);
		var planned = answers.changeIdeaStatus("gear-talk", idea.id(), app.agora.community.IdeaStatus.PLANNED,
				"Prévu : é à ü.", staff);
		assertThat(planned.votes()).isEqualTo(1);
		assertThat(planned.ideaStatus()).isEqualTo(app.agora.community.IdeaStatus.PLANNED);
		assertThat(answers.ideaHistory("gear-talk", idea.id(), null))
				.extracting(app.agora.community.IdeaStatusEntry::comment)
				.containsExactly("On regarde.", "Prévu : é à ü.");
		assertThat(answers.ideas("gear-talk", app.agora.community.IdeaStatus.PLANNED, null, 1).threads())
				.extracting(app.agora.community.ThreadSummary::id).contains(idea.id());
		assertThat(answers.ideas("gear-talk", app.agora.community.IdeaStatus.UNDER_REVIEW, null, 1).threads())
				.extracting(app.agora.community.ThreadSummary::id).doesNotContain(idea.id());

		assertThat(answers.like(reply.id(), dara).count()).isEqualTo(1);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into community_post_like (post_id, account_id, liked_at)
				values (:post, :account, current_timestamp)""").param("post", reply.id())
				.param("account", dara.accountId()).update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into community_idea_status (thread_id, status, comment, changed_by, changed_by_name, changed_at)
				values (:thread, 'SOMEDAY', 'x', :by, 'x', current_timestamp)""").param("thread", idea.id())
				.param("by", dara.accountId()).update()).isInstanceOf(DataIntegrityViolationException.class);
	}
}
