package app.agora.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The support desk's nightly CSV exports: contacts typed in by agents (a
 * nickname, a typo in an email, phones in every format) and their tickets.
 */
final class DemoSupportDesk {

	private static final String CONTACTS = """
			contact_id,name,email,phone,language,preferred_channel,newsletter,updated_at
			S-501,Annie Leclerc,anne-marie@agora.demo,06.12.34.56.78,fr,phone,no,2025-09-12
			S-502,Dara Okafor,dara@agora.dmeo,0698765432,en,email,yes,2025-04-03
			S-503,Priya N.,priya.natarajan@gmail.example,+44 7700 900123,en,chat,yes,2026-09-21
			S-504,Chloe Martin,chloe.martin@example.fr,07 81 22 33 44,fr,email,no,2024-11-02
			S-505,Keiko Sato,keiko.sato@example.jp,+81 90-1234-5678,ja,email,no,2025-02-01
			""";

	private static final String TICKETS = """
			ticket_id,contact_id,email,phone,opened_at,channel,subject,status
			T-9001,S-501,anne-marie@agora.demo,06.12.34.56.78,2025-06-03T09:12:00Z,phone,Can the children's sleeping bags be rented?,solved
			T-9002,S-501,anne-marie@agora.demo,06.12.34.56.78,2025-09-12T17:40:00Z,email,Invoice sent to the family address instead of mine,open
			T-9010,S-502,dara@agora.dmeo,0698765432,2025-04-03T08:05:00Z,email,Split the offsite invoice per department,solved
			T-9020,S-503,priya.natarajan@gmail.example,+44 7700 900123,2026-09-21T11:00:00Z,chat,Vegetarian menu on the Annapurna circuit?,pending
			T-9030,S-504,chloe.martin@example.fr,07 81 22 33 44,2024-11-02T14:30:00Z,phone,Lost a jacket on the paddle weekend,solved
			""";

	private DemoSupportDesk() {
	}

	static Path export(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("contacts.csv"), CONTACTS, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("tickets.csv"), TICKETS, StandardCharsets.UTF_8);
		return folder;
	}
}
