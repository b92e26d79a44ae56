#pragma once

#include "settings/templatepreview.h"
#include "templateset.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TemplatesDialog;
}

namespace galley::gui {

class SettingsSaver;
class StoreClient;

// The templates a new issue and Add Link are built from (ui/templatesdialog.ui): the list, an
// editor, a live preview of the expansion with sample values, the engine's error with its line
// and column for an unknown placeholder, Reset to Default, and the whole set exported to or
// imported from one file. Nothing reaches the store until Save; an invalid file changes nothing.
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatesDialog(StoreClient *client, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    bool isLoaded() const { return m_loaded; }
    const TemplateSet &templates() const { return m_set; }
    QString currentName() const { return m_current; }
    void selectTemplate(const QString &name);
    QString errorText() const;
    QString previewText() const;
    QString statusText() const;

    // The buttons ask for a file and call these; false (with the reason on screen) on failure.
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);
    void resetCurrent();
    void save();

signals:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

private:
    void populate(const TemplateSet &set, const TemplateSamples &samples);
    void showTemplate(const QString &name);
    void onTextChanged();
    void refresh();
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::TemplatesDialog> m_ui;
    StoreClient *m_client;
    SettingsSaver *m_saver = nullptr;
    TemplateSet m_set;
    TemplateSamples m_samples = TemplateSamples::example();
    QString m_current;
    bool m_filling = false;
    bool m_loaded = false;
};

} // namespace galley::gui
