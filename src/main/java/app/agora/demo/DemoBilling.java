package app.agora.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Cordée's billing system: its own H2 database with its own schema, nothing
 * like Agora's. Customers are keyed by customer number, phones are stored in
 * E.164, and a couple share a family email (their birth dates tell them apart).
 */
final class DemoBilling {

	private static final String[] SCHEMA = {"drop all objects", """
			create table customer (customer_no varchar(20) primary key, full_name varchar(200), email varchar(200),
			  phone_e164 varchar(20), street varchar(200), postcode varchar(20), city varchar(100),
			  country varchar(2), updated_at timestamp with time zone, birth_date date)""", """
			create table invoice (invoice_no varchar(20) primary key, customer_no varchar(20), issued_on date,
			  description varchar(200), amount decimal(10, 2), currency varchar(3), status varchar(20))""", """
			create table contract (contract_no varchar(20) primary key, customer_no varchar(20), kind varchar(20),
			  product varchar(200), starts_on date, ends_on date)"""};

	private static final String[] DATA = {"""
			insert into customer values
			('C-10017', 'Anne Marie LECLERC', 'leclerc.famille@free.example', '+33612345678', '8 montée du Gourguillon',
			 '69005', 'Lyon', 'FR', timestamp with time zone '2023-05-02 10:00:00+02', date '1984-03-12'),
			('C-10018', 'Pierre Leclerc', 'leclerc.famille@free.example', '+33611223344', '8 montée du Gourguillon',
			 '69005', 'Lyon', 'FR', timestamp with time zone '2023-05-02 10:05:00+02', date '1981-11-02'),
			('C-10042', 'OKAFOR Dara (Northwind)', 'dara@agora.demo', '+33698765432', '12 rue de la Paix', '75002',
			 'Paris', 'FR', timestamp with time zone '2024-03-14 09:30:00+01', date '1990-07-21'),
			('C-10055', 'Chloe Martin', 'chloe.martin@example.fr', null, '3 chemin des Puisots', '74940',
			 'Annecy-le-Vieux', 'FR', timestamp with time zone '2022-04-11 15:00:00+02', date '1995-02-14'),
			('C-09001', 'J. Mueller', 'j.muller@example.de', '+4915123456789', 'Leopoldstr. 40', '80802', 'München',
			 'DE', timestamp with time zone '2021-07-09 12:00:00+02', date '1979-05-30'),
			('C-10071', 'SATO Keiko', 'keiko.sato@example.jp', '+819012345678', '1-2-3 Namba', '542-0076', 'Osaka',
			 'JP', timestamp with time zone '2025-01-20 08:00:00+09', date '1988-12-03')""",
			"""
					insert into invoice values
					('F-2023-0412', 'C-10017', date '2023-05-02', 'Tour du Mont Blanc, family of four, 7 days', 4380.00, 'EUR', 'paid'),
					('F-2024-0150', 'C-10017', date '2024-02-10', 'Cordée Club membership 2024', 60.00, 'EUR', 'paid'),
					('F-2025-0133', 'C-10017', date '2025-02-08', 'Cordée Club membership 2025', 60.00, 'EUR', 'paid'),
					('F-2024-0377', 'C-10018', date '2024-06-01', 'Via ferrata day, 1 adult', 145.00, 'EUR', 'paid'),
					('F-2024-0201', 'C-10042', date '2024-03-20', 'Northwind offsite Chamonix, 12 people', 9840.00, 'EUR', 'paid'),
					('F-2025-0290', 'C-10042', date '2025-04-02', 'Northwind offsite Dolomites, deposit', 3000.00, 'EUR', 'open'),
					('F-2022-0188', 'C-10055', date '2022-04-11', 'Lake Annecy paddle and hike weekend', 390.00, 'EUR', 'paid'),
					('F-2021-0702', 'C-09001', date '2021-07-09', 'Haute Route Chamonix–Zermatt', 2150.00, 'EUR', 'refunded'),
					('F-2025-0044', 'C-10071', date '2025-01-20', 'Kumano Kodo guided walk', 1890.00, 'EUR', 'paid')""",
			"""
					insert into contract values
					('K-301', 'C-10017', 'membership', 'Cordée Club: 10% off every trip, priority booking', date '2024-02-10', date '2026-02-09'),
					('K-302', 'C-10017', 'product', 'Annual multi-trip travel insurance', date '2025-03-01', date '2026-02-28'),
					('K-311', 'C-10042', 'product', 'Corporate account, invoice per trip', date '2024-03-14', null),
					('K-320', 'C-10071', 'product', 'Annual multi-trip travel insurance', date '2025-01-20', date '2026-01-19'),
					('K-290', 'C-09001', 'membership', 'Cordée Club: 10% off every trip', date '2020-07-01', date '2021-06-30')"""};

	private DemoBilling() {
	}

	/** Creates and fills the database; returns its JDBC URL. */
	static String create(Path folder) throws IOException {
		Files.createDirectories(folder);
		String url = "jdbc:h2:file:" + folder.resolve("billing") + ";DB_CLOSE_DELAY=-1";
		try (var connection = DriverManager.getConnection(url, "billing", "");
				var statement = connection.createStatement()) {
			for (String sql : SCHEMA) {
				statement.execute(sql);
			}
			for (String sql : DATA) {
				statement.execute(sql);
			}
		} catch (SQLException e) {
			throw new IOException("Could not build the demo billing database", e);
		}
		return url;
	}
}
