// The search query builder: whatever a person types becomes an FTS5 MATCH expression. Property:
// SQLite accepts every expression it builds, against a table made as the store makes its index
// (never "fts5: syntax error"), and the searchable text of any body is built without trouble.
// The words PostgreSQL's index keeps and matches, searchWords(), are plain words in the same run:
// letters and digits alone, folded, one space between (pgsearch.h).

#include "fuzzsupport.h"
#include "store/ftsquery.h"

#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

sqlite3_stmt *matchStatement()
{
    static sqlite3_stmt *statement = [] {
        sqlite3 *db = nullptr;
        if (sqlite3_open(":memory:", &db) != SQLITE_OK)
            fuzz::fail("cannot open an in-memory database");
        // The store's index, as storeschema.cpp creates it, with one row to match against.
        const char *setup
            = "CREATE VIRTUAL TABLE issues_fts USING fts5 (title, body,"
              " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
              "INSERT INTO issues_fts (issues_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');"
              "INSERT INTO issues_fts (title, body) VALUES ('Ops Weekly #101',"
              " 'Kubernetes, Postgres and the café on the corner: NEAR AND OR NOT');";
        char *message = nullptr;
        if (sqlite3_exec(db, setup, nullptr, nullptr, &message) != SQLITE_OK)
            fuzz::fail("cannot create the index", message);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(
                db, "SELECT rowid FROM issues_fts WHERE issues_fts MATCH ?1 ORDER BY rank", -1,
                &stmt, nullptr)
            != SQLITE_OK)
            fuzz::fail("cannot prepare the search", sqlite3_errmsg(db));
        return stmt;
    }();
    return statement;
}

bool isWordText(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.isLetterOrNumber() && !c.isSurrogate();
    });
}

// searchWords(): words of letters and digits, each once folded already, one space between.
bool wellFormedWords(const QString &words)
{
    if (words.isEmpty())
        return true;
    const QStringList parts = words.split(u' ');
    return std::all_of(parts.cbegin(), parts.cend(),
                       [](const QString &w) { return isWordText(w) && searchWords(w) == w; });
}

void checkSearchWords(const QString &typed, const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::require(wellFormedWords(searchWords(typed)), "searchWords() is not plain words",
                  "typed: " + input + "\nwords: " + searchWords(typed).toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)searchableText(typed);
    checkSearchWords(typed, data, size);
    const QString query = toFtsQuery(typed);
    if (query.isEmpty())
        return 0;
    sqlite3_stmt *stmt = matchStatement();
    const QByteArray utf8 = query.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) { }
    const QByteArray error = sqlite3_errmsg(sqlite3_db_handle(stmt));
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    fuzz::require(rc == SQLITE_DONE, "SQLite refused a built query",
                  "typed: " + QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))
                      + "\nquery: " + utf8 + "\nerror: " + error);
    return 0;
}
