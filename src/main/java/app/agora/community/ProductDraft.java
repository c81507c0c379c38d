package app.agora.community;

/** What staff give to add a product to the catalogue or change it. */
public record ProductDraft(String slug, String name, String description, String spaceSlug) {
}
