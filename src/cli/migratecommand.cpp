#include "commands.h"
#include "progressline.h"
#include "storeargument.h"

#include "store/store.h"
#include "store/storecopier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct MigrateCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::MigrateCommand)
};

int runMigrate(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MigrateCommandTr::tr(
        "Copy a whole store into a new one, between a SQLite file and a PostgreSQL schema (in "
        "either direction, or file to file): every issue with its revisions, links, settings, "
        "the inbox, link checks, test emails and spelling words, with their ids. The search "
        "index is rebuilt. The copy is checked before it is kept: each table's row count and "
        "checksum must match the original's. The original is only read, never changed; the "
        "target must be new (missing, empty, or a store without any rows)."));
    parser.addOption(QCommandLineOption(
        u"from"_s,
        MigrateCommandTr::tr("The store to copy: a file, or postgresql://[user@]host[:port]/db "
                             "(default: the store --db or GALLEY_DB names, else the default "
                             "store)."),
        u"PATH|URL"_s));
    parser.addOption(QCommandLineOption(
        u"to"_s, MigrateCommandTr::tr("The new store to write: a file, or a postgresql:// URL."),
        u"PATH|URL"_s));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    QString from = parser.value(u"from"_s);
    if (from.isEmpty())
        from = databasePathOption(parser);
    if (from.isEmpty())
        from = Store::defaultPath();
    const QString to = parser.value(u"to"_s);
    if (to.isEmpty() || !parser.positionalArguments().isEmpty()) {
        writeErrLine(MigrateCommandTr::tr("galley migrate: name the new store with --to (and the "
                                          "store to copy with --from). Try 'galley migrate "
                                          "--help'."));
        return UsageError;
    }

    QString table;
    ProgressLine progress([&table](int done, int total) {
        return MigrateCommandTr::tr("Copying %1: %2 of %3 rows")
            .arg(table, QLocale().toString(done), QLocale().toString(total));
    });
    auto copied
        = StoreCopier::migrate(from, to, [&](const QString &name, qint64 done, qint64 total) {
              if (name != table && !table.isEmpty())
                  progress.finish(); // each table on its own line
              table = name;
              progress.update(int(qMin<qint64>(done, INT_MAX)), int(qMin<qint64>(total, INT_MAX)));
          });
    progress.finish();
    if (!copied) {
        writeErrLine(u"galley migrate: "_s + copied.error().toString());
        return UsageError;
    }

    qint64 rows = 0;
    for (const TableSummary &t : std::as_const(copied->tables))
        rows += t.rows;
    if (parser.isSet(u"json"_s)) {
        QJsonArray tables;
        for (const TableSummary &t : std::as_const(copied->tables))
            tables.append(QJsonObject {{u"table"_s, t.table},
                                       {u"rows"_s, t.rows},
                                       {u"sha256"_s, QString::fromLatin1(t.sha256)}});
        writeJson(QJsonDocument(QJsonObject {{u"from"_s, from},
                                             {u"to"_s, to},
                                             {u"tables"_s, tables},
                                             {u"rows"_s, rows},
                                             {u"indexed"_s, copied->indexed},
                                             {u"verified"_s, true}}));
        return Success;
    }
    for (const TableSummary &t : std::as_const(copied->tables))
        writeOutLine(t.table + u'\t' + QString::number(t.rows) + u'\t'
                     + QString::fromLatin1(t.sha256));
    writeOutLine(MigrateCommandTr::tr("Copied %1 rows in %2 tables; every table's row count and "
                                      "checksum match the original. Search index rebuilt for %3 "
                                      "issues.")
                     .arg(rows)
                     .arg(copied->tables.size())
                     .arg(copied->indexed));
    return Success;
}
} // namespace

Command migrateCommand()
{
    return {u"migrate"_s,
            MigrateCommandTr::tr("Copy the whole store into a new one (SQLite or PostgreSQL), "
                                 "checked."),
            runMigrate};
}

} // namespace galley::cli
