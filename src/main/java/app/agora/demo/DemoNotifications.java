package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.community.Community;
import app.agora.community.CommunityFollowing;
import app.agora.community.Participant;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the community is seeded: Dara follows Gear talk and Anne-Marie follows
 * Trekking with children; then a few posts with mentions and new threads give
 * them unread notifications, made by the real listeners from the real events
 * (on top of the replies to their own seeded threads).
 */
@Component
class DemoNotifications {

	private final Community community;
	private final CommunityFollowing following;
	private final Accounts accounts;

	DemoNotifications(Community community, CommunityFollowing following, Accounts accounts) {
		this.community = community;
		this.following = following;
		this.accounts = accounts;
	}

	@Transactional
	void seed() {
		following.followSpace(DemoCommunity.GEAR, who("dara"));
		following.followSpace(DemoCommunity.CHILDREN, who("anne-marie"));
		var boots = community.startThread(DemoCommunity.GEAR,
				new ThreadDraft(ThreadKind.QUESTION, "Boots for the Alta Via 1: leather or synthetic?", null, """
						I'm booking the Alta Via 1 for next summer. Leather boots or light synthetic ones? \
						@anne-marie-leclerc, you walked it in September: what did you wear?"""), who("prospect"));
		community.reply(DemoCommunity.GEAR, boots.id(), """
				Light leather, well broken in. Synthetic dries faster, but the scree above Lagazuoi eats it. \
				@dara-okafor wore trail shoes on the same trek, she can tell you the other side.""", null,
				who("anne-marie"));
		community.startThread(DemoCommunity.CHILDREN,
				new ThreadDraft(ThreadKind.DISCUSSION, "Family Vanoise 2027: dates are out", "Family Vanoise", """
						The 2027 departures of **Family Vanoise** are open: 6 days, short stages, huts with \
						family rooms. Questions welcome here."""), who("product"));
	}

	private Participant who(String name) {
		return Participant.of(accounts.byEmail(name + "@agora.demo").orElseThrow()).orElseThrow();
	}
}
