package app.agora.outreach.internal;

import app.agora.outreach.Purpose;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.outreach.*}: how email leaves (an outbox folder or SMTP), who it
 * is from, and the weekly caps per purpose, which are also the highest cap a
 * party may choose.
 */
@ConfigurationProperties("agora.outreach")
record OutreachProperties(@DefaultValue("outbox") MailMode mailMode,
		@DefaultValue("Agora <no-reply@agora.demo>") String from, @DefaultValue Caps caps) {

	enum MailMode {
		/** Each email becomes an .eml file under {@code ${agora.data-dir}/outbox}. */
		OUTBOX,
		/** Each email goes to the SMTP server configured under {@code spring.mail}. */
		SMTP
	}

	record Caps(@DefaultValue("50") int service, @DefaultValue("20") int community, @DefaultValue("2") int marketing) {

		Caps {
			if (service < 0 || community < 0 || marketing < 0) {
				throw new IllegalArgumentException("agora.outreach.caps.* must not be negative");
			}
		}

		int of(Purpose purpose) {
			return switch (purpose) {
				case SERVICE -> service;
				case COMMUNITY -> community;
				case MARKETING -> marketing;
			};
		}
	}
}
