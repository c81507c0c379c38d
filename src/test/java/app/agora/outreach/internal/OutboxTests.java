package app.agora.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.outreach.Channel;
import app.agora.outreach.OutboundMessage;
import app.agora.outreach.Outreach;
import app.agora.outreach.OutreachTest;
import app.agora.outreach.People;
import app.agora.outreach.Purpose;
import app.agora.outreach.TestClock;
import app.agora.parties.Parties;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OutreachTest
class OutboxTests {

	@Autowired
	Outreach outreach;
	@Autowired
	Parties parties;
	@Autowired
	OutboxDrop outbox;
	@Autowired
	TestClock clock;

	@Test
	void emailIsWrittenToTheOutboxAsAnEmlFile() throws Exception {
		clock.set(Instant.parse("2026-03-10T12:00:00Z"));
		var customer = People.customer(parties);

		var delivery = outreach.send(new OutboundMessage(customer.id(), Channel.EMAIL, Purpose.SERVICE,
				"Réservation confirmée", "Votre trek est réservé.\nÀ bientôt !", "agent@agora.demo"));

		Path file;
		try (var files = Files.list(outbox.folder())) {
			file = files.filter(f -> f.getFileName().toString().endsWith(delivery.messageId() + ".eml")).findFirst()
					.orElseThrow();
		}
		MimeMessage mail;
		try (InputStream in = Files.newInputStream(file)) {
			mail = new MimeMessage(Session.getInstance(new Properties()), in);
		}
		assertThat(mail.getSubject()).isEqualTo("Réservation confirmée");
		assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo(customer.email());
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@agora.demo");
		assertThat(mail.getMessageID()).isEqualTo("<" + delivery.messageId() + "@agora>");
		assertThat(mail.getHeader("X-Agora-Purpose", null)).isEqualTo("SERVICE");
		assertThat(mail.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
		assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
				.startsWith("Votre trek est réservé.\nÀ bientôt !").contains("contact preferences");
	}
}
