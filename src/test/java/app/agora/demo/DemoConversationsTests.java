package app.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.community.ThreadKind;
import app.agora.support.AgoraTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo community holds a few hundred posts of every kind, in every space.
 */
@AgoraTest
class DemoConversationsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConversationsFileHoldsAFewHundredPostsOfEveryKind() {
		var conversations = DemoConversations.read();
		int posts = conversations.stream().mapToInt(c -> 1 + c.replies().size()).sum();

		assertThat(posts).isGreaterThanOrEqualTo(200);
		assertThat(conversations.stream().map(DemoConversations.Conversation::kind).collect(Collectors.toSet()))
				.containsExactlyInAnyOrder(ThreadKind.values());
		assertThat(conversations.stream().map(DemoConversations.Conversation::space).collect(Collectors.toSet()))
				.isEqualTo(
						Set.of(DemoCommunity.ALPS, DemoCommunity.CHILDREN, DemoCommunity.GEAR, DemoCommunity.GUIDES));
	}

	@Test
	void theSeededCommunityHoldsThemAllWithTheirAuthors() {
		int fromFile = DemoConversations.read().stream().mapToInt(c -> 1 + c.replies().size()).sum();

		assertThat(jdbc.sql("select count(*) from community_post").query(Integer.class).single())
				.isGreaterThan(fromFile);
		assertThat(
				jdbc.sql("select count(distinct author_account_id) from community_post").query(Integer.class).single())
				.isGreaterThanOrEqualTo(12);
		assertThat(jdbc.sql("select count(*) from community_post where author_name = 'Keiko Sato'").query(Integer.class)
				.single()).isPositive();
	}
}
