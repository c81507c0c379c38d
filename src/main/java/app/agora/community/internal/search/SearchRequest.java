package app.agora.community.internal.search;

import app.agora.community.CommunityRefused;
import app.agora.community.ThreadKind;
import java.util.Locale;

/**
 * What someone searches for, as typed: the words (plain text, never query
 * syntax) and the filters, which are checked — a filter that names no kind, no
 * readable space or is not true/false is refused (400) rather than ignored.
 */
record SearchRequest(String text, String space, String kind, String product, String solved, int page) {

	static final int MAX_PRODUCT = 200;

	String query() {
		return SearchText.clean(text);
	}

	String spaceOrNull() {
		return space == null || space.isBlank() ? null : space.strip();
	}

	ThreadKind kindOrNull() {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ThreadKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw CommunityRefused.invalid("kind", "search.error.kind",
					"Kind must be one of DISCUSSION, QUESTION, REVIEW, IDEA.");
		}
	}

	String productOrNull() {
		if (product == null || product.isBlank()) {
			return null;
		}
		if (product.length() > MAX_PRODUCT) {
			throw CommunityRefused.invalid("product", "search.error.product",
					"The product name is longer than " + MAX_PRODUCT + " characters.");
		}
		return product.strip();
	}

	Boolean solvedOrNull() {
		if (solved == null || solved.isBlank()) {
			return null;
		}
		return switch (solved.strip().toLowerCase(Locale.ROOT)) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw CommunityRefused.invalid("solved", "search.error.solved", "Solved is true or false.");
		};
	}
}
