package app.agora;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import app.agora.outreach.spi.ChannelProvider;
import app.agora.outreach.spi.Envelope;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Every message that leaves Agora goes through the outreach gate, which checks
 * consent, caps and quiet hours and logs why. So no other module may touch mail
 * or the channels itself.
 */
class OutreachArchitectureTests {

	static final ArchRule ONLY_OUTREACH_SENDS = noClasses().that().resideOutsideOfPackage("app.agora.outreach..")
			.should().dependOnClassesThat()
			.resideInAnyPackage("org.springframework.mail..", "jakarta.mail..", "app.agora.outreach.internal..",
					"app.agora.outreach.spi..")
			.because("every outbound message must pass the outreach gate (app.agora.outreach.Outreach), "
					+ "which enforces consent, caps and quiet hours and logs each decision");

	@Test
	void onlyOutreachSendsMailOrNotifications() {
		JavaClasses agora = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("app.agora");

		ONLY_OUTREACH_SENDS.check(agora);
	}

	@Test
	void aModuleThatMailsByItselfFailsTheRule() {
		var mailer = new ClassFileImporter().importClasses(SelfMailer.class);
		var notifier = new ClassFileImporter().importClasses(SelfNotifier.class);

		assertThat(ONLY_OUTREACH_SENDS.evaluate(mailer).hasViolation()).isTrue();
		assertThat(ONLY_OUTREACH_SENDS.evaluate(notifier).hasViolation()).isTrue();
	}

	/** What the rule must catch: a module sending mail around the gate. */
	static class SelfMailer {

		private final JavaMailSender sender;

		SelfMailer(JavaMailSender sender) {
			this.sender = sender;
		}

		void tell(String to) {
			var message = new SimpleMailMessage();
			message.setTo(to);
			sender.send(message);
		}
	}

	/**
	 * What the rule must catch: a module handing a message straight to a channel.
	 */
	static class SelfNotifier {

		void tell(ChannelProvider channel, Envelope envelope) throws Exception {
			channel.deliver(envelope);
		}
	}
}
