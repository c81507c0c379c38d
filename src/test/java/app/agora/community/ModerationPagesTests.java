package app.agora.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.agora.access.AccountRole;
import app.agora.access.Accounts;
import app.agora.access.NewAccount;
import app.agora.support.AgoraTest;
import app.agora.support.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Trust and moderation on the pages: badges beside authors, flagging from a
 * thread, the moderator queue and its actions, suspensions with errors beside
 * the field, the log, and a new member's posts waiting for approval.
 */
@AgoraTest
class ModerationPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoUsers users;
	@Autowired
	Community community;
	@Autowired
	Moderation moderation;
	@Autowired
	Accounts accounts;

	private String newMember() {
		String email = "page-" + UUID.randomUUID() + "@example.org";
		accounts.open(new NewAccount(email, "Page Newcomer", "secret-password", AccountRole.MEMBER, null));
		return email;
	}

	@Test
	void threadPagesShowTrustLevelsAndBadgesBesideAuthors() throws Exception {
		var thread = community.startThread("dolomites-alps-treks",
				new ThreadDraft(ThreadKind.DISCUSSION, "Badges check", null, "Who is who?"),
				users.participant(DemoUsers.AGENT));
		community.reply("dolomites-alps-treks", thread.id(), "I am a regular.", null,
				users.participant(DemoUsers.DARA));
		mvc.perform(get(thread.path())).andExpect(status().isOk())
				.andExpect(content().string(containsString("trust-LEADER")))
				.andExpect(content().string(containsString(">Staff<")))
				.andExpect(content().string(containsString(">Moderator<")))
				.andExpect(content().string(containsString("trust-MEMBER")))
				.andExpect(content().string(not(containsString("flag-reason-"))));
	}

	@Test
	void aNewMemberSeesTheirPostsWaitingAndAModeratorApprovesThemFromTheQueue() throws Exception {
		String newcomer = newMember();
		mvc.perform(post("/community/gear-talk/new").with(users.as(newcomer)).param("kind", "QUESTION")
				.param("title", "Waiting thread").param("text", "Is this shown?"))
				.andExpect(redirectedUrl("/community/waiting"));
		mvc.perform(get("/community/waiting").with(users.as(newcomer))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Is this shown?")));
		mvc.perform(get("/community/waiting")).andExpect(redirectedUrl("/login"));

		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Reply waits", null, "Replies welcome"),
				users.participant(DemoUsers.DARA));
		mvc.perform(post("/community/gear-talk/t/" + thread.id() + "/reply").with(users.as(newcomer)).param("text",
				"My first reply")).andExpect(status().is3xxRedirection());
		mvc.perform(get(thread.path()).with(users.as(newcomer)))
				.andExpect(content().string(containsString("id=\"waiting\"")))
				.andExpect(content().string(containsString("My first reply")));
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(content().string(not(containsString("My first reply"))));

		String queue = mvc.perform(get("/community/moderation").with(users.as(DemoUsers.AGENT)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Waiting thread")))
				.andExpect(content().string(containsString("First posts of a new member"))).andReturn().getResponse()
				.getContentAsString();
		assertThat(queue).contains("My first reply");
		long replyId = moderation.waiting(thread.id(), users.participant(newcomer)).getFirst().id();
		mvc.perform(post("/community/moderation/posts/" + replyId + "/approve").with(users.as(DemoUsers.AGENT)))
				.andExpect(redirectedUrl("/community/moderation")).andExpect(flash().attributeExists("notice"));
		mvc.perform(get(thread.path())).andExpect(content().string(containsString("My first reply")));
		mvc.perform(post("/community/moderation/posts/" + replyId + "/approve").with(users.as(DemoUsers.AGENT)))
				.andExpect(flash().attribute("error", "This post is not waiting for approval."));
	}

	@Test
	void membersFlagFromTheThreadAndTheModeratorQueueListsAndHidesIt() throws Exception {
		var thread = community.startThread("gear-talk",
				new ThreadDraft(ThreadKind.DISCUSSION, "Flag from the page", null, "Spammy words"),
				users.participant(DemoUsers.DARA));
		long postId = community.thread("gear-talk", thread.id(), null, 1).posts().getFirst().id();
		mvc.perform(get(thread.path()).with(users.as(DemoUsers.ANNE_MARIE)))
				.andExpect(content().string(containsString("flag-reason-" + postId)));
		mvc.perform(post("/community/posts/" + postId + "/flag").with(users.as(DemoUsers.ANNE_MARIE))
				.param("reason", "OTHER").param("note", "")).andExpect(flash().attribute("flagPost", postId))
				.andExpect(flash().attribute("flagError", "Say what is wrong with this post."));
		mvc.perform(post("/community/posts/" + postId + "/flag").with(users.as(DemoUsers.ANNE_MARIE)).param("reason",
				"SPAM")).andExpect(redirectedUrl(thread.path())).andExpect(flash().attributeExists("notice"));
		mvc.perform(post("/community/posts/" + postId + "/flag").with(users.as(DemoUsers.ANNE_MARIE)).param("reason",
				"SPAM")).andExpect(flash().attribute("flagError", "You already flagged this post."));
		mvc.perform(get("/community/moderation").with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("hide-" + postId)))
				.andExpect(content().string(containsString("Anne-Marie Leclerc")));
		mvc.perform(post("/community/moderation/posts/" + postId + "/hide").with(users.as(DemoUsers.AGENT)))
				.andExpect(redirectedUrl("/community/moderation"));
		mvc.perform(get(thread.path())).andExpect(status().isNotFound());
		mvc.perform(get("/community/moderation/log").with(users.as(DemoUsers.AGENT))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Hid")));
	}

	@Test
	void onlyModeratorsSeeTheQueueAndSuspensionErrorsShowBesideTheField() throws Exception {
		mvc.perform(get("/community/moderation")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/community").with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("id=\"moderation-link\"")));
		mvc.perform(get("/community").with(users.as(DemoUsers.DARA)))
				.andExpect(content().string(not(containsString("id=\"moderation-link\""))));
		mvc.perform(get("/community/moderation").with(users.as(DemoUsers.DARA))).andExpect(status().isForbidden());
		mvc.perform(post("/community/moderation/suspensions").with(users.as(DemoUsers.AGENT))
				.param("email", "nobody@example.org").param("days", "3").param("reason", "Spam"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"email-error\"")));
		mvc.perform(post("/community/moderation/suspensions").with(users.as(DemoUsers.AGENT))
				.param("email", DemoUsers.PROSPECT).param("days", "many").param("reason", "Spam"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"days-error\"")));
		String newcomer = newMember();
		mvc.perform(post("/community/moderation/suspensions").with(users.as(DemoUsers.AGENT)).param("email", newcomer)
				.param("days", "2").param("reason", "Insults")).andExpect(redirectedUrl("/community/moderation"));
		mvc.perform(get("/community/moderation").with(users.as(DemoUsers.AGENT)))
				.andExpect(content().string(containsString("Insults")));
		mvc.perform(post("/community/gear-talk/new").with(users.as(newcomer)).param("kind", "QUESTION")
				.param("title", "Let me").param("text", "talk")).andExpect(status().isOk())
				.andExpect(content().string(containsString("You are suspended from posting until 20")));
		assertThat(moderation.waiting(null, users.participant(newcomer))).isEmpty();
	}
}
