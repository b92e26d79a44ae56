#include "commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::DocumentArgument)
};
} // namespace

std::optional<IssueDocument> loadDocumentArgument(const QCommandLineParser &parser,
                                                  const QString &commandName)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        writeErrLine(Tr::tr("galley %1: name exactly one issue file. Try 'galley %1 --help'.")
                         .arg(commandName));
        return std::nullopt;
    }
    QStringList warnings;
    auto doc = readIssueFile(files.first(), &warnings);
    for (const QString &w : std::as_const(warnings))
        writeErrLine(u"galley "_s + commandName + u": "_s + Tr::tr("warning: ") + w);
    if (!doc) {
        writeErrLine(u"galley "_s + commandName + u": "_s + doc.error().toString());
        return std::nullopt;
    }
    return std::move(doc.value());
}

} // namespace galley::cli
