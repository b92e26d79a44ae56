#pragma once

#include <QList>
#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace galley::gui {

// "Go to section": the headings of the draft, the one the cursor is in selected; a click moves
// the cursor there. Heading levels come from the highlighter's block states, so refreshing reads
// one integer per line and never parses Markdown.
class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(QPlainTextEdit *editor, QWidget *parent = nullptr);

    struct Heading
    {
        int line = 0; // 1-based
        int level = 0;
        QString title;
    };
    QList<Heading> headings() const { return m_headings; }
    // Index of the heading the cursor is under, or -1 above the first heading.
    int currentIndex() const;
    // Rebuilds now instead of after the typing pause (tests, and opening a draft).
    void refresh();
    void activate(int index);

signals:
    void headingActivated(int line);

private:
    void followCursor();

    QPlainTextEdit *m_editor;
    QListWidget *m_list;
    QTimer *m_refreshTimer;
    QList<Heading> m_headings;
};

} // namespace galley::gui
