package app.agora.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.community.Community;
import app.agora.community.Post;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reply is answered as stored, without reading it back: what the write
 * answers must be what a later read gives, quote and time included.
 */
@AgoraTest
class ReplyAnswerTests {

	@Autowired
	Community community;
	@Autowired
	DemoUsers users;

	@Test
	void aReplyIsAnsweredAsALaterReadGivesIt() {
		var thread = community.startThread("gear-talk", new ThreadDraft(ThreadKind.DISCUSSION, "Poles or no poles?",
				null, "I never know whether to  **take** them."), users.participant(DemoUsers.DARA));
		Post first = community.reply("gear-talk", thread.id(), "Always, for the descents.", null,
				users.participant(DemoUsers.ANNE_MARIE));
		Post quoting = community.reply("gear-talk", thread.id(), "> Always\n\nAgreed, *and* for river crossings.",
				first.id(), users.participant(DemoUsers.DARA));

		assertThat(first).isEqualTo(community.post(first.id(), users.participant(DemoUsers.ADMIN)));
		assertThat(quoting).isEqualTo(community.post(quoting.id(), users.participant(DemoUsers.ADMIN)));
		assertThat(quoting.quote().postId()).isEqualTo(first.id());
		assertThat(quoting.quote().authorName()).isEqualTo(first.authorName());
	}
}
