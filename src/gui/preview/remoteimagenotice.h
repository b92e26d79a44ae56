#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace galley::gui {

// The bar above the preview that says remote images were held back and offers to show them.
class RemoteImageNotice : public QFrame
{
    Q_OBJECT
public:
    explicit RemoteImageNotice(QWidget *parent = nullptr);

    // Shows the bar for `count` blocked images; 0 hides it.
    void setBlockedCount(int count);
    QString text() const;
    QPushButton *showButton() const { return m_button; }

signals:
    void showImagesRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace galley::gui
