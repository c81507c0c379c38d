package app.agora.outreach.internal;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends each email through the SMTP server under {@code spring.mail.*}. */
@Component
@ConditionalOnProperty(name = "agora.outreach.mail-mode", havingValue = "smtp")
class SmtpDrop implements MailDrop {

	private final JavaMailSender sender;
	private final String host;

	SmtpDrop(JavaMailSender sender, @Value("${spring.mail.host:}") String host) {
		this.sender = sender;
		this.host = host;
	}

	@Override
	public MimeMessage create() {
		return sender.createMimeMessage();
	}

	@Override
	public void drop(MimeMessage message) throws MailException {
		// JavaMailSender keeps a Message-ID that is already set.
		sender.send(message);
	}

	@Override
	public String describe() {
		return "SMTP server " + host;
	}
}
