#pragma once

#include <QFrame>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace galley::gui {

class ActionRegistry;

// Ctrl+K: a filter line over every enabled action of the registry (the Insert commands included),
// each with its shortcut. Typing filters (substring first, then letters in order), Up/Down pick,
// Enter triggers, Esc closes. The list is read from the ActionRegistry each time it opens, so
// there is no second list of commands to keep in step.
class CommandPalette : public QFrame
{
    Q_OBJECT
public:
    CommandPalette(ActionRegistry *actions, QWidget *parent);

    // Shows the palette over the top of its parent window with an empty filter.
    void popup();
    void setFilter(const QString &text);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    // The commands shown, in order (text without '&').
    QStringList shownCommands() const;

    // How well `query` matches `text`: lower is better, -1 no match.
    static int matchScore(const QString &text, const QString &query);
    static QString plainText(const QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void triggerCurrent();

    ActionRegistry *m_actions;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace galley::gui
