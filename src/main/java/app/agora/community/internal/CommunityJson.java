package app.agora.community.internal;

import app.agora.community.Participant;
import app.agora.community.Post;
import app.agora.community.PostLikes;
import app.agora.community.PostStatus;
import app.agora.community.Space;
import app.agora.community.ThreadList;
import app.agora.community.ThreadPage;
import app.agora.community.ThreadStanding;
import app.agora.community.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the API shows: account ids of members and authors stay out of public
 * answers (only staff see a space's members; a reader learns only whether a
 * post is their own).
 */
final class CommunityJson {

	private CommunityJson() {
	}

	record SpaceJson(long id, String slug, String name, String description, Visibility visibility,
			List<String> products, long threads, List<UUID> members, List<UUID> moderators) {
	}

	record PostJson(long id, long threadId, String authorName, boolean mine, String source, String html,
			Post.Quote quote, PostStatus status, int version, Instant createdAt, Instant editedAt, boolean edited,
			int likes, boolean liked) {
	}

	record ThreadListJson(SpaceJson space, List<AnswersJson.ThreadJson> threads, int page, int pageSize, long total,
			int totalPages) {
	}

	record ThreadPageJson(SpaceJson space, AnswersJson.ThreadJson thread, List<PostJson> posts, int page, int pageSize,
			int totalPages) {
	}

	static SpaceJson space(Space s, Participant who) {
		boolean staff = who != null && who.staff();
		return new SpaceJson(s.id(), s.slug(), s.name(), s.description(), s.visibility(), s.products(), s.threads(),
				staff ? s.members() : null, staff ? s.moderators() : null);
	}

	static PostJson post(Post p, Participant who, PostLikes likes) {
		return new PostJson(p.id(), p.threadId(), p.authorName(),
				who != null && who.accountId().equals(p.authorAccountId()), p.source(), p.html(), p.quote(), p.status(),
				p.version(), p.createdAt(), p.editedAt(), p.edited(), likes.count(), likes.likedByMe());
	}

	static ThreadListJson threads(ThreadList l, Participant who, Map<Long, ThreadStanding> standings) {
		return new ThreadListJson(space(l.space(), who),
				l.threads().stream().map(t -> AnswersJson.thread(t, standings.get(t.id()))).toList(), l.page(),
				l.pageSize(), l.total(), l.totalPages());
	}

	static ThreadPageJson thread(ThreadPage t, Participant who, ThreadStanding standing, Map<Long, PostLikes> likes) {
		return new ThreadPageJson(space(t.space(), who), AnswersJson.thread(t.thread(), standing),
				t.posts().stream().map(p -> post(p, who, likes.get(p.id()))).toList(), t.page(), t.pageSize(),
				t.totalPages());
	}
}
