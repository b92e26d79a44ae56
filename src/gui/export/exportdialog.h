#pragma once

#include "email/emailsettings.h"
#include "exportfiles.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QMessageBox;

namespace Ui {
class ExportDialog;
}

namespace galley::gui {

// File -> Export: which formats, which folder, which file name. The choices of formats and folder
// are remembered (QSettings `export/formats`, `export/folder`); the file name starts from the
// issue's number and title. Existing files are replaced only after a confirmation; rendering and
// writing run off the GUI thread, each file atomically; failures stay in the dialog with the path
// and what to do about it.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `documentText` is the editor's text (front matter + Markdown); `settings` the newsletter's
    // email settings from the store.
    ExportDialog(const QString &documentText, const EmailSettings &settings,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The files Export would write with the current choices.
    QList<ExportFile> plannedFiles() const;
    bool isExporting() const { return m_watcher.isRunning(); }
    // The confirmation shown before replacing files, while it is open (for tests).
    QMessageBox *overwriteConfirmation() const { return m_confirm; }

    // The base name for an editor text: the title and number, read from its front matter.
    static QString defaultBaseName(const QString &documentText);

signals:
    // Every planned file was written; the dialog closes right after.
    void exported(const QStringList &paths);

private:
    QList<QCheckBox *> formatChecks() const;
    void loadChoices();
    void saveChoices() const;
    void updatePlan();
    void browse();
    void tryExport();
    void startExport(const QList<ExportFile> &files);
    void onFinished();
    void showError(const QString &text);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_text;
    EmailSettings m_settings;
    QFutureWatcher<QList<ExportFileOutcome>> m_watcher;
    QMessageBox *m_confirm = nullptr;
};

} // namespace galley::gui
