#pragma once

#include <QRegularExpression>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace galley::gui {

struct FindOptions
{
    bool regex = false;
    bool caseSensitive = false;
    bool wholeWord = false;
};

// The pattern a search uses; invalid (with a message) when a regular expression does not parse.
QRegularExpression findPattern(const QString &text, const FindOptions &options);

// The find and replace bar under the editor (regex, case, whole word, highlight all). Works on
// any QPlainTextEdit; highlights are the editor's extra selections.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setOptions(const FindOptions &options);
    FindOptions options() const;
    void setHighlightAll(bool on);

    bool findNext();
    bool findPrevious();
    // Replaces the current match (when the selection is one) and moves to the next.
    bool replaceCurrent();
    // One undo step; returns how many were replaced.
    int replaceAll();
    // How many matches are highlighted (capped, so a huge document does not stall typing).
    int highlightedCount() const { return m_highlighted; }

    static constexpr int MaxHighlights = 2000;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    QString replacementFor(const QString &matched, const QRegularExpression &pattern) const;
    void updateHighlights();
    void showMessage(const QString &message);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_highlight;
    QLabel *m_message;
    QTimer *m_highlightTimer;
    int m_highlighted = 0;
};

} // namespace galley::gui
