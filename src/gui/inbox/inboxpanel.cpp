#include "inbox/inboxpanel.h"

#include "inbox/inboxmodel.h"
#include "inbox/inboxurls.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

InboxPanel::InboxPanel(QWidget *parent)
    : QWidget(parent)
    , m_addField(new QLineEdit(this))
    , m_filterField(new QLineEdit(this))
    , m_model(new InboxModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoButton(new QPushButton(tr("Undo"), m_undoBar))
    , m_refetch(new QAction(tr("Read Titles Again"), this))
{
    setObjectName(u"inboxPanel"_s);
    m_addField->setObjectName(u"inboxAddField"_s);
    m_addField->setPlaceholderText(tr("Add link…"));
    m_addField->setClearButtonEnabled(true);
    m_filterField->setObjectName(u"inboxFilterField"_s);
    m_filterField->setPlaceholderText(tr("Filter…"));
    m_filterField->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(InboxModel::FilterRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(u"inboxList"_s);
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setSpacing(2); // one link's lines apart from the next's
    // Rows are measured a batch at a time between events: thousands of links never lay out in
    // one go on the GUI thread.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(50);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    m_filterField->installEventFilter(this);
    m_status->setObjectName(u"inboxStatus"_s);
    m_status->setWordWrap(true);
    // Titles and notes come from web pages and feeds: never read as rich text.
    m_status->setTextFormat(Qt::PlainText);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_undoButton->setObjectName(u"inboxUndoButton"_s);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_addField);
    layout->addWidget(m_filterField);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoBar);
    setAcceptDrops(true);

    connect(m_addField, &QLineEdit::returnPressed, this, &InboxPanel::addTyped);
    connect(m_list, &QListView::doubleClicked, this, [this] { activateSelected(); });
    connect(m_filterField, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_undoButton, &QPushButton::clicked, this, &InboxPanel::undoDismissRequested);

    auto *add = new QAction(tr("Add to Issue…"), this);
    auto *dismiss = new QAction(tr("Dismiss"), this);
    connect(add, &QAction::triggered, this, &InboxPanel::activateSelected);
    connect(dismiss, &QAction::triggered, this, &InboxPanel::dismissSelected);
    connect(m_refetch, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
            emit refetchRequested(ids);
    });
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({add, dismiss, m_refetch});
}

void InboxPanel::setRows(const QList<InboxRow> &rows)
{
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_list->currentIndex().data(InboxModel::IdRole).toLongLong();
    m_model->setRows(rows);
    QItemSelection keep;
    QModelIndex currentIndex;
    if (!selected.isEmpty() || current != 0) {
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const QModelIndex index = m_filter->index(r, 0);
            const qint64 id = index.data(InboxModel::IdRole).toLongLong();
            if (selected.contains(id))
                keep.select(index, index);
            if (id == current)
                currentIndex = index;
        }
    }
    if (!currentIndex.isValid())
        currentIndex = m_filter->index(0, 0);
    m_list->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    m_list->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
}

const QList<InboxRow> &InboxPanel::rows() const
{
    return m_model->rows();
}

int InboxPanel::rowCount() const
{
    return m_filter->rowCount();
}

QString InboxPanel::rowText(int row) const
{
    return m_filter->index(row, 0).data().toString();
}

QString InboxPanel::rowToolTip(int row) const
{
    return m_filter->index(row, 0).data(Qt::ToolTipRole).toString();
}

QRect InboxPanel::rowRect(int row) const
{
    return m_list->visualRect(m_filter->index(row, 0));
}

void InboxPanel::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int r : rows)
        selection.select(m_filter->index(r, 0), m_filter->index(r, 0));
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_list->selectionModel()->setCurrentIndex(m_filter->index(rows.first(), 0),
                                                  QItemSelectionModel::NoUpdate);
}

QString InboxPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void InboxPanel::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void InboxPanel::offerUndo(int dismissed)
{
    m_undoLabel->setText(tr("Dismissed %n link(s).", nullptr, dismissed));
    m_undoBar->show();
}

void InboxPanel::hideUndo()
{
    m_undoBar->hide();
}

void InboxPanel::capture(const QStringList &urls, InboxSource source)
{
    QList<InboxCapture> captures;
    for (const QString &url : urls) {
        InboxCapture c;
        c.url = url;
        c.source = source;
        captures << c;
    }
    emit captureRequested(captures);
}

void InboxPanel::addTyped()
{
    const QString text = m_addField->text();
    QStringList urls = urlsInText(text);
    if (urls.isEmpty()) {
        if (const auto url = inboxUrl(text))
            urls << *url;
    }
    if (urls.isEmpty()) {
        showStatus(tr("“%1” is not a web address.").arg(text.trimmed()));
        return;
    }
    m_addField->clear();
    capture(urls, InboxSource::Typed);
}

void InboxPanel::pasteText(const QString &text)
{
    const QStringList urls = urlsInText(text);
    if (urls.isEmpty()) {
        showStatus(tr("The clipboard holds no web address."));
        return;
    }
    capture(urls, InboxSource::Pasted);
}

bool InboxPanel::dropMimeData(const QMimeData *mime)
{
    QStringList urls;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (const auto valid = inboxUrl(url.toString()); valid && !url.isLocalFile())
                urls << *valid;
        }
    } else if (mime->hasText()) {
        urls = urlsInText(mime->text());
    }
    if (urls.isEmpty()) {
        showStatus(tr("Only web addresses can be dropped here."));
        return false;
    }
    capture(urls, InboxSource::Dropped);
    return true;
}

QList<qint64> InboxPanel::selectedIds() const
{
    QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(selected))
        ids << index.data(InboxModel::IdRole).toLongLong();
    return ids;
}

void InboxPanel::activateSelected()
{
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        emit addToIssueRequested(ids);
}

void InboxPanel::dismissSelected()
{
    if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
        emit dismissRequested(ids);
}

bool InboxPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterField && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_filterField->text().isEmpty()) {
        m_filterField->clear(); // Escape shows every item again
        return true;
    }
    // The window's Edit ▸ Paste and Undo have these keys too: in the list they mean the inbox's.
    if (watched == m_list && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) || key->matches(QKeySequence::Undo)
            || key->matches(QKeySequence::Delete)) {
            event->accept();
            return true;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return true;
        }
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            dismissSelected();
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            if (!m_undoBar->isHidden())
                emit undoDismissRequested();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void InboxPanel::dropEvent(QDropEvent *event)
{
    if (dropMimeData(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace galley::gui
