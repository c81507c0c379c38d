package app.agora.community.internal;

import app.agora.community.Product;

/** The staff form for a catalogue product. */
class ProductForm {

	private String slug;
	private String name;
	private String description;
	private String spaceSlug;

	static ProductForm of(Product product) {
		var form = new ProductForm();
		form.slug = product.slug();
		form.name = product.name();
		form.description = product.description();
		form.spaceSlug = product.spaceSlug();
		return form;
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

	public String getSpaceSlug() {
		return spaceSlug;
	}

	public void setSpaceSlug(String spaceSlug) {
		this.spaceSlug = spaceSlug;
	}
}
