package app.agora.listening.internal;

import app.agora.listening.Alias;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Other names of products and competitors, in plain SQL. */
@Repository
class AliasStore {

	private final JdbcClient jdbc;

	AliasStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Alias> all() {
		return jdbc.sql("select id, subject_kind, subject, alias from listening_alias order by alias")
				.query((rs, n) -> new Alias(rs.getLong("id"), Alias.AliasKind.valueOf(rs.getString("subject_kind")),
						rs.getString("subject"), rs.getString("alias")))
				.list();
	}

	boolean exists(Alias.AliasKind kind, String subject, String alias) {
		return jdbc.sql("""
				select count(*) from listening_alias where subject_kind = :kind and subject = :subject
				and lower(alias) = lower(:alias)""").param("kind", kind.name()).param("subject", subject)
				.param("alias", alias).query(Long.class).single() > 0;
	}

	Alias add(Alias.AliasKind kind, String subject, String alias) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into listening_alias (subject_kind, subject, alias) values (:kind, :subject, :alias)")
				.param("kind", kind.name()).param("subject", subject).param("alias", alias).update(keys, "id");
		return new Alias(keys.getKeyAs(Number.class).longValue(), kind, subject, alias);
	}

	Optional<Alias> find(long id) {
		return jdbc.sql("select id, subject_kind, subject, alias from listening_alias where id = :id").param("id", id)
				.query((rs, n) -> new Alias(rs.getLong("id"), Alias.AliasKind.valueOf(rs.getString("subject_kind")),
						rs.getString("subject"), rs.getString("alias")))
				.optional();
	}

	void remove(long id) {
		jdbc.sql("delete from listening_alias where id = :id").param("id", id).update();
	}
}
