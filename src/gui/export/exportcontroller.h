#pragma once

#include "email/emailsettings.h"
#include "exporter.h"
#include "window/windowparts.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace galley::gui {

class ExportDialog;
class PreviewModeBar;

// The email in the window: keeps the newsletter's email settings from the store (read on the
// store's thread when the store opens, after Preferences saves, after a status change) and hands
// them to the preview; File -> Export (the dialog), Copy Email HTML and Copy Plain Text; the
// preview mode strip. Everything renders with the same settings and the same core function as
// `galley export --draft`, so the preview, the files and the clipboard hold the same bytes.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(const WindowParts &parts);

    bool hasEmailSettings() const { return m_loaded; }
    const EmailSettings &emailSettings() const { return m_settings; }
    PreviewModeBar *modeBar() const { return m_modeBar; }
    // The open Export dialog, if any.
    ExportDialog *exportDialog() const;

    void openExportDialog();
    // `format` is Html or Text: the export's bytes on the clipboard (HTML as text/html, with the
    // same HTML source as text/plain for code fields).
    void copyToClipboard(ExportFormat format);
    // The window's store is open (ok) or failed: the settings are read once it is open.
    void onStoreReady(bool ok);
    // Reads the settings again (what SettingsNotifier triggers).
    void reloadSettings();

signals:
    // The settings were (re)read from the store and handed to the preview.
    void emailSettingsLoaded();
    void copied(galley::ExportFormat format, qsizetype bytes);

private:
    void whenSettingsLoaded(std::function<void()> then);

    WindowParts m_parts;
    PreviewModeBar *m_modeBar = nullptr;
    QPointer<ExportDialog> m_dialog;
    EmailSettings m_settings;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QList<std::function<void()>> m_waiting;
};

} // namespace galley::gui
