#include "issue/commandpalette.h"

#include "window/actionregistry.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley::gui {

CommandPalette::CommandPalette(ActionRegistry *actions, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_actions(actions)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"commandPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(u"commandFilter"_s);
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"commandList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 360);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::rebuild);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { triggerCurrent(); });
    connect(m_list, &QTreeWidget::itemClicked, this, [this] { triggerCurrent(); });
}

QString CommandPalette::plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    return text;
}

int CommandPalette::matchScore(const QString &text, const QString &query)
{
    const QString q = query.trimmed().toCaseFolded();
    if (q.isEmpty())
        return 0;
    const QString t = text.toCaseFolded();
    if (t.startsWith(q))
        return 0;
    const qsizetype at = t.indexOf(q);
    if (at > 0)
        return t.at(at - 1).isLetterOrNumber() ? 2 : 1; // a word start beats mid-word
    // Fuzzy: every letter of the query in order ("adlk" finds "Add Link"), tighter is better.
    qsizetype pos = -1;
    int gaps = 0;
    for (const QChar c : q) {
        if (c.isSpace())
            continue;
        const qsizetype next = t.indexOf(c, pos + 1);
        if (next < 0)
            return -1;
        if (pos >= 0)
            gaps += int(next - pos - 1);
        pos = next;
    }
    return 3 + gaps;
}

void CommandPalette::popup()
{
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCentre.x() - width() / 2, topCentre.y() + 60);
    }
    m_filter->clear();
    rebuild();
    show();
    raise();
    activateWindow();
    m_filter->setFocus();
}

void CommandPalette::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void CommandPalette::rebuild()
{
    struct Entry
    {
        QAction *action;
        QString text;
        int score;
        int order;
    };
    QList<Entry> entries;
    const QString query = m_filter->text();
    for (int id = 0; id < ActionRegistry::IdCount; ++id) {
        if (id == ActionRegistry::CommandPalette)
            continue;
        QAction *action = m_actions->action(ActionRegistry::Id(id));
        if (!action || !action->isEnabled() || !action->isVisible())
            continue;
        const QString text = plainText(action);
        const int score = matchScore(text, query);
        if (score >= 0)
            entries.append({action, text, score, id});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.score < b.score; });
    m_list->clear();
    for (const Entry &e : std::as_const(entries)) {
        QString text = e.text;
        if (e.action->isCheckable())
            text += e.action->isChecked() ? tr(" (on)") : tr(" (off)");
        auto *item = new QTreeWidgetItem(
            m_list, {text, e.action->shortcut().toString(QKeySequence::NativeText)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(e.action)));
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QStringList CommandPalette::shownCommands() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        auto *action = qobject_cast<QAction *>(
            m_list->topLevelItem(i)->data(0, Qt::UserRole).value<QObject *>());
        if (action)
            out << plainText(action);
    }
    return out;
}

void CommandPalette::triggerCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    QPointer<QAction> action
        = item ? qobject_cast<QAction *>(item->data(0, Qt::UserRole).value<QObject *>()) : nullptr;
    hide();
    // After the popup has gone, so a dialog the command opens gets the focus.
    if (action) {
        QTimer::singleShot(0, action.data(), [action] {
            if (action && action->isEnabled())
                action->trigger();
        });
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_list->topLevelItemCount();
        const int row
            = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            triggerCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Down:
            if (count > 0)
                m_list->setCurrentItem(m_list->topLevelItem((row + 1) % count));
            return true;
        case Qt::Key_Up:
            if (count > 0)
                m_list->setCurrentItem(m_list->topLevelItem((row - 1 + count) % count));
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace galley::gui
