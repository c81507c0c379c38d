package app.agora.community.internal.search;

import app.agora.access.AccountRole;
import app.agora.access.SignedInUser;
import app.agora.community.CommunityRefused;
import app.agora.community.Participant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as JSON: read like the rest of the community (public spaces without a
 * token), filters refused with a 400 problem naming the field, and the rebuild
 * of the index for admins.
 */
@RestController
@RequestMapping("/api/v1/community")
class SearchApi {

	private final CommunitySearch search;
	private final SearchIndexer indexer;

	SearchApi(CommunitySearch search, SearchIndexer indexer) {
		this.search = search;
		this.indexer = indexer;
	}

	@GetMapping("/search")
	SearchResults search(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String space, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String product, @RequestParam(required = false) String solved,
			@RequestParam(defaultValue = "1") int page) {
		return search.search(new SearchRequest(q, space, kind, product, solved, page), who(me));
	}

	@GetMapping("/similar")
	List<SimilarQuestion> similar(@AuthenticationPrincipal SignedInUser me,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) String space) {
		return search.similar(title, space, who(me));
	}

	record Rebuilt(int posts) {
	}

	/** Admins: read every findable post again into a fresh index. */
	@PostMapping("/search/rebuild")
	Rebuilt rebuild(@AuthenticationPrincipal SignedInUser me) {
		if (me == null || me.role() != AccountRole.ADMIN) {
			throw new CommunityRefused(HttpStatus.FORBIDDEN, null, "search.error.admin",
					"Only admins rebuild the search index.");
		}
		return new Rebuilt(indexer.rebuild());
	}

	private static Participant who(SignedInUser me) {
		return Participant.of(me).orElse(null);
	}
}
