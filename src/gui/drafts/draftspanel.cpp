#include "drafts/draftspanel.h"

#include "drafts/editeddate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct DraftsPanelTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::DraftsPanel)
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int EditedRole = Qt::UserRole + 2;
// How long the panel waits at most before checking whether the day changed: a timer set for
// midnight alone runs late after the machine slept through it.
constexpr qint64 DayCheckMs = 60 * 60 * 1000;
enum Column { NumberColumn, TitleColumn, DateColumn, StatusColumn, EditedColumn };
} // namespace

QString statusDisplayName(IssueStatus status)
{
    switch (status) {
    case IssueStatus::Draft:
        return DraftsPanelTr::tr("Draft");
    case IssueStatus::Scheduled:
        return DraftsPanelTr::tr("Scheduled");
    case IssueStatus::Sent:
        return DraftsPanelTr::tr("Sent");
    }
    return {};
}

DraftsPanel::DraftsPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_searchTimer(new QTimer(this))
    , m_dayTimer(new QTimer(this))
{
    setObjectName(u"draftsPanel"_s);
    m_search->setObjectName(u"draftsSearch"_s);
    m_tree->setObjectName(u"draftsList"_s);
    m_search->setPlaceholderText(tr("Search all issues"));
    m_search->setClearButtonEnabled(true);
    m_view->addItem(tr("Drafts and archive"));
    m_view->addItem(tr("Trash"));
    m_tree->setHeaderLabels({tr("No."), tr("Title"), tr("Date"), tr("Status"), tr("Edited")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // The narrow columns fit their contents (in every language: "Entwurf", "Brouillon") and the
    // title takes the rest, elided, so the edited date at the right stays visible in a narrow
    // panel instead of scrolling out of sight.
    for (int c : {NumberColumn, DateColumn, StatusColumn, EditedColumn})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_restore->hide();

    auto addButton = [this](const QString &text, const QString &tip, auto signal) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, signal);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton(tr("New"), tr("New draft"), &DraftsPanel::newRequested));
    buttons->addWidget(addButton(tr("Duplicate"), tr("Duplicate the open draft"),
                                 &DraftsPanel::duplicateRequested));
    buttons->addWidget(addButton(tr("Delete"), tr("Move the open draft to the trash"),
                                 &DraftsPanel::deleteRequested));
    buttons->addStretch();
    buttons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DraftsPanel::startSearch);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_restore->setVisible(index == 1);
        if (index == 1)
            emit trashRequested();
        else
            startSearch();
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedIssueId())
            emit restoreRequested(id);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!showingTrash())
            emit openRequested(item->data(0, IdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (!showingTrash())
            emit openRequested(item->data(0, IdRole).toLongLong());
    });

    m_dayTimer->setSingleShot(true);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (m_clock().toLocalTime().date() != m_shownDay)
            refreshEditedDates();
        else
            watchForNewDay();
    });
    m_shownDay = m_clock().toLocalTime().date();
    watchForNewDay();
}

void DraftsPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshEditedDates();
}

void DraftsPanel::refreshEditedDates()
{
    const QDateTime now = m_clock();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        setEdited(item, item->data(EditedColumn, EditedRole).toDateTime(), now);
    }
    m_shownDay = now.toLocalTime().date();
    watchForNewDay();
}

void DraftsPanel::watchForNewDay()
{
    const QDateTime now = m_clock().toLocalTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    // A second past midnight, so the clock has surely moved on to the new day. Where a daylight
    // saving change skips midnight there is no such time: look again within the hour.
    const qint64 wait = midnight.isValid() ? now.msecsTo(midnight) + 1000 : DayCheckMs;
    m_dayTimer->start(int(std::clamp<qint64>(wait, 1000, DayCheckMs)));
}

void DraftsPanel::setEdited(QTreeWidgetItem *item, const QDateTime &updated, const QDateTime &now)
{
    item->setData(EditedColumn, EditedRole, updated);
    item->setText(EditedColumn, compactEditedDate(updated, now));
    item->setToolTip(EditedColumn,
                     updated.isValid() ? tr("Edited %1").arg(fullEditedDate(updated)) : QString());
}

bool DraftsPanel::showingTrash() const
{
    return m_view->currentIndex() == 1;
}

void DraftsPanel::showTrash()
{
    if (showingTrash())
        emit trashRequested();
    else
        m_view->setCurrentIndex(1);
}

void DraftsPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    startSearch();
}

void DraftsPanel::startSearch()
{
    m_searchTimer->stop();
    ++m_searchTag;
    if (showingTrash())
        return;
    const QString query = m_search->text().trimmed();
    if (query.isEmpty())
        showList();
    else
        emit searchRequested(query, m_searchTag);
}

void DraftsPanel::addRow(qint64 id, const std::optional<int> &number, const QString &title,
                         const QDateTime &date, IssueStatus status, const QDateTime &updated,
                         const QDateTime &now, const QString &tooltip)
{
    const QLocale locale;
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(0, IdRole, id);
    item->setText(NumberColumn, number ? QString::number(*number) : QString());
    item->setText(TitleColumn, title.isEmpty() ? tr("(untitled)") : title);
    item->setText(DateColumn,
                  date.isValid() ? locale.toString(date.date(), QLocale::ShortFormat) : QString());
    item->setText(StatusColumn, statusDisplayName(status));
    setEdited(item, updated, now);
    item->setToolTip(TitleColumn, tooltip.isEmpty() ? title : tooltip);
    if (id == m_current) {
        QFont font = item->font(TitleColumn);
        font.setBold(true);
        for (int c = 0; c < m_tree->columnCount(); ++c)
            item->setFont(c, font);
        m_tree->setCurrentItem(item);
    }
}

void DraftsPanel::replaceRows(const std::function<void()> &addRows)
{
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        addRows();
    }
    // In a window with the web preview (composited through its GPU surface under X11), Qt 6.4
    // repaints only the rows it was told changed: the rows a shorter list no longer has stayed
    // on screen under the new ones (tests/desktop/tst_repaintondesktop). Offscreen never shows it.
    m_tree->viewport()->update();
}

void DraftsPanel::showList()
{
    replaceRows([this] {
        const QDateTime now = m_clock();
        for (const IssueSummary &s : std::as_const(m_issues))
            addRow(s.id, s.number, s.title, s.date, s.status, s.updated, now);
    });
}

void DraftsPanel::setIssues(const QList<IssueSummary> &issues)
{
    m_issues = issues;
    if (!showingTrash() && m_search->text().trimmed().isEmpty())
        showList();
}

bool DraftsPanel::updateIssue(const IssueSummary &issue)
{
    const auto it = std::find_if(m_issues.begin(), m_issues.end(),
                                 [&](const IssueSummary &s) { return s.id == issue.id; });
    if (it == m_issues.end())
        return false;
    // The list is ordered by date, then number: a change to either can move the row.
    if (it->date != issue.date || it->number != issue.number || it->status != issue.status)
        return false;
    *it = issue;
    if (showingTrash() || !m_search->text().trimmed().isEmpty())
        return true; // the search results show the store's snippets; the next search refreshes
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() != issue.id)
            continue;
        item->setText(TitleColumn, issue.title.isEmpty() ? tr("(untitled)") : issue.title);
        item->setToolTip(TitleColumn, issue.title);
        setEdited(item, issue.updated, m_clock());
        break;
    }
    return true;
}

void DraftsPanel::setTrash(const QList<IssueSummary> &issues)
{
    if (!showingTrash())
        return;
    replaceRows([&] {
        const QDateTime now = m_clock();
        for (const IssueSummary &s : issues)
            addRow(s.id, s.number, s.title, s.date, s.status, s.updated, now);
    });
}

void DraftsPanel::setSearchResults(const QList<SearchHit> &hits, int tag)
{
    // Answers to older queries arrive late when typing is fast; only the newest counts.
    if (tag != m_searchTag || showingTrash())
        return;
    replaceRows([&] {
        for (const SearchHit &h : hits)
            addRow(h.issueId, h.number, h.title, h.date, h.status, {}, {}, h.snippet);
    });
}

void DraftsPanel::setCurrentIssue(qint64 id)
{
    m_current = id;
    if (showingTrash())
        return;
    if (m_search->text().trimmed().isEmpty())
        showList();
}

qint64 DraftsPanel::selectedIssueId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

QList<qint64> DraftsPanel::shownIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        ids << m_tree->topLevelItem(i)->data(0, IdRole).toLongLong();
    return ids;
}

} // namespace galley::gui
