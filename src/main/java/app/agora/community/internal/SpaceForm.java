package app.agora.community.internal;

import app.agora.community.Space;
import app.agora.community.Visibility;
import java.util.Arrays;
import java.util.List;

/**
 * The staff form for a space: products one per line, members and moderators as
 * account emails one per line.
 */
class SpaceForm {

	private String slug;
	private String name;
	private String description;
	private Visibility visibility = Visibility.PUBLIC;
	private String products = "";
	private String members = "";
	private String moderators = "";

	static SpaceForm of(Space space, List<String> memberEmails, List<String> moderatorEmails) {
		var form = new SpaceForm();
		form.slug = space.slug();
		form.name = space.name();
		form.description = space.description();
		form.visibility = space.visibility();
		form.products = String.join("\n", space.products());
		form.members = String.join("\n", memberEmails);
		form.moderators = String.join("\n", moderatorEmails);
		return form;
	}

	static List<String> lines(String text) {
		return text == null
				? List.of()
				: Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public String getProducts() {
		return products;
	}

	public void setProducts(String products) {
		this.products = products;
	}

	public String getMembers() {
		return members;
	}

	public void setMembers(String members) {
		this.members = members;
	}

	public String getModerators() {
		return moderators;
	}

	public void setModerators(String moderators) {
		this.moderators = moderators;
	}
}
