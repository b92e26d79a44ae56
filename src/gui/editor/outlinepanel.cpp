#include "editor/outlinepanel.h"

#include "editor/markdownhighlighter.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley::gui {

OutlinePanel::OutlinePanel(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"outlinePanel"_s);
    m_list->setObjectName(u"outlineList"_s);
    m_list->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    // Highlighting settles (setext headings) within an event loop turn; refresh after a pause.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &OutlinePanel::refresh);
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlinePanel::followCursor);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activate(m_list->row(item)); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { activate(m_list->row(item)); });
}

void OutlinePanel::refresh()
{
    static const QRegularExpression atxMarks(u"^ {0,3}#{1,6}\\s*|\\s+#+\\s*$"_s);
    QList<Heading> headings;
    for (QTextBlock b = m_editor->document()->begin(); b.isValid(); b = b.next()) {
        const int level = MarkdownHighlighter::headingLevel(b);
        if (level > 0) {
            QString title = b.text();
            title.remove(atxMarks);
            headings.append({b.blockNumber() + 1, level, title.trimmed()});
        }
    }
    // Typing in a paragraph leaves the headings as they were: keep the list (rebuilding a long
    // one costs more than reading the lines did).
    const auto same = [](const Heading &a, const Heading &b) {
        return a.line == b.line && a.level == b.level && a.title == b.title;
    };
    if (headings.size() == m_headings.size() && m_list->count() == headings.size()
        && std::equal(headings.cbegin(), headings.cend(), m_headings.cbegin(), same)) {
        followCursor();
        return;
    }
    m_headings = headings;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Heading &h : std::as_const(m_headings)) {
        auto *item = new QListWidgetItem(QString(2 * (h.level - 1), u' ') + h.title, m_list);
        QFont font = item->font();
        font.setBold(h.level <= 2);
        item->setFont(font);
    }
    followCursor();
}

int OutlinePanel::currentIndex() const
{
    const int line = m_editor->textCursor().blockNumber() + 1;
    const auto it = std::upper_bound(m_headings.cbegin(), m_headings.cend(), line,
                                     [](int l, const Heading &h) { return l < h.line; });
    return int(it - m_headings.cbegin()) - 1;
}

void OutlinePanel::followCursor()
{
    const int index = currentIndex();
    const QSignalBlocker blocker(m_list);
    if (index < 0)
        m_list->clearSelection();
    else
        m_list->setCurrentRow(index);
}

void OutlinePanel::activate(int index)
{
    if (index < 0 || index >= m_headings.size())
        return;
    const int line = m_headings.at(index).line;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (block.isValid()) {
        m_editor->setTextCursor(QTextCursor(block));
        m_editor->centerCursor();
        m_editor->setFocus();
    }
    emit headingActivated(line);
}

} // namespace galley::gui
