package app.agora.community.internal;

import app.agora.community.PostPublished;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the transaction that stores a post: its author gets a handle if they had
 * none (so others can mention them), and the author of a new thread follows it.
 */
@Component
class ThreadAuthorFollows {

	private final CommunityStore store;
	private final ThreadStarts starts;
	private final Follows follows;
	private final MemberHandles handles;
	private final Clock clock;

	ThreadAuthorFollows(CommunityStore store, ThreadStarts starts, Follows follows, MemberHandles handles,
			Optional<Clock> clock) {
		this.store = store;
		this.starts = starts;
		this.follows = follows;
		this.handles = handles;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	void on(PostPublished event) {
		var post = store.post(event.postId()).orElse(null);
		if (post == null) {
			return;
		}
		handles.ensure(post.authorAccountId(), post.authorName(), clock.instant());
		starts.of(event.threadId()).filter(start -> start.firstPostId() == post.id()).ifPresent(start -> follows
				.follow(start.authorAccountId(), Follows.Target.THREAD, event.threadId(), clock.instant()));
	}
}
