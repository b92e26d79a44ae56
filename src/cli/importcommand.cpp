#include "commands.h"
#include "progressline.h"
#include "storeargument.h"

#include "store/archiveimporter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct ImportCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::ImportCommand)
};

int runImport(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommandTr::tr(
        "Import back issues from files and folders (recursively: *.md, *.markdown, *.txt) "
        "as archived issues. In a folder, only files whose front matter has a date or an "
        "issue number are issues; the others (a README) are skipped, each named with the "
        "reason. Running it again imports nothing twice: unchanged issues are skipped, "
        "changed archived ones updated with a revision. A draft or scheduled issue is "
        "never replaced: a file with its number becomes a new draft beside it."));
    parser.addPositionalArgument(u"PATH"_s, ImportCommandTr::tr("Issue files or folders of them."),
                                 u"PATH..."_s);
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        writeErrLine(
            ImportCommandTr::tr("galley import: name the files or folders to import. Try 'galley "
                                "import --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"import"_s, &store))
        return UsageError;

    ArchiveImporter importer(store);
    ProgressLine progress([](int done, int total) {
        return ImportCommandTr::tr("Importing: %1 of %2 files").arg(done).arg(total);
    });
    importer.setProgressCallback(
        [&progress](int done, int total) { progress.update(done, total); });
    const ImportReport report = importer.run(paths);
    progress.finish();

    for (const QString &w : report.warnings)
        writeErrLine(u"galley import: "_s + ImportCommandTr::tr("warning: ") + w);
    for (const ImportReport::Conflict &c : report.conflicts)
        writeErrLine(u"galley import: "_s
                     + ImportCommandTr::tr(
                           "%1: its issue number belongs to a draft or scheduled issue (id %2), "
                           "which was left as it was; the file was imported as a new draft "
                           "(id %3) beside it.")
                           .arg(c.file)
                           .arg(c.existingId)
                           .arg(c.draftId));
    for (const ImportReport::Skipped &s : report.skipped)
        writeErrLine(u"galley import: "_s
                     + ImportCommandTr::tr("%1: skipped: %2").arg(s.file, s.reason));
    for (const Error &e : report.errors)
        writeErrLine(u"galley import: "_s + e.toString());

    if (parser.isSet(u"json"_s)) {
        QJsonArray errors;
        for (const Error &e : report.errors)
            errors.append(QJsonObject {{u"file"_s, e.file}, {u"message"_s, e.message}});
        QJsonArray skipped;
        for (const ImportReport::Skipped &s : report.skipped)
            skipped.append(QJsonObject {{u"file"_s, s.file}, {u"reason"_s, s.reason}});
        QJsonArray conflicts;
        for (const ImportReport::Conflict &c : report.conflicts)
            conflicts.append(QJsonObject {
                {u"file"_s, c.file}, {u"draft"_s, c.draftId}, {u"existing"_s, c.existingId}});
        writeJson(QJsonDocument(QJsonObject {{u"added"_s, report.added},
                                             {u"updated"_s, report.updated},
                                             {u"unchanged"_s, report.unchanged},
                                             {u"asDrafts"_s, report.asDrafts},
                                             {u"conflicts"_s, conflicts},
                                             {u"skipped"_s, int(report.skipped.size())},
                                             {u"skippedFiles"_s, skipped},
                                             {u"failed"_s, int(report.errors.size())},
                                             {u"errors"_s, errors}}));
    } else {
        writeOutLine(
            ImportCommandTr::tr(
                "Imported %1 new, %2 updated, %3 unchanged, %4 as new drafts, %5 skipped, %6 "
                "failed.")
                .arg(report.added)
                .arg(report.updated)
                .arg(report.unchanged)
                .arg(report.asDrafts)
                .arg(report.skipped.size())
                .arg(report.errors.size()));
    }
    return report.errors.isEmpty() ? Success : ProblemsFound;
}
} // namespace

Command importCommand()
{
    return {u"import"_s,
            ImportCommandTr::tr("Import back issues from files and folders into the store."),
            runImport};
}

} // namespace galley::cli
