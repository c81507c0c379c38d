package app.agora.community;

import java.util.List;

/**
 * A product of the catalogue: its page address, name (the name sources use for
 * it, so that owners are recognised), description, its home space (where its
 * reviews and questions are posted) and every space that links it.
 */
public record Product(long id, String slug, String name, String description, String spaceSlug, List<String> spaces) {

	public String path() {
		return "/products/" + slug;
	}
}
