package app.agora.community.internal;

import app.agora.community.AnswerAccepted;
import app.agora.community.IdeaStatusChanged;
import app.agora.community.OwnerQuestionAsked;
import app.agora.community.PostChanged;
import app.agora.community.PostLiked;
import app.agora.community.PostPublished;
import app.agora.community.SpaceChanged;
import app.agora.community.TallyChanged;
import app.agora.community.ThreadChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drops the kept pages of a thread when one of the community's events says that
 * it changed: when the event is published (in the writing transaction) and
 * again once that transaction committed, so that a signed-out reader sees a new
 * reply, an edit, a like or a lock as soon as the writer does, and a page
 * rendered from the data before the commit is not kept. Plain listeners, not
 * the event publication registry: nothing to retry after a restart, the cache
 * starts empty.
 */
@Component
class ThreadPageEvictions {

	private final ThreadPageCache cache;

	ThreadPageEvictions(ThreadPageCache cache) {
		this.cache = cache;
	}

	@EventListener
	void on(PostPublished event) {
		thread(event.threadId());
	}

	@EventListener
	void on(PostChanged event) {
		thread(event.threadId());
	}

	@EventListener
	void on(ThreadChanged event) {
		thread(event.threadId());
	}

	@EventListener
	void on(AnswerAccepted event) {
		thread(event.threadId());
	}

	@EventListener
	void on(PostLiked event) {
		thread(event.threadId());
	}

	@EventListener
	void on(TallyChanged event) {
		thread(event.threadId());
	}

	@EventListener
	void on(IdeaStatusChanged event) {
		thread(event.threadId());
	}

	@EventListener
	void on(OwnerQuestionAsked event) {
		thread(event.threadId());
	}

	@EventListener
	void on(SpaceChanged event) {
		cache.evictAll();
		AfterTransaction.whenEnded(cache::evictAll);
	}

	private void thread(long threadId) {
		cache.evictThread(threadId);
		AfterTransaction.whenEnded(() -> cache.evictThread(threadId));
	}
}
