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

	private final Follows follows;
	private final MemberHandles handles;
	private final Clock clock;

	ThreadAuthorFollows(Follows follows, MemberHandles handles, Optional<Clock> clock) {
		this.follows = follows;
		this.handles = handles;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	void on(PostPublished event) {
		if (event.authorAccountId() == null) {
			return;
		}
		handles.ensure(event.authorAccountId(), event.authorName(), clock.instant());
		if (event.opensThread()) {
			follows.follow(event.authorAccountId(), Follows.Target.THREAD, event.threadId(), clock.instant());
		}
	}
}
