package app.agora.federation;

import java.util.List;

/**
 * Where linking stands: links per source by how they were made, and how many
 * proposals wait for a person.
 */
public record LinkingOverview(List<SourceLinkCounts> sources, long openReviews) {

	public LinkingOverview {
		sources = List.copyOf(sources);
	}

	/** Links of one source by method. */
	public record SourceLinkCounts(String source, long rule, long model, long staff) {

		public long total() {
			return rule + model + staff;
		}
	}
}
