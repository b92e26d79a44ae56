#include "commands.h"

#include "atomicfile.h"
#include "exporter.h"
#include "issuedocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::ExportCommand)
};

int runExport(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Render an issue file (or a stored draft) as HTML, Markdown or plain text."));
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The issue's Markdown file."));
    parser.addOption(QCommandLineOption(
        {u"t"_s, u"to"_s}, Tr::tr("Output format: %1.").arg(exportFormatNames().join(u", "_s)),
        u"FORMAT"_s, u"html"_s));
    parser.addOption(QCommandLineOption(
        {u"o"_s, u"output"_s}, Tr::tr("Write to OUT (atomically) instead of standard output."),
        u"OUT"_s));
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;

    const auto format = exportFormatFromName(parser.value(u"to"_s));
    if (!format) {
        writeErrLine(Tr::tr("galley export: unknown format '%1'; use one of: %2.")
                         .arg(parser.value(u"to"_s), exportFormatNames().join(u", "_s)));
        return UsageError;
    }

    auto doc = loadDocumentArgument(parser, u"export"_s);
    if (!doc)
        return UsageError;

    const QByteArray bytes = exportDocument(*doc, *format);
    if (parser.isSet(u"output"_s)) {
        const Status written = writeFileAtomically(parser.value(u"output"_s), bytes);
        if (!written) {
            writeErrLine(u"galley export: "_s + written.error().toString());
            return UsageError;
        }
    } else {
        writeOut(bytes);
    }
    return Success;
}
} // namespace

Command exportCommand()
{
    return {u"export"_s, Tr::tr("Render an issue as fragment, html, markdown or text."), runExport};
}

} // namespace galley::cli
