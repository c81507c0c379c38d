package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * The community API: reading signed out, writing with an account, and problem
 * details for what is refused.
 */
@AgoraTest
@RecordApplicationEvents
class CommunityApiTests {

	private static final String API = "/api/v1/community";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	ApplicationEvents events;

	private long startThread(String email, String space, String title, String text) throws Exception {
		String body = mvc
				.perform(post(API + "/spaces/" + space + "/threads").with(users.as(email))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"kind\":\"QUESTION\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void publicSpacesAndThreadsReadWithoutAnAccount() throws Exception {
		mvc.perform(get(API + "/spaces")).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].slug", hasItem("gear-talk")))
				.andExpect(jsonPath("$[*].slug", not(hasItem("guides-corner"))));
		mvc.perform(get(API + "/spaces/dolomites-alps-treks")).andExpect(status().isOk())
				.andExpect(jsonPath("$.visibility").value("PUBLIC"));
		String list = mvc.perform(get(API + "/spaces/dolomites-alps-treks/threads")).andExpect(status().isOk())
				.andExpect(jsonPath("$.threads[0].title").exists()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(list, "$.threads[0].id")).longValue();
		mvc.perform(get(API + "/spaces/dolomites-alps-treks/threads/" + id)).andExpect(status().isOk())
				.andExpect(jsonPath("$.posts[0].html").exists()).andExpect(jsonPath("$.pageSize").value(20));
	}

	@Test
	void unknownAndHiddenSpacesAre404ProblemDetails() throws Exception {
		mvc.perform(get(API + "/spaces/guides-corner")).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(API + "/spaces/guides-corner/threads").with(users.as(DemoUsers.PROSPECT)))
				.andExpect(status().isNotFound());
		mvc.perform(get(API + "/spaces/guides-corner/threads").with(users.as(DemoUsers.DARA)))
				.andExpect(status().isOk());
		mvc.perform(get(API + "/spaces/nope/threads/1")).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get(API + "/posts/99999999")).andExpect(status().isNotFound());
	}

	@Test
	void writingRulesGiveProblemDetails() throws Exception {
		mvc.perform(post(API + "/spaces/gear-talk/threads").with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"QUESTION\",\"title\":\"t\",\"text\":\"x\"}"))
				.andExpect(status().isUnauthorized());
		mvc.perform(post(API + "/spaces/guides-corner/threads").with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"QUESTION\",\"title\":\"t\",\"text\":\"x\"}")).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail", containsString("members")));
		mvc.perform(post(API + "/spaces/gear-talk/threads").with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"QUESTION\",\"title\":\"\",\"text\":\"x\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("title"));
		mvc.perform(post(API + "/spaces/gear-talk/threads").with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"QUESTION\",\"title\":\"Long\",\"text\":\"" + "y".repeat(20_001) + "\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));
		mvc.perform(post(API + "/spaces/gear-talk/threads").with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"POEM\",\"title\":\"t\",\"text\":\"x\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post(API + "/spaces").with(users.as(DemoUsers.DARA)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Mine\",\"visibility\":\"PUBLIC\"}")).andExpect(status().isForbidden());
	}

	@Test
	void aThreadIsStartedRepliedToLockedAndEditedWithVersions() throws Exception {
		long thread = startThread(DemoUsers.DARA, "gear-talk", "Which stove?", "Gas or **alcohol**?");
		assertThat(events.stream(PostPublished.class)).anySatisfy(e -> {
			assertThat(e.threadId()).isEqualTo(thread);
			assertThat(e.spaceSlug()).isEqualTo("gear-talk");
			assertThat(e.kind()).isEqualTo(ThreadKind.QUESTION);
			assertThat(e.text()).isEqualTo("Gas or **alcohol**?");
			assertThat(e.authorPartyId()).isEqualTo(users.get(DemoUsers.DARA).partyId().orElseThrow());
		});
		String reply = mvc
				.perform(post(API + "/spaces/gear-talk/threads/" + thread + "/posts")
						.with(users.as(DemoUsers.ANNE_MARIE)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"text\":\"Gas, *always*.\"}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.html", containsString("<em>always</em>")))
				.andReturn().getResponse().getContentAsString();
		long replyId = ((Number) JsonPath.read(reply, "$.id")).longValue();
		assertThat(events.stream(PostPublished.class)).anyMatch(e -> e.postId() == replyId);

		mvc.perform(put(API + "/posts/" + replyId).with(users.as(DemoUsers.ANNE_MARIE))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Gas, mostly.\",\"version\":0}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.mine").value(true)).andExpect(jsonPath("$.editedAt").exists());
		mvc.perform(put(API + "/posts/" + replyId).with(users.as(DemoUsers.ANNE_MARIE))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Stale\",\"version\":0}"))
				.andExpect(status().isConflict());
		mvc.perform(put(API + "/posts/" + replyId).with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Not mine\",\"version\":1}"))
				.andExpect(status().isForbidden());
		mvc.perform(get(API + "/posts/" + replyId + "/revisions")).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].source").value("Gas, *always*."));

		mvc.perform(put(API + "/spaces/gear-talk/threads/" + thread + "/lock").with(users.as(DemoUsers.DARA))
				.contentType(MediaType.APPLICATION_JSON).content("{\"locked\":true}"))
				.andExpect(status().isForbidden());
		mvc.perform(put(API + "/spaces/gear-talk/threads/" + thread + "/lock").with(users.as(DemoUsers.AGENT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"locked\":true}"))
				.andExpect(status().isNoContent());
		mvc.perform(post(API + "/spaces/gear-talk/threads/" + thread + "/posts").with(users.as(DemoUsers.PROSPECT))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Too late\"}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("locked")));
		mvc.perform(get(API + "/spaces/gear-talk/threads/" + thread)).andExpect(jsonPath("$.posts.length()").value(2))
				.andExpect(jsonPath("$.thread.locked").value(true));
	}

	@Test
	void staffCreateSpacesThroughTheApi() throws Exception {
		mvc.perform(post(API + "/spaces").with(users.as(DemoUsers.AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Corsica GR20\",\"description\":\"North and south\",\"visibility\":\"PUBLIC\","
						+ "\"products\":[\"GR20 North\"]}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.slug").value("corsica-gr20"))
				.andExpect(jsonPath("$.products[0]").value("GR20 North"));
		mvc.perform(post(API + "/spaces").with(users.as(DemoUsers.AGENT)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Corsica GR20\",\"visibility\":\"PUBLIC\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("slug"));
		mvc.perform(get(API + "/spaces/corsica-gr20")).andExpect(status().isOk());
	}

	@Test
	void memberAndAuthorAccountIdsStayOutOfPublicAnswers() throws Exception {
		String anneMarie = users.get(DemoUsers.ANNE_MARIE).accountId().toString();
		mvc.perform(get(API + "/spaces/guides-corner").with(users.as(DemoUsers.DARA))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(anneMarie))));
		mvc.perform(get(API + "/spaces/guides-corner").with(users.as(DemoUsers.AGENT)))
				.andExpect(jsonPath("$.members", hasItem(anneMarie)));
		String list = mvc.perform(get(API + "/spaces/dolomites-alps-treks/threads")).andReturn().getResponse()
				.getContentAsString();
		long id = ((Number) JsonPath.read(list, "$.threads[0].id")).longValue();
		mvc.perform(get(API + "/spaces/dolomites-alps-treks/threads/" + id)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(anneMarie))))
				.andExpect(jsonPath("$.posts[0].mine").value(false));
	}
}
