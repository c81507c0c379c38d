package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.NewAccount;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Trust and moderation through the API: a new member's first posts wait for
 * approval, new members are limited, flags hide posts, moderators act and every
 * action is logged, suspended members cannot post.
 */
@AgoraTest
@RecordApplicationEvents
class TrustAndModerationApiTests {

	private static final String API = "/api/v1/community";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Accounts accounts;
	@Autowired
	ApplicationEvents events;
	@Autowired
	ApplicationEventPublisher publisher;

	/** A member who just joined: trust level NEW, no posts. */
	private String newMember() {
		String email = "new-" + UUID.randomUUID() + "@example.org";
		accounts.open(new NewAccount(email, "Newcomer " + email.substring(4, 9), "secret-password", AccountRole.MEMBER,
				null));
		return email;
	}

	private ResultActions startThread(String email, String space, String title, String text) throws Exception {
		return mvc.perform(post(API + "/spaces/" + space + "/threads").with(users.as(email))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("kind", "QUESTION", "title", title, "text", text)));
	}

	private ResultActions reply(String email, long thread, String text) throws Exception {
		return mvc.perform(post(API + "/spaces/gear-talk/threads/" + thread + "/posts").with(users.as(email))
				.contentType(MediaType.APPLICATION_JSON).content(json("text", text)));
	}

	private long demoThread(String title) throws Exception {
		String body = startThread(DemoUsers.DARA, "gear-talk", title, "What do you think about " + title + "?")
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return id(body, "$.id");
	}

	private long firstPost(long thread) throws Exception {
		return id(mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andReturn().getResponse()
				.getContentAsString(), "$.posts[0].id");
	}

	private ResultActions act(String email, long post, String action) throws Exception {
		return mvc.perform(post(API + "/moderation/posts/" + post + "/" + action).with(users.as(email))
				.contentType(MediaType.APPLICATION_JSON).content(json("reason", "checked by a test")));
	}

	private ResultActions flag(String email, long post, String reason, String note) throws Exception {
		return mvc.perform(post(API + "/posts/" + post + "/flags").with(users.as(email))
				.contentType(MediaType.APPLICATION_JSON).content(json("reason", reason, "note", note)));
	}

	@Test
	void aNewMembersFirstPostsWaitUntilAModeratorApprovesThem() throws Exception {
		String newcomer = newMember();
		mvc.perform(get(API + "/trust/me").with(users.as(newcomer))).andExpect(jsonPath("$.level").value("NEW"));
		String body = startThread(newcomer, "gear-talk", "Which headlamp for huts?", "Red light or not?")
				.andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		long thread = id(body, "$.id");
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(status().isNotFound());
		mvc.perform(get(API + "/spaces/gear-talk/threads"))
				.andExpect(jsonPath("$.threads[*].id", not(hasItem((int) thread))));
		assertThat(events.stream(PostPublished.class)).noneMatch(e -> e.threadId() == thread);

		String queue = mvc.perform(get(API + "/moderation/queue").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long post = id(queue, "$[?(@.threadId == " + thread + ")].postId");
		assertThat(JsonPath.<java.util.List<String>>read(queue, "$[?(@.threadId == " + thread + ")].waitingReason"))
				.containsExactly("FIRST_POSTS");

		act(DemoUsers.AGENT, post, "approve").andExpect(status().isNoContent());
		assertThat(events.stream(PostPublished.class)).anyMatch(e -> e.postId() == post && e.threadId() == thread);
		assertThat(events.stream(PostChanged.class)).anyMatch(e -> e.postId() == post);
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(status().isOk())
				.andExpect(jsonPath("$.thread.posts").value(1));
		act(DemoUsers.AGENT, post, "approve").andExpect(status().isConflict());

		String second = reply(newcomer, thread, "Thanks, I take the red one.").andExpect(status().isAccepted())
				.andExpect(jsonPath("$.status").value("PENDING")).andReturn().getResponse().getContentAsString();
		long secondId = id(second, "$.id");
		act(DemoUsers.AGENT, secondId, "reject").andExpect(status().isNoContent());
		mvc.perform(get(API + "/posts/" + secondId)).andExpect(status().isNotFound());
		mvc.perform(get(API + "/moderation/log").with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$[*].action", hasItem("APPROVE")))
				.andExpect(jsonPath("$[*].action", hasItem("REJECT")))
				.andExpect(jsonPath("$[0].moderatorName").value("Sam Service"))
				.andExpect(jsonPath("$[0].reason").value("checked by a test"));
	}

	@Test
	void newMembersAreLimitedInPostsLinksAndRepeats() throws Exception {
		long thread = demoThread("Trail runners on the TMB");
		String newcomer = newMember();
		reply(newcomer, thread, "Trail runners are fine in July.").andExpect(status().isAccepted());
		reply(newcomer, thread, "Trail  runners are FINE in July.").andExpect(status().isConflict())
				.andExpect(jsonPath("$.field").value("text"));
		reply(newcomer, thread, "See https://a.example/1 https://b.example/2 and https://c.example/3")
				.andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.field").value("text"));
		reply(newcomer, thread, "Shop: https://shoes.example/deal").andExpect(status().isAccepted());
		long other = demoThread("Trekking poles in the Dolomites");
		String spam = reply(newcomer, other, "Cheap poles: https://shoes.example/deal").andExpect(status().isAccepted())
				.andReturn().getResponse().getContentAsString();
		String queue = mvc.perform(get(API + "/moderation/queue").with(users.as(DemoUsers.ADMIN))).andReturn()
				.getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(queue,
				"$[?(@.postId == " + id(spam, "$.id") + ")].waitingReason")).containsExactly("SUSPECTED_SPAM");
		reply(newcomer, thread, "Fourth post this hour.").andExpect(status().isAccepted());
		reply(newcomer, thread, "Fifth post this hour.").andExpect(status().isAccepted());
		reply(newcomer, thread, "Sixth post this hour.").andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.detail", containsString("5 times an hour")));
		// Members past NEW are not limited.
		reply(DemoUsers.ANNE_MARIE, thread, "See https://a.example/1 https://b.example/2 and https://c.example/3")
				.andExpect(status().isCreated());
	}

	@Test
	void flagsAreOncePerPersonAndEnoughTrustedFlagsHideAPost() throws Exception {
		long thread = demoThread("Gaiters again");
		long post = id(reply(DemoUsers.ANNE_MARIE, thread, "Buy my gaiters, best price!").andReturn().getResponse()
				.getContentAsString(), "$.id");
		String newcomer = newMember();
		flag(newcomer, post, "SPAM", null).andExpect(status().isCreated());
		flag(newcomer, post, "SPAM", null).andExpect(status().isConflict());
		flag(DemoUsers.DARA, post, "POEM", null).andExpect(status().isBadRequest());
		flag(DemoUsers.ANNE_MARIE, post, "SPAM", null).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("your own post")));
		flag(DemoUsers.DARA, post, "OTHER", " ").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("note"));
		mvc.perform(post(API + "/posts/" + post + "/flags").with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(json("reason", "SPAM"))).andExpect(status().isUnauthorized());
		mvc.perform(get(API + "/posts/" + post)).andExpect(status().isOk());

		String[] trusted = {newMember(), newMember(), newMember()};
		for (String email : trusted) {
			mvc.perform(put(API + "/moderation/members/trust").with(users.as(DemoUsers.ADMIN))
					.contentType(MediaType.APPLICATION_JSON).content(json("email", email, "level", "TRUSTED")))
					.andExpect(status().isNoContent());
		}
		flag(trusted[0], post, "SPAM", null).andExpect(status().isCreated());
		flag(trusted[1], post, "OFFENSIVE", null).andExpect(status().isCreated());
		mvc.perform(get(API + "/posts/" + post)).andExpect(status().isOk());
		flag(trusted[2], post, "OTHER", "An advert").andExpect(status().isCreated());
		mvc.perform(get(API + "/posts/" + post)).andExpect(status().isNotFound());
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(jsonPath("$.posts.length()").value(1))
				.andExpect(jsonPath("$.thread.posts").value(1));
		assertThat(events.stream(PostChanged.class)).anyMatch(e -> e.postId() == post);
		mvc.perform(get(API + "/posts/" + post + "/flags").with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$.length()").value(4));
		mvc.perform(get(API + "/posts/" + post + "/flags").with(users.as(DemoUsers.DARA)))
				.andExpect(status().isForbidden());

		act(DemoUsers.AGENT, post, "show").andExpect(status().isNoContent());
		mvc.perform(get(API + "/posts/" + post)).andExpect(status().isOk());
		mvc.perform(get(API + "/moderation/queue").with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$[*].postId", not(hasItem((int) post))));
		// One staff flag hides at once.
		flag(DemoUsers.SALES, post, "SPAM", null).andExpect(status().isCreated());
		mvc.perform(get(API + "/posts/" + post)).andExpect(status().isNotFound());
		act(DemoUsers.AGENT, post, "hide").andExpect(status().isNoContent());
		mvc.perform(get(API + "/moderation/log").with(users.as(DemoUsers.ADMIN)))
				.andExpect(jsonPath("$[*].action", hasItem("HIDDEN_BY_FLAGS")))
				.andExpect(jsonPath("$[*].action", hasItem("GRANT_LEVEL")));
	}

	@Test
	void hidingTheFirstPostHidesTheThreadUntilShownAgain() throws Exception {
		long thread = demoThread("A thread to hide");
		long first = firstPost(thread);
		act(DemoUsers.AGENT, first, "hide").andExpect(status().isNoContent());
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(status().isNotFound());
		assertThat(events.stream(ThreadChanged.class)).anyMatch(e -> e.threadId() == thread);
		act(DemoUsers.AGENT, first, "show").andExpect(status().isNoContent());
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(status().isOk());
		act(DemoUsers.DARA, first, "hide").andExpect(status().isForbidden());
		act(DemoUsers.AGENT, 99_999_999, "hide").andExpect(status().isNotFound());
		act(DemoUsers.AGENT, first, "explode").andExpect(status().isNotFound());
	}

	@Test
	void moderatorsEditMoveAndLockWithEveryActionLogged() throws Exception {
		long thread = demoThread("Moved and edited");
		long first = firstPost(thread);
		mvc.perform(put(API + "/moderation/posts/" + first).with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content(
						"{\"text\":\"What do you think? (phone number removed)\",\"version\":0,\"reason\":\"privacy\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(get(API + "/posts/" + first + "/revisions"))
				.andExpect(jsonPath("$[0].source").value("What do you think about Moved and edited?"));
		mvc.perform(put(API + "/moderation/posts/" + first).with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"stale\",\"version\":0}"))
				.andExpect(status().isConflict());
		mvc.perform(put(API + "/moderation/posts/" + first).with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\",\"version\":1}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));

		mvc.perform(post(API + "/moderation/threads/" + thread + "/move").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content(json("space", "nowhere")))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("space"));
		mvc.perform(post(API + "/moderation/threads/" + thread + "/move").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("space", "dolomites-alps-treks", "reason", "On topic there")))
				.andExpect(status().isNoContent());
		mvc.perform(get(API + "/spaces/dolomites-alps-treks/threads/" + thread)).andExpect(status().isOk());
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(status().isNotFound());
		assertThat(events.stream(ThreadChanged.class))
				.anyMatch(e -> e.threadId() == thread && e.spaceSlug().equals("dolomites-alps-treks"));

		mvc.perform(put(API + "/moderation/threads/" + thread + "/lock").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"locked\":true,\"reason\":\"Answered\"}"))
				.andExpect(status().isNoContent());
		mvc.perform(post(API + "/spaces/dolomites-alps-treks/threads/" + thread + "/posts")
				.with(users.as(DemoUsers.ANNE_MARIE)).contentType(MediaType.APPLICATION_JSON)
				.content(json("text", "late"))).andExpect(status().isConflict());
		mvc.perform(get(API + "/moderation/log").with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$[0].action").value("LOCK")).andExpect(jsonPath("$[0].reason").value("Answered"))
				.andExpect(jsonPath("$[1].action").value("MOVE")).andExpect(jsonPath("$[2].action").value("EDIT"))
				.andExpect(jsonPath("$[2].reason").value("privacy"));
	}

	@Test
	void suspendedMembersCannotPostUntilTheSuspensionEndsOrIsLifted() throws Exception {
		long thread = demoThread("Suspension test");
		String newcomer = newMember();
		mvc.perform(post(API + "/moderation/suspensions").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + newcomer + "\",\"days\":400,\"reason\":\"x\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("days"));
		mvc.perform(post(API + "/moderation/suspensions").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"nobody@example.org\",\"days\":3,\"reason\":\"x\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("member"));
		mvc.perform(post(API + "/moderation/suspensions").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"sales@agora.demo\",\"days\":3,\"reason\":\"x\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post(API + "/moderation/suspensions").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + newcomer + "\",\"days\":3,\"reason\":\"x\"}"))
				.andExpect(status().isForbidden());
		String suspension = mvc
				.perform(post(API + "/moderation/suspensions").with(users.as(DemoUsers.AGENT))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"email\":\"" + newcomer + "\",\"days\":3,\"reason\":\"Insults in three threads\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.until").exists()).andReturn().getResponse()
				.getContentAsString();
		String until = JsonPath.read(suspension, "$.until");
		reply(newcomer, thread, "Let me talk!").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail", containsString("suspended")))
				.andExpect(jsonPath("$.until").value(until));
		startThread(newcomer, "gear-talk", "New thread", "Let me talk!").andExpect(status().isForbidden());
		mvc.perform(get(API + "/trust/me").with(users.as(newcomer)))
				.andExpect(jsonPath("$.suspendedUntil").value(until));

		long id = id(suspension, "$.id");
		mvc.perform(delete(API + "/moderation/suspensions/" + id).with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isNoContent());
		mvc.perform(delete(API + "/moderation/suspensions/" + id).with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isConflict());
		reply(newcomer, thread, "Sorry about that.").andExpect(status().isAccepted());
		mvc.perform(get(API + "/moderation/log").with(users.as(DemoUsers.ADMIN)))
				.andExpect(jsonPath("$[*].action", hasItem("SUSPEND")))
				.andExpect(jsonPath("$[*].action", hasItem("LIFT_SUSPENSION")));
	}

	@Test
	void spaceModeratorsModerateOnlyTheirSpaces() throws Exception {
		String moderator = newMember();
		String slug = "moderated-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(
				post(API + "/spaces").with(users.as(DemoUsers.ADMIN)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"slug\":\"" + slug
								+ "\",\"name\":\"Moderated\",\"visibility\":\"PUBLIC\",\"moderators\":[\""
								+ users.get(moderator).accountId() + "\"]}"))
				.andExpect(status().isCreated());
		String newcomer = newMember();
		String started = startThread(newcomer, slug, "Hello there", "My first words").andExpect(status().isAccepted())
				.andReturn().getResponse().getContentAsString();
		long thread = id(started, "$.id");
		String queue = mvc.perform(get(API + "/moderation/queue").with(users.as(moderator))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(queue, "$[*].spaceSlug")).containsOnly(slug);
		long post = id(queue, "$[0].postId");
		long gearPost = firstPost(demoThread("Not theirs"));
		act(moderator, gearPost, "hide").andExpect(status().isForbidden());
		mvc.perform(post(API + "/moderation/threads/" + thread + "/move").with(users.as(moderator))
				.contentType(MediaType.APPLICATION_JSON).content(json("space", "gear-talk")))
				.andExpect(status().isForbidden());
		act(moderator, post, "approve").andExpect(status().isNoContent());
		mvc.perform(get(API + "/spaces/" + slug + "/threads/" + thread)).andExpect(status().isOk());
		mvc.perform(get(API + "/moderation/log").with(users.as(moderator)))
				.andExpect(jsonPath("$[*].spaceSlug", hasItem(slug)))
				.andExpect(jsonPath("$[*].spaceSlug", not(hasItem("gear-talk"))));
		mvc.perform(get(API + "/trust/me").with(users.as(moderator)))
				.andExpect(jsonPath("$.badges", hasItem("MODERATOR")));
	}

	@Test
	void moderationNeedsAModerator() throws Exception {
		mvc.perform(get(API + "/moderation/queue")).andExpect(status().isUnauthorized());
		mvc.perform(get(API + "/moderation/queue").with(users.as(DemoUsers.DARA))).andExpect(status().isForbidden());
		mvc.perform(get(API + "/moderation/log").with(users.as(DemoUsers.PROSPECT))).andExpect(status().isForbidden());
		mvc.perform(put(API + "/moderation/members/trust").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content(json("email", DemoUsers.DARA, "level", "LEADER")))
				.andExpect(status().isForbidden());
		mvc.perform(get(API + "/trust/me")).andExpect(status().isUnauthorized());
		mvc.perform(get(API + "/trust/me").with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$.level").value("LEADER")).andExpect(jsonPath("$.badges", hasItem("STAFF")))
				.andExpect(jsonPath("$.badges", hasItem("MODERATOR")));
	}

	@Test
	void likesAndAcceptedAnswersRaiseTheScoreAndMakeExperts() throws Exception {
		String newcomer = newMember();
		UUID account = users.get(newcomer).accountId();
		long thread = demoThread("Expert test");
		publisher.publishEvent(new PostLiked(1L, thread, account, users.get(DemoUsers.DARA).accountId()));
		for (int i = 0; i < 3; i++) {
			publisher.publishEvent(
					new AnswerAccepted(thread, 1L, "gear-talk", account, users.get(DemoUsers.DARA).accountId()));
		}
		mvc.perform(get(API + "/trust/me").with(users.as(newcomer))).andExpect(jsonPath("$.likesReceived").value(1))
				.andExpect(jsonPath("$.acceptedAnswers").value(3)).andExpect(jsonPath("$.score").value(32))
				.andExpect(jsonPath("$.badges", hasItem("EXPERT:gear-talk")));
	}

	private static long id(String json, String path) {
		Object value = JsonPath.read(json, path);
		if (value instanceof java.util.List<?> list) {
			value = list.getFirst();
		}
		return ((Number) value).longValue();
	}

	/** A JSON object from name/value pairs; null values are left out. */
	private static String json(String... pairs) {
		var out = new StringBuilder("{");
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] == null) {
				continue;
			}
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(pairs[i]).append("\":\"").append(pairs[i + 1].replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}
}
