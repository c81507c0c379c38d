package app.agora.demo;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.NewAccount;
import app.agora.community.Community;
import app.agora.community.FlagReason;
import app.agora.community.Moderation;
import app.agora.community.Participant;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.community.TrustLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trust and moderation in the demo. Before the community is seeded, staff set
 * the regulars (every demo customer, prospect and community voice) to MEMBER,
 * so that their posts show at once; afterwards a new member, Nina, has two
 * posts waiting for approval, one post is flagged, and the moderation log holds
 * these actions.
 */
@Component
class DemoTrust {

	static final String NEW_MEMBER = "nina@agora.demo";

	private final Community community;
	private final Moderation moderation;
	private final Accounts accounts;

	DemoTrust(Community community, Moderation moderation, Accounts accounts) {
		this.community = community;
		this.moderation = moderation;
		this.accounts = accounts;
	}

	@Transactional
	void vouchForRegulars() {
		Participant admin = who("admin@agora.demo");
		for (var regular : DemoAccounts.everyone()) {
			if (regular.role() == AccountRole.MEMBER) {
				moderation.grant(accounts.byEmail(regular.email()).orElseThrow().accountId(), TrustLevel.MEMBER,
						"Travelled with Cordée before the community opened.", admin);
			}
		}
	}

	@Transactional
	void seed() {
		accounts.open(new NewAccount(NEW_MEMBER, "Nina Novak", DemoAccounts.PASSWORD, AccountRole.MEMBER, null));
		Participant nina = who(NEW_MEMBER);
		community
				.startThread(DemoCommunity.GEAR,
						new ThreadDraft(ThreadKind.QUESTION, "First trek: which sleeping bag liner for the huts?", null,
								"Hello! I booked my first hut trek. Silk or cotton liner? Huts ask for one, I read."),
						nina);
		var alps = community.threads(DemoCommunity.ALPS, nina, 1).threads().getFirst();
		community.reply(DemoCommunity.ALPS, alps.id(),
				"I'm new here. Is there a good map app for this route that works offline?", null, nina);

		var gear = community.threads(DemoCommunity.GEAR, nina, 1).threads();
		var boots = gear.stream().filter(t -> t.title().startsWith("Boots")).findFirst().orElse(gear.getLast());
		var firstPost = community.thread(DemoCommunity.GEAR, boots.id(), nina, 1).posts().getFirst();
		moderation.flag(firstPost.id(), FlagReason.OFF_TOPIC, "Reads like an advert for one boot brand.",
				who("anne-marie@agora.demo"));
	}

	private Participant who(String email) {
		return Participant.of(accounts.byEmail(email).orElseThrow()).orElseThrow();
	}
}
