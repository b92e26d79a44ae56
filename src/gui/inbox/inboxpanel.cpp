#include "inbox/inboxpanel.h"

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
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

InboxPanel::InboxPanel(QWidget *parent)
    : QWidget(parent)
    , m_addField(new QLineEdit(this))
    , m_list(new QListWidget(this))
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
    m_list->setObjectName(u"inboxList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
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
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoBar);
    setAcceptDrops(true);

    connect(m_addField, &QLineEdit::returnPressed, this, &InboxPanel::addTyped);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { activateSelected(); });
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
    QList<qint64> selected = selectedIds();
    m_rows = rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    for (const InboxRow &row : rows) {
        auto *item = new QListWidgetItem(inboxRowText(row, now), m_list);
        item->setData(IdRole, row.item.id);
        QString tip = row.item.url;
        if (!row.item.description.isEmpty())
            tip += u"\n\n"_s + row.item.description;
        if (!row.item.fetchError.isEmpty())
            tip += u"\n\n"_s + tr("The title could not be read: %1").arg(row.item.fetchError);
        // A tooltip that looks like HTML is shown as HTML: what a page or feed says is escaped.
        item->setToolTip(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
        if (selected.contains(row.item.id))
            item->setSelected(true);
    }
    m_list->setUpdatesEnabled(true);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
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
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->isSelected())
            ids << m_list->item(i)->data(IdRole).toLongLong();
    }
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
