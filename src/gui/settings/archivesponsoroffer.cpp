#include "settings/archivesponsoroffer.h"

#include "drafts/storeclient.h"
#include "settings/sponsorimportdialog.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <utility>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// What crosses back from the store thread: plain values (an error as its text).
struct ImportAnswer
{
    QList<Sponsor> added;
    QStringList skipped;
    QString error;
    SettingsBasis before; // the stored sponsors and bookings just before the import
    SettingsBasis after; // and just after: the dialog's Save compares with these
};

SettingsBasis sponsorSettings(Store &store)
{
    SettingsBasis basis;
    for (const QString &key :
         {NewsletterSettings::sponsorsKey(), NewsletterSettings::bookingsKey()})
        // Unreadable counts as empty: the comparison then fails and Save refuses, never overwrites.
        if (const auto stored = store.setting(key))
            basis.insert(key, *stored);
    return basis;
}
} // namespace

ArchiveSponsorOffer::ArchiveSponsorOffer(StoreClient *client,
                                         std::function<bool(const QString &)> inLibrary,
                                         QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_inLibrary(std::move(inLibrary))
    , m_text(new QLabel(this))
    , m_offerButton(new QPushButton(tr("Import…"), this))
    , m_button(new QPushButton(tr("&Import from Archive…"), this))
{
    setObjectName(u"archiveSponsorOffer"_s);
    m_text->setObjectName(u"archiveSponsorOfferText"_s);
    m_text->setWordWrap(true);
    m_offerButton->setObjectName(u"archiveSponsorOfferButton"_s);
    m_button->setObjectName(u"importArchiveSponsors"_s);
    m_button->setToolTip(tr("Add the sponsors of the archive's sponsor blocks to the library."));
    m_button->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_offerButton);
    connect(m_offerButton, &QPushButton::clicked, this, &ArchiveSponsorOffer::openImportDialog);
    connect(m_button, &QPushButton::clicked, this, &ArchiveSponsorOffer::openImportDialog);
    setVisible(false);
}

QString ArchiveSponsorOffer::offerText() const
{
    return m_text->text();
}

void ArchiveSponsorOffer::scan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    m_client->run(
        this, [](Store &store) { return findArchiveSponsors(store); },
        [this](const Result<ArchiveSponsorScan> &found) {
            m_scanning = false;
            const bool open = std::exchange(m_openWhenScanned, false);
            if (!found) {
                m_scan.reset();
                const QString message
                    = tr("Could not read the archive: %1").arg(found.error().toString());
                m_button->setToolTip(message);
                emit importFailed(message);
            } else {
                m_scan = *found;
            }
            updateOffer();
            emit scanned();
            if (open && m_scan)
                openImportDialog();
        });
}

void ArchiveSponsorOffer::setLibraryEmpty(bool empty)
{
    m_libraryEmpty = empty;
    // Only an empty library reads the archive at once (for the offer); otherwise the button does.
    if (empty && !m_scan)
        scan();
    updateOffer();
}

void ArchiveSponsorOffer::updateOffer()
{
    const int found = foundCount();
    const bool nothing = m_scan && found == 0;
    m_button->setEnabled(!nothing && !m_importing);
    if (nothing)
        m_button->setToolTip(tr("No sponsor block was found in the archive's sent issues."));
    m_text->setText(
        tr("%n sponsor(s) found in the archive, and the library is empty.", nullptr, found));
    m_offerButton->setEnabled(!m_importing);
    setVisible(m_libraryEmpty && found > 0);
}

void ArchiveSponsorOffer::openImportDialog()
{
    if (m_importing)
        return;
    if (!m_scan) {
        m_openWhenScanned = true;
        scan();
        return;
    }
    if (m_scan->sponsors.isEmpty())
        return;
    delete m_dialog;
    m_dialog = new SponsorImportDialog(m_scan->sponsors, m_inLibrary, window());
    connect(m_dialog, &QDialog::accepted, this,
            [this, dialog = m_dialog] { runImport(dialog->chosen()); });
    m_dialog->open();
}

void ArchiveSponsorOffer::runImport(const QList<ArchiveSponsor> &chosen)
{
    if (chosen.isEmpty() || !m_scan)
        return;
    m_importing = true;
    updateOffer();
    ArchiveSponsorScan scan {chosen, m_scan->defaultLabel};
    m_client->run(
        this,
        [scan](Store &store) {
            ImportAnswer answer;
            // One batch: nothing written elsewhere can fall between `before` and `after`.
            if (const Status s = store.beginBatch(); !s) {
                answer.error = s.error().toString();
                return answer;
            }
            answer.before = sponsorSettings(store);
            const auto done = importArchiveSponsors(store, scan);
            if (!done) {
                store.rollbackBatch();
                answer.error = done.error().toString();
                return answer;
            }
            answer.after = sponsorSettings(store);
            if (const Status s = store.commitBatch(); !s) {
                answer.error = s.error().toString();
                return answer;
            }
            for (const ArchiveSponsor &s : done->added)
                answer.added << s.toSponsor(scan.defaultLabel);
            for (const ArchiveSponsor &s : done->skipped)
                answer.skipped << s.name;
            return answer;
        },
        [this](const ImportAnswer &answer) {
            m_importing = false;
            updateOffer();
            if (!answer.error.isEmpty())
                emit importFailed(tr("Nothing was imported: %1").arg(answer.error));
            else
                emit imported(answer.added, answer.skipped, answer.before, answer.after);
        });
}

QString ArchiveSponsorOffer::resultText(int added, const QStringList &skipped)
{
    QString text
        = tr("Imported %n sponsor(s) from the archive into the library (saved).", nullptr, added);
    if (!skipped.isEmpty())
        text += u' '
            + tr("Skipped %n already in the library: %1.", nullptr, int(skipped.size()))
                  .arg(skipped.join(u", "_s));
    return text;
}

} // namespace galley::gui
