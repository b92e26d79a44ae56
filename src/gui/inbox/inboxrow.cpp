#include "inbox/inboxrow.h"

#include "inbox/inboxurls.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct InboxRowTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::InboxPanel)
};
} // namespace

QString inboxAge(const QDateTime &added, const QDateTime &now)
{
    const qint64 days = added.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return InboxRowTr::tr("today");
    if (days == 1)
        return InboxRowTr::tr("yesterday");
    if (days < 14)
        return InboxRowTr::tr("%n day(s) ago", nullptr, int(days));
    return InboxRowTr::tr("%n week(s) ago", nullptr, int(days / 7));
}

QString inboxMark(const InboxRow &row)
{
    QStringList marks;
    if (row.inDraft)
        marks << InboxRowTr::tr("in this draft");
    QStringList issues;
    for (int n : row.featuredIn)
        issues << u"#"_s + QString::number(n);
    if (row.featuredUnnumbered > 0)
        issues << InboxRowTr::tr("%n issue(s) without a number", nullptr, row.featuredUnnumbered);
    if (!issues.isEmpty())
        marks << InboxRowTr::tr("featured in %1").arg(issues.join(u", "_s));
    return marks.join(u"; "_s);
}

QString inboxRowText(const InboxRow &row, const QDateTime &now)
{
    const InboxItem &i = row.item;
    QString text = i.title.isEmpty() ? i.url : i.title;
    QStringList facts {urlDomain(i.url), inboxAge(i.added, now)};
    if (!i.section.isEmpty())
        facts << InboxRowTr::tr("for %1").arg(i.section);
    if (i.title.isEmpty() && !i.fetchError.isEmpty())
        facts << InboxRowTr::tr("no title: %1").arg(i.fetchError);
    if (const QString mark = inboxMark(row); !mark.isEmpty())
        facts << u"★ "_s + mark;
    text += u'\n' + facts.join(u" · "_s);
    if (!i.note.isEmpty())
        text += u'\n' + QString(i.note).replace(u'\n', u' ');
    return text;
}

} // namespace galley::gui
