package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.community.Community;
import app.agora.community.Participant;
import app.agora.community.ProductDraft;
import app.agora.community.Products;
import app.agora.community.ReviewDraft;
import app.agora.community.SpaceDraft;
import app.agora.community.Visibility;
import app.agora.federation.RecordLinking;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cordée Voyages' product catalogue, once the demo community is seeded: the
 * treks its spaces talk about and the products the billing source says
 * customers hold (so Anne-Marie and Dara are verified owners of theirs),
 * reviews by owners and by people who do not hold the product, owner questions
 * with answers and one still open, and the two demo customers accepting
 * questions. Runs when the application is ready (after {@link DemoMode}) and
 * only while the catalogue is empty.
 */
@Component
@ConditionalOnBooleanProperty(name = {"agora.demo.enabled", "agora.demo.products"})
class DemoProducts {

	static final String BOOKINGS = "bookings-and-insurance";

	private static final Logger log = LoggerFactory.getLogger(DemoProducts.class);

	private final Products products;
	private final Community community;
	private final Accounts accounts;
	private final TransactionTemplate transaction;
	private final RecordLinking linking;

	DemoProducts(Products products, Community community, Accounts accounts, TransactionTemplate transaction,
			RecordLinking linking) {
		this.linking = linking;
		this.products = products;
		this.community = community;
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnce() {
		if (!products.products().isEmpty()
				|| community.spaces(null).stream().noneMatch(s -> s.slug().equals(DemoCommunity.ALPS))) {
			return;
		}
		if (linking.isRunning()) {
			// Verified-owner checks link records by rule; let the demo's first linking run
			// link them by the model first, as the linking demo shows.
			Thread.ofVirtual().name("demo-products").start(() -> {
				waitForLinking();
				seedNow();
			});
		} else {
			seedNow();
		}
	}

	private void waitForLinking() {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (linking.isRunning() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void seedNow() {
		try {
			transaction.executeWithoutResult(status -> seed());
			log.info("Demo mode: seeded the product catalogue, reviews and owner questions.");
		} catch (RuntimeException e) {
			log.warn("Demo mode: could not seed the product catalogue: {}", e.getMessage());
		}
	}

	void seed() {
		Participant admin = who("admin");
		var agent = accounts.byEmail("agent@agora.demo").orElseThrow().accountId();
		community.createSpace(new SpaceDraft(BOOKINGS, "Bookings, insurance & accounts",
				"Travel insurance, company accounts, invoices: customers compare notes. "
						+ "Assurance voyage, comptes entreprise, factures : entre clients.",
				Visibility.PUBLIC, List.of(), List.of(), List.of(agent)), admin);
		product("alta-via-1", "Alta Via 1", "Nine days hut to hut through the Dolomites, from Lago di Braies to "
				+ "Belluno, with a Cordée guide and luggage transfers.", DemoCommunity.ALPS, admin);
		product("tour-du-mont-blanc", "Tour du Mont-Blanc", "The classic loop around Mont Blanc through France, "
				+ "Italy and Switzerland in nine days, huts and small hotels.", DemoCommunity.ALPS, admin);
		product("family-vanoise", "Family Vanoise",
				"Five short days in the Vanoise national park for families with children from 8: marmots, huts and a donkey for the packs.",
				DemoCommunity.CHILDREN, admin);
		product("annual-travel-insurance", "Annual multi-trip travel insurance",
				"Cancellation, assistance and mountain rescue for every trip of the year, up to 4,000 m.", BOOKINGS,
				admin);
		product("corporate-account", "Corporate account, invoice per trip",
				"For companies sending teams on offsites: one account, an invoice per trip, a named coordinator.",
				BOOKINGS, admin);

		products.setAskable(who("anne-marie"), true);
		products.setAskable(who("dara"), true);

		review("annual-travel-insurance", "anne-marie", 4, "Claim paid in three weeks", """
				Our flight to Venice was cancelled on the way to the **Alta Via**. One form, two emails, \
				and the missed hut night was refunded. Une étoile en moins : l'appli ne marche pas hors ligne.""");
		review("annual-travel-insurance", "dara", 3, "Compared it with my company's policy", """
				I don't hold it: our travel is covered by the company. The price is fair for two trips \
				a year, but the rescue ceiling is lower than ours.""");
		review("alta-via-1", "dara", 5, "Week 38 was perfect", """
				Huts still open, no crowds, golden larches. The Lagazuoi sunrise is worth the cold night.""");
		review("alta-via-1", "anne-marie", 4, "Superbe, prévoir du rythme", """
				Des étapes longues mais des refuges magnifiques. Le guide a adapté le programme à la météo.""");
		review("tour-du-mont-blanc", "dara", 4, "Three countries, one pair of boots", """
				Well organised, luggage always at the hut. The Col de la Seigne in fog was an adventure.""");
		review("family-vanoise", "anne-marie", 5, "Parfait pour une première rando en famille", """
				Étapes courtes, refuges accueillants, et l'âne a porté les sacs des enfants.""");
		review("family-vanoise", "prospect", 3, "Looks lovely, a bit short for us", """
				We haven't booked it: we went to the info evening. Five days feels short for the price.""");

		var insurance = products.askOwners("annual-travel-insurance", "Does it cover via ferrata and glacier days?",
				"We plan the Alta Via 1 with two via ferrata variants. Are those days covered by the annual insurance?",
				who("prospect"));
		community.reply(insurance.spaceSlug(), insurance.id(), """
				Via ferrata with a guide, yes: it's in the "mountain activities" list. Glaciers only \
				with a guide and below 4,000 m. I checked before our trip.""", null, who("anne-marie"));
		var account = products.askOwners("corporate-account", "How long does it take to open a corporate account?",
				"Our team of eight would like an offsite in June. Is the account quick to set up?", who("prospect"));
		community.reply(BOOKINGS, account.id(),
				"Two days for us: a form, our VAT number, and a call with the coordinator.", null, who("dara"));
		products.askOwners("alta-via-1", "Is the Alta Via 1 fine for a first hut trek?",
				"I've done day hikes of 1,000 m but never a hut trek. Would the Alta Via 1 be too much?",
				who("prospect"));
	}

	private void product(String slug, String name, String description, String space, Participant admin) {
		products.createProduct(new ProductDraft(slug, name, description, space), admin);
	}

	private void review(String product, String author, int stars, String title, String text) {
		products.review(product, new ReviewDraft(stars, title, text), who(author));
	}

	private Participant who(String name) {
		return Participant.of(accounts.byEmail(name + "@agora.demo").orElseThrow()).orElseThrow();
	}
}
