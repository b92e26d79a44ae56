#pragma once

#include "publish/publishdialog.h"
#include "window/windowparts.h"

#include <QObject>
#include <QPointer>

namespace galley::gui {

// File ▸ Publish Archive…: opens the dialog (one at a time) for the window's store.
class PublishController : public QObject
{
    Q_OBJECT
public:
    PublishController(const WindowParts &parts, const QString &storePath);

    void openDialog();
    PublishDialog *dialog() const { return m_dialog; }

private:
    WindowParts m_parts;
    QString m_storePath;
    QPointer<PublishDialog> m_dialog;
};

} // namespace galley::gui
