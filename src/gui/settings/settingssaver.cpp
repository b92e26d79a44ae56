#include "settings/settingssaver.h"

#include "drafts/storeclient.h"

#include <QDialog>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace galley::gui {

void showStatusLine(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    label->setVisible(!text.isEmpty());
}

SettingsSaver::SettingsSaver(QDialog *dialog, StoreClient *client, QPushButton *saveButton,
                             QLabel *statusLabel)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_client(client)
    , m_saveButton(saveButton)
    , m_statusLabel(statusLabel)
{ }

void SettingsSaver::followOwnWrite(const SettingsBasis &before, const SettingsBasis &after)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_basis.value(it.key()) != it.value())
            return; // changed elsewhere before the write: Save must still refuse
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        m_basis.insert(it.key(), it.value());
}

void SettingsSaver::refuse(const QString &problem)
{
    showStatusLine(m_statusLabel, problem, true);
    emit failed(problem);
}

void SettingsSaver::save(const std::optional<NewsletterProfile> &profile,
                         const std::optional<SponsorBook> &sponsors,
                         const std::optional<TemplateSet> &templates)
{
    if (m_saving)
        return;
    m_saving = true;
    m_saveButton->setEnabled(false);
    showStatusLine(m_statusLabel, tr("Saving…"), false);
    m_client->run(
        this,
        [basis = m_basis, profile, sponsors, templates](Store &store) {
            return saveSettings(store, basis, profile, sponsors, templates);
        },
        [this](const QString &error) {
            m_saving = false;
            m_saveButton->setEnabled(true);
            if (!error.isEmpty()) {
                refuse(tr("Nothing was saved: %1").arg(error));
                return;
            }
            showStatusLine(m_statusLabel, QString(), false);
            emit saved();
            m_dialog->accept();
        });
}

} // namespace galley::gui
