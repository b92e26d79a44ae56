#include "commands.h"
#include "storeargument.h"

#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct DocumentArgumentTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::DocumentArgument)
};
} // namespace

void addDraftOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        u"draft"_s,
        DocumentArgumentTr::tr(
            "Use the stored issue with this id (see 'galley list') instead of a file."),
        u"ID"_s));
}

namespace {
std::optional<IssueDocument> loadStoredDocument(const QCommandLineParser &parser,
                                                const QString &commandName)
{
    if (!parser.positionalArguments().isEmpty()) {
        writeErrLine(
            DocumentArgumentTr::tr("galley %1: name either a file or --draft ID, not both.")
                .arg(commandName));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = parser.value(u"draft"_s).toLongLong(&ok);
    if (!ok || id <= 0) {
        writeErrLine(DocumentArgumentTr::tr(
                         "galley %1: --draft takes an issue id (a number, as 'galley list' "
                         "shows it).")
                         .arg(commandName));
        return std::nullopt;
    }
    Store store;
    if (!openStoreArgument(parser, commandName, &store))
        return std::nullopt;
    auto issue = store.issue(id);
    if (!issue) {
        writeErrLine(u"galley "_s + commandName + u": "_s + issue.error().toString());
        return std::nullopt;
    }
    auto doc = IssueDocument::fromText(issue->document,
                                       DocumentArgumentTr::tr("stored issue %1").arg(id));
    if (!doc) {
        writeErrLine(u"galley "_s + commandName + u": "_s + doc.error().toString());
        return std::nullopt;
    }
    return std::move(doc.value());
}
} // namespace

std::optional<QByteArray> loadFileArgumentBytes(const QCommandLineParser &parser,
                                                const QString &commandName)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        writeErrLine(DocumentArgumentTr::tr(
                         "galley %1: name exactly one issue file. Try 'galley %1 --help'.")
                         .arg(commandName));
        return std::nullopt;
    }
    auto bytes = readIssueFileBytes(files.first());
    if (!bytes) {
        writeErrLine(u"galley "_s + commandName + u": "_s + bytes.error().toString());
        return std::nullopt;
    }
    return std::move(bytes).value();
}

std::optional<IssueDocument> documentFromFileArgumentBytes(const QCommandLineParser &parser,
                                                           const QString &commandName,
                                                           const QByteArray &bytes)
{
    QStringList warnings;
    auto doc = issueDocumentFromFileBytes(bytes, parser.positionalArguments().value(0), &warnings);
    for (const QString &w : std::as_const(warnings))
        writeErrLine(u"galley "_s + commandName + u": "_s + DocumentArgumentTr::tr("warning: ")
                     + w);
    if (!doc) {
        writeErrLine(u"galley "_s + commandName + u": "_s + doc.error().toString());
        return std::nullopt;
    }
    return std::move(doc.value());
}

std::optional<IssueDocument> loadDocumentArgument(const QCommandLineParser &parser,
                                                  const QString &commandName, bool draftOption)
{
    if (draftOption && parser.isSet(u"draft"_s))
        return loadStoredDocument(parser, commandName);
    const auto bytes = loadFileArgumentBytes(parser, commandName);
    if (!bytes)
        return std::nullopt;
    return documentFromFileArgumentBytes(parser, commandName, *bytes);
}

} // namespace galley::cli
