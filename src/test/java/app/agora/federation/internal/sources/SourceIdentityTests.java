package app.agora.federation.internal.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.agora.federation.FieldType;
import app.agora.federation.spi.IdentityMapping;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The identity section of a source: which facet describes the person, under
 * what linkage fields.
 */
class SourceIdentityTests {

	private final SourceFileReader reader = new SourceFileReader(Map.of("csv", FakeConnectorFactory.csv()));

	@Test
	void knownLinkageFieldsTakeTheirTypeAndOthersNameOne() {
		var source = reader.read("sources.yaml", new StringReader(file("""
				    identity:
				      facet: contact-points
				      fields:
				        name: full
				        email: mail
				        birth-date: born
				        loyalty-no: {field: card, type: identifier}
				"""))).getFirst();
		assertThat(source.identity().facet()).isEqualTo("contact-points");
		assertThat(source.identity().fields()).containsExactly(
				new IdentityMapping.Field("name", FieldType.NAME, "full"),
				new IdentityMapping.Field("email", FieldType.EMAIL, "mail"),
				new IdentityMapping.Field("birth-date", FieldType.DATE, "born"),
				new IdentityMapping.Field("loyalty-no", FieldType.IDENTIFIER, "card"));
	}

	@Test
	void aSourceWithoutIdentityTakesNoPartInLinking() {
		assertThat(reader.read("sources.yaml", new StringReader(file(""))).getFirst().identity()).isNull();
	}

	@Test
	void anUnknownFacetIsNamedWithTheFacetsTheSourceHas() {
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader(file("""
				    identity:
				      facet: profile
				      fields: {name: full}
				""")))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.line()).isEqualTo(15);
			assertThat(e.field()).isEqualTo("sources[0].identity.facet");
			assertThat(e.getMessage()).contains("unknown facet 'profile'", "contact-points");
		});
	}

	@Test
	void anUnknownFieldTypeIsRefused() {
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader(file("""
				    identity:
				      facet: contact-points
				      fields:
				        loyalty-no: {field: card, type: number}
				""")))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.line()).isEqualTo(17);
			assertThat(e.field()).isEqualTo("sources[0].identity.fields.loyalty-no.type");
			assertThat(e.getMessage()).contains("unknown field type 'number'", "identifier");
		});
	}

	@Test
	void anUnknownLinkageFieldWithoutTypeIsRefused() {
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader(file("""
				    identity:
				      facet: contact-points
				      fields:
				        shoe-size: full
				""")))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.field()).isEqualTo("sources[0].identity.fields.shoe-size");
			assertThat(e.getMessage()).contains("unknown linkage field 'shoe-size'", "birth-date");
		});
	}

	@Test
	void aFacetFieldTheFacetDoesNotMapIsRefused() {
		assertThatThrownBy(() -> reader.read("sources.yaml", new StringReader(file("""
				    identity:
				      facet: contact-points
				      fields:
				        phone: mobile
				""")))).isInstanceOfSatisfying(SourceConfigException.class, e -> {
			assertThat(e.line()).isEqualTo(17);
			assertThat(e.field()).isEqualTo("sources[0].identity.fields.phone");
			assertThat(e.getMessage()).contains("has no field 'mobile'", "(it has: born, card, full, mail)");
		});
	}

	private static String file(String identity) {
		return """
				sources:
				  - id: desk
				    connector: csv
				    settings: {folder: /tmp}
				    facets:
				      contact-points:
				        file: contacts.csv
				        key: id
				        fields:
				          full: full_name
				          mail: email
				          born: dob
				          card: card_no
				""" + identity;
	}
}
