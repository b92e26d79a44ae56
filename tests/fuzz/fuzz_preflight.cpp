// The preflight check on arbitrary documents, against an archive of the three fixture issues.
// Properties: every problem names a known rule, has a message, points at a line of the document
// (or 0 for the whole issue), and problems come sorted by line, as the Check panel expects.

#include "fuzzsupport.h"
#include "issuedocument.h"
#include "templates/archiveinference.h"
#include "templates/preflight.h"

#include <QDir>
#include <QFile>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const PreflightContext &context()
{
    static const PreflightContext ctx = [] {
        PreflightContext c;
        const QDir fixtures(QStringLiteral(GALLEY_FIXTURES));
        qint64 id = 0;
        for (const QString &name : fixtures.entryList({u"ops-weekly-*.md"_qs})) {
            QFile file(fixtures.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                fuzz::fail("cannot read a fixture");
            if (auto issue = archiveIssueFromDocument(QString::fromUtf8(file.readAll()), ++id))
                c.archive.append(*issue);
        }
        if (c.archive.size() != 3)
            fuzz::fail("the fixtures did not give three archived issues");
        return c;
    }();
    return ctx;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<IssueDocument> doc = IssueDocument::fromText(text, u"fuzz.md"_qs);
    if (!doc)
        return 0;
    const QList<Problem> problems = runPreflight(*doc, context());
    const QStringList rules = preflightRules();
    // Lines as a person counts them: LF, CRLF and a lone CR each end one.
    QString counted = text;
    counted.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const int lines = int(counted.count(u'\n')) + 1;
    int previousLine = 0;
    for (const Problem &problem : problems) {
        fuzz::require(rules.contains(problem.rule), "a problem with an unknown rule",
                      problem.rule.toUtf8());
        fuzz::require(!problem.message.isEmpty(), "a problem without a message",
                      problem.rule.toUtf8());
        fuzz::require(problem.line >= 0 && problem.line <= lines,
                      "a problem points at a line the document does not have",
                      problem.rule.toUtf8() + " line " + QByteArray::number(problem.line));
        fuzz::require(problem.line >= previousLine, "problems are not sorted by line",
                      problem.rule.toUtf8());
        previousLine = problem.line;
    }
    return 0;
}
