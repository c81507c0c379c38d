package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accepted answers, idea votes and status, and likes through the API: who may,
 * what is refused (problem details) and that a refusal changes nothing.
 */
@AgoraTest
@RecordApplicationEvents
class AnswersApiTests {

	private static final String API = "/api/v1/community";
	private static final String PRODUCT = "product@agora.demo";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	ApplicationEvents events;

	private long startThread(String email, String space, String kind, String title) throws Exception {
		String body = mvc
				.perform(post(API + "/spaces/" + space + "/threads").with(users.as(email))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"" + kind + "\",\"title\":\"" + title
								+ "\",\"text\":\"What do you think?\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long reply(String email, String space, long thread, String text) throws Exception {
		String body = mvc
				.perform(post(API + "/spaces/" + space + "/threads/" + thread + "/posts").with(users.as(email))
						.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + text + "\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long firstPost(String space, long thread) throws Exception {
		String body = mvc.perform(get(API + "/spaces/" + space + "/threads/" + thread)).andReturn().getResponse()
				.getContentAsString();
		return ((Number) JsonPath.read(body, "$.posts[0].id")).longValue();
	}

	private String answer(String space, long thread) {
		return API + "/spaces/" + space + "/threads/" + thread + "/answer";
	}

	@Test
	void theAskerAcceptsAReplyChangesItAndStaffUndoIt() throws Exception {
		long question = startThread(DemoUsers.DARA, "gear-talk", "QUESTION", "Which headlamp for huts?");
		long first = firstPost("gear-talk", question);
		long fromAnneMarie = reply(DemoUsers.ANNE_MARIE, "gear-talk", question, "A red-light one, for the dorms.");
		long fromAgent = reply(DemoUsers.AGENT, "gear-talk", question, "Any with 200 lumens.");
		long elsewhere = startThread(DemoUsers.PROSPECT, "gear-talk", "DISCUSSION", "Socks");
		long elsewherePost = firstPost("gear-talk", elsewhere);

		mvc.perform(put(answer("gear-talk", question)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"postId\":" + fromAnneMarie + "}")).andExpect(status().isUnauthorized());
		mvc.perform(put(answer("gear-talk", question)).with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + fromAnneMarie + "}"))
				.andExpect(status().isForbidden());
		mvc.perform(put(answer("gear-talk", question)).with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + first + "}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("postId"));
		mvc.perform(put(answer("gear-talk", question)).with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + elsewherePost + "}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("postId"));
		mvc.perform(put(answer("gear-talk", question)).with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("postId"));
		mvc.perform(put(answer("gear-talk", elsewhere)).with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + elsewherePost + "}"))
				.andExpect(status().isConflict());
		assertThat(events.stream(AnswerAccepted.class)).isEmpty();
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + question + "/standing"))
				.andExpect(jsonPath("$.solved").value(false));

		mvc.perform(put(answer("gear-talk", question)).with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + fromAnneMarie + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.solved").value(true))
				.andExpect(jsonPath("$.acceptedPostId").value(fromAnneMarie));
		assertThat(events.stream(AnswerAccepted.class)).singleElement().satisfies(e -> {
			assertThat(e.threadId()).isEqualTo(question);
			assertThat(e.postId()).isEqualTo(fromAnneMarie);
			assertThat(e.answerAuthorAccountId()).isEqualTo(users.get(DemoUsers.ANNE_MARIE).accountId());
			assertThat(e.acceptedByAccountId()).isEqualTo(users.get(DemoUsers.DARA).accountId());
		});
		assertThat(events.stream(ThreadChanged.class)).anyMatch(e -> e.threadId() == question);
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + question)).andExpect(status().isOk())
				.andExpect(jsonPath("$.thread.solved").value(true))
				.andExpect(jsonPath("$.thread.acceptedPostId").value(fromAnneMarie))
				.andExpect(jsonPath("$.thread.title").value("Which headlamp for huts?"));
		mvc.perform(get(API + "/spaces/gear-talk/threads"))
				.andExpect(jsonPath("$.threads[?(@.id == " + question + ")].solved", hasItem(true)));

		mvc.perform(put(answer("gear-talk", question)).with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + fromAgent + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.acceptedPostId").value(fromAgent));
		mvc.perform(delete(answer("gear-talk", question)).with(users.as(DemoUsers.AGENT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.solved").value(false));
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + question))
				.andExpect(jsonPath("$.thread.solved").value(false));
	}

	@Test
	void aModeratorOfTheSpaceAcceptsAndOutsidersOfAMembersOnlySpaceSeeNothing() throws Exception {
		long question = startThread(DemoUsers.DARA, "guides-corner", "QUESTION", "Crampons in June?");
		long reply = reply(DemoUsers.ANNE_MARIE, "guides-corner", question, "Light ones, yes.");
		mvc.perform(put(answer("guides-corner", question)).with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + reply + "}"))
				.andExpect(status().isNotFound());
		mvc.perform(post(API + "/posts/" + reply + "/likes").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(put(answer("guides-corner", question)).with(users.as(DemoUsers.ANNE_MARIE))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + reply + "}"))
				.andExpect(status().isForbidden());
		// The agent moderates the space (and is staff); the answer is accepted.
		mvc.perform(put(answer("guides-corner", question)).with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + reply + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.solved").value(true));
	}

	@Test
	void onePersonVotesOnceAndStaffChangeTheStatusWithAComment() throws Exception {
		long idea = startThread(DemoUsers.ANNE_MARIE, "gear-talk", "IDEA", "Rent trekking poles at the start");
		String votes = API + "/spaces/gear-talk/threads/" + idea + "/votes";
		mvc.perform(post(votes).with(users.as(DemoUsers.DARA))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.votes").value(1)).andExpect(jsonPath("$.voted").value(true));
		mvc.perform(post(votes).with(users.as(DemoUsers.DARA))).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("You have already voted for this idea."));
		mvc.perform(post(votes).with(users.as(DemoUsers.PROSPECT))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.votes").value(2));
		mvc.perform(delete(votes).with(users.as(DemoUsers.PROSPECT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.votes").value(1)).andExpect(jsonPath("$.voted").value(false));
		mvc.perform(delete(votes).with(users.as(DemoUsers.PROSPECT))).andExpect(status().isConflict());
		mvc.perform(post(votes).with(csrf())).andExpect(status().isUnauthorized());
		long question = startThread(DemoUsers.DARA, "gear-talk", "QUESTION", "Poles or not?");
		mvc.perform(post(API + "/spaces/gear-talk/threads/" + question + "/votes").with(users.as(DemoUsers.DARA)))
				.andExpect(status().isConflict());
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + idea)).andExpect(jsonPath("$.thread.votes").value(1))
				.andExpect(jsonPath("$.thread.ideaStatus").value("OPEN"));

		String status = API + "/spaces/gear-talk/threads/" + idea + "/idea-status";
		mvc.perform(put(status).with(users.as(DemoUsers.DARA)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"PLANNED\",\"comment\":\"Mine\"}")).andExpect(status().isForbidden());
		mvc.perform(put(status).with(users.as(PRODUCT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"PLANNED\",\"comment\":\"  \"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("comment"));
		mvc.perform(put(status).with(users.as(PRODUCT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"SOMEDAY\",\"comment\":\"Maybe\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("status"));
		mvc.perform(put(status).with(users.as(PRODUCT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"PLANNED\",\"comment\":\"" + "x".repeat(2001) + "\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("comment"));
		assertThat(events.stream(IdeaStatusChanged.class)).isEmpty();
		mvc.perform(get(status)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

		mvc.perform(put(status).with(users.as(PRODUCT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"PLANNED\",\"comment\":\"In the 2027 catalogue.\"}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.ideaStatus").value("PLANNED"));
		assertThat(events.stream(IdeaStatusChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.threadId()).isEqualTo(idea);
			assertThat(e.status()).isEqualTo("PLANNED");
			assertThat(e.comment()).isEqualTo("In the 2027 catalogue.");
			assertThat(e.title()).isEqualTo("Rent trekking poles at the start");
			assertThat(e.voterAccountIds()).containsExactly(users.get(DemoUsers.DARA).accountId());
		});
		assertThat(events.stream(ThreadChanged.class)).anyMatch(e -> e.threadId() == idea);
		mvc.perform(get(status)).andExpect(jsonPath("$[0].status").value("PLANNED"))
				.andExpect(jsonPath("$[0].comment").value("In the 2027 catalogue."));

		mvc.perform(get(API + "/spaces/gear-talk/threads").param("status", "planned")).andExpect(status().isOk())
				.andExpect(jsonPath("$.threads[*].id", hasItem((int) idea)))
				.andExpect(jsonPath("$.threads[0].ideaStatus").value("PLANNED"));
		mvc.perform(get(API + "/spaces/gear-talk/threads").param("status", "DONE"))
				.andExpect(jsonPath("$.threads[*].id", not(hasItem((int) idea))));
		mvc.perform(get(API + "/spaces/gear-talk/threads").param("status", "SOMEDAY"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
	}

	@Test
	void onePersonLikesAPostOnceAndNeverTheirOwn() throws Exception {
		long thread = startThread(DemoUsers.DARA, "gear-talk", "DISCUSSION", "Merino or synthetic?");
		long post = firstPost("gear-talk", thread);
		String likes = API + "/posts/" + post + "/likes";
		mvc.perform(post(likes).with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post(likes).with(users.as(DemoUsers.DARA))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("postId"));
		mvc.perform(post(likes).with(users.as(DemoUsers.ANNE_MARIE))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.likedByMe").value(true));
		mvc.perform(post(likes).with(users.as(DemoUsers.ANNE_MARIE))).andExpect(status().isConflict());
		assertThat(events.stream(PostLiked.class)).singleElement().satisfies(e -> {
			assertThat(e.postId()).isEqualTo(post);
			assertThat(e.threadId()).isEqualTo(thread);
			assertThat(e.authorAccountId()).isEqualTo(users.get(DemoUsers.DARA).accountId());
			assertThat(e.likerAccountId()).isEqualTo(users.get(DemoUsers.ANNE_MARIE).accountId());
		});
		mvc.perform(get(likes)).andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.likedByMe").value(false));
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread).with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(jsonPath("$.posts[0].likes").value(1)).andExpect(jsonPath("$.posts[0].liked").value(true));
		mvc.perform(delete(likes).with(users.as(DemoUsers.ANNE_MARIE))).andExpect(status().isOk())
				.andExpect(jsonPath("$.count").value(0));
		mvc.perform(delete(likes).with(users.as(DemoUsers.ANNE_MARIE))).andExpect(status().isConflict());
		mvc.perform(post(API + "/posts/99999999/likes").with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(status().isNotFound());
	}
}
