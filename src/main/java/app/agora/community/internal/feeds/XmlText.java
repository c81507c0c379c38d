package app.agora.community.internal.feeds;

import java.io.OutputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML written by the JDK's streaming writer, which escapes every text and
 * attribute; characters XML 1.0 cannot hold (control characters a post may
 * contain) are dropped first, so the document stays well-formed.
 */
final class XmlText {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
	private static final Pattern NOT_XML = Pattern
			.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private XmlText() {
	}

	static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
		return FACTORY.createXMLStreamWriter(out, "UTF-8");
	}

	static String safe(String text) {
		return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
	}

	/** An element holding only text. */
	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(safe(text));
		xml.writeEndElement();
	}
}
