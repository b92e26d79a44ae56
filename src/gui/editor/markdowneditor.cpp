#include "editor/markdowneditor.h"

#include "editor/markdownhighlighter.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace galley::gui {

QUrl singleWebUrl(const QMimeData *source)
{
    if (!source)
        return {};
    auto isWeb = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
    };
    if (source->hasUrls() && source->urls().size() == 1 && isWeb(source->urls().first()))
        return source->urls().first();
    if (source->hasText()) {
        const QString text = source->text().trimmed();
        if (!text.contains(QRegularExpression(u"\\s"_s))) {
            const QUrl url(text, QUrl::StrictMode);
            if (isWeb(url))
                return url;
        }
    }
    return {};
}

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    setObjectName(u"markdownEditor"_s);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    document()->setDocumentMargin(16);
    // Every edit (undo and redo too) reports the range it touched: those lines count again.
    // Joined lines keep the first one's data, so the range's first block is always dropped.
    connect(document(), &QTextDocument::contentsChange, this, [this](int pos, int, int added) {
        QTextBlock last = document()->findBlock(pos + added);
        if (!last.isValid())
            last = document()->lastBlock();
        for (QTextBlock b = document()->findBlock(pos); b.isValid(); b = b.next()) {
            b.setUserData(nullptr);
            if (b == last)
                break;
        }
    });
}

int MarkdownEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
}

void MarkdownEditor::scrollToLine(int line)
{
    // QPlainTextEdit's vertical scroll bar counts blocks (lines), not pixels.
    verticalScrollBar()->setValue(qMax(0, line - 1));
}

namespace {

// A line's word count, kept with the line and dropped when its text changes (see the
// constructor), so counting a long document after a keystroke reads one number per line instead
// of matching every word again.
struct BlockWords : QTextBlockUserData
{
    int words = 0;
};

int countWords(const QString &line)
{
    static const QRegularExpression word(u"[\\w'’-]+"_s);
    int count = 0;
    auto it = word.globalMatch(line);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

int MarkdownEditor::wordCount() const
{
    int count = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        auto *data = static_cast<BlockWords *>(b.userData());
        if (!data) {
            data = new BlockWords;
            data->words = countWords(b.text());
            b.setUserData(data); // the block owns it
        }
        count += data->words;
    }
    return count;
}

void MarkdownEditor::wrapSelection(const QString &before, const QString &after,
                                   const QString &placeholder)
{
    QTextCursor cursor = textCursor();
    const QString inner = cursor.hasSelection() ? cursor.selectedText() : placeholder;
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(before + inner + after);
    cursor.endEditBlock();
    // Leave the inner text selected so typing replaces the placeholder.
    cursor.setPosition(start + int(before.size()));
    cursor.setPosition(start + int(before.size() + inner.size()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MarkdownEditor::prefixLines(const QString &prefix)
{
    QTextCursor cursor = textCursor();
    const int end = cursor.selectionEnd();
    QTextBlock block = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(end);
    cursor.beginEditBlock();
    while (block.isValid()) {
        QTextCursor c(block);
        c.insertText(prefix);
        if (block == last)
            break;
        block = block.next();
    }
    cursor.endEditBlock();
}

void MarkdownEditor::insertLink()
{
    wrapSelection(u"["_s, u"](https://)"_s, tr("link text"));
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
        && !textCursor().hasSelection() && continueList())
        return;
    QPlainTextEdit::keyPressEvent(event);
}

// Enter on a list item starts the next item with the same marker (numbers counting up, task
// boxes unticked); Enter on an empty item ends the list, as word processors do.
bool MarkdownEditor::continueList()
{
    static const QRegularExpression item(
        u"^([ \\t]*(?:> ?)*[ \\t]*)(?:([-*+])|(\\d{1,9})([.)]))([ \\t]+)(\\[[ xX]\\][ \\t]+)?"_s);
    static const QRegularExpression quote(u"^([ \\t]*(?:> ?)+)"_s);
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int column = cursor.positionInBlock();
    auto m = item.match(line);
    if (!m.hasMatch()) {
        m = quote.match(line);
        if (!m.hasMatch() || column < m.capturedEnd())
            return false;
        if (line.trimmed() == u">"_s) {
            cursor.movePosition(QTextCursor::StartOfBlock);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            setTextCursor(cursor);
            return true;
        }
        cursor.insertText(u"\n"_s + m.captured(1));
        setTextCursor(cursor);
        return true;
    }
    if (column < m.capturedEnd())
        return false;
    cursor.beginEditBlock();
    if (line.mid(m.capturedEnd()).trimmed().isEmpty()) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else {
        QString marker = m.captured(2);
        if (marker.isEmpty())
            marker = QString::number(m.captured(3).toLongLong() + 1) + m.captured(4);
        QString next = u"\n"_s + m.captured(1) + marker + m.captured(5);
        if (m.capturedLength(6) > 0)
            next += u"[ ] "_s;
        cursor.insertText(next);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    const QUrl url = singleWebUrl(source);
    if (url.isValid()) {
        QTextCursor cursor = textCursor();
        const QString address = url.toString(QUrl::FullyEncoded);
        if (cursor.hasSelection() && !cursor.selectedText().contains(QChar::ParagraphSeparator))
            cursor.insertText(u"["_s + cursor.selectedText() + u"]("_s + address + u")"_s);
        else
            cursor.insertText(address);
        setTextCursor(cursor);
        return;
    }
    if (!source->hasText() && source->hasUrls()) {
        QStringList addresses;
        for (const QUrl &u : source->urls())
            addresses << u.toString(QUrl::FullyEncoded);
        textCursor().insertText(addresses.join(u'\n'));
        return;
    }
    // Rich text from a browser would arrive as HTML; a Markdown editor takes its plain text.
    if (source->hasText())
        textCursor().insertText(source->text());
}

} // namespace galley::gui
