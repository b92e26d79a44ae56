#pragma once

#include "archivesponsorimport.h"
#include "settings/settingssnapshot.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace galley::gui {

class SponsorImportDialog;
class StoreClient;

// The Sponsors dialog's offer of the archive's sponsors. A bar ("3 sponsors found in the
// archive. Import…") shown while the library is empty, and an "Import from Archive…" button that
// is always there. Both open a SponsorImportDialog; Import writes the chosen sponsors into the
// stored library in one transaction (importArchiveSponsors) and emits imported(). The archive is
// read on the store's thread, never on the GUI thread.
class ArchiveSponsorOffer : public QWidget
{
    Q_OBJECT
public:
    // `inLibrary` says whether the dialog's library (as edited, not yet saved) has a sponsor of
    // that name.
    ArchiveSponsorOffer(StoreClient *client, std::function<bool(const QString &)> inLibrary,
                        QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_button; }
    bool isScanned() const { return m_scan.has_value(); }
    int foundCount() const { return m_scan ? int(m_scan->sponsors.size()) : 0; }
    QString offerText() const;
    SponsorImportDialog *importDialog() const { return m_dialog; }

    // Reads the archive on the store thread.
    void scan();
    // Shows the bar when the library is empty and the archive has sponsors (reading the archive
    // the first time the library is empty).
    void setLibraryEmpty(bool empty);
    // Reads the archive first when that was not needed yet.
    void openImportDialog();

    // The message after an import: how many were added, and which were skipped.
    static QString resultText(int added, const QStringList &skipped);

signals:
    void scanned();
    // Written to the store; `sponsors` are the library entries the import added there. `before`
    // and `after` are the stored sponsor settings around the import
    // (SettingsSaver::followOwnWrite).
    void imported(const QList<galley::Sponsor> &sponsors, const QStringList &skipped,
                  const galley::gui::SettingsBasis &before,
                  const galley::gui::SettingsBasis &after);
    void importFailed(const QString &message);

private:
    void updateOffer();
    void runImport(const QList<ArchiveSponsor> &chosen);

    StoreClient *m_client;
    std::function<bool(const QString &)> m_inLibrary;
    std::optional<ArchiveSponsorScan> m_scan;
    QLabel *m_text;
    QPushButton *m_offerButton;
    QPushButton *m_button;
    SponsorImportDialog *m_dialog = nullptr;
    bool m_libraryEmpty = false;
    bool m_importing = false;
    bool m_scanning = false;
    bool m_openWhenScanned = false;
};

} // namespace galley::gui
