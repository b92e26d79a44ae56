#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace galley::gui {

// A non-modal strip above the editor for things the person should know but need not stop for
// (a conflict that was resolved by keeping both, a store that cannot be written).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // `actionText` non-empty shows a button that emits actionTriggered().
    void showMessage(const QString &text, Level level = Level::Info,
                     const QString &actionText = {});
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_action;
};

} // namespace galley::gui
