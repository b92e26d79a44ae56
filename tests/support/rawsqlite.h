#pragma once

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// A store's SQLite file read and changed directly, behind the store's back: what a test does to
// age a row, damage a table or look at what the store wrote.
namespace galley::testsupport {

// Runs each statement in order; false (with the failing one logged) at the first that fails.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("galley-raw"));
        db.setDatabaseName(path);
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
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("galley-raw"));
        db.setDatabaseName(path);
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
