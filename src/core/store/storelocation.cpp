#include "storelocation.h"

#include "editorname.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct StoreLocationTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Store)
};

Error badUrl(const QString &value, const QString &why)
{
    return Error {value, 0, why, Error::Failed};
}

// A name for search_path, CREATE SCHEMA and SET ROLE: letters, digits and _, nothing that quoting
// would have to escape (PgEngine quotes it, since such a name may still be a word of SQL).
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
    return plain.match(name).hasMatch();
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}
} // namespace

Result<StoreLocation> StoreLocation::parse(const QString &value)
{
    StoreLocation where;
    where.text = value;
    if (value.isEmpty())
        return badUrl(value, StoreLocationTr::tr("No store path was given."));
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    const auto m = scheme.match(value);
    // A one-letter "scheme" is a Windows drive ("C://..."): a path.
    if (!m.hasMatch() || m.captured(1).size() == 1)
        return where;
    const QString name = m.captured(1).toLower();
    if (name != u"postgresql"_s && name != u"postgres"_s)
        // "postgresql://host/db" or any other address is no file name: taken for one, it would
        // silently create a folder named after its scheme in the working directory.
        return badUrl(value,
                      StoreLocationTr::tr("“%1:” is not a kind of store Galley knows: give the "
                                          "path of a store file (such as ~/galley.sqlite) or a "
                                          "postgresql://[user@]host[:port]/database address.")
                          .arg(m.captured(1)));
    where.kind = Kind::Postgres;
    static const QRegularExpression url(
        uR"(^[^:]+://(?:([^@/?]*)@)?(\[[^\]]*\]|[^/?:]*)(?::([0-9]*))?(?:/([^?]*))?(?:\?(.*))?$)"_s);
    const auto u = url.match(value);
    if (!u.hasMatch())
        return badUrl(value,
                      StoreLocationTr::tr("This PostgreSQL address cannot be read; write "
                                          "it as postgresql://[user@]host[:port]/database."));
    const QString userInfo = u.captured(1);
    if (userInfo.contains(u':'))
        // Not the address itself in the error: it would print the password.
        return badUrl(
            {},
            StoreLocationTr::tr(
                "The PostgreSQL address contains a password. Galley never keeps "
                "passwords in settings or addresses: remove it from the address "
                "and put it in Preferences ▸ Store (the keyring), ~/.pgpass or the PGPASSWORD "
                "environment variable."));
    where.user = decoded(userInfo);
    where.host = decoded(u.captured(2));
    if (where.host.startsWith(u'['))
        where.host = where.host.mid(1, where.host.size() - 2);
    bool ok = true;
    if (!u.captured(3).isEmpty())
        where.port = u.captured(3).toInt(&ok);
    if (!ok || where.port < 0 || where.port > 65535)
        return badUrl(value,
                      StoreLocationTr::tr("The port in the PostgreSQL address is not a "
                                          "number from 1 to 65535."));
    where.database = decoded(u.captured(4));
    const QUrlQuery query(u.captured(5));
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString v = rawValue;
        if (key == u"host"_s) {
            where.host = v;
        } else if (key == u"port"_s) {
            where.port = v.toInt(&ok);
            if (!ok || where.port <= 0 || where.port > 65535)
                return badUrl(value,
                              StoreLocationTr::tr("The port in the PostgreSQL address is "
                                                  "not a number from 1 to 65535."));
        } else if (key == u"user"_s) {
            where.user = v;
        } else if (key == u"dbname"_s) {
            where.database = v;
        } else if (key == u"sslmode"_s) {
            static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(v))
                return badUrl(value,
                              StoreLocationTr::tr("sslmode=%1 is not one of libpq's modes (%2).")
                                  .arg(v, modes.join(u", "_s)));
            where.sslmode = v;
        } else if (key == u"schema"_s) {
            // Written into the session's search_path: only plain names, folded to lower case
            // as PostgreSQL folds an unquoted one (PgEngine quotes it where SQL needs it).
            if (!isPlainName(v))
                return badUrl(value,
                              StoreLocationTr::tr("schema=%1 is not a plain schema name "
                                                  "(letters, digits and _).")
                                  .arg(v));
            where.schema = v.toLower();
        } else if (key == u"role"_s) {
            // Plain and in lower case, as the schema.
            if (!isPlainName(v))
                return badUrl(value,
                              StoreLocationTr::tr("role=%1 is not a plain role name "
                                                  "(letters, digits and _).")
                                  .arg(v));
            where.role = v.toLower();
        } else if (key == u"password"_s) {
            return badUrl(
                {},
                StoreLocationTr::tr(
                    "The PostgreSQL address contains a password. Galley never keeps "
                    "passwords in settings or addresses: remove it from the address "
                    "and put it in Preferences ▸ Store (the keyring), ~/.pgpass or the PGPASSWORD "
                    "environment variable."));
        } else {
            return badUrl(value,
                          StoreLocationTr::tr("“%1” is not a setting Galley knows in a "
                                              "PostgreSQL address (host, port, sslmode, "
                                              "schema, role).")
                              .arg(key));
        }
    }
    return where;
}

QString StoreLocation::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    const QString env = qEnvironmentVariable("PGUSER");
    return env.isEmpty() ? systemUserName() : env;
}

QString StoreLocation::effectiveHost() const
{
    if (!host.isEmpty())
        return host;
    const QString env = qEnvironmentVariable("PGHOST");
    // libpq's default on Debian: the server's socket in this folder.
    return env.isEmpty() ? u"/var/run/postgresql"_s : env;
}

int StoreLocation::effectivePort() const
{
    if (port > 0)
        return port;
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("PGPORT", &ok);
    return ok && env > 0 ? env : 5432;
}

QString StoreLocation::effectiveDatabase() const
{
    if (!database.isEmpty())
        return database;
    const QString env = qEnvironmentVariable("PGDATABASE");
    return env.isEmpty() ? effectiveUser() : env;
}

QString StoreLocation::serverAccount() const
{
    return effectiveUser() + u'@' + effectiveHost() + u':' + QString::number(effectivePort()) + u'/'
        + effectiveDatabase();
}

QString StoreLocation::identity() const
{
    if (!isPostgres())
        return text;
    QString id = u"postgresql://"_s + serverAccount();
    if (!schema.isEmpty())
        id += u"?schema="_s + schema;
    return id;
}

QString StoreLocation::connectOptions() const
{
    QStringList options = {u"application_name=galley"_s, u"connect_timeout=10"_s};
    if (!sslmode.isEmpty())
        options << u"sslmode="_s + sslmode;
    if (!schema.isEmpty())
        options << u"options=-csearch_path="_s + schema;
    return options.join(u';');
}

} // namespace galley
