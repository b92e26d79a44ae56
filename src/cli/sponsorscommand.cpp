#include "commands.h"
#include "storeargument.h"

#include "archivesponsorimport.h"
#include "newslettersettings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct SponsorsCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::SponsorsCommand)
};

QString issueRef(const std::optional<int> &number, const QDate &date)
{
    return number ? u"#%1"_s.arg(*number) : date.toString(Qt::ISODate);
}

QJsonObject jsonIssue(const std::optional<int> &number, const QDate &date)
{
    return QJsonObject {
        {u"number"_s, jsonNumber(number)},
        {u"date"_s,
         date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray jsonSponsors(const QList<ArchiveSponsor> &sponsors)
{
    QJsonArray array;
    for (const ArchiveSponsor &s : sponsors)
        array.append(QJsonObject {{u"name"_s, s.name},
                                  {u"heading"_s, s.heading},
                                  {u"copy"_s, s.copy},
                                  {u"link"_s, s.link},
                                  {u"issues"_s, s.issueCount},
                                  {u"first"_s, jsonIssue(s.firstNumber, s.firstDate)},
                                  {u"last"_s, jsonIssue(s.lastNumber, s.lastDate)}});
    return array;
}

QString sponsorLine(const ArchiveSponsor &s, const QString &what)
{
    const QString first = issueRef(s.firstNumber, s.firstDate);
    const QString last = issueRef(s.lastNumber, s.lastDate);
    const QString seen = first == last ? first : first + u" – "_s + last;
    return u"%1\t%2\t%3\t%4"_s.arg(
        s.name, seen, SponsorsCommandTr::tr("%n issue(s)", nullptr, s.issueCount), what);
}

QString names(const QList<ArchiveSponsor> &sponsors)
{
    QStringList out;
    for (const ArchiveSponsor &s : sponsors)
        out << s.name;
    return out.join(u", "_s);
}

int listSponsors(const QCommandLineParser &parser, Store &store)
{
    const auto book = NewsletterSettings(store).sponsorBook();
    if (!book) {
        writeErrLine(u"galley sponsors: "_s + book.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s)) {
        writeJson(QJsonDocument(book->sponsorsToJson()));
        return Success;
    }
    if (book->sponsors.isEmpty())
        writeOutLine(
            SponsorsCommandTr::tr("The sponsor library is empty; 'galley sponsors import-archive' "
                                  "offers the archive's sponsors."));
    for (const Sponsor &s : book->sponsors)
        writeOutLine(u"%1\t%2"_s.arg(s.name, s.link));
    return Success;
}

int importFromArchive(const QCommandLineParser &parser, Store &store)
{
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const auto scan = findArchiveSponsors(store);
    if (!scan) {
        writeErrLine(u"galley sponsors: "_s + scan.error().toString());
        return UsageError;
    }
    const auto done = importArchiveSponsors(store, *scan, dryRun);
    if (!done) {
        writeErrLine(u"galley sponsors: "_s + done.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s)) {
        writeJson(QJsonDocument(QJsonObject {{u"dryRun"_s, dryRun},
                                             {u"added"_s, jsonSponsors(done->added)},
                                             {u"skipped"_s, jsonSponsors(done->skipped)}}));
        return Success;
    }
    if (scan->sponsors.isEmpty()) {
        writeOutLine(
            SponsorsCommandTr::tr("No sponsor block was found in the archive's sent issues."));
        return Success;
    }
    for (const ArchiveSponsor &s : done->added)
        writeOutLine(sponsorLine(
            s, dryRun ? SponsorsCommandTr::tr("would be added") : SponsorsCommandTr::tr("added")));
    for (const ArchiveSponsor &s : done->skipped)
        writeOutLine(sponsorLine(s, SponsorsCommandTr::tr("already in the library")));
    const auto added = int(done->added.size());
    writeOutLine(
        dryRun ? SponsorsCommandTr::tr("Would add %n sponsor(s) to the library (a dry run: nothing "
                                       "was written).",
                                       nullptr, added)
               : SponsorsCommandTr::tr("Added %n sponsor(s) to the library.", nullptr, added));
    if (!done->skipped.isEmpty())
        writeOutLine(SponsorsCommandTr::tr("Skipped %n sponsor(s) the library already has: %1.",
                                           nullptr, int(done->skipped.size()))
                         .arg(names(done->skipped)));
    return Success;
}

int runSponsors(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SponsorsCommandTr::tr(
        "The sponsor library. 'list' shows it; 'import-archive' adds the sponsors of the "
        "archive's sponsor blocks (name, heading, copy and link from the latest issue "
        "that ran each one), skipping those the library already has."));
    parser.addPositionalArgument(u"ACTION"_s, SponsorsCommandTr::tr("list or import-archive"),
                                 u"list|import-archive"_s);
    parser.addOption({u"dry-run"_s,
                      SponsorsCommandTr::tr("With import-archive: say what would be added, and "
                                            "write nothing.")});
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 || (action != u"list" && action != u"import-archive")) {
        writeErrLine(
            SponsorsCommandTr::tr("galley sponsors: say 'list' or 'import-archive'. Try 'galley "
                                  "sponsors --help'."));
        return UsageError;
    }
    if (parser.isSet(u"dry-run"_s) && action != u"import-archive") {
        writeErrLine(
            SponsorsCommandTr::tr("galley sponsors: --dry-run goes with 'import-archive'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"sponsors"_s, &store))
        return UsageError;
    return action == u"list" ? listSponsors(parser, store) : importFromArchive(parser, store);
}
} // namespace

Command sponsorsCommand()
{
    return {u"sponsors"_s,
            SponsorsCommandTr::tr("List the sponsor library, or import the archive's sponsors."),
            runSponsors};
}

} // namespace galley::cli
