package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.community.Community;
import app.agora.community.Participant;
import app.agora.community.SpaceDraft;
import app.agora.community.ThreadDraft;
import app.agora.community.ThreadKind;
import app.agora.community.Visibility;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cordée Voyages' community: three public spaces and a members-only one for
 * guides, with threads of every kind by the demo members and staff, in French
 * and English; the threads written here are the ones tests and docs point at,
 * the bulk comes from {@link DemoConversations}.
 */
@Component
class DemoCommunity {

	static final String ALPS = "dolomites-alps-treks";
	static final String CHILDREN = "trekking-with-children";
	static final String GEAR = "gear-talk";
	static final String GUIDES = "guides-corner";

	private final Community community;
	private final Accounts accounts;
	private final DemoConversations conversations;

	DemoCommunity(Community community, Accounts accounts, DemoConversations conversations) {
		this.community = community;
		this.accounts = accounts;
		this.conversations = conversations;
	}

	private record Reply(String who, String text) {
	}

	@Transactional
	void seed() {
		Participant admin = who("admin@agora.demo");
		var anneMarie = accounts.byEmail("anne-marie@agora.demo").orElseThrow().accountId();
		var dara = accounts.byEmail("dara@agora.demo").orElseThrow().accountId();
		var agent = accounts.byEmail("agent@agora.demo").orElseThrow().accountId();
		var marc = accounts.byEmail("guide.marc@cordee-voyages.example").orElseThrow().accountId();
		community.createSpace(new SpaceDraft(ALPS, "Dolomites & Alps treks",
				"Hut-to-hut treks in the Dolomites and the Alps, and a few further afield (Corsica, Japan): routes, "
						+ "huts, weather, training. Treks en refuge dans les Dolomites, les Alpes et au-delà.",
				Visibility.PUBLIC, List.of("Alta Via 1", "Tour du Mont-Blanc", "Haute Route Chamonix–Zermatt",
						"GR20 in Corsica", "Via ferrata day", "Kumano Kodo guided walk"),
				List.of(), List.of(agent, marc)), admin);
		community.createSpace(new SpaceDraft(CHILDREN, "Trekking with children",
				"Family treks, short stages, huts that welcome children. Randonnée en famille.", Visibility.PUBLIC,
				List.of("Family Vanoise", "Lake Annecy paddle and hike weekend"), List.of(), List.of(agent)), admin);
		community.createSpace(new SpaceDraft(GEAR, "Gear talk",
				"Boots, packs, poles and what to leave at home. Le matériel, sans marketing.", Visibility.PUBLIC,
				List.of(), List.of(), List.of(agent)), admin);
		community.createSpace(new SpaceDraft(GUIDES, "Guides' corner",
				"For the guides and regular trekkers who lead Cordée groups: briefings, route conditions, feedback.",
				Visibility.MEMBERS_ONLY, List.of(), List.of(anneMarie, dara), List.of(agent, marc)), admin);

		// The bulk first, so that the threads written below (those tests and docs
		// point at) are the newest of their spaces.
		conversations.post();

		thread(ALPS, ThreadKind.QUESTION, "Alta Via 1 in late September: are the huts still open?", "Alta Via 1",
				"dara", """
						I'm looking at the **Alta Via 1** with Cordée for the last week of September. \
						Does anyone know whether the huts are still open then, and how cold the nights get?""",
				new Reply("anne-marie", """
						We did it from 20 September last year. Most huts close around the **20th–25th**; \
						Rifugio Lagazuoi stays open longer. Nights were around 0 °C at the higher huts."""),
				new Reply("agent", """
						Our September departures are planned around the huts that stay open. See the \
						[hut list](https://www.dolomiti.it/en/) and ask us for the exact dates of your group."""),
				new Reply("dara", "Thanks both, that settles it: week 38 it is."));
		thread(ALPS, ThreadKind.REVIEW, "Tour du Mont-Blanc en 9 jours : superbe, mais étapes longues",
				"Tour du Mont-Blanc", "anne-marie", """
						Fait en juillet avec Cordée. Guide au top, refuges bien choisis, portage des bagages \
						impeccable. Deux étapes de plus de 1 200 m de dénivelé : *à préparer sérieusement*.""",
				new Reply("prospect", "Merci ! Vous aviez fait une préparation particulière ?"),
				new Reply("anne-marie", """
						Trois sorties de 1 000 m en juin, et des bâtons. Le reste, c'est le rythme du groupe."""));
		thread(ALPS, ThreadKind.DISCUSSION, "Best training hikes around Annecy before a hut trek", null, "dara", """
				What do you do to get ready? I've been doing the **Semnoz** from Annecy every weekend, \
				about 1,100 m up.""",
				new Reply("anne-marie", "La Tournette par le chalet de l'Aulp, c'est l'entraînement parfait."),
				new Reply("prospect", "Is the Tournette OK for someone who has never done a hut trek?"),
				new Reply("anne-marie", "Yes, in good weather. The last part has chains but nothing technical."));
		thread(ALPS, ThreadKind.IDEA, "Proposer une version « slow » de l'Alta Via 1 en 12 jours", "Alta Via 1",
				"anne-marie", """
						Les 9 jours actuels enchaînent de grosses étapes. Une version en 12 jours avec deux \
						jours de repos intéresserait pas mal de monde, je pense.""",
				new Reply("dara", "+1, I would book that one."),
				new Reply("product", "Noted, thank you: we are looking at the hut capacity for 2027."));
		thread(ALPS, ThreadKind.QUESTION, "Do I need a via ferrata kit on the Alta Via 1?", "Alta Via 1", "prospect",
				"The description mentions a few *exposed passages*. Do I need a harness and a kit?",
				new Reply("agent", """
						Not on the standard route we follow. The variants with via ferrata are optional, \
						and the guide brings kits for those who want them."""));

		thread(CHILDREN, ThreadKind.QUESTION, "From what age can children do the Family Vanoise trek?",
				"Family Vanoise", "prospect", """
						Our kids are 7 and 10. The page says "from 8". Would a 7-year-old who already walks \
						8 km days be fine?""", new Reply("anne-marie", """
						Ma fille avait 7 ans et demi. Les étapes font 3 à 4 h de marche, avec des pauses : \
						ça s'est très bien passé."""),
				new Reply("agent", "We accept 7-year-olds who are used to walking; tell us when you book."));
		thread(CHILDREN, ThreadKind.REVIEW, "Family Vanoise: the marmots won", "Family Vanoise", "dara", """
				Five days, two kids, zero complaints about walking, which is a first. The refuge du Col de la \
				Vanoise was the highlight. One star off because the **picnics were the same every day**.""",
				new Reply("product", "Thank you Dara, we have passed the picnic remark on to the huts."));
		thread(CHILDREN, ThreadKind.DISCUSSION, "Que mettre dans le sac d'un enfant de 8 ans ?", null, "anne-marie", """
				Ma liste : gourde 0,75 l, coupe-vent, polaire, bonnet, casquette, crème solaire, \
				un doudou **léger**. Et vous ?""", new Reply("dara", "A small headlamp. Kids love the huts at night."),
				new Reply("prospect", "Merci pour la liste, je la garde !"));
		thread(CHILDREN, ThreadKind.IDEA, "A shorter 3-day family trek for first-timers", "Family Vanoise", "prospect",
				"Five days is a big first step. A 3-day version would help families try it.",
				new Reply("anne-marie", "Bonne idée, surtout pour les plus petits."));

		thread(GEAR, ThreadKind.DISCUSSION, "Boots: leather or synthetic for the TMB?", "Tour du Mont-Blanc", "dara",
				"Leather boots take ages to dry; synthetic ones wear out. What did you wear on the TMB?",
				new Reply("anne-marie", "Synthétique avec membrane, et une deuxième paire de chaussettes par jour."),
				new Reply("agent", "Whatever you choose, walk at least 50 km in them before the trek."),
				new Reply("dara", "Fair point. Synthetic it is, broken in over the spring."));
		thread(GEAR, ThreadKind.QUESTION, "Sac de 30 ou 40 litres avec portage des bagages ?", null, "prospect",
				"Avec le transfert des bagages entre refuges, un sac de 30 l suffit-il ?",
				new Reply("anne-marie", "30 l suffit largement, même avec la veste de pluie et le pique-nique."));
		thread(GEAR, ThreadKind.REVIEW, "The Cordée rain poncho: cheap and it works", null, "anne-marie",
				"Bought it for the TMB. Covers the pack, packs small. Don't expect it to breathe.");

		thread(GUIDES, ThreadKind.DISCUSSION, "Snow on the Col de la Seigne this June", "Tour du Mont-Blanc",
				"anne-marie", """
						Briefing pour les groupes de juin : névé encore présent côté italien, crampons légers \
						conseillés. Rien de grave, mais prévenez les clients.""",
				new Reply("dara", "Thanks. I'll add it to the pre-departure email for my group."),
				new Reply("agent", "Added to the June departures' kit list."));
		thread(GUIDES, ThreadKind.IDEA, "A shared checklist for hut arrivals", null, "dara",
				"Head count, dinner time, allergies, breakfast time, tomorrow's weather. One page we all use?",
				new Reply("anne-marie", "Oui, et une version en italien pour les refuges des Dolomites."));
	}

	private void thread(String space, ThreadKind kind, String title, String product, String author, String text,
			Reply... replies) {
		var thread = community.startThread(space, new ThreadDraft(kind, title, product, text), who(author));
		for (Reply reply : replies) {
			community.reply(space, thread.id(), reply.text(), null, who(reply.who()));
		}
	}

	private Participant who(String name) {
		String email = name.contains("@") ? name : name + "@agora.demo";
		return Participant.of(accounts.byEmail(email).orElseThrow()).orElseThrow();
	}
}
