#include "commands.h"
#include "storeargument.h"

#include "atomicfile.h"
#include "emailprofile.h"
#include "exporter.h"
#include "issuedocument.h"
#include "store/store.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct ExportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::ExportCommand)
};

// Like writeOut, but says whether every byte arrived (a full disk, a closed pipe).
bool writeStandardOutput(const QByteArray &bytes)
{
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return std::fflush(stdout) == 0 && written == size_t(bytes.size());
}

// To --output (atomically) or standard output.
int writeExport(const QCommandLineParser &parser, const QByteArray &bytes)
{
    if (parser.isSet(u"output"_s)) {
        const Status written = writeFileAtomically(parser.value(u"output"_s), bytes);
        if (!written) {
            writeErrLine(u"galley export: "_s + written.error().toString());
            return UsageError;
        }
    } else if (!writeStandardOutput(bytes)) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        writeErrLine(
            ExportCommandTr::tr("galley export: cannot write to standard output: %1.").arg(reason));
        return UsageError;
    }
    return Success;
}

int runExport(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommandTr::tr(
        "Render an issue file (or a stored draft) as the email (HTML, plain text or .eml), "
        "Markdown or the HTML fragment."));
    parser.addPositionalArgument(u"FILE"_s, ExportCommandTr::tr("The issue's Markdown file."));
    parser.addOption(QCommandLineOption(
        {u"t"_s, u"to"_s},
        ExportCommandTr::tr("Output format: %1.").arg(exportFormatNames().join(u", "_s)),
        u"FORMAT"_s, u"html"_s));
    parser.addOption(QCommandLineOption(
        {u"o"_s, u"output"_s},
        ExportCommandTr::tr("Write to OUT (atomically) instead of standard output."), u"OUT"_s));
    parser.addOption(QCommandLineOption(
        u"preset"_s,
        ExportCommandTr::tr(
            "The mailing service whose unsubscribe and view-online merge tags the email "
            "carries: %1 (default: the store's setting for --draft, else mailchimp).")
            .arg(EmailSettings::mergeTagPresetNames().join(u", "_s)),
        u"NAME"_s));
    addDraftOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;

    const auto format = exportFormatFromName(parser.value(u"to"_s));
    if (!format) {
        writeErrLine(ExportCommandTr::tr("galley export: unknown format '%1'; use one of: %2.")
                         .arg(parser.value(u"to"_s), exportFormatNames().join(u", "_s)));
        return UsageError;
    }

    std::optional<MergeTags> presetTags;
    if (parser.isSet(u"preset"_s)) {
        presetTags = EmailSettings::mergeTagPreset(parser.value(u"preset"_s));
        if (!presetTags) {
            writeErrLine(ExportCommandTr::tr("galley export: unknown preset '%1'; use one of: %2.")
                             .arg(parser.value(u"preset"_s),
                                  EmailSettings::mergeTagPresetNames().join(u", "_s)));
            return UsageError;
        }
    }

    QByteArray bytes;
    std::optional<IssueDocument> doc;
    if (*format == ExportFormat::Fragment && !parser.isSet(u"draft"_s)) {
        // Nearly every file's bytes are its body exactly: they go to the renderer as they are,
        // and this process renders once, so the tree is left to the exit (see TreeMemory).
        const auto file = loadFileArgumentBytes(parser, u"export"_s);
        if (!file)
            return UsageError;
        if (auto fragment = exportFragmentFromFileBytes(*file, {}, TreeMemory::AtExit))
            return writeExport(parser, *fragment);
        doc = documentFromFileArgumentBytes(parser, u"export"_s, *file);
    } else {
        doc = loadDocumentArgument(parser, u"export"_s, true);
    }
    if (!doc)
        return UsageError;

    // A stored draft is exported with the store's newsletter settings, exactly as the editor's
    // preview and Export dialog do; a file on its own uses the defaults.
    EmailSettings settings;
    if (parser.isSet(u"draft"_s)) {
        Store store;
        if (!openStoreArgument(parser, u"export"_s, &store))
            return UsageError;
        auto stored = loadEmailSettings(store);
        if (!stored) {
            writeErrLine(u"galley export: "_s + stored.error().toString());
            return UsageError;
        }
        settings = std::move(stored).value();
    }
    if (presetTags)
        settings.mergeTags = *presetTags;

    if (*format == ExportFormat::Eml) {
        Result<QByteArray> eml = exportEml(*doc, settings);
        if (!eml) {
            writeErrLine(u"galley export: "_s + eml.error().toString());
            return UsageError;
        }
        bytes = std::move(eml).value();
        if (const QString notice = settings.senderNotice(); !notice.isEmpty())
            writeErrLine(u"galley export: "_s + ExportCommandTr::tr("warning: ") + notice);
    } else {
        bytes = exportDocument(*doc, *format, {}, settings);
    }
    return writeExport(parser, bytes);
}
} // namespace

Command exportCommand()
{
    return {u"export"_s,
            ExportCommandTr::tr("Render an issue as fragment, html, markdown, text or eml."),
            runExport};
}

} // namespace galley::cli
