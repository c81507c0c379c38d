package app.agora.outreach.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.agora.outreach.Purpose;
import app.agora.outreach.spi.ChannelException;
import app.agora.outreach.spi.Envelope;
import app.agora.outreach.spi.Recipient;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

class SmtpDropTests {

	private final JavaMailSender sender = mock(JavaMailSender.class);
	private final EmailChannel email = new EmailChannel(new SmtpDrop(sender, "smtp.example.com"),
			new OutreachProperties(OutreachProperties.MailMode.SMTP, "Agora <no-reply@agora.demo>",
					new OutreachProperties.Caps(50, 20, 2)));
	private final Recipient dara = new Recipient(UUID.randomUUID(), "Dara Okafor", "dara@agora.demo");

	@Test
	void smtpModeSendsThroughJavaMailSender() throws Exception {
		when(sender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));

		email.deliver(envelope());

		var sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(sender).send(sent.capture());
		assertThat(sent.getValue().getSubject()).isEqualTo("Hello");
		assertThat(sent.getValue().getAllRecipients()[0]).hasToString("Dara Okafor <dara@agora.demo>");
	}

	@Test
	void aMailServerFailureIsAChannelFailure() {
		when(sender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));
		doThrow(new MailSendException("connection refused")).when(sender).send(any(MimeMessage.class));

		assertThatExceptionOfType(ChannelException.class).isThrownBy(() -> email.deliver(envelope()));
	}

	@Test
	void onlyValidAddressesCanBeReached() {
		assertThat(email.address(dara)).contains("dara@agora.demo");
		assertThat(email.address(new Recipient(dara.partyId(), "Dara", null))).isEmpty();
		assertThat(email.address(new Recipient(dara.partyId(), "Dara", "not an address"))).isEmpty();
	}

	private Envelope envelope() {
		return new Envelope(UUID.randomUUID(), dara, "dara@agora.demo", Purpose.SERVICE, "Hello", "Body",
				Instant.parse("2026-03-10T12:00:00Z"));
	}
}
