package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.community.Community;
import app.agora.community.CommunityAnswers;
import app.agora.community.IdeaStatus;
import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.ThreadSummary;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the demo community is seeded ({@link DemoCommunity}, from
 * {@link DemoMode} before the application is ready): accepted answers on most
 * demo questions (the rucksack question stays open), votes of the demo
 * customers on the ideas, a status with a comment on one, and likes. Runs once:
 * a database where the Alta Via question already has its answer is left alone.
 */
@Component
@ConditionalOnBooleanProperty("agora.demo.enabled")
class DemoAnswers {

	private static final Logger log = LoggerFactory.getLogger(DemoAnswers.class);

	private final Community community;
	private final CommunityAnswers answers;
	private final Accounts accounts;
	private final TransactionTemplate transaction;

	DemoAnswers(Community community, CommunityAnswers answers, Accounts accounts,
			PlatformTransactionManager transactions) {
		this.community = community;
		this.answers = answers;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * All or nothing; a database whose demo threads were changed (a thread gone, an
	 * account removed) keeps them as they are and the application starts.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void seedOnce() {
		try {
			transaction.executeWithoutResult(status -> seed());
		} catch (RuntimeException e) {
			log.warn("Demo mode: left the community's answers, votes and likes as they are ({}).", e.toString());
		}
	}

	private void seed() {
		Participant admin = who("admin");
		Optional<ThreadSummary> altaVia = thread(DemoCommunity.ALPS, "Alta Via 1 in late September", admin);
		if (altaVia.isEmpty() || answers.standing(DemoCommunity.ALPS, altaVia.get().id(), admin).solved()) {
			return;
		}
		accept(DemoCommunity.ALPS, "Alta Via 1 in late September", "dara", "anne-marie");
		accept(DemoCommunity.ALPS, "Do I need a via ferrata kit", "prospect", "agent");
		accept(DemoCommunity.CHILDREN, "From what age can children", "prospect", "anne-marie");
		// "Sac de 30 ou 40 litres" in Gear talk stays an open question.

		vote(DemoCommunity.ALPS, "Proposer une version « slow »", "dara", "prospect");
		vote(DemoCommunity.CHILDREN, "A shorter 3-day family trek", "anne-marie");
		vote(DemoCommunity.GUIDES, "A shared checklist for hut arrivals", "anne-marie");
		answers.changeIdeaStatus(DemoCommunity.ALPS, id(DemoCommunity.ALPS, "Proposer une version « slow »"),
				IdeaStatus.UNDER_REVIEW, "We are checking which huts can take a group for two extra nights in 2027. "
						+ "Nous vérifions la capacité des refuges pour 2027.",
				who("product"));

		like(DemoCommunity.ALPS, "Alta Via 1 in late September", "dara", "prospect");
		like(DemoCommunity.ALPS, "Tour du Mont-Blanc en 9 jours", "dara", "prospect");
		like(DemoCommunity.ALPS, "Best training hikes around Annecy", "dara", "prospect", "anne-marie");
		like(DemoCommunity.CHILDREN, "Family Vanoise: the marmots won", "anne-marie", "prospect");
		like(DemoCommunity.CHILDREN, "Que mettre dans le sac", "dara", "prospect");
		like(DemoCommunity.GEAR, "Boots: leather or synthetic", "anne-marie", "prospect");
		log.info("Demo mode: accepted answers, idea votes and likes added to the community.");
	}

	/** The asker accepts the first reply written by {@code answerer}. */
	private void accept(String space, String title, String asker, String answerer) {
		long threadId = id(space, title);
		Participant by = who(asker);
		var answerAuthor = who(answerer).accountId();
		posts(space, threadId).stream().skip(1).filter(p -> p.authorAccountId().equals(answerAuthor)).findFirst()
				.ifPresent(p -> answers.accept(space, threadId, p.id(), by));
	}

	private void vote(String space, String title, String... voters) {
		long threadId = id(space, title);
		for (String voter : voters) {
			answers.vote(space, threadId, who(voter));
		}
	}

	/** Each of these people likes the thread's posts they did not write. */
	private void like(String space, String title, String... likers) {
		long threadId = id(space, title);
		for (String liker : likers) {
			Participant who = who(liker);
			posts(space, threadId).stream().filter(p -> !p.authorAccountId().equals(who.accountId()))
					.forEach(p -> answers.like(p.id(), who));
		}
	}

	private List<Post> posts(String space, long threadId) {
		return community.thread(space, threadId, who("admin"), 1).posts();
	}

	private long id(String space, String title) {
		return thread(space, title, who("admin")).orElseThrow().id();
	}

	private Optional<ThreadSummary> thread(String space, String titleStart, Participant reader) {
		return community.threads(space, reader, 1).threads().stream().filter(t -> t.title().startsWith(titleStart))
				.findFirst();
	}

	private Participant who(String name) {
		return Participant.of(accounts.byEmail(name + "@agora.demo").orElseThrow()).orElseThrow();
	}
}
