package app.agora.community.internal;

import app.agora.community.Community;
import app.agora.community.CommunityFollowing;
import app.agora.community.CommunityNotFound;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.Space;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following spaces and threads, public member profiles and the digest choice,
 * with the community's rules: only what the person may read can be followed
 * (members-only spaces answer 404 to outsiders), and a profile lists posts only
 * in spaces the reader may see.
 */
@Service
@Transactional
class Following implements CommunityFollowing {

	private final Community community;
	private final Follows follows;
	private final MemberHandles handles;
	private final MemberPosts posts;
	private final DigestSettings digests;
	private final Clock clock;

	Following(Community community, Follows follows, MemberHandles handles, MemberPosts posts, DigestSettings digests,
			Optional<Clock> clock) {
		this.community = community;
		this.follows = follows;
		this.handles = handles;
		this.posts = posts;
		this.digests = digests;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	record Profile(String handle, String displayName, List<MemberPosts.MemberPost> posts) {
	}

	@Override
	public void followSpace(String slug, Participant who) {
		followSpace(slug, who, true);
	}

	@Override
	public void followThread(String slug, long threadId, Participant who) {
		followThread(slug, threadId, who, true);
	}

	Space followSpace(String slug, Participant who, boolean follow) {
		requireSignedIn(who);
		Space space = community.space(slug, who);
		handles.ensure(who.accountId(), who.displayName(), clock.instant());
		if (follow) {
			follows.follow(who.accountId(), Follows.Target.SPACE, space.id(), clock.instant());
		} else {
			follows.unfollow(who.accountId(), Follows.Target.SPACE, space.id());
		}
		return space;
	}

	String followThread(String slug, long threadId, Participant who, boolean follow) {
		requireSignedIn(who);
		var thread = community.thread(slug, threadId, who, 1).thread();
		handles.ensure(who.accountId(), who.displayName(), clock.instant());
		if (follow) {
			follows.follow(who.accountId(), Follows.Target.THREAD, threadId, clock.instant());
		} else {
			follows.unfollow(who.accountId(), Follows.Target.THREAD, threadId);
		}
		return thread.path();
	}

	/** What the person follows and may still read. */
	@Transactional(readOnly = true)
	List<Follows.Followed> followed(Participant who) {
		requireSignedIn(who);
		var readable = community.spaces(who).stream().map(Space::slug).toList();
		return follows.of(who.accountId()).stream().filter(f -> readable.contains(f.spaceSlug())).toList();
	}

	@Transactional(readOnly = true)
	Profile profile(String handle, Participant reader) {
		var member = handles.byHandle(handle).orElseThrow(() -> new CommunityNotFound("No member @" + handle + "."));
		var spaces = community.spaces(reader).stream().map(Space::id).toList();
		return new Profile(member.handle(), member.displayName(), posts.of(member.accountId(), spaces));
	}

	@Transactional(readOnly = true)
	DigestSettings.Setting digest(Participant who) {
		requireSignedIn(who);
		return digests.of(who.accountId(), who.partyId());
	}

	DigestSettings.Setting chooseDigest(Participant who, String frequency) {
		requireSignedIn(who);
		DigestSettings.Frequency chosen;
		try {
			chosen = DigestSettings.Frequency
					.valueOf(frequency == null ? "" : frequency.strip().toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw CommunityRefused.invalid("frequency", "notify.digest.error.frequency",
					"Choose OFF, DAILY or WEEKLY.");
		}
		if (who.partyId() == null) {
			throw CommunityRefused.invalid("frequency", "notify.digest.error.noParty",
					"Your account stands for no party, so no email can be sent to it.");
		}
		handles.ensure(who.accountId(), who.displayName(), clock.instant());
		digests.choose(who.accountId(), who.partyId(), chosen, clock.instant());
		return digests.of(who.accountId(), who.partyId());
	}

	private static void requireSignedIn(Participant who) {
		if (who == null) {
			throw new CommunityRefused(HttpStatus.UNAUTHORIZED, null, "community.error.signIn", "Sign in first.");
		}
	}
}
