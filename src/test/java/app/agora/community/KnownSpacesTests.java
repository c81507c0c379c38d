package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spaces and their thread counts are kept in memory, yet every change shows at
 * once: who may read a members-only space, and how many threads a space has
 * after one is started, hidden, shown or moved.
 */
@AgoraTest
class KnownSpacesTests {

	@Autowired
	Community community;
	@Autowired
	Moderation moderation;
	@Autowired
	DemoUsers users;

	@Test
	void aMemberTakenOffAMembersOnlySpaceIsRefusedAtOnce() {
		var admin = users.participant(DemoUsers.ADMIN);
		var dara = users.participant(DemoUsers.DARA);
		community.createSpace(new SpaceDraft("kept-closed", "Kept closed", "Members only", Visibility.MEMBERS_ONLY,
				List.of(), List.of(dara.accountId()), List.of()), admin);
		assertThat(community.space("kept-closed", dara).members()).contains(dara.accountId());

		community.updateSpace("kept-closed", new SpaceDraft("kept-closed", "Kept closed", "Members only",
				Visibility.MEMBERS_ONLY, List.of(), List.of(), List.of()), admin);

		assertThatThrownBy(() -> community.space("kept-closed", dara)).isInstanceOf(CommunityNotFound.class);
	}

	@Test
	void aSpaceCountsItsThreadsAsTheyAreStartedHiddenShownAndMoved() {
		var admin = users.participant(DemoUsers.ADMIN);
		var agent = users.participant(DemoUsers.AGENT);
		for (String slug : List.of("kept-counted", "kept-elsewhere")) {
			community.createSpace(
					new SpaceDraft(slug, slug, "Counting", Visibility.PUBLIC, List.of(), List.of(), List.of()), admin);
		}
		assertThat(community.space("kept-counted", null).threads()).isZero();

		var thread = community.startThread("kept-counted",
				new ThreadDraft(ThreadKind.DISCUSSION, "Counted once", null, "One thread"),
				users.participant(DemoUsers.DARA));
		assertThat(community.space("kept-counted", null).threads()).isEqualTo(1);

		long firstPost = community.thread("kept-counted", thread.id(), null, 1).posts().getFirst().id();
		moderation.hide(firstPost, "test", agent);
		assertThat(community.space("kept-counted", null).threads()).isZero();
		moderation.show(firstPost, "test", agent);
		assertThat(community.space("kept-counted", null).threads()).isEqualTo(1);
		moderation.move(thread.id(), "kept-elsewhere", "test", agent);
		assertThat(community.space("kept-counted", null).threads()).isZero();
		assertThat(community.space("kept-elsewhere", null).threads()).isEqualTo(1);
	}
}
