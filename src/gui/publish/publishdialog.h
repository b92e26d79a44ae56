#pragma once

#include "publish/sitepublisher.h"
#include "publish/sitesettings.h"
#include "publish/sitesettingsfields.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace galley::gui {

// File ▸ Publish Archive…: a folder, the site's settings (base URL, title, description, issues per
// page, page address pattern, where the email's View online link goes) and progress. Publishing
// runs on a worker thread with a store connection of its own (the GUI thread never waits for
// it); the settings it used are kept in the store, so `galley publish`, the email and the next
// time here start from them.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishDialog(const QString &storePath, QWidget *parent = nullptr);
    ~PublishDialog() override;

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *baseUrlEdit() const { return m_fields.baseUrl; }
    QCheckBox *forceCheck() const { return m_force; }
    QLineEdit *titleEdit() const { return m_fields.title; }
    QLineEdit *descriptionEdit() const { return m_fields.description; }
    QSpinBox *perPageSpin() const { return m_fields.perPage; }
    QLineEdit *slugEdit() const { return m_fields.slug; }
    QCheckBox *viewOnlineCheck() const { return m_fields.viewOnline; }
    // The fields as site settings (what a publish keeps in the store).
    SiteSettings siteSettings() const;
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
    SiteSettingsFields m_fields;
    QCheckBox *m_force = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publish = nullptr;
    QFutureWatcher<Result<PublishReport>> m_watcher;
    QFutureWatcher<SiteSettings> m_loader;
    void showSettings(const SiteSettings &settings);
};

} // namespace galley::gui
