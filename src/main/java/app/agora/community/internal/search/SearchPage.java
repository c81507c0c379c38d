package app.agora.community.internal.search;

import app.agora.access.SignedInUser;
import app.agora.community.Community;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import app.agora.community.ThreadKind;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a form with the words and the filters, and a page of results
 * with their highlighted excerpts. A filter it cannot use is shown beside its
 * field (400).
 */
@Controller
class SearchPage {

	private final CommunitySearch search;
	private final Community community;

	SearchPage(CommunitySearch search, Community community) {
		this.search = search;
		this.community = community;
	}

	@GetMapping("/community/search")
	String search(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String space, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String product, @RequestParam(required = false) String solved,
			@RequestParam(defaultValue = "1") String page, Model model, HttpServletResponse response) {
		Participant who = Participant.of(me).orElse(null);
		var request = new SearchRequest(q, space, kind, product, solved, pageNumber(page));
		model.addAttribute("request", request);
		model.addAttribute("spaces", community.spaces(who));
		model.addAttribute("kinds", ThreadKind.values());
		try {
			model.addAttribute("results", search.search(request, who));
		} catch (CommunityRefused refused) {
			response.setStatus(refused.getStatusCode().value());
			model.addAttribute("errorField", refused.field());
			model.addAttribute("errorKey", refused.messageKey());
		}
		return "community/search";
	}

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		} catch (NumberFormatException e) {
			return 1;
		}
	}
}
