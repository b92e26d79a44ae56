#pragma once

#include <QPlainTextEdit>

namespace galley::gui {

class MarkdownHighlighter;

// The Markdown text editor: plain text with highlighting, list continuation on Enter, and URLs
// pasted over a selection or dropped from a browser turned into Markdown links.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // 1-based line of the cursor and of the first visible line (the preview follows these).
    int cursorLine() const;
    int firstVisibleLine() const;
    void goToLine(int line);

    // Scroll position as a line number, to restore where the person was.
    void scrollToLine(int line);

    int wordCount() const;

    // Insert-menu commands: they act on the selection, or insert a placeholder to type over.
    void wrapSelection(const QString &before, const QString &after, const QString &placeholder);
    void prefixLines(const QString &prefix);
    void insertLink();

    // Paste and drop both end here (public so tests can hand in what a browser would).
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool continueList();

    MarkdownHighlighter *m_highlighter = nullptr;
};

// The web address a paste or drop carries, when it carries exactly one and nothing else.
QUrl singleWebUrl(const QMimeData *source);

} // namespace galley::gui
