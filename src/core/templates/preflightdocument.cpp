// The rules about the document's shape and metadata: sections, sponsor slots, leftovers, title,
// subject, preheader and size.
#include "preflightrules.h"

#include "exporter.h"
#include "store/urlnormalizer.h"
#include "templateengine.h"
#include "titlepattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley::preflight {

namespace {
struct PreflightdocumentTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::Preflight)
};

void add(QList<Problem> &out, int line, Severity severity, const QString &rule,
         const QString &message)
{
    out << Problem {line, severity, rule, message};
}

QStringList normalized(const QStringList &urls)
{
    QStringList out;
    for (const QString &u : urls)
        out << normalizeUrl(u);
    return out;
}
} // namespace

QList<std::pair<int, QString>> proseLines(const QString &body)
{
    QList<std::pair<int, QString>> out;
    const QStringList lines = body.split(u'\n');
    QString fence;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (fence.isEmpty() && (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s))) {
            fence = trimmed.left(3);
            continue;
        }
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence))
                fence.clear();
            continue;
        }
        out << std::pair {i + 1, lines.at(i)};
    }
    return out;
}

void checkSections(const Input &in, QList<Problem> &out)
{
    if (in.structure.sections.isEmpty()) {
        add(out, in.fileLine(1), Severity::Warning, u"empty-section"_s,
            PreflightdocumentTr::tr("The issue has no sections (headings such as News or Tools)."));
    }
    for (const IssueSection &s : in.structure.sections) {
        if (s.items.isEmpty()) {
            add(out, in.fileLine(s.headingLine), Severity::Warning, u"empty-section"_s,
                PreflightdocumentTr::tr("The section \"%1\" is empty: add items or remove it.")
                    .arg(s.heading));
        }
    }
}

void checkSponsor(const Input &in, QList<Problem> &out)
{
    const IssueStructure &s = in.structure;
    if (!s.topSponsor) {
        add(out, in.fileLine(1), Severity::Warning, u"missing-sponsor"_s,
            PreflightdocumentTr::tr("There is no sponsor block (a \"%1, <name>\" heading).")
                .arg(in.context.sponsorLabelPrefix));
        return;
    }
    const SponsorBlock &top = *s.topSponsor;
    if (top.name.isEmpty() || top.name.startsWith(u"TK"_s)) {
        add(out, in.fileLine(top.startLine), Severity::Warning, u"missing-sponsor"_s,
            PreflightdocumentTr::tr(
                "The sponsor slot is empty: book a sponsor or remove the block."));
    }
    if (top.urls.isEmpty()) {
        add(out, in.fileLine(top.startLine), Severity::Warning, u"missing-sponsor"_s,
            PreflightdocumentTr::tr("The sponsor block has no link."));
    }
    if (!s.closingSponsor) {
        add(out, in.fileLine(s.lineCount), Severity::Warning, u"missing-sponsor"_s,
            PreflightdocumentTr::tr(
                "The issue does not end with the sponsor's copy and link repeated (the "
                "closing sponsor slot)."));
    } else if (normalized(s.closingSponsor->urls) != normalized(top.urls)
               || !normalisedText(top.copy).startsWith(normalisedText(s.closingSponsor->copy))) {
        // The top copy's text includes its link lines; the closing repeat's does not.
        add(out, in.fileLine(s.closingSponsor->startLine), Severity::Warning, u"sponsor-mismatch"_s,
            PreflightdocumentTr::tr(
                "The closing sponsor slot differs from the top one (line %1): copy and "
                "link should be the same.")
                .arg(in.fileLine(top.startLine)));
    }

    const auto &book = in.context.sponsors;
    if (!book || book->bookings.isEmpty())
        return;
    const int number = in.doc.issueNumber().value_or(0);
    const QDate date = in.doc.date().date();
    const auto booked = book->bookedFor(number, date, SponsorSlot::Top);
    if (!booked) {
        add(out, in.fileLine(top.startLine), Severity::Warning, u"unbooked-sponsor"_s,
            PreflightdocumentTr::tr("No sponsor is booked for this issue, but it carries %1.")
                .arg(top.name));
    } else if (booked->name.compare(top.name, Qt::CaseInsensitive) != 0) {
        add(out, in.fileLine(top.startLine), Severity::Warning, u"unbooked-sponsor"_s,
            PreflightdocumentTr::tr("This issue is booked for %1, but it carries %2.")
                .arg(booked->name, top.name));
    }
}

// `{{ unsubscribe_url }}` is the mailing service's own merge tag when the newsletter uses a
// service with that syntax (listmonk, Buttondown): the service fills it in when it sends. A name
// of Galley's own templates (`{{intro}}`) is a leftover all the same.
static bool isServiceMergeTag(const QString &text, MergeTagSyntax syntax)
{
    if (syntax != MergeTagSyntax::Braces || mergeTagSyntax(text) != MergeTagSyntax::Braces)
        return false;
    const QString name = mergeTagName(text);
    const auto galleys = TemplateEngine::knownPlaceholders();
    return std::none_of(galleys.cbegin(), galleys.cend(),
                        [&name](const TemplateEngine::Placeholder &p) { return p.name == name; });
}

void checkLeftovers(const Input &in, QList<Problem> &out)
{
    static const QRegularExpression placeholder(uR"(\{\{[^\n]*?(\}\}|$))"_s);
    static const QRegularExpression marker(uR"(\b(TK|TODO)\b)"_s);
    const auto scan = [&](int line, const QString &text) {
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QString found = it.next().captured(0).trimmed();
            if (isServiceMergeTag(found, in.context.mergeTagSyntax))
                continue;
            add(out, line, Severity::Error, u"placeholder"_s,
                PreflightdocumentTr::tr("A template placeholder was left in: %1").arg(found));
            break;
        }
        if (const auto m = marker.match(text); m.hasMatch()) {
            add(out, line, Severity::Error, u"tk"_s,
                PreflightdocumentTr::tr("\"%1\" marks something still to write: %2")
                    .arg(m.captured(1), text.trimmed().left(80)));
        }
    };
    for (const QString &key : {u"title"_s, u"subject"_s, u"preheader"_s}) {
        if (const auto v = in.doc.frontMatter().value(key))
            scan(in.doc.frontMatter().lineOf(key), *v);
    }
    // Inline code shows markup on purpose (`TK`, `{{name}}` in a how-to): not a leftover.
    static const QRegularExpression inlineCode(uR"(`[^`]*`)"_s);
    for (const auto &[line, text] : proseLines(in.doc.body()))
        scan(in.fileLine(line), QString(text).remove(inlineCode));
}

// YAML starts a comment at a `#` after a space, so `title: WEEKLY ISSUE #104 - 12th January`
// reads as "WEEKLY ISSUE": the rest of the subject line silently goes. In the keys subscribers
// read, such a comment is a slip, never a note (archives write `\#` for this reason).
void checkFrontMatterComments(const Input &in, QList<Problem> &out)
{
    static const QRegularExpression plainWithComment(
        uR"(^[^:]*:[ \t]+([^"'|>\s][^\n]*?)[ \t]+#)"_s);
    const FrontMatter &fm = in.doc.frontMatter();
    for (const FrontMatter::Entry &entry : fm.entries()) {
        if (entry.key != u"title"_s && entry.key != u"subject"_s && entry.key != u"preheader"_s)
            continue;
        const QString firstLine = entry.raw.section(u'\n', 0, 0);
        const auto m = plainWithComment.match(firstLine);
        if (!m.hasMatch())
            continue;
        const QString dropped = firstLine.mid(m.capturedEnd(0) - 1).trimmed();
        add(out, fm.lineOf(entry.key), Severity::Warning, u"front-matter-comment"_s,
            PreflightdocumentTr::tr(
                "In the front matter's %1, \"%2\" is a YAML comment and is left out: the "
                "%1 reads \"%3\". Write \\# instead of #, or put the %1 in quotes.")
                .arg(entry.key, dropped, fm.value(entry.key).value_or(QString())));
    }
}

void checkTitle(const Input &in, QList<Problem> &out)
{
    checkFrontMatterComments(in, out);
    const FrontMatter &fm = in.doc.frontMatter();
    const QString title = in.doc.title();
    const int titleLine = fm.lineOf(u"title"_s);
    const TitleFacts facts = readTitle(title);
    if (facts.number && fm.value(u"issue"_s)) {
        bool ok = false;
        const int declared = fm.value(u"issue"_s)->trimmed().toInt(&ok);
        if (ok && declared != *facts.number) {
            add(out, titleLine, Severity::Error, u"title-number"_s,
                PreflightdocumentTr::tr("The title says #%1 but the front matter says issue: %2.")
                    .arg(*facts.number)
                    .arg(declared));
        }
    }
    const QDate date = in.doc.date().date();
    if (facts.date && date.isValid() && *facts.date != date) {
        add(out, titleLine, Severity::Error, u"title-date"_s,
            PreflightdocumentTr::tr("The title says %1 but the front matter's date is %2.")
                .arg(facts.date->toString(Qt::ISODate), date.toString(Qt::ISODate)));
    }

    const auto number = in.doc.issueNumber();
    if (!number)
        return;
    const ArchiveIssue *previous = nullptr;
    for (const ArchiveIssue &issue : in.others) {
        if (issue.number == number) {
            add(out, titleLine, Severity::Error, u"archive-sequence"_s,
                PreflightdocumentTr::tr("Issue #%1 already exists in the archive (%2).")
                    .arg(*number)
                    .arg(issue.title));
        } else if (issue.number && *issue.number < *number
                   && (!previous || *issue.number > *previous->number)) {
            previous = &issue;
        }
    }
    if (!previous)
        return;
    if (*previous->number + 1 != *number) {
        add(out, titleLine, Severity::Warning, u"archive-sequence"_s,
            PreflightdocumentTr::tr(
                "The archive's previous issue is #%1, so this one should be #%2, not #%3.")
                .arg(*previous->number)
                .arg(*previous->number + 1)
                .arg(*number));
    }
    if (date.isValid() && previous->date.isValid() && date <= previous->date) {
        add(out, titleLine, Severity::Warning, u"archive-sequence"_s,
            PreflightdocumentTr::tr(
                "This issue is dated %1, not after the previous issue #%2 (%3).")
                .arg(date.toString(Qt::ISODate))
                .arg(*previous->number)
                .arg(previous->date.toString(Qt::ISODate)));
    }
}

void checkSubjectAndSize(const Input &in, QList<Problem> &out)
{
    const FrontMatter &fm = in.doc.frontMatter();
    const QString subjectKey = fm.contains(u"subject"_s) ? u"subject"_s : u"title"_s;
    const QString subject = in.doc.subject().trimmed();
    if (subject.isEmpty()) {
        add(out, std::max(1, fm.lineOf(subjectKey)), Severity::Error, u"subject"_s,
            PreflightdocumentTr::tr(
                "The email has no subject: set a title (or subject) in the front matter."));
    } else if (subject.size() > in.context.maxSubjectLength) {
        add(out, fm.lineOf(subjectKey), Severity::Warning, u"subject"_s,
            PreflightdocumentTr::tr(
                "The subject is %1 characters long; mail clients cut it after about %2.")
                .arg(subject.size())
                .arg(in.context.maxSubjectLength));
    }
    const QString preheader = in.doc.preheader().trimmed();
    if (preheader.isEmpty()) {
        add(out, 1, Severity::Notice, u"preheader"_s,
            PreflightdocumentTr::tr(
                "There is no preheader: inboxes will show the start of the intro instead."));
    } else if (preheader.size() > in.context.maxPreheaderLength) {
        add(out, fm.lineOf(u"preheader"_s), Severity::Warning, u"preheader"_s,
            PreflightdocumentTr::tr("The preheader is %1 characters long; inboxes show about %2.")
                .arg(preheader.size())
                .arg(in.context.maxPreheaderLength));
    }
    const qsizetype bytes = exportDocument(in.doc, ExportFormat::Html).size();
    if (bytes > in.context.maxHtmlBytes) {
        add(out, 0, Severity::Warning, u"email-size"_s,
            PreflightdocumentTr::tr("The email's HTML is %1 KB; Gmail clips messages over %2 KB.")
                .arg((bytes + 1023) / 1024)
                .arg(in.context.maxHtmlBytes / 1024));
    }
}

} // namespace galley::preflight
