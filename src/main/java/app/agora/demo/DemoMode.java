package app.agora.demo;

import app.agora.access.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo company into an empty database and tells who can sign in; a
 * second start keeps the data.
 */
@Component
@ConditionalOnBooleanProperty("agora.demo.enabled")
class DemoMode implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

	private final Accounts accounts;
	private final DemoCompany company;

	DemoMode(Accounts accounts, DemoCompany company) {
		this.accounts = accounts;
		this.company = company;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() == 0) {
			company.seed();
			log.info("Demo mode: seeded Cordée Voyages, a travel outfitter.");
		}
		var lines = new StringBuilder("Demo mode: sign in with one of these accounts (password '")
				.append(DemoAccounts.PASSWORD).append("'):");
		DemoAccounts.ALL.forEach(a -> lines.append(System.lineSeparator()).append("  ").append(a.email()).append("  (")
				.append(a.role().name().toLowerCase().replace('_', ' ')).append(")"));
		log.info(lines.toString());
	}
}
