#include "inbox/inboxrow.h"

#include "inbox/inboxurls.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::InboxPanel)
};
} // namespace

QString inboxAge(const QDateTime &added, const QDateTime &now)
{
    const qint64 days = added.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return Tr::tr("today");
    if (days == 1)
        return Tr::tr("yesterday");
    if (days < 14)
        return Tr::tr("%n day(s) ago", nullptr, int(days));
    return Tr::tr("%n week(s) ago", nullptr, int(days / 7));
}

QString inboxMark(const InboxRow &row)
{
    QStringList marks;
    if (row.inDraft)
        marks << Tr::tr("in this draft");
    QStringList issues;
    for (int n : row.featuredIn)
        issues << u"#"_s + QString::number(n);
    if (row.featuredUnnumbered > 0)
        issues << Tr::tr("%n issue(s) without a number", nullptr, row.featuredUnnumbered);
    if (!issues.isEmpty())
        marks << Tr::tr("featured in %1").arg(issues.join(u", "_s));
    return marks.join(u"; "_s);
}

QString inboxRowText(const InboxRow &row, const QDateTime &now)
{
    const InboxItem &i = row.item;
    QString text = i.title.isEmpty() ? i.url : i.title;
    QStringList facts {urlDomain(i.url), inboxAge(i.added, now)};
    if (!i.section.isEmpty())
        facts << Tr::tr("for %1").arg(i.section);
    if (i.title.isEmpty() && !i.fetchError.isEmpty())
        facts << Tr::tr("no title: %1").arg(i.fetchError);
    if (const QString mark = inboxMark(row); !mark.isEmpty())
        facts << u"★ "_s + mark;
    text += u'\n' + facts.join(u" · "_s);
    if (!i.note.isEmpty())
        text += u'\n' + QString(i.note).replace(u'\n', u' ');
    return text;
}

} // namespace galley::gui
