package app.agora.community.internal;

import app.agora.community.IdeaStatus;
import app.agora.community.ThreadKind;
import app.agora.community.ThreadStanding;
import app.agora.community.ThreadSummary;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Answers, votes and status as the API shows them beside a thread. */
final class AnswersJson {

	private AnswersJson() {
	}

	record StandingJson(long threadId, ThreadKind kind, boolean solved, Long acceptedPostId, int acceptedPage,
			int votes, boolean voted, IdeaStatus ideaStatus) {
	}

	/**
	 * A thread with its standing: the summary's fields, then solved, votes, status.
	 */
	record ThreadJson(@JsonUnwrapped ThreadSummary summary, boolean solved, Long acceptedPostId, int votes,
			IdeaStatus ideaStatus) {
	}

	static StandingJson standing(ThreadStanding s) {
		return new StandingJson(s.threadId(), s.kind(), s.solved(), s.acceptedPostId(), s.acceptedPage(), s.votes(),
				s.votedByMe(), s.ideaStatus());
	}

	static ThreadJson thread(ThreadSummary t, ThreadStanding s) {
		return new ThreadJson(t, s.solved(), s.acceptedPostId(), s.votes(), s.ideaStatus());
	}

	/** A status from a query parameter or a body, or a 400 naming the field. */
	static IdeaStatus ideaStatus(String value) {
		try {
			return IdeaStatus.valueOf(value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw app.agora.community.CommunityRefused.invalid("status", "community.answers.error.status",
					"Choose one of OPEN, UNDER_REVIEW, PLANNED, DONE, DECLINED.");
		}
	}
}
