package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.federation.LinkingAlreadyRunning;
import app.agora.federation.RecordLinking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo company into an empty database and tells who can sign in; a
 * second start keeps the data. Once seeded, a first linking run links the
 * records of the demo's sources to the people, so that a new user finds links
 * made by the model and a few pairs waiting for review
 * ({@code agora.demo.link-records}, on by default).
 */
@Component
@ConditionalOnBooleanProperty("agora.demo.enabled")
class DemoMode implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

	private final Accounts accounts;
	private final DemoCompany company;
	private final DemoCommunity community;
	private final DemoTrust trust;
	private final DemoNotifications notifications;
	private final DemoListening listening;
	private final RecordLinking linking;
	private final boolean linkRecords;

	DemoMode(Accounts accounts, DemoCompany company, DemoCommunity community, DemoTrust trust,
			DemoNotifications notifications, DemoListening listening, RecordLinking linking,
			@Value("${agora.demo.link-records:true}") boolean linkRecords) {
		this.trust = trust;
		this.accounts = accounts;
		this.company = company;
		this.community = community;
		this.notifications = notifications;
		this.listening = listening;
		this.linking = linking;
		this.linkRecords = linkRecords;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() == 0) {
			company.seed();
			trust.vouchForRegulars();
			community.seed();
			trust.seed();
			notifications.seed();
			listening.seed();
			log.info("Demo mode: seeded Cordée Voyages, a travel outfitter.");
			if (linkRecords) {
				try {
					var run = linking.startFirstLoad("demo");
					log.info("Demo mode: linking the sources' records to the people (run {}).", run.id());
				} catch (LinkingAlreadyRunning e) {
					log.info("Demo mode: a linking run is already going; the demo's records are linked by it.");
				}
			}
		}
		var lines = new StringBuilder("Demo mode: sign in with one of these accounts (password '")
				.append(DemoAccounts.PASSWORD).append("'):");
		DemoAccounts.ALL.forEach(a -> lines.append(System.lineSeparator()).append("  ").append(a.email()).append("  (")
				.append(a.role().name().toLowerCase().replace('_', ' ')).append(")"));
		log.info(lines.toString());
	}
}
