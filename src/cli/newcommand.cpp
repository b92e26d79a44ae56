#include "commands.h"

#include "newslettersettings.h"
#include "nextissueplanner.h"
#include "store/store.h"
#include "storeargument.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct NewCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::NewCommand)
};

int fail(const Error &error)
{
    writeErrLine(u"galley new: "_s + error.toString());
    return UsageError;
}

int runNew(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(NewCommandTr::tr(
        "Create the next issue's draft in the store: number, date, title, sponsor slots "
        "and sections continue the archive."));
    parser.addOption(QCommandLineOption(
        u"number"_s, NewCommandTr::tr("Use issue number N instead of the latest + 1."), u"N"_s));
    parser.addOption(QCommandLineOption(
        u"date"_s, NewCommandTr::tr("Use this publication date instead of the next one."),
        u"YYYY-MM-DD"_s));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        writeErrLine(NewCommandTr::tr("galley new: takes no file; see 'galley new --help'."));
        return UsageError;
    }
    std::optional<int> number;
    if (parser.isSet(u"number"_s)) {
        bool ok = false;
        number = parser.value(u"number"_s).toInt(&ok);
        if (!ok || *number < 1) {
            writeErrLine(
                NewCommandTr::tr("galley new: --number takes a whole number of 1 or more."));
            return UsageError;
        }
    }
    std::optional<QDate> date;
    if (parser.isSet(u"date"_s)) {
        date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date->isValid()) {
            writeErrLine(NewCommandTr::tr("galley new: --date takes a date such as 2025-01-26."));
            return UsageError;
        }
    }

    Store store;
    if (!openStoreArgument(parser, u"new"_s, &store))
        return UsageError;
    // Drafts count for numbering: two `galley new` in a row give two numbers.
    const auto archive = loadArchive(store, false);
    if (!archive)
        return fail(archive.error());
    NewsletterSettings settings(store);
    const auto profile = settings.effectiveProfile(*archive);
    if (!profile)
        return fail(profile.error());
    const auto sponsors = settings.sponsorBook();
    if (!sponsors)
        return fail(sponsors.error());
    const auto templates = settings.templates();
    if (!templates)
        return fail(templates.error());
    const auto next
        = NextIssuePlanner(*profile, *sponsors, *templates).plan(*archive, number, date);
    if (!next)
        return fail(next.error());
    const auto id = store.createIssue(next->document, IssueStatus::Draft, RevisionReason::Manual);
    if (!id)
        return fail(id.error());

    if (parser.isSet(u"json"_s)) {
        const QJsonObject o {{u"id"_s, *id},
                             {u"number"_s, next->number},
                             {u"title"_s, next->title},
                             {u"date"_s, next->date.toString(Qt::ISODate)},
                             {u"topSponsor"_s, next->topSponsor},
                             {u"closingSponsor"_s, next->closingSponsor}};
        writeJson(QJsonDocument(o), QJsonDocument::Compact);
    } else {
        writeOutLine(NewCommandTr::tr("Created draft %1: %2 (%3)")
                         .arg(QString::number(*id), next->title, next->date.toString(Qt::ISODate)));
        if (next->topSponsor.isEmpty())
            writeOutLine(NewCommandTr::tr("No sponsor is booked: the sponsor slots say TK."));
    }
    return Success;
}
} // namespace

Command newCommand()
{
    return {u"new"_s,
            NewCommandTr::tr("Create the next issue's draft from the archive and templates."),
            runNew};
}

} // namespace galley::cli
