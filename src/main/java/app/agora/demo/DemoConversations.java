package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.community.Community;
import app.agora.community.Participant;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The bulk of the demo community's conversations, written as data in
 * {@value #FILE}: a few hundred posts by customers, prospects and staff, in
 * English and French, posted through {@link Community} like any other post (so
 * they are rendered, sanitised and announced the same way).
 */
@Component
class DemoConversations {

	static final String FILE = "demo/community-threads.yaml";

	private static final Map<String, String> HANDLES = Map.ofEntries(Map.entry("anne-marie", "anne-marie@agora.demo"),
			Map.entry("dara", "dara@agora.demo"), Map.entry("prospect", "prospect@agora.demo"),
			Map.entry("agent", "agent@agora.demo"), Map.entry("product", "product@agora.demo"),
			Map.entry("tomas", "tomas.herrera@example.com"), Map.entry("jonas", "j.muller@example.de"),
			Map.entry("keiko", "keiko.sato@example.jp"), Map.entry("liam", "liam.obrien@example.ie"),
			Map.entry("chloe", "chloe.martin@example.fr"), Map.entry("fatima", "fatima.zahra@example.ma"),
			Map.entry("marc", "guide.marc@cordee-voyages.example"));

	record Conversation(String space, ThreadKind kind, String title, String product, String author, String text,
			List<Line> replies) {
	}

	record Line(String who, String text) {
	}

	private final Community community;
	private final Accounts accounts;
	private final Map<String, Participant> people = new HashMap<>();

	DemoConversations(Community community, Accounts accounts) {
		this.community = community;
		this.accounts = accounts;
	}

	/**
	 * Posts every conversation of the file; called inside the demo's seeding
	 * transaction.
	 */
	void post() {
		for (Conversation conversation : read()) {
			var thread = community.startThread(conversation.space(), new ThreadDraft(conversation.kind(),
					conversation.title(), conversation.product(), conversation.text()), who(conversation.author()));
			for (Line reply : conversation.replies()) {
				community.reply(conversation.space(), thread.id(), reply.text(), null, who(reply.who()));
			}
		}
	}

	static List<Conversation> read() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return list(root.get("threads")).stream().map(DemoConversations::conversation).toList();
		} catch (IOException e) {
			throw new UncheckedIOException("The demo conversations " + FILE + " could not be read", e);
		}
	}

	private static Conversation conversation(Map<String, Object> thread) {
		List<Line> replies = list(thread.getOrDefault("replies", List.of())).stream()
				.map(r -> new Line(text(r, "who"), text(r, "text"))).toList();
		return new Conversation(text(thread, "space"), ThreadKind.valueOf(text(thread, "kind")), text(thread, "title"),
				(String) thread.get("product"), text(thread, "author"), text(thread, "text"), replies);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("The demo conversations lack '" + key + "' in " + map);
		}
		return value.toString().strip();
	}

	private Participant who(String handle) {
		return people.computeIfAbsent(handle, h -> {
			String email = HANDLES.get(h);
			if (email == null) {
				throw new IllegalStateException("No demo person '" + h + "' in " + FILE);
			}
			return Participant.of(accounts.byEmail(email).orElseThrow()).orElseThrow();
		});
	}
}
