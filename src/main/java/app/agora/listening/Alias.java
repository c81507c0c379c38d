package app.agora.listening;

/**
 * Another name customers use for a product or a competitor.
 *
 * @param subject
 *            the product's catalogue name, or the competitor's party id
 */
public record Alias(long id, AliasKind kind, String subject, String alias) {

	/** What an alias names. */
	public enum AliasKind {
		PRODUCT, COMPETITOR
	}
}
