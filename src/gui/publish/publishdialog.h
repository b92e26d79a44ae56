#pragma once

#include "publish/sitepublisher.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace galley::gui {

// File ▸ Publish Archive…: a folder, a base URL and progress. Publishing runs on a worker thread
// with a store connection of its own (the GUI thread never waits for it); the base URL it used is
// kept in the store's site settings, so `galley publish` and the next time here start from it.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishDialog(const QString &storePath, QWidget *parent = nullptr);
    ~PublishDialog() override;

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QCheckBox *forceCheck() const { return m_force; }
    QPushButton *publishButton() const { return m_publish; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    bool isPublishing() const { return m_watcher.isRunning(); }

signals:
    // A publish ended; `ok` false with the reason in the status label.
    void finished(bool ok);

private:
    void browse();
    void startPublishing();
    void onProgress(int done, int total);
    void onFinished();
    void setBusy(bool busy);
    void reject() override;

    QString m_storePath;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QCheckBox *m_force = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
    QFutureWatcher<Result<PublishReport>> m_watcher;
    QFutureWatcher<QString> m_loader;
};

} // namespace galley::gui
