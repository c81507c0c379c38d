package app.agora.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.agora.outreach.Delivery;
import app.agora.outreach.Outreach;
import app.agora.outreach.OutreachTest;
import app.agora.outreach.People;
import app.agora.outreach.Purpose;
import app.agora.outreach.TestClock;
import app.agora.parties.Parties;
import app.agora.parties.PartiesImported;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@OutreachTest
class ImportNoticeTests {

	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Parties parties;
	@Autowired
	Notifications notifications;
	@Autowired
	Outreach outreach;
	@Autowired
	ImportNotice notice;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noon() {
		clock.set(Instant.parse("2026-03-10T12:00:00Z"));
	}

	@Test
	void whoeverStartedAnImportIsToldHowItWent() {
		var requester = People.customer(parties);

		transactions.executeWithoutResult(tx -> events.publishEvent(new PartiesImported(UUID.randomUUID(),
				requester.id(), "customers.csv", PartiesImported.Outcome.COMPLETED, 12, 3, 1)));

		await().atMost(Duration.ofSeconds(10)).until(() -> notifications.page(requester.id(), 0, 10).total() == 1);
		var told = notifications.page(requester.id(), 0, 10).notifications().getFirst();
		assertThat(told.subject()).isEqualTo("Import of customers.csv finished: 12 created, 3 updated, 1 rejected");
		assertThat(told.purpose()).isEqualTo(Purpose.SERVICE);
		assertThat(outreach.deliveries(requester.id(), 0, 10).deliveries()).extracting(Delivery::requestedBy)
				.singleElement().asString().startsWith("import ");
	}

	@Test
	void aFailedImportIsToldToo() {
		var requester = People.customer(parties);

		notice.tell(new PartiesImported(UUID.randomUUID(), requester.id(), "broken.csv", PartiesImported.Outcome.FAILED,
				0, 0, 0));

		assertThat(notifications.page(requester.id(), 0, 10).notifications()).singleElement()
				.satisfies(n -> assertThat(n.subject()).isEqualTo("Import of broken.csv failed"));
	}

	@Test
	void anImportWithoutRequesterTellsNobody() {
		long before = decisions();

		notice.tell(new PartiesImported(UUID.randomUUID(), null, "nightly.csv", PartiesImported.Outcome.COMPLETED, 1, 0,
				0));

		assertThat(decisions()).isEqualTo(before);
	}

	private long decisions() {
		return jdbc.sql("select count(*) from outreach_delivery").query(Long.class).single();
	}
}
