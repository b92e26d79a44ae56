#pragma once

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrlQuery>
#include <QVariant>

// A store's SQLite file read and changed directly, behind the store's back: what a test does to
// age a row, damage a table or look at what the store wrote. A postgresql:// location (the _pg
// variant of a store test) is opened with QPSQL on the store's schema instead.
namespace galley::testsupport {

// Adds the connection "galley-raw" to the store at `location`; the caller opens it. A test
// server's URL (storetest::FreshStores: postgresql://USER@/DB?host=DIR&port=N&schema=S) is read
// here without the store's parser, for tests that do not link galley_core.
inline QSqlDatabase rawDatabase(const QString &location)
{
    if (location.startsWith(QStringLiteral("postgres"))) {
        const qsizetype start = location.indexOf(QStringLiteral("://")) + 3;
        const qsizetype at = location.indexOf(u'@', start);
        const qsizetype slash = location.indexOf(u'/', at);
        const qsizetype question = location.indexOf(u'?', slash);
        const QUrlQuery query(location.mid(question + 1));
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("galley-raw"));
        db.setUserName(location.mid(start, at - start));
        db.setDatabaseName(location.mid(slash + 1, question - slash - 1));
        db.setHostName(query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
        db.setPort(query.queryItemValue(QStringLiteral("port")).toInt());
        db.setConnectOptions(QStringLiteral("options=-csearch_path=")
                             + query.queryItemValue(QStringLiteral("schema")));
        return db;
    }
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("galley-raw"));
    db.setDatabaseName(location);
    return db;
}

// Runs each statement in order; false (with the failing one logged) at the first that fails.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = rawDatabase(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("galley-raw"));
    return ok;
}

// The first column of the first row `sql` answers; invalid when there is none.
inline QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = rawDatabase(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("galley-raw"));
    return value;
}

// rawValue as a number; -1 when there is none.
inline int rawInt(const QString &path, const QString &sql)
{
    const QVariant v = rawValue(path, sql);
    return v.isValid() ? v.toInt() : -1;
}

} // namespace galley::testsupport
