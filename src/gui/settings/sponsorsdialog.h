#pragma once

#include "settings/bookingcalendar.h"
#include "settings/settingssnapshot.h"

#include <QDialog>

#include <memory>

class QTreeWidget;

namespace Ui {
class SponsorsDialog;
}

namespace galley::gui {

class ArchiveSponsorOffer;
class SettingsSaver;
class StoreClient;

// The sponsor library and its bookings (ui/sponsorsdialog.ui). Library: a list and a form
// (name, heading, copy, link, logo, notes, active dates). Bookings: the coming issues from the
// planner's next issue on, each with its top and closing slot booked or free; double bookings,
// bookings outside a sponsor's dates and bookings of unknown sponsors are flagged. Everything is
// edited in a copy and written back through the store's worker thread on Save.
class SponsorsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { IssueColumn, DateColumn, TopColumn, ClosingColumn };

    SponsorsDialog(StoreClient *client, QWidget *parent = nullptr);
    ~SponsorsDialog() override;

    bool isLoaded() const { return m_loaded; }
    const SponsorBook &book() const { return m_book; }
    const BookingCalendar &calendar() const { return m_calendar; }
    QTreeWidget *bookingTree() const;
    QString statusText() const;
    ArchiveSponsorOffer *archiveOffer() const { return m_offer; }
    void showBookings();

    // Books / frees the slot chosen in the slot combo of the selected issue.
    void bookSelected();
    void unbookSelected();
    void save();

signals:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

private:
    void populate(const SettingsSnapshot &snapshot);
    void fillList();
    void showSponsor(int row);
    void storeForm();
    void addSponsor();
    void removeSponsor();
    void addImported(const QList<Sponsor> &sponsors, QStringList skipped);
    void refreshBookings();
    void showStatus(const QString &text, bool error);
    QString validate() const;
    SponsorSlot chosenSlot() const;
    template<typename Pred> qsizetype removeBookings(Pred pred);

    // Bookings name their sponsor. While a name is being typed it passes through other values
    // (empty, another sponsor's name), so bookings follow their sponsor by a stable id instead.
    QList<int> m_sponsorIds; // parallel to m_book.sponsors
    QList<int> m_bookingOwners; // parallel to m_book.bookings; 0: no sponsor in the library
    int m_nextId = 1;

    std::unique_ptr<Ui::SponsorsDialog> m_ui;
    StoreClient *m_client;
    SettingsSaver *m_saver = nullptr;
    ArchiveSponsorOffer *m_offer = nullptr;
    SponsorBook m_book;
    BookingCalendar m_calendar;
    std::optional<int> m_nextNumber;
    QDate m_nextDate;
    int m_intervalDays = 7;
    int m_current = -1; // the sponsor in the form
    bool m_filling = false;
    bool m_loaded = false;
};

} // namespace galley::gui
